package io.gilvm.cli;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random Python expressions by the type of their value (int, float, str, bytes, list, tuple, dict,
 * set, bool), built from literals, operators, builtins, methods, slices, comprehensions and
 * formatting. Now and then an operand of the wrong type is put in on purpose, so that the errors
 * are compared too. The same seed gives the same expressions.
 */
final class ExpressionGenerator {
  private final Random r;

  ExpressionGenerator(long seed) {
    this.r = new Random(seed);
  }

  private String pick(String... options) {
    return options[r.nextInt(options.length)];
  }

  private String pick(List<Supplier<String>> options) {
    return options.get(r.nextInt(options.size())).get();
  }

  private boolean chance(int percent) {
    return r.nextInt(100) < percent;
  }

  /** An expression of any type but set: a set's order depends on CPython's randomised str hash. */
  String any(int depth) {
    return switch (r.nextInt(9)) {
      case 0, 1 -> integer(depth);
      case 2 -> real(depth);
      case 3, 4 -> str(depth);
      case 5 -> list(depth);
      case 6 -> tuple(depth);
      case 7 -> dict(depth);
      default -> bool(depth);
    };
  }

  /** An expression of any type, sets included: printed so that set order is comparable. */
  String top(int depth) {
    return chance(12) ? set(depth) : any(depth);
  }

  /** Sometimes a value of another type, to exercise the errors. */
  private String maybeWrong(String right, int depth) {
    return chance(6) ? any(depth) : right;
  }

  String integer(int depth) {
    if (depth <= 0 || chance(30)) {
      return pick(
          "0",
          "1",
          "2",
          "3",
          "7",
          "-1",
          "-13",
          "10",
          "255",
          "1000",
          "2**64",
          "-2**63",
          "10**20",
          "12345678901234567890",
          "0x7f",
          "0b1011",
          "0o17",
          "1_000",
          "True");
    }
    int d = depth - 1;
    return pick(
        List.of(
            () ->
                "("
                    + integer(d)
                    + " "
                    + pick("+", "-", "*", "//", "%", "&", "|", "^")
                    + " "
                    + maybeWrong(integer(d), d)
                    + ")",
            () -> "(" + integer(d) + " ** " + pick("0", "1", "2", "3", "5", "-1") + ")",
            () ->
                "("
                    + integer(d)
                    + " "
                    + pick("<<", ">>")
                    + " "
                    + pick("0", "1", "3", "65", "-1")
                    + ")",
            () -> pick("-", "+", "~") + integer(d),
            () -> "len(" + pick(str(d), list(d), tuple(d), dict(d), set(d)) + ")",
            () -> "abs(" + integer(d) + ")",
            () -> "round(" + real(d) + ")",
            () ->
                "int("
                    + pick(
                        real(d),
                        "'" + pick("42", "-7", " 12 ", "1_0", "0x1f", "3.5", "") + "'",
                        "'ff', 16",
                        "'z', 36",
                        "'0b101', 0",
                        str(d))
                    + ")",
            () -> "sum(" + list(d) + ")",
            () -> pick("min", "max") + "(" + integer(d) + ", " + integer(d) + ")",
            () -> str(d) + "." + pick("count", "find", "rfind", "index") + "(" + str(d) + ")",
            () -> "divmod(" + integer(d) + ", " + integer(d) + ")[" + pick("0", "1") + "]",
            () ->
                "pow("
                    + integer(d)
                    + ", "
                    + pick("2", "3", "-1")
                    + ", "
                    + pick("7", "97", "1", "0")
                    + ")",
            () -> "ord(" + pick("'a'", "'é'", "'€'", "'ab'", "''", str(d) + "[0]") + ")",
            () -> "(" + integer(d) + ").bit_length()",
            // Not a NaN: since 3.10 its hash is its identity's.
            () ->
                "hash("
                    + pick(
                        integer(d),
                        "-1",
                        "2**61",
                        "-2**61-1",
                        "0.5",
                        "-2.25",
                        "1e16",
                        "float('inf')")
                    + ")",
            () -> "int.from_bytes(" + bytes(d) + ", '" + pick("big", "little") + "')",
            () -> "sorted(" + list(d) + ")[" + integer(d) + "]",
            () -> "(" + integer(d) + " if " + bool(d) + " else " + integer(d) + ")"));
  }

