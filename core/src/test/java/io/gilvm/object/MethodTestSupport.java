package io.gilvm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.gilvm.state.ThreadState;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;

/**
 * Builds Python values and calls builtin methods and constructors on them the way the eval loop
 * does (attribute lookup, then a call with positional values and keyword names), for the tests of
 * the {@code *Methods} classes.
 */
final class MethodTestSupport {
  private MethodTestSupport() {}

  /** Loads the builtin types' methods; call from each test class's setup. */
  static void setUp() {
    TypeSetup.ensure();
  }

  /** A keyword argument of {@link #call} and {@link #construct}. */
  record Kw(String name, PyObject value) {}

  static Kw kw(String name, PyObject value) {
    return new Kw(name, value);
  }

  static PyStr s(String v) {
    return new PyStr(v);
  }

  static PyInt i(long v) {
    return PyInt.of(v);
  }

  static PyInt big(String digits) {
    return PyInt.of(new BigInteger(digits));
  }

  static PyFloat f(double v) {
    return PyFloat.of(v);
  }

  static PyList list(PyObject... items) {
    return PyList.of(items);
  }

  static PyTuple tuple(PyObject... items) {
    return PyTuple.of(items);
  }

  static PyDict dict(PyObject... keysAndValues) {
    PyDict d = new PyDict();
    for (int k = 0; k < keysAndValues.length; k += 2) {
      d.put(keysAndValues[k], keysAndValues[k + 1]);
    }
    return d;
  }

  static PySet set(PyObject... items) {
    PySet s = new PySet();
    for (PyObject o : items) {
      s.add(o);
    }
    return s;
  }

  static PySet frozenset(PyObject... items) {
    return PySet.from(PyTuple.of(items), true);
  }

  /** bytes from a string of characters below 256. */
  static PyBytes b(String latin1) {
    return new PyBytes(latin1.getBytes(StandardCharsets.ISO_8859_1));
  }

  private static Object[] split(Object[] parts) {
    List<PyObject> values = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof PyObject o) {
        if (!names.isEmpty()) {
          throw new IllegalArgumentException("positional after keyword");
        }
        values.add(o);
      }
    }
    for (Object p : parts) {
      if (p instanceof Kw k) {
        values.add(k.value());
        names.add(k.name());
      }
    }
    return new Object[] {
      values.toArray(new PyObject[0]), names.isEmpty() ? null : names.toArray(new String[0])
    };
  }

  /** {@code self.name(*positional, **keywords)}. */
  static PyObject call(PyObject self, String name, Object... parts) {
    Object[] a = split(parts);
    return self.getAttr(name).call(ThreadState.current(), (PyObject[]) a[0], (String[]) a[1]);
  }

  /** {@code type(*positional, **keywords)}. */
  static PyObject construct(PyType type, Object... parts) {
    Object[] a = split(parts);
    return type.call(ThreadState.current(), (PyObject[]) a[0], (String[]) a[1]);
  }

  /** The repr of a call's result, which the tests compare with CPython's. */
  static String r(PyObject o) {
    return o.repr();
  }

  /** Asserts that {@code body} raises exactly {@code type} with {@code message}. */
  static void raises(PyType type, String message, Executable body) {
    PyException e = assertThrows(PyException.class, body);
    assertEquals(type, e.pyType(), () -> "raised " + e.getMessage());
    assertEquals(message, e.value().str());
  }
}
