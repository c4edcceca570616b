package io.gilvm.modules;

import io.gilvm.mem.Refs;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyDict;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyList;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import io.gilvm.object.PyType;
import io.gilvm.state.ThreadState;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The fast path of {@code pickle.dumps} and {@code pickle.loads} ({@code _gilvm_pickle.dumps_fast}
 * and {@code loads_fast}): pickles made only of None, bool, int, float, str, bytes, list, tuple and
 * dict (of exactly those types), in protocols 2 to 5, written and read in Java. It writes exactly
 * the bytes that gilvm's {@code pickle.py} writes (opcode for opcode, memo and frames included) and
 * reads exactly what that module reads for these opcodes. Anything else (another type, another
 * protocol, another opcode, a malformed pickle) makes it give up without side effects, and the
 * Python implementation does the whole job, errors included.
 */
final class FastPickle {
  private FastPickle() {}

  /** Thrown inside to give up; the caller answers "not handled". */
  private static final class GiveUp extends RuntimeException {
    GiveUp() {
      super(null, null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();

  private static final int FRAME_SIZE_TARGET = 64 * 1024;
  private static final int BATCHSIZE = 1000;
  private static final int MAX_DEPTH = 400;

  // ---------------------------------------------------------------- dumps

  /** The pickle of {@code obj}, or null when some object in it is not for the fast path. */
  static byte[] dumps(ThreadState ts, PyObject obj, int proto) {
    Writer w = new Writer(ts, proto);
    try {
      w.out.write(0x80);
      w.out.write(proto);
      w.save(obj);
      w.buf.write('.');
      w.commitFrame(true);
      return w.out.toByteArray();
    } catch (GiveUp g) {
      return null;
    } finally {
      w.releaseHeld();
    }
  }

  /** A growable byte array (ByteArrayOutputStream without its locks). */
  private static final class Bytes {
    byte[] a;
    int n;

    Bytes(int capacity) {
      a = new byte[capacity];
    }

    void ensure(int more) {
      if (n + more > a.length) {
        a = Arrays.copyOf(a, Math.max(a.length * 2, n + more));
      }
    }

    void write(int b) {
      ensure(1);
      a[n++] = (byte) b;
    }

    void write(byte[] b) {
      ensure(b.length);
      System.arraycopy(b, 0, a, n, b.length);
      n += b.length;
    }

    void write(Bytes b) {
      ensure(b.n);
      System.arraycopy(b.a, 0, a, n, b.n);
      n += b.n;
    }

    void le(long v, int width) {
      ensure(width);
      for (int i = 0; i < width; i++) {
        a[n++] = (byte) (v >>> (8 * i));
      }
    }

    byte[] toByteArray() {
      return Arrays.copyOf(a, n);
    }
  }

  private static final class Writer {
    final ThreadState ts;
    final int proto;
    final boolean framing;
    final Bytes out = new Bytes(4096);

    /** The current frame; reused after each commit. */
    final Bytes buf = new Bytes(FRAME_SIZE_TARGET + 1024);

    final IdentityMemo memo = new IdentityMemo();

    /** Without a global lock another thread may change a container while it is written. */
    final boolean hold;

    /** Objects this walk holds a reference to (the items of each container it walks). */
    final ArrayList<PyObject> held = new ArrayList<>();

    Writer(ThreadState ts, int proto) {
      this.ts = ts;
      this.proto = proto;
      this.framing = proto >= 4;
      this.hold = !ts.interp.lockStrategy().isGlobal();
    }

    void releaseHeld() {
      for (int i = held.size() - 1; i >= 0; i--) {
        Refs.decref(ts, held.get(i));
      }
      held.clear();
    }

    /**
     * Keeps the snapshot's items alive while they are written (another thread may change the
     * container).
     */
    PyObject[] hold(PyObject[] items) {
      if (!hold) {
        // Under a global lock nothing else runs while this native walks: the snapshot stays valid.
        return items;
      }
      for (PyObject o : items) {
        ts.refs.incref(o);
        held.add(o);
      }
      return items;
    }

    void commitFrame(boolean force) {
      if (buf.n == 0) {
        return;
      }
      if (force || buf.n >= FRAME_SIZE_TARGET) {
        if (framing && buf.n >= 4) {
          out.write(0x95);
          out.le(buf.n, 8);
        }
        out.write(buf);
        buf.n = 0;
      }
    }

    void memoize(PyObject o) {
      int idx = memo.size();
      if (proto >= 4) {
        buf.write(0x94);
      } else if (idx < 256) {
        buf.write('q');
        buf.write(idx);
      } else {
        buf.write('r');
        buf.le(idx, 4);
      }
      memo.put(o, idx);
    }

    void get(int idx) {
      if (idx < 256) {
        buf.write('h');
        buf.write(idx);
      } else {
        buf.write('j');
        buf.le(idx, 4);
      }
    }

    /**
     * How deep the walk is: past MAX_DEPTH the Python pickler takes over (and its recursion limit).
     */
    int depth;

    void save(PyObject o) {
      if (++depth > MAX_DEPTH) {
        throw GIVE_UP;
      }
      try {
        saveOne(o);
      } finally {
        depth--;
      }
    }

    void saveOne(PyObject o) {
      if (framing && buf.n >= FRAME_SIZE_TARGET) {
        commitFrame(false);
      }
      PyType t = o.type();
      if (o == PyNone.NONE) {
        buf.write('N');
        return;
      }
      if (t == PyType.BOOL) {
        buf.write(o == PyBool.TRUE ? 0x88 : 0x89);
        return;
      }
      if (t == PyType.INT) {
        saveInt((PyInt) o);
        return;
      }
      if (t == PyType.FLOAT) {
        buf.write('G');
        long bits = Double.doubleToRawLongBits(((PyFloat) o).value());
        buf.ensure(8);
        for (int i = 7; i >= 0; i--) {
          buf.a[buf.n++] = (byte) (bits >>> (8 * i));
        }
        return;
      }
      int seen = memo.get(o);
      if (seen >= 0) {
        get(seen);
        return;
      }
      if (t == PyType.STR) {
        saveStr((PyStr) o);
      } else if (t == PyType.BYTES) {
        saveBytes((PyBytes) o);
      } else if (t == PyType.TUPLE) {
        saveTuple((PyTuple) o);
      } else if (t == PyType.LIST) {
        saveList((PyList) o);
      } else if (t == PyType.DICT) {
        saveDict((PyDict) o);
      } else {
        throw GIVE_UP;
      }
    }

    void saveInt(PyInt i) {
      if (!i.isBig()) {
        long v = i.longValue();
        if (v >= 0 && v <= 0xFF) {
          buf.write('K');
          buf.write((int) v);
          return;
        }
        if (v >= 0 && v <= 0xFFFF) {
          buf.write('M');
          buf.le(v, 2);
          return;
        }
        if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
          buf.write('J');
          buf.le(v, 4);
          return;
        }
      }
      byte[] enc = encodeLong(i.bigValue());
      if (enc.length < 256) {
        buf.write(0x8a);
        buf.write(enc.length);
      } else {
        buf.write(0x8b);
        buf.le(enc.length, 4);
      }
      buf.write(enc);
    }

    void saveStr(PyStr s) {
      String v = s.value();
      int len = v.length();
      if (len <= 0xFF && proto >= 4 && isAscii(v)) {
        // The common case, written straight into the frame.
        buf.ensure(2 + len);
        byte[] a = buf.a;
        int at = buf.n;
        a[at++] = (byte) 0x8c;
        a[at++] = (byte) len;
        for (int i = 0; i < len; i++) {
          a[at++] = (byte) v.charAt(i);
        }
        buf.n = at;
        memoize(s);
        return;
      }
      byte[] enc = utf8(v);
      int n = enc.length;
      if (n <= 0xFF && proto >= 4) {
        buf.write(0x8c);
        buf.write(n);
      } else {
        buf.write('X');
        buf.le(n, 4);
      }
      buf.write(enc);
      memoize(s);
    }

    void saveBytes(PyBytes b) {
      if (proto < 3) {
        throw GIVE_UP;
      }
      byte[] v = b.value();
      int n = v.length;
      if (n <= 0xFF) {
        buf.write('C');
        buf.write(n);
      } else {
        buf.write('B');
        buf.le(n, 4);
      }
      buf.write(v);
      memoize(b);
    }

    void saveTuple(PyTuple t) {
      PyObject[] items = hold(t.items());
      int n = items.length;
      if (n == 0) {
        buf.write(')');
        return;
      }
      if (n <= 3) {
        for (PyObject x : items) {
          save(x);
        }
        int seen = memo.get(t);
        if (seen >= 0) {
          for (int i = 0; i < n; i++) {
            buf.write('0');
          }
          get(seen);
        } else {
          buf.write(n == 1 ? 0x85 : n == 2 ? 0x86 : 0x87);
          memoize(t);
        }
        return;
      }
      buf.write('(');
      for (PyObject x : items) {
        save(x);
      }
      int seen = memo.get(t);
      if (seen >= 0) {
        buf.write('1');
        get(seen);
        return;
      }
      buf.write('t');
      memoize(t);
    }

    void saveList(PyList l) {
      buf.write(']');
      memoize(l);
      PyObject[] items = hold(l.toArray());
      int n = items.length;
      memo.reserve(n);
      if (n == 1) {
        save(items[0]);
        buf.write('a');
        return;
      }
      int i = 0;
      while (i < n) {
        buf.write('(');
        int stop = i + BATCHSIZE;
        while (i < stop && i < n) {
          save(items[i]);
          i++;
        }
        buf.write('e');
      }
    }

    void saveDict(PyDict d) {
      buf.write('}');
      memoize(d);
      PyObject[] kv = hold(d.itemArray());
      int n = kv.length / 2;
      if (n == 1) {
        save(kv[0]);
        save(kv[1]);
        buf.write('s');
        return;
      }
      if (n == 0) {
        return;
      }
      int i = 0;
      while (true) {
        buf.write('(');
        int stop = Math.min(n, i + BATCHSIZE);
        int chunk = stop - i;
        for (; i < stop; i++) {
          save(kv[2 * i]);
          save(kv[2 * i + 1]);
        }
        buf.write('u');
        if (chunk < BATCHSIZE) {
          break;
        }
      }
    }
  }

  /** The pickler's memo: object identity to memo index, open addressing, no boxing. */
  private static final class IdentityMemo {
    PyObject[] keys = new PyObject[1024];
    int[] vals = new int[1024];
    int size;

    int size() {
      return size;
    }

    private static int slot(PyObject o, int mask) {
      int h = System.identityHashCode(o);
      return (h ^ (h >>> 16)) * 0x9E3779B1 >>> 7 & mask;
    }

    int get(PyObject o) {
      PyObject[] k = keys;
      int mask = k.length - 1;
      for (int i = slot(o, mask); ; i = (i + 1) & mask) {
        PyObject x = k[i];
        if (x == o) {
          return vals[i];
        }
        if (x == null) {
          return -1;
        }
      }
    }

    void put(PyObject o, int v) {
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      PyObject[] k = keys;
      int mask = k.length - 1;
      int i = slot(o, mask);
      while (k[i] != null && k[i] != o) {
        i = (i + 1) & mask;
      }
      if (k[i] == null) {
        size++;
      }
      k[i] = o;
      vals[i] = v;
    }

    /** Room for {@code more} further entries without growing again. */
    void reserve(int more) {
      int want = (size + more) * 2;
      if (want > keys.length && want < (1 << 28)) {
        grow(Integer.highestOneBit(want - 1) << 1);
      }
    }

    private void grow() {
      grow(keys.length * 2);
    }

    private void grow(int capacity) {
      PyObject[] oldK = keys;
      int[] oldV = vals;
      keys = new PyObject[capacity];
      vals = new int[capacity];
      int mask = keys.length - 1;
      for (int j = 0; j < oldK.length; j++) {
        if (oldK[j] != null) {
          int i = slot(oldK[j], mask);
          while (keys[i] != null) {
            i = (i + 1) & mask;
          }
          keys[i] = oldK[j];
          vals[i] = oldV[j];
        }
      }
    }
  }

  /** Little-endian two's complement, as short as possible (empty for 0), as pickle's LONG1. */
  static byte[] encodeLong(BigInteger x) {
    if (x.signum() == 0) {
      return new byte[0];
    }
    int nbytes = (x.bitLength() >> 3) + 1;
    byte[] be = x.toByteArray();
    byte[] le = new byte[nbytes];
    byte pad = (byte) (x.signum() < 0 ? 0xFF : 0);
    for (int i = 0; i < nbytes; i++) {
      int from = be.length - 1 - i;
      le[i] = from >= 0 ? be[from] : pad;
    }
    if (x.signum() < 0
        && nbytes > 1
        && le[nbytes - 1] == (byte) 0xFF
        && (le[nbytes - 2] & 0x80) != 0) {
      return Arrays.copyOf(le, nbytes - 1);
    }
    return le;
  }

  private static boolean isAscii(String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** UTF-8 with lone surrogates passed through (Python's "surrogatepass"). */
  static byte[] utf8(String s) {
    int n = s.length();
    boolean ascii = true;
    for (int i = 0; i < n; i++) {
      if (s.charAt(i) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return s.getBytes(StandardCharsets.ISO_8859_1);
    }
    Bytes b = new Bytes(s.length() * 3);
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      int cp = c;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        cp = Character.toCodePoint(c, s.charAt(++i));
      }
      if (cp < 0x80) {
        b.write(cp);
      } else if (cp < 0x800) {
        b.write(0xC0 | (cp >> 6));
        b.write(0x80 | (cp & 0x3F));
      } else if (cp < 0x10000) {
        b.write(0xE0 | (cp >> 12));
        b.write(0x80 | ((cp >> 6) & 0x3F));
        b.write(0x80 | (cp & 0x3F));
      } else {
        b.write(0xF0 | (cp >> 18));
        b.write(0x80 | ((cp >> 12) & 0x3F));
        b.write(0x80 | ((cp >> 6) & 0x3F));
        b.write(0x80 | (cp & 0x3F));
      }
    }
    return b.toByteArray();
  }

  // ---------------------------------------------------------------- loads

  /**
   * The object the pickle in {@code data} holds, or null when the pickle uses something the fast
   * path does not read (then nothing was changed and every object it made is freed).
   */
  static PyObject loads(ThreadState ts, byte[] data) {
    Reader r = new Reader(ts, data);
    try {
      PyObject result = r.run();
      if (r.pos != data.length) {
        // Data after STOP is allowed (pickle.loads ignores it), but leave odd cases to Python.
        throw GIVE_UP;
      }
      // The stack's reference becomes the caller's: held while the memo lets go, then floating.
      r.releaseMemo();
      Refs.release(ts, result);
      return result;
    } catch (GiveUp | ClassCastException | ArrayIndexOutOfBoundsException g) {
      r.releaseAll();
      return null;
    } catch (RuntimeException e) {
      // A Python error while building (an unhashable key): Python's pickle reports it.
      r.releaseAll();
      return null;
    }
  }

  private static final class Reader {
    final ThreadState ts;
    final byte[] d;
    int pos;

    /** Every object on the stack or in the memo holds one reference here. */
    PyObject[] stack = new PyObject[64];

    int sp;
    int[] marks = new int[16];
    int mp;
    PyObject[] memo = new PyObject[64];
    int memoSize;

    Reader(ThreadState ts, byte[] d) {
      this.ts = ts;
      this.d = d;
    }

    void push(PyObject o) {
      ts.refs.incref(o);
      if (sp == stack.length) {
        stack = Arrays.copyOf(stack, sp * 2);
      }
      stack[sp++] = o;
    }

    /** Pops the top, handing over the stack's reference. */
    PyObject pop() {
      if (sp == 0) {
        throw GIVE_UP;
      }
      PyObject o = stack[--sp];
      stack[sp] = null;
      return o;
    }

    PyObject top() {
      if (sp == 0) {
        throw GIVE_UP;
      }
      return stack[sp - 1];
    }

    int popMark() {
      if (mp == 0) {
        throw GIVE_UP;
      }
      return marks[--mp];
    }

    void put(int idx) {
      PyObject o = top();
      if (idx < 0 || idx > 1 << 24) {
        throw GIVE_UP;
      }
      if (idx >= memo.length) {
        memo = Arrays.copyOf(memo, Math.max(idx + 1, memo.length * 2));
      }
      ts.refs.incref(o);
      PyObject old = memo[idx];
      memo[idx] = o;
      if (old != null) {
        Refs.decref(ts, old);
      }
      if (idx >= memoSize) {
        memoSize = idx + 1;
      }
    }

    void get(long idx) {
      if (idx < 0 || idx >= memoSize || memo[(int) idx] == null) {
        throw GIVE_UP;
      }
      push(memo[(int) idx]);
    }

    void releaseMemo() {
      for (int i = 0; i < memoSize; i++) {
        if (memo[i] != null) {
          PyObject o = memo[i];
          memo[i] = null;
          Refs.decref(ts, o);
        }
      }
      memoSize = 0;
    }

    void releaseAll() {
      while (sp > 0) {
        PyObject o = stack[--sp];
        stack[sp] = null;
        Refs.decref(ts, o);
      }
      releaseMemo();
    }

    int u8() {
      if (pos >= d.length) {
        throw GIVE_UP;
      }
      return d[pos++] & 0xFF;
    }

    long le(int width) {
      if (pos + width > d.length) {
        throw GIVE_UP;
      }
      long v = 0;
      for (int i = 0; i < width; i++) {
        v |= (long) (d[pos + i] & 0xFF) << (8 * i);
      }
      pos += width;
      return v;
    }

    byte[] take(long n) {
      if (n < 0 || pos + n > d.length) {
        throw GIVE_UP;
      }
      byte[] b = Arrays.copyOfRange(d, pos, pos + (int) n);
      pos += (int) n;
      return b;
    }

    PyStr str(long n) {
      if (n < 0 || pos + n > d.length) {
        throw GIVE_UP;
      }
      int len = (int) n;
      boolean ascii = true;
      for (int i = pos; i < pos + len; i++) {
        if (d[i] < 0) {
          ascii = false;
          break;
        }
      }
      String s;
      if (ascii) {
        s = new String(d, pos, len, StandardCharsets.ISO_8859_1);
      } else {
        try {
          s =
              StandardCharsets.UTF_8
                  .newDecoder()
                  .onMalformedInput(CodingErrorAction.REPORT)
                  .onUnmappableCharacter(CodingErrorAction.REPORT)
                  .decode(java.nio.ByteBuffer.wrap(d, pos, len))
                  .toString();
        } catch (CharacterCodingException e) {
          // Lone surrogates (surrogatepass) or bad UTF-8: Python decodes or reports it.
          throw GIVE_UP;
        }
      }
      pos += len;
      return new PyStr(s);
    }

    PyObject run() {
      while (true) {
        int op = u8();
        switch (op) {
          case 0x80 -> { // PROTO
            int p = u8();
            if (p < 2 || p > 5) {
              throw GIVE_UP;
            }
          }
          case 0x95 -> le(8); // FRAME: the frame's bytes follow inline
          case '.' -> { // STOP
            if (sp != 1 || mp != 0) {
              throw GIVE_UP;
            }
            return pop();
          }
          case 'N' -> push(PyNone.NONE);
          case 0x88 -> push(PyBool.TRUE);
          case 0x89 -> push(PyBool.FALSE);
          case 'K' -> push(PyInt.of(u8()));
          case 'M' -> push(PyInt.of(le(2)));
          case 'J' -> push(PyInt.of((int) le(4)));
          case 0x8a -> push(decodeLong(take(u8())));
          case 0x8b -> {
            long n = (int) le(4);
            push(decodeLong(take(n)));
          }
          case 'G' -> {
            if (pos + 8 > d.length) {
              throw GIVE_UP;
            }
            long bits = 0;
            for (int i = 0; i < 8; i++) {
              bits = (bits << 8) | (d[pos + i] & 0xFF);
            }
            pos += 8;
            push(PyFloat.of(Double.longBitsToDouble(bits)));
          }
          case 0x8c -> push(str(u8()));
          case 'X' -> push(str(le(4)));
          case 0x8d -> push(str(le(8)));
          case 'C' -> push(new PyBytes(take(u8())));
          case 'B' -> push(new PyBytes(take(le(4))));
          case 0x8e -> push(new PyBytes(take(le(8))));
          case ']' -> push(new PyList());
          case '}' -> push(new PyDict());
          case ')' -> push(PyTuple.EMPTY);
          case 0x85, 0x86, 0x87 -> {
            int n = op - 0x84;
            if (sp < n) {
              throw GIVE_UP;
            }
            PyObject[] items = Arrays.copyOfRange(stack, sp - n, sp);
            Arrays.fill(stack, sp - n, sp, null);
            sp -= n;
            PyTuple t = PyTuple.stealing(items);
            push(t);
          }
          case 't' -> {
            int m = popMark();
            PyObject[] items = Arrays.copyOfRange(stack, m, sp);
            Arrays.fill(stack, m, sp, null);
            sp = m;
            PyTuple t = PyTuple.stealing(items);
            push(t);
          }
          case '(' -> {
            if (mp == marks.length) {
              marks = Arrays.copyOf(marks, mp * 2);
            }
            marks[mp++] = sp;
          }
          case 'a' -> {
            PyObject v = pop();
            PyObject target = top();
            if (target.type() != PyType.LIST) {
              Refs.decref(ts, v);
              throw GIVE_UP;
            }
            ((PyList) target).appendStealing(v);
          }
          case 'e' -> {
            int m = popMark();
            if (m == 0 || stack[m - 1].type() != PyType.LIST) {
              throw GIVE_UP;
            }
            PyList l = (PyList) stack[m - 1];
            for (int i = m; i < sp; i++) {
              l.appendStealing(stack[i]);
              stack[i] = null;
            }
            sp = m;
          }
          case 's' -> {
            if (sp < 3 || stack[sp - 3].type() != PyType.DICT) {
              throw GIVE_UP;
            }
            PyDict dict = (PyDict) stack[sp - 3];
            dict.put(stack[sp - 2], stack[sp - 1]);
            PyObject v = pop();
            PyObject k = pop();
            Refs.decref(ts, v);
            Refs.decref(ts, k);
          }
          case 'u' -> {
            int m = popMark();
            if (m == 0 || stack[m - 1].type() != PyType.DICT || ((sp - m) & 1) != 0) {
              throw GIVE_UP;
            }
            PyDict dict = (PyDict) stack[m - 1];
            for (int i = m; i < sp; i += 2) {
              dict.put(stack[i], stack[i + 1]);
            }
            while (sp > m) {
              Refs.decref(ts, pop());
            }
          }
          case 0x94 -> put(memoSize); // MEMOIZE
          case 'q' -> put(u8());
          case 'r' -> put((int) le(4));
          case 'h' -> get(u8());
          case 'j' -> get(le(4));
          default -> throw GIVE_UP;
        }
      }
    }

    static PyInt decodeLong(byte[] le) {
      if (le.length == 0) {
        return PyInt.of(0);
      }
      byte[] be = new byte[le.length];
      for (int i = 0; i < le.length; i++) {
        be[i] = le[le.length - 1 - i];
      }
      return PyInt.of(new BigInteger(be));
    }
  }
}
