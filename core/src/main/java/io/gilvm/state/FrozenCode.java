package io.gilvm.state;

import io.gilvm.compiler.Compiler;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyComplex;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PySet;
import io.gilvm.object.PySingleton;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * Library modules compiled when gilvm is built, as CPython freezes the modules it starts with: each
 * {@code name.py} under {@code io/gilvm/lib/} gets a {@code name.pyf} beside it holding its code
 * objects, so that importing it at run time reads them instead of lexing, parsing and compiling the
 * source in a JVM that has not warmed up yet.
 *
 * <p>A frozen file names the source it was made from by length and CRC-32, and is used only when
 * both match the source shipped beside it; otherwise (or with {@code -Dgilvm.frozen=false}) the
 * source is compiled as before. The build regenerates every frozen file after compiling the classes
 * (the {@code process-classes} phase), so they always come from the same compiler.
 *
 * <p>Format (big-endian, {@link DataOutputStream}): the magic {@code "GVF"} and a format version
 * byte; the source's length and CRC-32; a table of the distinct strings (names, constants), each as
 * a length and UTF-16 units; then the module's code object. A code object is its name and qualified
 * name (string indexes), first line, argument counts, flags, stack size, its variable and name
 * tables, its instructions, line table and source spans, and its constants, each a tag byte and a
 * value; nested code objects are constants. The file name is not stored: the loader gives it.
 */
public final class FrozenCode {
  private FrozenCode() {}

  static final String SUFFIX = ".pyf";
  private static final int MAGIC = ('G' << 24) | ('V' << 16) | ('F' << 8) | 2;

  private static final byte NONE = 'N';
  private static final byte TRUE = 'T';
  private static final byte FALSE = 'F';
  private static final byte SMALL_INT = 'i';
  private static final byte BIG_INT = 'I';
  private static final byte FLOAT = 'd';
  private static final byte COMPLEX = 'c';
  private static final byte STR = 's';
  private static final byte BYTES = 'b';
  private static final byte TUPLE = 't';
  private static final byte FROZENSET = 'f';
  private static final byte CODE = 'C';
  private static final byte ELLIPSIS = 'E';

  /** Whether library imports may use frozen code ({@code -Dgilvm.frozen=false} turns it off). */
  static final boolean ENABLED = !"false".equals(System.getProperty("gilvm.frozen"));

  /** The CRC-32 of a source's UTF-8 bytes. */
  static long crc(byte[] source) {
    CRC32 crc = new CRC32();
    crc.update(source);
    return crc.getValue();
  }

  // ---------------------------------------------------------------- writing

