package io.gilvm.embed;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.script.AbstractScriptEngine;
import javax.script.Bindings;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptException;
import javax.script.SimpleScriptContext;

/**
 * A JSR-223 engine over one {@link PythonInterpreter}. Its engine-scope bindings are the
 * interpreter's {@code __main__} globals themselves ({@link #createBindings()} gives that view):
 * {@code put} sets a global, {@code get} reads one converted as {@link PythonInterpreter#get}
 * converts. A script given other bindings runs with their entries set as globals first, and the
 * globals it leaves (those not starting with {@code __}) are copied back into them; global-scope
 * bindings fill in names the engine scope lacks. {@code eval} returns the value of a script that is
 * one expression, else null. What the script prints goes to the context's writer, its {@code
 * sys.stderr} to the error writer. A Python exception is a {@link ScriptException} whose cause is
 * the {@link PythonException}.
 *
 * <p>Invocable: {@link #invokeFunction} calls a global; {@link #invokeMethod} calls a method of an
 * object held by a {@link PyHandle}; {@link #getInterface} implements a Java interface by the
 * globals (or methods) of the same names. {@link #close()} closes the interpreter.
 */
public final class GilvmScriptEngine extends AbstractScriptEngine
    implements Invocable, AutoCloseable {
  private final ScriptEngineFactory factory;
  private final PythonInterpreter py;
  private final Redirect out = new Redirect(false);
  private final Redirect err = new Redirect(true);

  /** An engine over an interpreter made from {@code builder} (its streams are the engine's). */
  public GilvmScriptEngine(ScriptEngineFactory factory, PythonInterpreter.Builder builder) {
    this.factory = Objects.requireNonNull(factory);
    this.py =
        builder
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .err(new PrintStream(err, true, StandardCharsets.UTF_8))
            .build();
    SimpleScriptContext ctx = new SimpleScriptContext();
    ctx.setBindings(new Globals(py), ScriptContext.ENGINE_SCOPE);
    setContext(ctx);
  }

  /** The interpreter underneath. */
  public PythonInterpreter interpreter() {
    return py;
  }

  @Override
  public Object eval(String script, ScriptContext ctx) throws ScriptException {
    Object file = ctx.getAttribute(FILENAME);
    String filename = file instanceof String f ? f : "<script>";
    Bindings engine = ctx.getBindings(ScriptContext.ENGINE_SCOPE);
    Bindings global = ctx.getBindings(ScriptContext.GLOBAL_SCOPE);
    boolean own = engine instanceof Globals g && g.py == py;
    out.setTarget(ctx.getWriter());
    err.setTarget(ctx.getErrorWriter());
    try {
      if (global != null) {
        for (Map.Entry<String, Object> e : global.entrySet()) {
          boolean shadowed =
              own ? py.has(e.getKey()) : engine != null && engine.containsKey(e.getKey());
          if (!shadowed) {
            py.set(e.getKey(), e.getValue());
          }
        }
      }
      if (!own && engine != null) {
        for (Map.Entry<String, Object> e : engine.entrySet()) {
          py.set(e.getKey(), e.getValue());
        }
      }
      Object result = py.evalOrExec(script, filename);
      if (!own && engine != null) {
        for (String name : py.globalNames()) {
          if (!name.startsWith("__")) {
            engine.put(name, py.get(name));
          }
        }
      }
      return result;
    } catch (PythonException e) {
      throw scriptException(e, filename);
    }
  }

  @Override
  public Object eval(Reader reader, ScriptContext ctx) throws ScriptException {
    StringBuilder sb = new StringBuilder();
    char[] buf = new char[8192];
    try {
      for (int n; (n = reader.read(buf)) > 0; ) {
        sb.append(buf, 0, n);
      }
    } catch (IOException e) {
      throw new ScriptException(e);
    }
    return eval(sb.toString(), ctx);
  }

  private static ScriptException scriptException(PythonException e, String filename) {
    ScriptException s = new ScriptException(e.getMessage(), filename, -1);
    s.initCause(e);
    return s;
  }

  /** A live view of the interpreter's {@code __main__} globals. */
  @Override
  public Bindings createBindings() {
    return new Globals(py);
  }

  @Override
  public ScriptEngineFactory getFactory() {
    return factory;
  }

  @Override
  public Object invokeFunction(String name, Object... args)
      throws ScriptException, NoSuchMethodException {
    if (!py.has(name)) {
      throw new NoSuchMethodException("no global named '" + name + "'");
    }
    try {
      return py.call(name, args);
    } catch (PythonException e) {
      throw scriptException(e, "<invoke>");
    }
  }

  @Override
  public Object invokeMethod(Object thiz, String name, Object... args)
      throws ScriptException, NoSuchMethodException {
    if (!(thiz instanceof PyHandle h)) {
      throw new IllegalArgumentException("invokeMethod needs a PyHandle, not " + thiz);
    }
    Object method;
    try {
      method = h.getAttr(name);
    } catch (PythonException e) {
      throw new NoSuchMethodException(e.getMessage());
    }
    if (!(method instanceof PyHandle m)) {
      throw new NoSuchMethodException("'" + name + "' is not callable");
    }
    try (m) {
      return py.call(m, args);
    } catch (PythonException e) {
      throw scriptException(e, "<invoke>");
    }
  }

  @Override
  public <T> T getInterface(Class<T> type) {
    return proxy(null, type);
  }

  @Override
  public <T> T getInterface(Object thiz, Class<T> type) {
    if (!(thiz instanceof PyHandle)) {
      throw new IllegalArgumentException("getInterface needs a PyHandle, not " + thiz);
    }
    return proxy((PyHandle) thiz, type);
  }

  private <T> T proxy(PyHandle self, Class<T> type) {
    if (!type.isInterface()) {
      throw new IllegalArgumentException(type.getName() + " is not an interface");
    }
    Object p =
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                  case "equals" -> proxy == args[0];
                  case "hashCode" -> System.identityHashCode(proxy);
                  default -> "<gilvm proxy for " + type.getName() + ">";
                };
              }
              Object[] a = args == null ? new Object[0] : args;
              Object r =
                  self == null
                      ? invokeFunction(method.getName(), a)
                      : invokeMethod(self, method.getName(), a);
              return adapt(r, method.getReturnType(), method.getName());
            });
    return type.cast(p);
  }

  /** A Python result as the interface method's return type: numbers narrowed exactly. */
  private static Object adapt(Object r, Class<?> to, String method) {
    if (to == void.class) {
      return null;
    }
    if (r instanceof Number n && (to.isPrimitive() || Number.class.isAssignableFrom(to))) {
      if (to == int.class || to == Integer.class) {
        return Math.toIntExact(n.longValue());
      }
      if (to == long.class || to == Long.class) {
        return n.longValue();
      }
      if (to == double.class || to == Double.class) {
        return n.doubleValue();
      }
      if (to == float.class || to == Float.class) {
        return n.floatValue();
      }
      if (to == short.class || to == Short.class) {
        return (short) Math.toIntExact(n.longValue());
      }
    }
    if (r == null && to.isPrimitive()) {
      throw new IllegalStateException(method + " returned None where a " + to + " was expected");
    }
    return r;
  }

  /** Ends the interpreter (see {@link PythonInterpreter#close()}). */
  @Override
  public void close() {
    py.close();
  }

  /** Bytes the interpreter writes, handed on as text to the current context's writer. */
  private static final class Redirect extends OutputStream {
    private final boolean error;

    /** Guarded by {@code this}. */
    private Writer target;

    private final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

    Redirect(boolean error) {
      this.error = error;
    }

    synchronized void setTarget(Writer w) {
      flush();
      target = w;
    }

    @Override
    public synchronized void write(int b) {
      pending.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      pending.write(b, off, len);
    }

    /** The interpreter flushes whole text, so the bytes end on a character's boundary. */
    @Override
    public synchronized void flush() {
      Writer w = target;
      if (pending.size() == 0) {
        return;
      }
      String s = pending.toString(StandardCharsets.UTF_8);
      pending.reset();
      if (w == null) {
        (error ? System.err : System.out).print(s);
        return;
      }
      try {
        w.write(s);
        w.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** {@code __main__}'s globals as Bindings. */
  private static final class Globals extends AbstractMap<String, Object> implements Bindings {
    final PythonInterpreter py;

    Globals(PythonInterpreter py) {
      this.py = py;
    }

    @Override
    public Object put(String name, Object value) {
      check(name);
      Object old = py.has(name) ? py.get(name) : null;
      py.set(name, value);
      return old;
    }

    @Override
    public void putAll(Map<? extends String, ? extends Object> toMerge) {
      toMerge.forEach(this::put);
    }

    @Override
    public boolean containsKey(Object key) {
      return key instanceof String s && py.has(s);
    }

    @Override
    public Object get(Object key) {
      return key instanceof String s && py.has(s) ? py.get(s) : null;
    }

    @Override
    public Object remove(Object key) {
      if (!(key instanceof String s) || !py.has(s)) {
        return null;
      }
      Object old = py.get(s);
      py.remove(s);
      return old;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
      Map<String, Object> snapshot = new LinkedHashMap<>();
      for (String name : py.globalNames()) {
        snapshot.put(name, py.get(name));
      }
      return new LinkedHashSet<>(new ArrayList<>(snapshot.entrySet()));
    }

    private static void check(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("an empty name");
      }
    }
  }
}
