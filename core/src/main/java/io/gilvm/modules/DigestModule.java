package io.gilvm.modules;

import io.gilvm.eval.Builtins;
import io.gilvm.object.ArgParser;
import io.gilvm.object.Buffers;
import io.gilvm.object.ExceptionTypes;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyException;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyModule;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyType;
import io.gilvm.state.Interpreter;
import io.gilvm.state.ThreadState;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * {@code _gilvm_hash} (the natives under gilvm's {@code hashlib}, written in Python) and {@code
 * zlib}: message digests and deflate computed by the JVM ({@link MessageDigest}, {@link
 * java.util.zip}). Like CPython's C extensions, they release the interpreter lock while working on
 * an input of at least {@link #RELEASE_THRESHOLD} bytes, so threads hashing or compressing large
 * buffers run in parallel under every lock strategy. A mutable input (bytearray, memoryview) is
 * copied first, with the lock held, so no other thread can change it mid-computation.
 */
final class DigestModule {
  private DigestModule() {}

  /** CPython's {@code HASHLIB_GIL_MINSIZE}: inputs this long are processed without the lock. */
  static final int RELEASE_THRESHOLD = 2048;

  static final PyType ZLIB_ERROR = PyType.userClass("error", ExceptionTypes.EXCEPTION, "zlib");

  /**
   * The running state of one hash object. Concurrency: the digest is guarded by this object's
   * monitor, which is held only while the JVM computes (never while waiting for the interpreter
   * lock or anything else), so two threads updating one hash object serialise as in CPython.
   */
  static final class PyDigestState extends PyObject {
    static final PyType TYPE = PyType.builtin("_digest_state", PyType.OBJECT);
    final MessageDigest md;

    PyDigestState(MessageDigest md) {
      this.md = md;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    @Override
    public String repr() {
      return "<_digest_state "
          + md.getAlgorithm()
          + " at 0x"
          + Long.toHexString(Builtins.id(this))
          + ">";
    }
  }

  /** The bytes a digest or zlib call reads: bytes as they are, mutable buffers copied. */
  private static byte[] hashInput(PyObject o) {
    if (o instanceof PyStr) {
      throw PyException.typeError("Strings must be encoded before hashing");
    }
    byte[] b = Buffers.bytes(o);
    if (b == null) {
      throw PyException.typeError("object supporting the buffer API required");
    }
    return b;
  }

  private static byte[] zlibInput(PyObject o) {
    byte[] b = Buffers.bytes(o);
    if (b == null) {
      throw PyException.typeError("a bytes-like object is required, not '" + o.type().name() + "'");
    }
    return b;
  }

  /** Runs {@code call} with the lock released when {@code n} reaches the threshold. */
  private static <T> T maybeReleased(ThreadState ts, int n, ThreadState.BlockingCall<T> call) {
    if (n < RELEASE_THRESHOLD) {
      try {
        return call.run();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return ts.blocking(call);
  }

  private static String javaName(String name) {
    switch (name.toLowerCase(Locale.ROOT)) {
      case "md5":
        return "MD5";
      case "sha1":
        return "SHA-1";
      case "sha224":
        return "SHA-224";
      case "sha256":
        return "SHA-256";
      case "sha384":
        return "SHA-384";
      case "sha512":
        return "SHA-512";
      case "sha3_224":
        return "SHA3-224";
      case "sha3_256":
        return "SHA3-256";
      case "sha3_384":
        return "SHA3-384";
      case "sha3_512":
        return "SHA3-512";
      default:
        return null;
    }
  }

  static PyModule createHash(ThreadState ts0, Interpreter interp) {
    PyModule m = new PyModule("_gilvm_hash");
    m.function(
        "new_state",
        (ts, a, kw) -> {
          ArgParser.arity("new_state", a, kw, 1, 1);
          String name = ((PyStr) a[0]).value();
          String j = javaName(name);
          if (j == null) {
            throw PyException.valueError("unsupported hash type " + name);
          }
          try {
            return new PyDigestState(MessageDigest.getInstance(j));
          } catch (NoSuchAlgorithmException e) {
            throw PyException.valueError("unsupported hash type " + name);
          }
        });
    m.function(
        "update",
        (ts, a, kw) -> {
          ArgParser.arity("update", a, kw, 2, 2);
          PyDigestState s = (PyDigestState) a[0];
          byte[] data = hashInput(a[1]);
          maybeReleased(
              ts,
              data.length,
              () -> {
                synchronized (s) {
                  s.md.update(data);
                }
                return null;
              });
          return PyNone.NONE;
        });
    m.function(
        "digest",
        (ts, a, kw) -> {
          ArgParser.arity("digest", a, kw, 1, 1);
          PyDigestState s = (PyDigestState) a[0];
          synchronized (s) {
            try {
              return new PyBytes(((MessageDigest) s.md.clone()).digest());
            } catch (CloneNotSupportedException e) {
              throw new IllegalStateException(e);
            }
          }
        });
    m.function(
        "copy",
        (ts, a, kw) -> {
          ArgParser.arity("copy", a, kw, 1, 1);
          PyDigestState s = (PyDigestState) a[0];
          synchronized (s) {
            try {
              return new PyDigestState((MessageDigest) s.md.clone());
            } catch (CloneNotSupportedException e) {
              throw new IllegalStateException(e);
            }
          }
        });
    m.function(
        "check_input",
        (ts, a, kw) -> {
          ArgParser.arity("check_input", a, kw, 1, 1);
          hashInput(a[0]);
          return PyNone.NONE;
        });
    return m;
  }

  // ------------------------------------------------------------------ zlib

  static PyModule createZlib(ThreadState ts0, Interpreter interp) {
    PyModule m = new PyModule("zlib");
    m.put("error", ZLIB_ERROR);
    m.put("MAX_WBITS", PyInt.of(15));
    m.put("DEFLATED", PyInt.of(8));
    m.put("Z_DEFAULT_COMPRESSION", PyInt.of(-1));
    m.put("Z_NO_COMPRESSION", PyInt.of(0));
    m.put("Z_BEST_SPEED", PyInt.of(1));
    m.put("Z_BEST_COMPRESSION", PyInt.of(9));
    m.put("ZLIB_VERSION", new PyStr("1.2.13"));
    m.function(
        "compress",
        (ts, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("compress", a, kw, new String[] {"data", "level", "wbits"}, 1, 3);
          byte[] data = zlibInput(p[0]);
          int level = p[1] == null ? -1 : ArgParser.asInt(p[1]);
          int wbits = p[2] == null ? 15 : ArgParser.asInt(p[2]);
          if (level < -1 || level > 9) {
            throw PyException.of(ZLIB_ERROR, "Bad compression level");
          }
          boolean raw;
          if (wbits >= 9 && wbits <= 15) {
            raw = false;
          } else if (wbits <= -9 && wbits >= -15) {
            raw = true;
          } else {
            throw PyException.of(ZLIB_ERROR, "Bad compression level");
          }
          byte[] out =
              maybeReleased(
                  ts,
                  data.length,
                  () -> {
                    Deflater d = new Deflater(level, raw);
                    try {
                      d.setInput(data);
                      d.finish();
                      ByteArrayOutputStream bo = new ByteArrayOutputStream(data.length / 2 + 64);
                      byte[] buf = new byte[16384];
                      while (!d.finished()) {
                        int n = d.deflate(buf);
                        bo.write(buf, 0, n);
                      }
                      return bo.toByteArray();
                    } finally {
                      d.end();
                    }
                  });
          return new PyBytes(out);
        });
    m.function(
        "decompress",
        (ts, a, kw) -> {
          PyObject[] p =
              ArgParser.parse("decompress", a, kw, new String[] {"data", "wbits", "bufsize"}, 1, 3);
          byte[] data = zlibInput(p[0]);
          int wbits = p[1] == null ? 15 : ArgParser.asInt(p[1]);
          if (p[2] != null && ArgParser.asInt(p[2]) < 0) {
            throw PyException.valueError("bufsize must be non-negative");
          }
          boolean raw;
          if ((wbits >= 8 && wbits <= 15) || wbits == 0) {
            raw = false;
          } else if (wbits <= -8 && wbits >= -15) {
            raw = true;
          } else {
            throw PyException.valueError("Invalid initialization option");
          }
          String[] error = new String[1];
          byte[] out =
              maybeReleased(
                  ts,
                  data.length,
                  () -> {
                    Inflater inf = new Inflater(raw);
                    try {
                      inf.setInput(data);
                      ByteArrayOutputStream bo = new ByteArrayOutputStream(data.length * 3 + 64);
                      byte[] buf = new byte[16384];
                      while (!inf.finished()) {
                        int n;
                        try {
                          n = inf.inflate(buf);
                        } catch (DataFormatException e) {
                          error[0] = "Error -3 while decompressing data: " + e.getMessage();
                          return null;
                        }
                        bo.write(buf, 0, n);
                        if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                          error[0] =
                              inf.needsDictionary()
                                  ? "Error 2 while decompressing data"
                                  : "Error -5 while decompressing data: incomplete or truncated stream";
                          return null;
                        }
                      }
                      return bo.toByteArray();
                    } finally {
                      inf.end();
                    }
                  });
          if (out == null) {
            throw PyException.of(ZLIB_ERROR, error[0]);
          }
          return new PyBytes(out);
        });
    m.function(
        "crc32",
        (ts, a, kw) -> {
          ArgParser.arity("crc32", a, kw, 1, 2);
          byte[] data = zlibInput(a[0]);
          long start = a.length > 1 ? ((PyInt) a[1]).bigValue().longValue() & 0xffffffffL : 0;
          return PyInt.of(maybeReleased(ts, data.length, () -> crc32(start, data)));
        });
    m.function(
        "adler32",
        (ts, a, kw) -> {
          ArgParser.arity("adler32", a, kw, 1, 2);
          byte[] data = zlibInput(a[0]);
          long start = a.length > 1 ? ((PyInt) a[1]).bigValue().longValue() & 0xffffffffL : 1;
          return PyInt.of(maybeReleased(ts, data.length, () -> adler32(start, data)));
        });
    return m;
  }

  /** CRC-32 continued from {@code start}: the JVM's when starting afresh, bitwise otherwise. */
  static long crc32(long start, byte[] data) {
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

  /** Adler-32 continued from {@code start} (1 for a fresh checksum). */
  static long adler32(long start, byte[] data) {
    if (start == 1) {
      Adler32 c = new Adler32();
      c.update(data);
      return c.getValue();
    }
    long s1 = start & 0xffff;
    long s2 = (start >>> 16) & 0xffff;
    for (byte b : data) {
      s1 = (s1 + (b & 0xff)) % 65521;
      s2 = (s2 + s1) % 65521;
    }
    return (s2 << 16) | s1;
  }
}
