package io.gilvm.compiler;

import io.gilvm.lang.Node;
import io.gilvm.object.PyBool;
import io.gilvm.object.PyBytes;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyInt;
import io.gilvm.object.PyNone;
import io.gilvm.object.PyObject;
import io.gilvm.object.PySet;
import io.gilvm.object.PySingleton;
import io.gilvm.object.PyStr;
import io.gilvm.object.PyTuple;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Constant values as the compiler handles them before they become runtime objects: the Java values
 * of {@link Node.Constant} (Long or BigInteger, Double, String, byte[], Boolean, null for None,
 * {@link Node#ELLIPSIS}) plus the tuples and frozensets that constant folding makes. Working on
 * plain Java values keeps folding independent of any interpreter state.
 */
final class ConstValue {
  private ConstValue() {}

  /** A folded tuple of constant values. */
  record Tuple(List<Object> items) {}

  /** A folded frozenset of constant values, in source order (the runtime set orders them). */
  record FrozenSet(List<Object> items) {}

  private static final Object NONE_KEY = new Object();

  static boolean isInt(Object v) {
    return v instanceof Long || v instanceof BigInteger || v instanceof Boolean;
  }

  /** The int value of an int or bool constant. */
  static BigInteger big(Object v) {
    if (v instanceof Long l) {
      return BigInteger.valueOf(l);
    }
    if (v instanceof Boolean b) {
      return b ? BigInteger.ONE : BigInteger.ZERO;
    }
    return (BigInteger) v;
  }

  /** An int as a Long when it fits, so equal ints have one representation. */
  static Object normalize(BigInteger v) {
    return v.bitLength() < 64 ? (Object) v.longValue() : v;
  }

  /** Python truth of a constant. */
  static boolean isTrue(Object v) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    if (v instanceof Long l) {
      return l != 0;
    }
    if (v instanceof BigInteger b) {
      return b.signum() != 0;
    }
    if (v instanceof Double d) {
      return d != 0.0;
    }
    if (v instanceof Node.Complex c) {
      return c.real() != 0.0 || c.imag() != 0.0;
    }
    if (v instanceof String s) {
      return !s.isEmpty();
    }
    if (v instanceof byte[] b) {
      return b.length != 0;
    }
    if (v instanceof Tuple t) {
      return !t.items().isEmpty();
    }
    if (v instanceof FrozenSet s) {
      return !s.items().isEmpty();
    }
    return true;
  }

  /**
   * The identity under which constants are shared in co_consts: equal value and same type, so that
   * 1, 1.0 and True (and 0.0 and -0.0) stay distinct; code objects are never merged.
   */
  static Object key(Object v) {
    if (v == null) {
      return NONE_KEY;
    }
    if (v instanceof Long || v instanceof BigInteger) {
      return List.of("int", normalize(big(v)));
    }
    if (v instanceof Boolean
        || v instanceof String
        || v instanceof Double
        || v instanceof Node.Complex) {
      return List.of(v.getClass(), v);
    }
    if (v instanceof byte[] b) {
      return List.of("bytes", ByteBuffer.wrap(b));
    }
    if (v instanceof Tuple t) {
      List<Object> keys = new ArrayList<>(t.items().size() + 1);
      keys.add("tuple");
      for (Object item : t.items()) {
        keys.add(key(item));
      }
      return keys;
    }
    if (v instanceof FrozenSet s) {
      HashSet<Object> keys = new HashSet<>();
      for (Object item : s.items()) {
        keys.add(key(item));
      }
      return List.of("frozenset", keys);
    }
    return v;
  }

  /** The runtime object for a constant value. */
  static PyObject toPy(Object v) {
    if (v == null) {
      return PyNone.NONE;
    }
    if (v instanceof PyObject o) {
      return o;
    }
    if (v instanceof Boolean b) {
      return b ? PyBool.TRUE : PyBool.FALSE;
    }
    if (v instanceof Long l) {
      return PyInt.of(l);
    }
    if (v instanceof BigInteger b) {
      return PyInt.of(b);
    }
    if (v instanceof Double d) {
      return PyFloat.of(d);
    }
    if (v instanceof Node.Complex c) {
      return new io.gilvm.object.PyComplex(c.real(), c.imag());
    }
    if (v instanceof String s) {
      return new PyStr(s);
    }
    if (v instanceof byte[] b) {
      return new PyBytes(b);
    }
    if (v instanceof Tuple t) {
      PyObject[] items = new PyObject[t.items().size()];
      for (int i = 0; i < items.length; i++) {
        items[i] = toPy(t.items().get(i));
      }
      return PyTuple.stealing(items);
    }
    if (v instanceof FrozenSet s) {
      PySet folded = new PySet(true);
      for (Object item : s.items()) {
        folded.add(toPy(item));
      }
      // CPython's compiler, merging the code object's constants, builds each frozenset constant
      // once more from the folded one's elements in its iteration order: that second table is
      // the one a program iterates, so it is built here the same way.
      PySet set = new PySet(true);
      for (PyObject item : folded.toArray()) {
        set.add(item);
      }
      // Like the constants, the first table is never freed: it made the second.
      folded.immortalize();
      return set;
    }
    if (v == Node.ELLIPSIS) {
      return PySingleton.ELLIPSIS;
    }
    throw new IllegalArgumentException("not a constant: " + v.getClass().getName());
  }
}
