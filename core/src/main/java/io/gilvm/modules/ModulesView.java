package io.gilvm.modules;

import io.gilvm.runtime.ArgParser;
import io.gilvm.runtime.Interpreter;
import io.gilvm.runtime.PyException;
import io.gilvm.runtime.PyList;
import io.gilvm.runtime.PyModule;
import io.gilvm.runtime.PyNone;
import io.gilvm.runtime.PyObject;
import io.gilvm.runtime.PyStr;
import io.gilvm.runtime.PyTuple;
import io.gilvm.runtime.PyType;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code sys.modules}: a live, dict-like view of the modules one interpreter has imported
 * (reading, {@code in}, iteration, {@code del} to force a fresh import). The modules themselves
 * live in the interpreter's own table, which imports from any thread update.
 */
final class ModulesView extends PyObject {
  static final PyType TYPE = PyType.builtin("module_dict", PyType.OBJECT);

  static {
    TYPE.method("keys", (ts, self, a, kw) -> {
      ArgParser.arity("keys", a, kw, 0, 0);
      return ((ModulesView) self).list(0);
    });
    TYPE.method("values", (ts, self, a, kw) -> {
      ArgParser.arity("values", a, kw, 0, 0);
      return ((ModulesView) self).list(1);
    });
    TYPE.method("items", (ts, self, a, kw) -> {
      ArgParser.arity("items", a, kw, 0, 0);
      return ((ModulesView) self).list(2);
    });
    TYPE.method("get", (ts, self, a, kw) -> {
      ArgParser.arity("get", a, kw, 1, 2);
      PyModule m = ((ModulesView) self).find(a[0]);
      return m != null ? m : a.length > 1 ? a[1] : PyNone.NONE;
    });
  }

  private final Interpreter interp;

  ModulesView(Interpreter interp) {
    this.interp = interp;
  }

  @Override
  public PyType type() {
    return TYPE;
  }

  private PyModule find(PyObject key) {
    return key instanceof PyStr s ? interp.modules.get(s.value()) : null;
  }

  /** The names (0), modules (1) or (name, module) pairs (2), sorted by name. */
  private PyList list(int what) {
    PyList out = new PyList();
    for (Map.Entry<String, PyModule> e : new TreeMap<>(interp.modules).entrySet()) {
      PyStr name = new PyStr(e.getKey());
      out.append(what == 0 ? name : what == 1 ? e.getValue() : PyTuple.of(name, e.getValue()));
    }
    return out;
  }

  @Override
  public PyObject getItem(PyObject key) {
    PyModule m = find(key);
    if (m == null) {
      throw PyException.keyError(key);
    }
    return m;
  }

  @Override
  public void setItem(PyObject key, PyObject value) {
    if (!(key instanceof PyStr s) || !(value instanceof PyModule m)) {
      throw PyException.typeError("sys.modules maps module names (str) to modules");
    }
    interp.modules.put(s.value(), m);
  }

  @Override
  public void delItem(PyObject key) {
    if (!(key instanceof PyStr s) || interp.modules.remove(s.value()) == null) {
      throw PyException.keyError(key);
    }
  }

  @Override
  public boolean contains(PyObject item) {
    return find(item) != null;
  }

  @Override
  public int len() {
    return interp.modules.size();
  }

  @Override
  public PyObject iter() {
    return list(0).iter();
  }

  @Override
  public String repr() {
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, PyModule> e : new TreeMap<>(interp.modules).entrySet()) {
      if (sb.length() > 1) {
        sb.append(", ");
      }
      sb.append(PyStr.repr(e.getKey())).append(": ").append(e.getValue().repr());
    }
    return sb.append('}').toString();
  }
}
