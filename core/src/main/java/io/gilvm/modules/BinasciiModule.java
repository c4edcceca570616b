package io.gilvm.modules;

import io.gilvm.object.ArgParser;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyType;
import io.gilvm.state.Interpreter;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * {@code binascii}: base64 and hexadecimal conversions and CRC-32 on the JVM's own, for gilvm's
 * {@code base64} module (written in Python), with CPython's errors.
 */
final class BinasciiModule {
  private BinasciiModule() {}

  static final PyType ERROR = PyType.userClass("Error", ExceptionTypes.VALUE_ERROR, "binascii");
  static final PyType INCOMPLETE =
      PyType.userClass("Incomplete", ExceptionTypes.EXCEPTION, "binascii");

  private static final byte[] B64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
          .getBytes(StandardCharsets.US_ASCII);
  private static final int[] B64_VALUE = new int[256];

  static {
    java.util.Arrays.fill(B64_VALUE, -1);
    for (int i = 0; i < 64; i++) {
      B64_VALUE[B64[i]] = i;
    }
  }

  static PyModule create(io.gilvm.state.ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("binascii");
    m.put("Error", ERROR);
    m.put("Incomplete", INCOMPLETE);
    m.function(
        "b2a_base64",
        (t, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("b2a_base64", a, kw, new String[] {"data", "newline"}, 1, 1);
          byte[] data = bytes(p[0]);
          boolean newline = p[1] == null || p[1].isTrue();
          return new PyBytes(b2a(data, newline));
        });
    m.function(
        "a2b_base64",
        (t, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("a2b_base64", a, kw, new String[] {"data", "strict_mode"}, 1, 1);
          return new PyBytes(a2b(bytes(p[0]), p[1] != null && p[1].isTrue()));
        });
    for (String name : new String[] {"hexlify", "b2a_hex"}) {
      m.function(
          name,
          (t, a, kw) -> {
            ArgParser.arity(name, a, kw, 1, 3);
            byte[] data = bytes(a[0]);
            String sep =
                a.length > 1
                    ? (a[1] instanceof PyStr s
                        ? s.value()
                        : new String(bytes(a[1]), StandardCharsets.ISO_8859_1))
                    : "";
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < data.length; i++) {
              if (i > 0 && !sep.isEmpty()) {
                sb.append(sep);
              }
              sb.append(Character.forDigit((data[i] >> 4) & 15, 16))
                  .append(Character.forDigit(data[i] & 15, 16));
            }
            return new PyBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
          });
    }
    for (String name : new String[] {"unhexlify", "a2b_hex"}) {
      m.function(
          name,
          (t, a, kw) -> {
            ArgParser.arity(name, a, kw, 1, 1);
            byte[] data = bytes(a[0]);
            if (data.length % 2 != 0) {
              throw PyException.of(ERROR, "Odd-length string");
            }
            byte[] out = new byte[data.length / 2];
            for (int i = 0; i < out.length; i++) {
              int hi = Character.digit(data[2 * i], 16);
              int lo = Character.digit(data[2 * i + 1], 16);
              if (hi < 0 || lo < 0) {
                throw PyException.of(ERROR, "Non-hexadecimal digit found");
              }
              out[i] = (byte) (hi * 16 + lo);
            }
            return new PyBytes(out);
          });
    }
    m.function(
        "crc32",
        (t, a, kw) -> {
          ArgParser.arity("crc32", a, kw, 1, 2);
          byte[] data = bytes(a[0]);
          long start = a.length > 1 ? ((PyInt) a[1]).bigValue().longValue() & 0xffffffffL : 0;
          long crc = update(start, data);
          return PyInt.of(crc);
        });
    return m;
  }

  /** CRC-32 continued from {@code start}, as zlib's crc32(data, start). */
  private static long update(long start, byte[] data) {
    if (start == 0) {
      CRC32 c = new CRC32();
      c.update(data);
      return c.getValue();
    }
    long crc = ~start & 0xffffffffL;
    for (byte b : data) {
      crc ^= b & 0xff;
      for (int k = 0; k < 8; k++) {
        crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0xedb88320L : crc >>> 1;
      }
    }
    return ~crc & 0xffffffffL;
  }

  static byte[] bytes(PyObject o) {
    if (o instanceof PyBytes b) {
      return b.value();
    }
    if (o instanceof PyStr s) {
      String v = s.value();
      for (int i = 0; i < v.length(); i++) {
        if (v.charAt(i) > 127) {
          throw PyException.valueError("string argument should contain only ASCII characters");
        }
      }
      return v.getBytes(StandardCharsets.US_ASCII);
    }
    throw PyException.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
  }

  static byte[] b2a(byte[] data, boolean newline) {
    ByteArrayOutputStream out = new ByteArrayOutputStream((data.length + 2) / 3 * 4 + 1);
    int i = 0;
    for (; i + 2 < data.length; i += 3) {
      int v = ((data[i] & 255) << 16) | ((data[i + 1] & 255) << 8) | (data[i + 2] & 255);
      out.write(B64[v >> 18]);
      out.write(B64[(v >> 12) & 63]);
      out.write(B64[(v >> 6) & 63]);
      out.write(B64[v & 63]);
    }
    int left = data.length - i;
    if (left == 1) {
      int v = (data[i] & 255) << 16;
      out.write(B64[v >> 18]);
      out.write(B64[(v >> 12) & 63]);
      out.write('=');
      out.write('=');
    } else if (left == 2) {
      int v = ((data[i] & 255) << 16) | ((data[i + 1] & 255) << 8);
      out.write(B64[v >> 18]);
      out.write(B64[(v >> 12) & 63]);
      out.write(B64[(v >> 6) & 63]);
      out.write('=');
    }
    if (newline) {
      out.write('\n');
    }
    return out.toByteArray();
  }

  /** Base64 text to bytes: characters outside the alphabet are skipped unless strict. */
  static byte[] a2b(byte[] data, boolean strict) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(data.length * 3 / 4 + 3);
    int acc = 0;
    int bits = 0;
    int quad = 0;
    int pads = 0;
    for (int i = 0; i < data.length; i++) {
      int c = data[i] & 255;
      if (c == '=') {
        if (quad >= 2 && quad + ++pads >= 4) {
          // Enough padding: the group is complete; what follows starts afresh.
          quad = 0;
          acc = 0;
          bits = 0;
          pads = 0;
          if (strict && i + 1 < data.length) {
            throw PyException.of(ERROR, "Excess data after padding");
          }
        }
        continue;
      }
      int v = B64_VALUE[c];
      if (v < 0) {
        if (strict) {
          throw PyException.of(ERROR, "Only base64 data is allowed");
        }
        continue;
      }
      pads = 0;
      acc = (acc << 6) | v;
      bits += 6;
      quad = (quad + 1) & 3;
      if (bits >= 8) {
        bits -= 8;
        out.write((acc >> bits) & 255);
      }
    }
    if (quad != 0) {
      if (quad == 1) {
        int n = 0;
        for (byte b : data) {
          if (B64_VALUE[b & 255] >= 0) {
            n++;
          }
        }
        throw PyException.of(
            ERROR,
            "Invalid base64-encoded string: number of data characters ("
                + n
                + ") cannot be 1 more than a multiple of 4");
      }
      throw PyException.of(ERROR, "Incorrect padding");
    }
    return out.toByteArray();
  }
}
