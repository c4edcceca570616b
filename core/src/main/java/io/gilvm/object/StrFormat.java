package io.gilvm.object;

/**
 * {@code str.format} and {@code str.format_map}: replacement fields {@code
 * {field_name!conversion:format_spec}}, with automatic or explicit argument numbering, keyword
 * names, {@code .attr} and {@code [key]} lookups, conversions {@code !r !s !a}, and replacement
 * fields nested one level deep inside a format spec.
 */
final class StrFormat {
  /** CPython allows a field inside a field's spec, but no deeper. */
  private static final int MAX_DEPTH = 2;

  private final int npos;
  private final PyObject[] args;
  private final String[] kwnames;

  /** The mapping of {@code format_map}, or null for {@code format}. */
  private final PyObject mapping;

  /** The next automatic field number. */
  private int autoNumber;

  /** Whether a field was numbered explicitly (the two styles cannot mix). */
  private boolean manual;

  private StrFormat(PyObject[] args, String[] kwnames, PyObject mapping) {
    this.args = args;
    this.kwnames = kwnames;
    this.npos = args.length - (kwnames == null ? 0 : kwnames.length);
    this.mapping = mapping;
  }

  /** {@code fmt.format(*args, **kwargs)}; keyword values are the last elements of args. */
  static String format(String fmt, PyObject[] args, String[] kwnames) {
    return new StrFormat(args, kwnames, null).render(fmt, MAX_DEPTH);
  }

  /** {@code fmt.format_map(mapping)}. */
  static String formatMap(String fmt, PyObject mapping) {
    return new StrFormat(new PyObject[0], null, mapping).render(fmt, MAX_DEPTH);
  }

  private static PyException error(String msg) {
    return PyException.valueError(msg);
  }

  private String render(String fmt, int depth) {
    if (depth <= 0) {
      throw error("Max string recursion exceeded");
    }
    int n = fmt.length();
    StringBuilder out = new StringBuilder(n + 16);
    int i = 0;
    while (i < n) {
      char c = fmt.charAt(i);
      if (c == '}') {
        if (i + 1 < n && fmt.charAt(i + 1) == '}') {
          out.append('}');
          i += 2;
          continue;
        }
        throw error("Single '}' encountered in format string");
      }
      if (c != '{') {
        int next = nextBrace(fmt, i);
        out.append(fmt, i, next);
        i = next;
        continue;
      }
      if (i + 1 >= n) {
        throw error("Single '{' encountered in format string");
      }
      if (fmt.charAt(i + 1) == '{') {
        out.append('{');
        i += 2;
        continue;
      }
      // The field runs to the matching '}': its spec may hold nested fields.
      int nesting = 1;
      int j = i + 1;
      boolean nested = false;
      boolean inName = true;
      for (; j < n; j++) {
        char d = fmt.charAt(j);
        if (inName && d == '[') {
          // Braces inside a [key] belong to the key.
          while (j < n && fmt.charAt(j) != ']') {
            j++;
          }
          if (j >= n) {
            break;
          }
        } else if (d == ':' || d == '!') {
          inName = false;
        } else if (d == '{') {
          nested = true;
          nesting++;
        } else if (d == '}' && --nesting == 0) {
          break;
        }
      }
      if (j >= n) {
        throw error("expected '}' before end of string");
      }
      field(fmt.substring(i + 1, j), nested, depth, out);
      i = j + 1;
    }
    return out.toString();
  }

  private static int nextBrace(String s, int from) {
    for (int k = from; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '{' || c == '}') {
        return k;
      }
    }
    return s.length();
  }

  /** Renders one replacement field (the text between its braces). */
  private void field(String f, boolean nested, int depth, StringBuilder out) {
    int n = f.length();
    int k = 0;
    for (; k < n; k++) {
      char c = f.charAt(k);
      if (c == '[') {
        while (k < n && f.charAt(k) != ']') {
          k++;
        }
        if (k >= n) {
          break;
        }
      } else if (c == '{') {
        throw error("unexpected '{' in field name");
      } else if (c == '!' || c == ':') {
        break;
      }
    }
    String name = f.substring(0, Math.min(k, n));
    char conversion = 0;
    String spec = "";
    if (k < n && f.charAt(k) == '!') {
      if (k + 1 >= n) {
        throw error("unmatched '{' in format spec");
      }
      conversion = f.charAt(k + 1);
      if (k + 2 < n) {
        if (f.charAt(k + 2) != ':') {
          throw error("expected ':' after conversion specifier");
        }
        spec = f.substring(k + 3);
      }
    } else if (k < n) {
      spec = f.substring(k + 1);
    }
    PyObject value = lookup(name);
    switch (conversion) {
      case 0:
        break;
      case 'r':
        value = new PyStr(value.repr());
        break;
      case 's':
        value = new PyStr(value.str());
        break;
      case 'a':
        value = new PyStr(Ops.ascii(value));
        break;
      default:
        throw error("Unknown conversion specifier " + conversion);
    }
    if (nested) {
      spec = render(spec, depth - 1);
    }
    out.append(Format.format(value, spec));
  }

  /** The object a field name designates: an argument, then each {@code .attr} and {@code [key]}. */
  private PyObject lookup(String name) {
    int n = name.length();
    int k = 0;
    while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
      k++;
    }
    PyObject obj = argument(name.substring(0, k));
    while (k < n) {
      char c = name.charAt(k);
      if (c == '.') {
        int start = ++k;
        while (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
          k++;
        }
        if (k == start) {
          throw error("Empty attribute in format string");
        }
        obj = obj.getAttr(name.substring(start, k));
      } else if (c == '[') {
        int start = ++k;
        while (k < n && name.charAt(k) != ']') {
          k++;
        }
        if (k >= n) {
          throw error("Missing ']' in format string");
        }
        if (k == start) {
          throw error("Empty attribute in format string");
        }
        String key = name.substring(start, k);
        k++;
        if (k < n && name.charAt(k) != '.' && name.charAt(k) != '[') {
          throw error("Only '.' or '[' may follow ']' in format field specifier");
        }
        int index = decimal(key);
        obj = obj.getItem(index >= 0 ? PyInt.of(index) : new PyStr(key));
      } else {
        throw error("Only '.' or '[' may follow ']' in format field specifier");
      }
    }
    return obj;
  }

  /** The value of an all-digit field name or key, or -1 when it is not one. */
  private static int decimal(String s) {
    if (s.isEmpty() || s.length() > 9) {
      return -1;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return -1;
      }
    }
    return Integer.parseInt(s);
  }

  private PyObject argument(String first) {
    int index;
    if (first.isEmpty()) {
      if (manual) {
        throw error("cannot switch from manual field specification to automatic field numbering");
      }
      index = autoNumber++;
    } else {
      index = decimal(first);
      if (index < 0) {
        return keyword(first);
      }
      if (autoNumber > 0) {
        throw error("cannot switch from automatic field numbering to manual field specification");
      }
      manual = true;
    }
    if (mapping != null) {
      throw error("Format string contains positional fields");
    }
    if (index >= npos) {
      throw PyException.indexError(
          "Replacement index " + index + " out of range for positional args tuple");
    }
    return args[index];
  }

  private PyObject keyword(String name) {
    if (mapping != null) {
      return mapping.getItem(new PyStr(name));
    }
    for (int k = 0; kwnames != null && k < kwnames.length; k++) {
      if (kwnames[k].equals(name)) {
        return args[npos + k];
      }
    }
    throw PyException.keyError(new PyStr(name));
  }
}