  String real(int depth) {
    if (depth <= 0 || chance(30)) {
      return pick(
          "0.0",
          "-0.0",
          "0.1",
          "0.5",
          "1.5",
          "-2.25",
          "3.0",
          "1e16",
          "1e-7",
          "123.456",
          "1e300",
          "2.5e-310",
          "float('inf')",
          "float('-inf')",
          "float('nan')",
          "1/3",
          "2/3");
    }
    int d = depth - 1;
    return pick(
        List.of(
            () ->
                "("
                    + real(d)
                    + " "
                    + pick("+", "-", "*", "/", "//", "%")
                    + " "
                    + maybeWrong(pick(real(d), integer(d)), d)
                    + ")",
            () -> "(" + real(d) + " ** " + pick("2", "0.5", "-1", "3") + ")",
            () -> "-" + real(d),
            () ->
                "float("
                    + pick(
                        integer(d),
                        "'1.25'",
                        "' -3e2 '",
                        "'inf'",
                        "'nan'",
                        "'1_0.5'",
                        "'x'",
                        str(d))
                    + ")",
            () -> "abs(" + real(d) + ")",
            () -> "round(" + real(d) + ", " + pick("0", "1", "2", "-1", "5") + ")",
            () -> pick("min", "max") + "(" + real(d) + ", " + real(d) + ")",
            () -> "(" + integer(d) + " / " + integer(d) + ")",
            () -> "sum([" + real(d) + ", " + real(d) + "])",
            () ->
                "math."
                    + pick("sqrt", "floor", "ceil", "trunc", "log", "exp", "sin", "fabs")
                    + "("
                    + real(d)
                    + ")",
            () -> "math.fsum([" + real(d) + ", " + real(d) + ", " + real(d) + "])"));
  }

  String str(int depth) {
    if (depth <= 0 || chance(25)) {
      return pick(
          "''",
          "'abc'",
          "'Hello World'",
          "'  pad  '",
          "'a,b,,c'",
          "'über'",
          "'€uro'",
          "'line\\nnext'",
          "'tab\\there'",
          "'MiXeD cAsE'",
          "'42'",
          "'-3.5'",
          "'x'",
          "'ß'",
          "'İ'",
          "\"it's\"",
          "'\\\\'",
          "'\\x00'",
          "'日本語'");
    }
    int d = depth - 1;
    return pick(
        List.of(
            () -> "(" + str(d) + " + " + maybeWrong(str(d), d) + ")",
            () -> "(" + str(d) + " * " + pick("0", "2", "3", "-1") + ")",
            () ->
                str(d)
                    + "["
                    + pick("0", "-1", "1:", ":2", "::-1", "1:-1", "::2", "5:1", "-3:")
                    + "]",
            () ->
                str(d)
                    + "."
                    + pick(
                        "upper",
                        "lower",
                        "title",
                        "capitalize",
                        "swapcase",
                        "strip",
                        "lstrip",
                        "rstrip",
                        "casefold",
                        "expandtabs")
                    + "()",
            () -> str(d) + ".replace(" + str(d) + ", " + str(d) + ")",
            () ->
                str(d)
                    + "."
                    + pick("center", "ljust", "rjust")
                    + "("
                    + pick("0", "5", "12")
                    + ", '*')",
            () -> str(d) + ".zfill(" + pick("0", "6", "10") + ")",
            () ->
                str(d)
                    + ".join("
                    + pick(list(d), "['a', 'b', 'c']", "map(str, " + list(d) + ")", "[]")
                    + ")",
            () -> str(d) + ".split(" + pick("", "','", "' '", "None, 1", "'ab'") + ")[0]",
            () -> "str(" + any(d) + ")",
            () -> "repr(" + any(d) + ")",
            () -> "ascii(" + str(d) + ")",
            () -> pick("hex", "oct", "bin") + "(" + integer(d) + ")",
            () -> "chr(" + pick("65", "233", "8364", "128512", "-1", "0x110000") + ")",
            () ->
                "format("
                    + integer(d)
                    + ", '"
                    + pick(
                        "d", ">8", "<6", "^7", "+", ",", "_", "x", "#x", "08b", "o", "e", "n", "c",
                        "%", "=+10", "_b")
                    + "')",
            () ->
                "format("
                    + real(d)
                    + ", '"
                    + pick(
                        ".2f", "10.3f", "e", ".3e", "g", ".10g", "%", ",.2f", "+.1f", "=^12.4f", "",
                        "n", "d")
                    + "')",
            // Python 3.11 cannot reuse the f-string's quote inside it: literals without quotes
            // only.
            () -> "f\"{" + pick(integer(0), real(0), "None", "[1, 2]") + "!r}\"",
            () ->
                "f\"[{"
                    + integer(0)
                    + ":>6}|{'"
                    + pick("ab", "", "xyz")
                    + "':^9}|{"
                    + real(0)
                    + ":.3}]\"",
            () ->
                "'%s|%r|%5d|%-6.2f|%x|%%' % ("
                    + str(d)
                    + ", "
                    + str(d)
                    + ", "
                    + integer(d)
                    + ", "
                    + real(d)
                    + ", "
                    + integer(d)
                    + ")",
            () -> "'{} {!r} {:>5}'.format(" + any(d) + ", " + str(d) + ", " + integer(d) + ")",
            () ->
                bytes(d)
                    + ".decode("
                    + pick("", "'latin-1'", "'ascii'", "'utf-8', 'replace'")
                    + ")",
            () -> "' '.join(sorted(" + str(d) + ".split()))"));
  }

