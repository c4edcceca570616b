package io.gilvm.modules;

import io.gilvm.mem.Refs;
import io.gilvm.object.Buffers;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.Ops;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyByteArray;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyException;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInstance;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code _struct}: packing values into bytes and back by a format string, with CPython's byte
 * orders ({@code @ = < > !}), native sizes and alignment (those of x86-64 Linux), the standard
 * sizes, and CPython's error messages. The {@code struct} library module (Python) adds the {@code
 * Struct} class, {@code pack_into}, {@code unpack_from} and {@code iter_unpack}.
 */
final class StructModule {
  private StructModule() {}

  static final PyType ERROR = PyType.userClass("error", ExceptionTypes.EXCEPTION, "struct");

  /** One format code with its repeat count, placed at an offset. */
  private record Item(char code, int count, int offset, int size) {}

  /** A parsed format: its items, total size, number of values, and byte order. */
  private record Format(Item[] items, int size, int nvalues, boolean little, boolean nativeMode) {}

  private static final ConcurrentHashMap<String, Format> CACHE = new ConcurrentHashMap<>();

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("_struct");
    m.put("error", ERROR);
    m.function(
        "calcsize",
        (t, a, kw) -> {
          arity("calcsize", a, kw, 1);
          return PyInt.of(format(a[0]).size);
        });
    m.function(
        "pack",
        (t, a, kw) -> {
          if (kw != null && kw.length > 0) {
            throw PyException.typeError("pack() takes no keyword arguments");
          }
          if (a.length == 0) {
            throw PyException.typeError("pack expected at least 1 argument, got 0");
          }
          Format f = format(a[0]);
          if (a.length - 1 != f.nvalues) {
            throw PyException.of(
                ERROR,
                "pack expected " + f.nvalues + " items for packing (got " + (a.length - 1) + ")");
          }
          byte[] out = new byte[f.size];
          pack(t, f, a, 1, out);
          return new PyBytes(out);
        });
    m.function(
        "unpack",
        (t, a, kw) -> {
          arity("unpack", a, kw, 2);
          Format f = format(a[0]);
          byte[] data = buffer(a[1]);
          if (data.length != f.size) {
            throw PyException.of(ERROR, "unpack requires a buffer of " + f.size + " bytes");
          }
          return unpack(f, data, 0);
        });
    m.function(
        "_unpack_at",
        (t, a, kw) -> {
          // _unpack_at(format, buffer, offset): the caller has checked the offset and size.
          arity("_unpack_at", a, kw, 3);
          Format f = format(a[0]);
          byte[] data = buffer(a[1]);
          int offset = ((PyInt) a[2]).asIndex();
          if (offset < 0 || offset + f.size > data.length) {
            throw PyException.of(
                ERROR, "unpack_from requires a buffer of at least " + (f.size + offset) + " bytes");
          }
          return unpack(f, data, offset);
        });
    return m;
  }

  private static void arity(String name, PyObject[] a, String[] kw, int n) {
    if (kw != null && kw.length > 0) {
      throw PyException.typeError(name + "() takes no keyword arguments");
    }
    if (a.length != n) {
      throw PyException.typeError(
          name
              + "() takes exactly "
              + n
              + " argument"
              + (n == 1 ? "" : "s")
              + " ("
              + a.length
              + " given)");
    }
  }

  private static byte[] buffer(PyObject o) {
    byte[] b = Buffers.bytes(o);
    if (b == null) {
      throw PyException.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }
    return b;
  }

  // ------------------------------------------------------------------------------ formats

  private static Format format(PyObject spec) {
    String s;
    if (spec instanceof PyStr str) {
      s = str.value();
    } else if (spec instanceof PyBytes b) {
      s = new String(b.value(), StandardCharsets.ISO_8859_1);
    } else {
      throw PyException.typeError(
          "Struct() argument 1 must be a str or bytes object, not " + spec.type().name());
    }
    Format f = CACHE.get(s);
    if (f == null) {
      f = parse(s);
      if (CACHE.size() > 512) {
        CACHE.clear();
      }
      CACHE.put(s, f);
    }
    return f;
  }

  private static Format parse(String s) {
    int i = 0;
    boolean nativeMode = true;
    boolean little = true;
    if (!s.isEmpty()) {
      char c = s.charAt(0);
      switch (c) {
        case '@' -> i = 1;
        case '=' -> {
          nativeMode = false;
          i = 1;
        }
        case '<' -> {
          nativeMode = false;
          i = 1;
        }
        case '>', '!' -> {
          nativeMode = false;
          little = false;
          i = 1;
        }
        default -> {}
      }
    }
    List<Item> items = new ArrayList<>();
    long offset = 0;
    int nvalues = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      long count = 1;
      boolean hasCount = false;
      if (c >= '0' && c <= '9') {
        count = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
          count = count * 10 + (s.charAt(i) - '0');
          if (count > Integer.MAX_VALUE) {
            throw PyException.of(ERROR, "total struct size too long");
          }
          i++;
        }
        if (i >= s.length()) {
          throw PyException.of(ERROR, "repeat count given without format specifier");
        }
        c = s.charAt(i);
        hasCount = true;
      }
      i++;
      int size = size(c, nativeMode);
      if (size < 0) {
        throw PyException.of(ERROR, "bad char in struct format");
      }
      if (nativeMode && size > 1 && c != 's' && c != 'p' && c != 'x') {
        offset = (offset + size - 1) / size * size;
      }
      if (c == 's' || c == 'p') {
        items.add(new Item(c, (int) count, (int) offset, 1));
        offset += count;
        nvalues++;
      } else if (c == 'x') {
        offset += count;
      } else {
        if (count > 0) {
          items.add(new Item(c, (int) count, (int) offset, size));
        }
        offset += count * size;
        nvalues += (int) count;
      }
      if (offset > Integer.MAX_VALUE) {
        throw PyException.of(ERROR, "total struct size too long");
      }
    }
    return new Format(items.toArray(new Item[0]), (int) offset, nvalues, little, nativeMode);
  }

  /** The size of one value of code c, or -1 for a code the mode does not have. */
  private static int size(char c, boolean nativeMode) {
    switch (c) {
      case 'x', 'c', 'b', 'B', '?', 's', 'p':
        return 1;
      case 'h', 'H', 'e':
        return 2;
      case 'i', 'I', 'f':
        return 4;
      case 'l', 'L':
        return nativeMode ? 8 : 4;
      case 'q', 'Q', 'd':
        return 8;
      case 'n', 'N', 'P':
        return nativeMode ? 8 : -1;
      default:
        return -1;
    }
  }

  // ------------------------------------------------------------------------------ packing

  private static void pack(ThreadState ts, Format f, PyObject[] args, int first, byte[] out) {
    int k = first;
    for (Item it : f.items) {
      char c = it.code;
      if (c == 's' || c == 'p') {
        PyObject v = args[k++];
        byte[] b;
        if (v instanceof PyBytes pb) {
          b = pb.value();
        } else if (v instanceof PyByteArray ba) {
          b = ba.snapshot();
        } else {
          throw PyException.of(ERROR, "argument for '" + c + "' must be a bytes object");
        }
        if (c == 's') {
          System.arraycopy(b, 0, out, it.offset, Math.min(b.length, it.count));
        } else if (it.count > 0) {
          int n = Math.min(b.length, it.count - 1);
          System.arraycopy(b, 0, out, it.offset + 1, n);
          out[it.offset] = (byte) Math.min(n, 255);
        }
        continue;
      }
      for (int r = 0; r < it.count; r++) {
        int at = it.offset + r * it.size;
        packOne(ts, c, it.size, args[k++], out, at, f);
      }
    }
  }

  private static void packOne(
      ThreadState ts, char c, int size, PyObject v, byte[] out, int at, Format f) {
    switch (c) {
      case 'c' -> {
        byte[] b =
            v instanceof PyBytes pb
                ? pb.value()
                : v instanceof PyByteArray ba ? ba.snapshot() : null;
        if (b == null || b.length != 1) {
          throw PyException.of(ERROR, "char format requires a bytes object of length 1");
        }
        out[at] = b[0];
      }
      case '?' -> out[at] = (byte) (v.isTrue() ? 1 : 0);
      case 'e', 'f', 'd' -> {
        double x = floatArg(ts, v);
        if (c == 'd') {
          putLong(out, at, 8, Double.doubleToRawLongBits(x), f.little);
        } else if (c == 'f') {
          float y = (float) x;
          if (Float.isInfinite(y) && !Double.isInfinite(x) && !f.nativeMode) {
            throw PyException.overflowError("float too large to pack with f format");
          }
          putLong(out, at, 4, Float.floatToRawIntBits(y) & 0xffffffffL, f.little);
        } else {
          putLong(out, at, 2, toHalf(x), f.little);
        }
      }
      default -> {
        BigInteger n = intArg(ts, v);
        putLong(out, at, size, checkRange(c, size, n, f), f.little);
      }
    }
  }

  private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);
  private static final BigInteger ULONG_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

  /**
   * The bits of n for code c, or CPython's error: first the conversion to a C long (or unsigned
   * long) fails for values beyond 64 bits, then the code's own range is checked, each with the
   * message CPython gives in that byte order.
   */
  private static long checkRange(char c, int size, BigInteger n, Format f) {
    boolean big = !f.nativeMode && !f.little;
    boolean signedConversion =
        c == 'P' ? n.signum() < 0 : Character.isLowerCase(c) || c == 'B' || (c == 'H' && !big);
    BigInteger lo = signedConversion ? LONG_MIN : BigInteger.ZERO;
    BigInteger hi = signedConversion ? LONG_MAX : ULONG_MAX;
    if (n.compareTo(lo) < 0 || n.compareTo(hi) > 0) {
      throw PyException.of(
          ERROR, big && size == 8 ? "int too large to convert" : "argument out of range");
    }
    long v = n.longValue();
    String message = null;
    switch (c) {
      case 'b' -> {
        if (v < -128 || v > 127) {
          message = "byte format requires -128 <= number <= 127";
        }
      }
      case 'B' -> {
        if (v < 0 || v > 255) {
          message = "ubyte format requires 0 <= number <= 255";
        }
      }
      case 'h' -> {
        if (v < -32768 || v > 32767) {
          message = (big ? "'h' format" : "short format") + " requires -32768 <= number <= 32767";
        }
      }
      case 'H' -> {
        if (v < 0 || v > 65535) {
          message = (big ? "'H' format" : "ushort format") + " requires 0 <= number <= 65535";
        }
      }
      case 'i' -> {
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
          message = "'i' format requires -2147483648 <= number <= 2147483647";
        }
      }
      case 'l' -> {
        if (size == 4 && (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE)) {
          message = "'l' format requires -2147483648 <= number <= 2147483647";
        }
      }
      case 'I', 'L' -> {
        if (size == 4 && (v < 0 || v > 0xffffffffL)) {
          message = "'" + c + "' format requires 0 <= number <= 4294967295";
        }
      }
      default -> {}
    }
    if (message != null) {
      throw PyException.of(ERROR, message);
    }
    return v;
  }

  private static BigInteger intArg(ThreadState ts, PyObject v) {
    if (v instanceof PyInt i) {
      return i.bigValue();
    }
    if (v instanceof PyInstance && !(v instanceof PyFloat)) {
      PyObject r;
      try {
        r = Ops.callMethod(ts, v, "__index__");
      } catch (PyException e) {
        if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
          throw PyException.of(ERROR, "required argument is not an integer");
        }
        throw e;
      }
      try {
        if (r instanceof PyInt i) {
          return i.bigValue();
        }
        throw PyException.typeError("__index__ returned non-int (type " + r.type().name() + ")");
      } finally {
        Refs.discard(ts, r);
      }
    }
    throw PyException.of(ERROR, "required argument is not an integer");
  }

  private static double floatArg(ThreadState ts, PyObject v) {
    if (v instanceof PyFloat fl) {
      return fl.value();
    }
    if (v instanceof PyInt i) {
      return i.asDouble();
    }
    if (v instanceof PyInstance) {
      for (String dunder : new String[] {"__float__", "__index__"}) {
        PyObject r;
        try {
          r = Ops.callMethod(ts, v, dunder);
        } catch (PyException e) {
          if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
            continue;
          }
          throw e;
        }
        try {
          if (r instanceof PyFloat fl) {
            return fl.value();
          }
          if (r instanceof PyInt i) {
            return i.asDouble();
          }
        } finally {
          Refs.discard(ts, r);
        }
      }
    }
    throw PyException.of(ERROR, "required argument is not a float");
  }

  private static void putLong(byte[] out, int at, int size, long bits, boolean little) {
    for (int b = 0; b < size; b++) {
      byte v = (byte) (bits >>> (8 * b));
      out[little ? at + b : at + size - 1 - b] = v;
    }
  }

  private static long getLong(byte[] in, int at, int size, boolean little) {
    long v = 0;
    for (int b = size - 1; b >= 0; b--) {
      v = (v << 8) | (in[little ? at + b : at + size - 1 - b] & 0xffL);
    }
    return v;
  }

  /** The IEEE 754 half-precision bits nearest to x (ties to even), as CPython packs 'e'. */
  static long toHalf(double x) {
    long sign = (Double.doubleToRawLongBits(x) < 0) ? 0x8000 : 0;
    if (Double.isNaN(x)) {
      return sign | 0x7e00;
    }
    double a = Math.abs(x);
    if (Double.isInfinite(a)) {
      return sign | 0x7c00;
    }
    if (a < 0x1p-14) {
      // Subnormal (or zero): a multiple of 2**-24.
      long m = (long) Math.rint(a * 0x1p24);
      return sign | m;
    }
    int e = Math.getExponent(a);
    double frac = a / Math.scalb(1.0, e) - 1.0;
    long mant = (long) Math.rint(frac * 1024);
    if (mant == 1024) {
      mant = 0;
      e++;
    }
    if (e > 15) {
      throw PyException.overflowError("float too large to pack with e format");
    }
    return sign | ((long) (e + 15) << 10) | mant;
  }

  static double fromHalf(long h) {
    int sign = (int) ((h >> 15) & 1);
    int e = (int) ((h >> 10) & 0x1f);
    int m = (int) (h & 0x3ff);
    double v;
    if (e == 0) {
      v = m * 0x1p-24;
    } else if (e == 31) {
      v = m == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
    } else {
      v = Math.scalb(1.0 + m / 1024.0, e - 15);
    }
    return sign == 1 ? -v : v;
  }

  // ------------------------------------------------------------------------------ unpacking

  private static PyTuple unpack(Format f, byte[] data, int base) {
    PyObject[] values = new PyObject[f.nvalues];
    int k = 0;
    for (Item it : f.items) {
      char c = it.code;
      int at = base + it.offset;
      if (c == 's') {
        byte[] b = new byte[it.count];
        System.arraycopy(data, at, b, 0, it.count);
        values[k++] = new PyBytes(b);
        continue;
      }
      if (c == 'p') {
        int n = it.count == 0 ? 0 : Math.min(data[at] & 0xff, it.count - 1);
        byte[] b = new byte[n];
        System.arraycopy(data, at + 1, b, 0, n);
        values[k++] = new PyBytes(b);
        continue;
      }
      for (int r = 0; r < it.count; r++) {
        values[k++] = unpackOne(c, it.size, data, at + r * it.size, f.little);
      }
    }
    return PyTuple.of(values);
  }

  private static PyObject unpackOne(char c, int size, byte[] data, int at, boolean little) {
    switch (c) {
      case 'c':
        return new PyBytes(new byte[] {data[at]});
      case '?':
        return data[at] != 0 ? PyBool.TRUE : PyBool.FALSE;
      case 'd':
        return PyFloat.of(Double.longBitsToDouble(getLong(data, at, 8, little)));
      case 'f':
        return PyFloat.of(Float.intBitsToFloat((int) getLong(data, at, 4, little)));
      case 'e':
        return PyFloat.of(fromHalf(getLong(data, at, 2, little)));
      default:
        {
          long v = getLong(data, at, size, little);
          boolean signed = Character.isLowerCase(c) && c != 'P';
          if (signed) {
            if (size < 8) {
              int shift = 64 - 8 * size;
              v = (v << shift) >> shift;
            }
            return PyInt.of(v);
          }
          if (size == 8 && v < 0) {
            return PyInt.of(BigInteger.valueOf(v).add(BigInteger.ONE.shiftLeft(64)));
          }
          return PyInt.of(v);
        }
    }
  }
}