  /** The frozen form of {@code code}, compiled from {@code source}. */
  public static byte[] freeze(PyCode code, byte[] source) {
    Writer w = new Writer();
    try {
      w.code(code);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(MAGIC);
      out.writeInt(source.length);
      out.writeLong(crc(source));
      out.writeInt(w.strings.size());
      for (String s : w.strings) {
        out.writeInt(s.length());
        out.writeChars(s);
      }
      w.body.flush();
      w.bytes.writeTo(out);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final class Writer {
    final List<String> strings = new ArrayList<>();
    final Map<String, Integer> index = new HashMap<>();
    final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    final DataOutputStream body = new DataOutputStream(bytes);

    void string(String s) throws IOException {
      Integer i = index.get(s);
      if (i == null) {
        i = strings.size();
        strings.add(s);
        index.put(s, i);
      }
      body.writeInt(i);
    }

    void strings(String[] a) throws IOException {
      body.writeInt(a.length);
      for (String s : a) {
        string(s);
      }
    }

    void ints(int[] a) throws IOException {
      body.writeInt(a.length);
      for (int v : a) {
        body.writeInt(v);
      }
    }

    void code(PyCode c) throws IOException {
      string(c.name);
      string(c.qualname);
      body.writeInt(c.firstLineNo);
      body.writeInt(c.argcount);
      body.writeInt(c.posonlyargcount);
      body.writeInt(c.kwonlyargcount);
      body.writeInt(c.flags);
      body.writeInt(c.stacksize);
      strings(c.varnames);
      strings(c.cellvars);
      strings(c.freevars);
      strings(c.names);
      ints(c.code);
      ints(c.lines);
      body.writeInt(c.spans.length);
      for (long v : c.spans) {
        body.writeLong(v);
      }
      body.writeInt(c.consts.length);
      for (PyObject k : c.consts) {
        constant(k);
      }
    }

    void constant(PyObject k) throws IOException {
      if (k == PyNone.NONE) {
        body.writeByte(NONE);
      } else if (k == PyBool.TRUE) {
        body.writeByte(TRUE);
      } else if (k == PyBool.FALSE) {
        body.writeByte(FALSE);
      } else if (k == PySingleton.ELLIPSIS) {
        body.writeByte(ELLIPSIS);
      } else if (k instanceof PyInt i && !i.isBig()) {
        body.writeByte(SMALL_INT);
        body.writeLong(i.longValue());
      } else if (k instanceof PyInt i) {
        body.writeByte(BIG_INT);
        byte[] b = i.bigValue().toByteArray();
        body.writeInt(b.length);
        body.write(b);
      } else if (k instanceof PyFloat f) {
        body.writeByte(FLOAT);
        body.writeLong(Double.doubleToRawLongBits(f.value()));
      } else if (k instanceof PyComplex c) {
        body.writeByte(COMPLEX);
        body.writeLong(Double.doubleToRawLongBits(c.real()));
        body.writeLong(Double.doubleToRawLongBits(c.imag()));
      } else if (k instanceof PyStr s) {
        body.writeByte(STR);
        string(s.value());
      } else if (k instanceof PyBytes b) {
        body.writeByte(BYTES);
        body.writeInt(b.value().length);
        body.write(b.value());
      } else if (k instanceof PyTuple t) {
        body.writeByte(TUPLE);
        body.writeInt(t.items().length);
        for (PyObject item : t.items()) {
          constant(item);
        }
      } else if (k instanceof PySet s) {
        // In iteration order; loading adds them in this order again, as CPython's marshal does.
        body.writeByte(FROZENSET);
        PyObject[] items = s.toArray();
        body.writeInt(items.length);
        for (PyObject item : items) {
          constant(item);
        }
      } else if (k instanceof PyCode c) {
        body.writeByte(CODE);
        code(c);
      } else {
        throw new IllegalArgumentException(
            "no frozen form for a constant of type " + k.type().name());
      }
    }
  }

  // ---------------------------------------------------------------- reading

  /**
   * The code in a frozen file, its code objects named {@code filename}; null when the file was not
   * made from {@code source} (or is not a frozen file).
   */
  static PyCode thaw(byte[] frozen, byte[] source, String filename) {
    // A ByteBuffer, not a DataInputStream: a worker process thaws its modules before the JIT has
    // compiled anything, and a stream's byte-at-a-time synchronized reads were a fifth of its
    // start.
    ByteBuffer in = ByteBuffer.wrap(frozen);
    try {
      if (in.getInt() != MAGIC || in.getInt() != source.length || in.getLong() != crc(source)) {
        return null;
      }
      String[] strings = new String[in.getInt()];
      for (int i = 0; i < strings.length; i++) {
        char[] chars = new char[in.getInt()];
        in.asCharBuffer().get(chars);
        in.position(in.position() + 2 * chars.length);
        strings[i] = new String(chars);
      }
      return new Reader(in, strings, filename).code();
    } catch (BufferUnderflowException | IllegalArgumentException | IOException e) {
      return null;
    }
  }

  private static final class Reader {
    final ByteBuffer in;
    final String[] strings;
    final String filename;

    /** One str object per distinct string, as CPython interns a code object's names. */
    final PyStr[] strs;

    Reader(ByteBuffer in, String[] strings, String filename) {
      this.in = in;
      this.strings = strings;
      this.filename = filename;
      this.strs = new PyStr[strings.length];
    }

    String string() throws IOException {
      return strings[in.getInt()];
    }

    String[] strings() throws IOException {
      String[] a = new String[in.getInt()];
      for (int i = 0; i < a.length; i++) {
        a[i] = string();
      }
      return a;
    }

    int[] ints() throws IOException {
      int[] a = new int[in.getInt()];
      in.asIntBuffer().get(a);
      in.position(in.position() + 4 * a.length);
      return a;
    }

    PyCode code() throws IOException {
      String name = string();
      String qualname = string();
      int firstLineNo = in.getInt();
      int argcount = in.getInt();
      int posonly = in.getInt();
      int kwonly = in.getInt();
      int flags = in.getInt();
      int stacksize = in.getInt();
      String[] varnames = strings();
      String[] cellvars = strings();
      String[] freevars = strings();
      String[] names = strings();
      int[] code = ints();
      int[] lines = ints();
      long[] spans = new long[in.getInt()];
      in.asLongBuffer().get(spans);
      in.position(in.position() + 8 * spans.length);
      PyObject[] consts = new PyObject[in.getInt()];
      for (int i = 0; i < consts.length; i++) {
        consts[i] = constant();
      }
      return new PyCode(
          name,
          qualname,
          filename,
          firstLineNo,
          argcount,
          posonly,
          kwonly,
          flags,
          varnames,
          cellvars,
          freevars,
          names,
          consts,
          code,
          lines,
          spans,
          stacksize);
    }

    PyObject constant() throws IOException {
      byte tag = in.get();
      switch (tag) {
        case NONE:
          return PyNone.NONE;
        case TRUE:
          return PyBool.TRUE;
        case FALSE:
          return PyBool.FALSE;
        case ELLIPSIS:
          return PySingleton.ELLIPSIS;
        case SMALL_INT:
          return PyInt.of(in.getLong());
        case BIG_INT:
          {
            byte[] b = new byte[in.getInt()];
            in.get(b);
            return PyInt.of(new BigInteger(b));
          }
        case FLOAT:
          return PyFloat.of(Double.longBitsToDouble(in.getLong()));
        case COMPLEX:
          {
            double re = Double.longBitsToDouble(in.getLong());
            return new PyComplex(re, Double.longBitsToDouble(in.getLong()));
          }
        case STR:
          {
            int i = in.getInt();
            PyStr s = strs[i];
            if (s == null) {
              s = strs[i] = new PyStr(strings[i]);
            }
            return s;
          }
        case BYTES:
          {
            byte[] b = new byte[in.getInt()];
            in.get(b);
            return new PyBytes(b);
          }
        case TUPLE:
          {
            PyObject[] items = new PyObject[in.getInt()];
            for (int i = 0; i < items.length; i++) {
              items[i] = constant();
            }
            return PyTuple.stealing(items);
          }
        case FROZENSET:
          {
            PySet set = new PySet(true);
            int n = in.getInt();
            for (int i = 0; i < n; i++) {
              set.add(constant());
            }
            return set;
          }
        case CODE:
          return code();
        default:
          throw new IOException("bad constant tag " + tag);
      }
    }
  }

  // ---------------------------------------------------------------- the build step

  /**
   * Freezes every library module under a class-output folder: {@code FrozenCode <classes dir>}. Run
   * by the build after the classes are compiled; a module that does not compile fails it.
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: FrozenCode <classes directory>");
    }
    Path lib = Path.of(args[0]).resolve(Modules.LIB);
    List<Path> sources;
    try (Stream<Path> files = Files.walk(lib)) {
      sources = files.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    for (Path py : sources) {
      byte[] source = Files.readAllBytes(py);
      PyCode code = Compiler.compile(new String(source, StandardCharsets.UTF_8), py.toString());
      String file = py.getFileName().toString();
      Path out = py.resolveSibling(file.substring(0, file.length() - 3) + SUFFIX);
      Files.write(out, freeze(code, source));
    }
    System.out.println("gilvm: froze " + sources.size() + " library modules");
  }
}