  String bytes(int depth) {
    if (depth <= 0 || chance(50)) {
      return pick(
          "b''",
          "b'abc'",
          "b'\\xff\\x00'",
          "'é'.encode()",
          "bytes(3)",
          "bytes([1, 2, 250])",
          "b'A B'",
          "'€'.encode('utf-8')");
    }
    int d = depth - 1;
    return pick(
        List.of(
            () -> "(" + bytes(d) + " + " + maybeWrong(bytes(d), d) + ")",
            () -> bytes(d) + "[" + pick("1:", "::-1", ":1") + "]",
            () -> bytes(d) + "." + pick("upper", "hex", "lower", "strip") + "()",
            () -> str(d) + ".encode(" + pick("", "'ascii'", "'latin-1'", "'utf-8'") + ")"));
  }

  String list(int depth) {
    if (depth <= 0 || chance(25)) {
      return pick(
          "[]",
          "[1, 2, 3]",
          "[3, 1, 2]",
          "['b', 'a', 'c']",
          "[1.5, -2, 0]",
          "[[1], [2, 3]]",
          "list(range(5))",
          "list(range(10, 0, -3))",
          "[None, True, 0]",
          "['x', 'yy', 'z']");
    }
    int d = depth - 1;
    return pick(
        List.of(
            () -> "(" + list(d) + " + " + maybeWrong(list(d), d) + ")",
            () -> "(" + list(d) + " * " + pick("0", "2", "-1") + ")",
            () -> list(d) + "[" + pick("1:", ":2", "::-1", "::2", "-2:") + "]",
            () ->
                "sorted("
                    + pick(list(d), str(d), set(d), dict(d))
                    + pick("", ", reverse=True", ", key=str", ", key=len")
                    + ")",
            () -> "list(reversed(" + list(d) + "))",
            () -> "[x * 2 for x in " + list(d) + "]",
            () -> "[x for x in " + list(d) + " if x]",
            () -> str(d) + ".split(" + pick("", "','", "' '") + ")",
            () -> "list(" + pick(str(d), tuple(d), dict(d), "range(" + integer(d) + " % 50)") + ")",
            () -> "list(zip(" + list(d) + ", " + str(d) + "))",
            () -> "list(enumerate(" + str(d) + ", " + pick("0", "1") + "))",
            () -> "list(map(" + pick("str", "repr", "type", "bool", "abs") + ", " + list(d) + "))",
            () -> "list(" + dict(d) + ".items())",
            () -> str(d) + ".splitlines()",
            () -> "[" + any(d) + ", " + any(d) + "]"));
  }

  String tuple(int depth) {
    if (depth <= 0 || chance(30)) {
      return pick(
          "()",
          "(1,)",
          "(1, 'a', 2.5)",
          "(3, 2, 1)",
          "((1, 2), (3,))",
          "divmod(17, 5)",
          "divmod(-17, 5)",
          "divmod(7.5, 2)",
          "(0.1 + 0.2, 1e16)");
    }
    int d = depth - 1;
    return pick(
        List.of(
            () -> "(" + tuple(d) + " + " + maybeWrong(tuple(d), d) + ")",
            () -> "tuple(" + pick(list(d), str(d)) + ")",
            () -> tuple(d) + "[" + pick("1:", "::-1", ":1") + "]",
            () -> "(" + any(d) + ", " + any(d) + ")",
            () -> "divmod(" + pick(integer(d), real(d)) + ", " + pick(integer(d), real(d)) + ")",
            () -> "(" + real(d) + ").as_integer_ratio()",
            () -> str(d) + ".partition(" + pick("','", "' '", "'b'") + ")"));
  }

