package io.gilvm.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import java.util.function.IntBinaryOperator;
import javax.script.Bindings;
import javax.script.Invocable;
import javax.script.ScriptContext;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import javax.script.SimpleBindings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JSR-223 engine, found through ScriptEngineManager as a user finds it. */
class GilvmScriptEngineTest {
  private ScriptEngine engine;
  private String oldGil;

  @BeforeEach
  void find() {
    // Core's tests have two lock strategies and not newgil: the property names the engine's.
    oldGil = System.getProperty("gilvm.gil");
    System.setProperty("gilvm.gil", "serial");
    engine = new ScriptEngineManager().getEngineByName("gilvm");
    assertNotNull(engine, "no engine named gilvm: META-INF/services not registered?");
  }

  @AfterEach
  void close() throws Exception {
    ((AutoCloseable) engine).close();
    if (oldGil == null) {
      System.clearProperty("gilvm.gil");
    } else {
      System.setProperty("gilvm.gil", oldGil);
    }
  }

  @Test
  void foundByNameExtensionAndMimeType() {
    ScriptEngineManager m = new ScriptEngineManager();
    assertInstanceOf(GilvmScriptEngine.class, m.getEngineByExtension("py"));
    assertInstanceOf(GilvmScriptEngine.class, m.getEngineByMimeType("text/x-python"));
    assertEquals("gilvm", engine.getFactory().getEngineName());
    assertEquals("python", engine.getFactory().getLanguageName());
    assertEquals("3.11", engine.getFactory().getParameter(ScriptEngine.LANGUAGE_VERSION));
    assertEquals("serial", ((GilvmScriptEngine) engine).interpreter().lockName());
  }

  @Test
  void evalReturnsAnExpressionsValueAndNullForStatements() throws ScriptException {
    assertNull(engine.eval("x = 40"));
    assertEquals(42L, engine.eval("x + 2"));
    assertEquals(List.of(1L, 4L, 9L), engine.eval("[i * i for i in (1, 2, 3)]"));
  }

  @Test
  void engineBindingsAreTheGlobals() throws ScriptException {
    engine.put("name", "world");
    engine.eval("greeting = 'hello ' + name");
    assertEquals("hello world", engine.get("greeting"));
    Bindings b = engine.getBindings(ScriptContext.ENGINE_SCOPE);
    assertTrue(b.containsKey("greeting"));
    b.remove("greeting");
    assertThrows(ScriptException.class, () -> engine.eval("greeting"));
  }

  @Test
  void otherBindingsAreCopiedInAndOut() throws ScriptException {
    SimpleBindings b = new SimpleBindings();
    b.put("n", 5);
    engine.eval("total = sum(range(n))", b);
    assertEquals(10L, b.get("total"));
  }

  @Test
  void globalScopeFillsInMissingNames() throws ScriptException {
    ScriptEngineManager m = new ScriptEngineManager();
    m.put("limit", 3);
    ScriptEngine e = m.getEngineByName("gilvm");
    try {
      assertEquals(3L, e.eval("limit"));
    } finally {
      ((GilvmScriptEngine) e).close();
    }
  }

  @Test
  void outputGoesToTheContextsWriters() throws ScriptException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    engine.getContext().setWriter(out);
    engine.getContext().setErrorWriter(err);
    engine.eval("import sys\nprint('to out')\nprint('to err', file=sys.stderr)\n");
    assertEquals("to out\n", out.toString());
    assertEquals("to err\n", err.toString());
  }

  @Test
  void pythonErrorsAreScriptExceptions() {
    engine.put(ScriptEngine.FILENAME, "job.py");
    ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("1 / 0"));
    assertEquals("job.py", e.getFileName());
    PythonException cause = assertInstanceOf(PythonException.class, e.getCause());
    assertEquals("ZeroDivisionError", cause.pythonType());
    assertEquals("division by zero", cause.pythonMessage());
  }

  @Test
  void invocableCallsFunctionsMethodsAndImplementsInterfaces() throws Exception {
    engine.eval(
        "def add(a, b):\n    return a + b\n"
            + "class Acc:\n    def __init__(self):\n        self.total = 0\n"
            + "    def applyAsInt(self, a, b):\n        self.total += a * b\n        return self.total\n"
            + "acc = Acc()\n");
    Invocable inv = (Invocable) engine;
    assertEquals(5L, inv.invokeFunction("add", 2, 3));
    assertThrows(NoSuchMethodException.class, () -> inv.invokeFunction("nope"));
    PyHandle acc = (PyHandle) engine.get("acc");
    assertEquals(6L, inv.invokeMethod(acc, "applyAsInt", 2, 3));
    IntBinaryOperator op = inv.getInterface(acc, IntBinaryOperator.class);
    assertEquals(10, op.applyAsInt(2, 2));
    assertEquals(10L, engine.eval("acc.total"));
  }
}
