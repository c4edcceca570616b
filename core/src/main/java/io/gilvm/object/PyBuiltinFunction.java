package io.gilvm.object;

import io.gilvm.state.ThreadState;

/** A builtin function ({@code len}, {@code time.sleep}): a name and a {@link Native} body. */
public final class PyBuiltinFunction extends PyObject {
  private final String name;
  private final String module;
  private final Native body;

  public PyBuiltinFunction(String name, String module, Native body) {
    this.name = name;
    this.module = module;
    this.body = body;
    // Builtins live as long as the program and are shared: their count is not modelled.
    immortalize();
  }

  @Override
  public PyType type() {
    return PyType.BUILTIN_FUNCTION;
  }

  public String name() {
    return name;
  }

  public Native body() {
    return body;
  }

  @Override
  public PyObject call(ThreadState ts, PyObject[] args, String[] kwnames) {
    return body.call(ts, args, kwnames);
  }

  @Override
  public PyObject lookupAttr(String attr) {
    switch (attr) {
      case "__name__":
      case "__qualname__":
        return new PyStr(name);
      case "__module__":
        return module == null ? PyNone.NONE : new PyStr(module);
      default:
        return super.lookupAttr(attr);
    }
  }

  @Override
  public String repr() {
    return "<built-in function " + name + ">";
  }
}
