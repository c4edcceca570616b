package io.gilvm.modules;

import io.gilvm.object.Ops;
import io.gilvm.object.PyObject;
import io.gilvm.object.PyType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A read-only bag of named values that prints as {@code namespace(a=1, b=2)}, as CPython's {@code
 * types.SimpleNamespace} does; used for {@code sys.implementation}. Its values are made immortal
 * rather than counted, since the namespace lives as long as its module.
 */
final class Namespace extends PyObject {
  static final PyType TYPE = PyType.builtin("SimpleNamespace", PyType.OBJECT);

  private final Map<String, PyObject> attrs = new LinkedHashMap<>();

  Namespace put(String name, PyObject value) {
    attrs.put(name, value.immortalize());
    return this;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  @Override
  public PyObject lookupAttr(String name) {
    PyObject v = attrs.get(name);
    return v != null ? v : super.lookupAttr(name);
  }

  @Override
  public boolean usesGenericGetAttr() {
    return false;
  }

  @Override
  public String repr() {
    StringBuilder sb = new StringBuilder("namespace(");
    boolean first = true;
    for (Map.Entry<String, PyObject> e : attrs.entrySet()) {
      if (!first) {
        sb.append(", ");
      }
      first = false;
      sb.append(e.getKey()).append('=').append(Ops.repr(e.getValue()));
    }
    return sb.append(')').toString();
  }
}