  String dict(int depth) {
    if (depth <= 0 || chance(30)) {
      return pick(
          "{}",
          "{'a': 1, 'b': 2}",
          "{1: 'x', 2: 'y'}",
          "dict(a=1, z=0)",
          "{(1, 2): [3]}",
          "{'k': {'n': None}}");
    }
    int d = depth - 1;
    return pick(
        List.of(
            () -> "{" + str(d) + ": " + any(d) + ", " + integer(d) + ": " + any(d) + "}",
            () -> "dict(zip(" + str(d) + ", " + list(d) + "))",
            () -> "{x: x * 2 for x in " + pick(list(d), str(d)) + "}",
            () -> "(" + dict(d) + " | " + maybeWrong(dict(d), d) + ")",
            () -> "dict.fromkeys(" + str(d) + ", 0)",
            () -> "{**" + dict(d) + ", 'extra': " + any(d) + "}"));
  }

  String set(int depth) {
    if (depth <= 0 || chance(30)) {
      return pick(
          "set()",
          "{1, 2, 3}",
          "{3, 1, 2}",
          "{'a'}",
          "{1, 1, 2}",
          "frozenset({4, 5})",
          "{-1, 0, 100, 7}");
    }
    int d = depth - 1;
    return pick(
        List.of(
            () -> "(" + set(d) + " " + pick("|", "&", "-", "^") + " " + maybeWrong(set(d), d) + ")",
            () -> "set(" + pick(list(d), str(d), tuple(d)) + ")",
            () -> "{x % 5 for x in " + pick(list(d), "range(" + integer(d) + " % 50)") + "}"));
  }

  String bool(int depth) {
    if (depth <= 0 || chance(20)) {
      return pick("True", "False", "not 0", "bool([])");
    }
    int d = depth - 1;
    return pick(
        List.of(
            () ->
                "("
                    + integer(d)
                    + " "
                    + pick("<", "<=", "==", "!=", ">", ">=")
                    + " "
                    + maybeWrong(integer(d), d)
                    + ")",
            () ->
                "(" + real(d) + " " + pick("<", "==", ">=") + " " + pick(real(d), integer(d)) + ")",
            () -> "(" + str(d) + " " + pick("<", "==", "in", "not in") + " " + str(d) + ")",
            () -> "(" + list(d) + " " + pick("<", "==", ">") + " " + list(d) + ")",
            () -> "(" + any(d) + " in " + pick(list(d), tuple(d), set(d), dict(d)) + ")",
            () -> "(" + set(d) + " " + pick("<=", "<", "==") + " " + set(d) + ")",
            () -> pick("all", "any") + "(" + list(d) + ")",
            () ->
                "isinstance("
                    + any(d)
                    + ", "
                    + pick("int", "str", "(list, tuple)", "bool", "float")
                    + ")",
            () ->
                str(d)
                    + "."
                    + pick(
                        "isdigit",
                        "isalpha",
                        "isupper",
                        "isspace",
                        "isidentifier",
                        "isnumeric",
                        "islower",
                        "istitle")
                    + "()",
            () -> str(d) + "." + pick("startswith", "endswith") + "(" + str(d) + ")",
            () -> "(" + bool(d) + " " + pick("and", "or") + " " + any(d) + ")",
            () -> "(" + real(d) + ").is_integer()",
            () -> "callable(" + any(d) + ")"));
  }

  /**
   * A program: {@code count} expressions, each printed as {@code N repr} or, when it raises, {@code
   * N ExceptionType message}; sometimes a last statement whose exception is not caught, so that
   * stderr's last line and the exit status are compared too.
   */
  String program(int count, int depth) {
    StringBuilder sb = new StringBuilder();
    sb.append("import math\n");
    sb.append("def show(n, f):\n");
    sb.append("    try:\n");
    sb.append("        v = f()\n");
    sb.append("    except Exception as e:\n");
    sb.append("        print(n, type(e).__name__, e)\n");
    sb.append("    else:\n");
    sb.append("        print(n, canon(v))\n");
    // A set of anything but numbers prints in an order that depends on CPython's str hash, which
    // it randomises per process: such a set is shown sorted.
    sb.append("def canon(v):\n");
    sb.append(
        "    if isinstance(v, (set, frozenset)) and not all(type(x) in (int, float, bool) for x in v):\n");
    sb.append("        return type(v).__name__ + repr(sorted(v, key=repr))\n");
    sb.append("    return repr(v)\n");
    for (int i = 0; i < count; i++) {
      sb.append("show(").append(i).append(", lambda: ").append(top(depth)).append(")\n");
    }
    if (chance(50)) {
      sb.append("print(").append(any(depth)).append(")\n");
    }
    return sb.toString();
  }
}
