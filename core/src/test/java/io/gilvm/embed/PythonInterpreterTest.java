package io.gilvm.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedding API under core's test lock: running, globals, calls, values, errors, close. */
class PythonInterpreterTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PythonInterpreter py;

  @BeforeEach
  void build() {
    py =
        PythonInterpreter.builder()
            .lock("serial")
            .checkMemory(true)
            .leakReport(true)
            .out(new PrintStream(out, true, StandardCharsets.UTF_8))
            .err(new PrintStream(err, true, StandardCharsets.UTF_8))
            .build();
  }

  @AfterEach
  void close() {
    py.close();
  }

  private String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void runsSourceInMainsNamespace() {
    py.exec("x = 6 * 7\nprint('x is', x, __name__)\n");
    assertEquals("x is 42 __main__\n", out());
    assertEquals(42L, py.get("x"));
    assertTrue(py.has("x"));
    assertFalse(py.has("y"));
    py.exec("y = x + 1");
    assertEquals(43L, py.eval("y"));
  }

  @Test
  void runsAFileWithItsPathInTracebacks(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("prog.py");
    Files.writeString(f, "def boom():\n    raise KeyError('k')\nanswer = 7\n");
    py.execFile(f);
    assertEquals(7L, py.get("answer"));
    PythonException e = assertThrows(PythonException.class, () -> py.call("boom"));
    assertEquals("KeyError", e.pythonType());
    assertEquals("'k'", e.pythonMessage());
    assertEquals("KeyError: 'k'", e.getMessage());
    String tb = e.formattedTraceback();
    assertTrue(tb.startsWith("Traceback (most recent call last):\n"), tb);
    assertTrue(tb.contains("File \"" + f.toAbsolutePath().normalize() + "\", line 2, in boom"), tb);
    assertTrue(tb.contains("    raise KeyError('k')\n"), tb);
    assertTrue(tb.endsWith("KeyError: 'k'\n"), tb);
  }

  @Test
  void callsAFunctionWithJavaArguments() {
    py.exec("def describe(*args):\n    return [type(a).__name__ for a in args]\n");
    Object r =
        py.call(
            "describe",
            null,
            true,
            1,
            2L,
            (short) 3,
            new BigInteger("123456789012345678901234567890"),
            1.5,
            2.5f,
            "s",
            new byte[] {1, 2},
            List.of(1, "a"),
            Map.of("k", 1),
            Set.of(1),
            new Object[] {1});
    assertEquals(
        List.of(
            "NoneType",
            "bool",
            "int",
            "int",
            "int",
            "int",
            "float",
            "float",
            "str",
            "bytes",
            "list",
            "dict",
            "set",
            "list"),
        r);
  }

  @Test
  void convertsResultsToJavaValues() {
    assertNull(py.eval("None"));
    assertEquals(Boolean.TRUE, py.eval("1 < 2"));
    assertEquals(7L, py.eval("7"));
    assertEquals(new BigInteger("1267650600228229401496703205376"), py.eval("2 ** 100"));
    assertEquals(0.25, py.eval("1 / 4"));
    assertEquals("héllo", py.eval("'h\\u00e9llo'"));
    assertArrayEquals(new byte[] {104, 105}, (byte[]) py.eval("b'hi'"));
    assertArrayEquals(new byte[] {1, 2}, (byte[]) py.eval("bytearray([1, 2])"));
    assertEquals(Arrays.asList(1L, null, "x", List.of(2L, 3L)), py.eval("[1, None, 'x', (2, 3)]"));
    Map<Object, Object> expected = new LinkedHashMap<>();
    expected.put("b", 2L);
    expected.put("a", List.of(1L));
    assertEquals(expected, py.eval("{'b': 2, 'a': [1]}"));
    assertEquals(
        List.of("b", "a"), List.copyOf(((Map<?, ?>) py.eval("{'b': 2, 'a': [1]}")).keySet()));
    assertEquals(Set.of(1L, 2L), py.eval("{1, 2}"));
    assertEquals(Set.of("x"), py.eval("frozenset('x')"));
  }

  @Test
  void javaValuesRoundTrip() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", -5L);
    m.put("big", BigInteger.TWO.pow(70));
    m.put("l", Arrays.asList(1L, null, 2.5));
    py.set("m", m);
    assertEquals(m, py.get("m"));
    assertEquals(
        "{'n': -5, 'big': 1180591620717411303424, 'l': [1, None, 2.5]}", py.eval("repr(m)"));
  }

  @Test
  void otherObjectsComeBackAsHandles() {
    py.exec(
        "class Point:\n    def __init__(self, x, y):\n        self.x, self.y = x, y\n"
            + "    def __repr__(self):\n        return f'Point({self.x}, {self.y})'\n"
            + "    def norm1(self):\n        return abs(self.x) + abs(self.y)\n");
    try (PyHandle cls = py.getHandle("Point");
        PyHandle p = (PyHandle) py.call("Point", 3, -4)) {
      assertEquals("type", cls.typeName());
      assertEquals("Point", p.typeName());
      assertEquals("Point(3, -4)", p.repr());
      assertEquals(3L, p.getAttr("x"));
      try (PyHandle norm = (PyHandle) p.getAttr("norm1")) {
        assertEquals(7L, norm.call());
      }
      py.set("p", p);
      assertEquals(-4L, py.eval("p.y"));
      try (PyHandle q = py.callForHandle(cls, 1, 1)) {
        assertEquals("Point(1, 1)", q.repr());
      }
      try (PyHandle seven = py.evalHandle("7")) {
        assertEquals("int", seven.typeName());
        assertEquals(7L, seven.toJava());
      }
    }
  }

  @Test
  void aClosedHandleCannotBeUsed() {
    PyHandle h = py.evalHandle("object()");
    h.close();
    h.close();
    assertFalse(h.isOpen());
    assertThrows(IllegalStateException.class, h::repr);
  }

  @Test
  void pythonExceptionsCarryTypeMessageAndTraceback() {
    PythonException e = assertThrows(PythonException.class, () -> py.eval("int('x')"));
    assertEquals("ValueError", e.pythonType());
    assertEquals("invalid literal for int() with base 10: 'x'", e.pythonMessage());
    assertEquals(
        "Traceback (most recent call last):\n"
            + "  File \"<string>\", line 1, in <module>\n"
            + "ValueError: invalid literal for int() with base 10: 'x'\n",
        e.formattedTraceback());
    py.exec("class AppError(Exception):\n    pass\ndef fail():\n    raise AppError('no')\n");
    PythonException app = assertThrows(PythonException.class, () -> py.call("fail"));
    assertEquals("AppError", app.pythonType());
    assertEquals("no", app.pythonMessage());
  }

  @Test
  void syntaxErrorsAreSyntaxErrors() {
    PythonException e = assertThrows(PythonException.class, () -> py.exec("x = (1,\n", "cfg.py"));
    assertEquals("SyntaxError", e.pythonType());
    assertTrue(e.formattedTraceback().contains("File \"cfg.py\", line 1"), e.formattedTraceback());
    assertTrue(
        e.formattedTraceback().endsWith("SyntaxError: '(' was never closed\n"),
        e.formattedTraceback());
  }

  @Test
  void missingGlobalsAndUnconvertibleValuesAreJavaErrors() {
    assertThrows(NoSuchElementException.class, () -> py.get("nope"));
    assertThrows(NoSuchElementException.class, () -> py.call("nope"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> py.set("t", new Thread()));
    assertTrue(
        e.getMessage().startsWith("no Python value for a Java java.lang.Thread"), e.getMessage());
    PythonException unhashable =
        assertThrows(PythonException.class, () -> py.set("d", Map.of(List.of(1), 2)));
    assertEquals("TypeError", unhashable.pythonType());
    assertEquals("unhashable type: 'list'", unhashable.pythonMessage());
  }

  @Test
  void globalsCanBeListedAndRemoved() {
    py.set("a", 1);
    py.set("b", 2);
    assertTrue(py.globalNames().containsAll(List.of("a", "b")));
    py.remove("a");
    assertFalse(py.has("a"));
    py.remove("a");
  }

  @Test
  void closeRunsAtexitWaitsForThreadsAndReportsLeaks() {
    py.exec(
        "import atexit, threading\n"
            + "done = []\n"
            + "def work():\n    done.append(sum(range(1000)))\n"
            // A Java caller is a foreign thread (a daemon _DummyThread, as in CPython), so a thread
            // it starts is a daemon unless it says otherwise; close() waits only for non-daemons.
            + "t = threading.Thread(target=work, daemon=False)\n"
            + "t.start()\n"
            + "atexit.register(lambda: print('bye', done))\n");
    PyHandle open = py.evalHandle("[1, 2, 3]");
    py.close();
    assertTrue(py.isClosed());
    assertFalse(open.isOpen());
    assertEquals("bye [499500]\n", out());
    assertEquals(List.of("gilvm: no objects leaked"), py.leakReport());
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("gilvm: no objects leaked"));
    assertThrows(IllegalStateException.class, () -> py.eval("1"));
    py.close();
  }

  @Test
  void aJavaThreadCallingAgainIsTheSamePythonThread() {
    py.exec("import threading");
    Object ident = py.eval("threading.get_ident()");
    Object first = py.eval("threading.current_thread().name");
    Object threads = py.eval("len(threading.enumerate())");
    for (int i = 0; i < 3; i++) {
      assertEquals(ident, py.eval("threading.get_ident()"));
      assertEquals(first, py.eval("threading.current_thread().name"));
    }
    assertEquals(threads, py.eval("len(threading.enumerate())"));
  }

  /** An interpreter under the test lock whose close() makes the leak report. */
  private PythonInterpreter withLeakReport() {
    return PythonInterpreter.builder()
        .lock("serial")
        .leakReport(true)
        .err(new PrintStream(err, true, StandardCharsets.UTF_8))
        .build();
  }

  @Test
  void aLeakIsReported() {
    PythonInterpreter leaky = withLeakReport();
    leaky.exec("a = []\na.append(a)\n");
    leaky.close();
    assertTrue(leaky.leakReport().get(0).startsWith("gilvm: "), leaky.leakReport().toString());
    assertFalse(
        leaky.leakReport().contains("gilvm: no objects leaked"), leaky.leakReport().toString());
  }

  /**
   * Every object counted is in the report, however many: 5,000 one-list cycles are 5,000 leaked
   * lists (a report that read its record in one bounded batch saw 4,096 objects at most).
   */
  @Test
  void everyLeakedObjectIsReported() {
    PythonInterpreter leaky = withLeakReport();
    leaky.exec("for i in range(5000):\n    a = []\n    a.append(a)\ndel a\n");
    leaky.close();
    assertTrue(
        leaky.leakReport().get(0).startsWith("gilvm: 5000 objects leaked"),
        leaky.leakReport().toString());
  }

  @Test
  void theLeakReportNeedsClose() {
    assertThrows(IllegalStateException.class, py::leakReport);
  }

  @Test
  void aMissingLockIsNamedWithThoseFound() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PythonInterpreter.builder().lock("fair").build());
    assertEquals("unknown lock strategy 'fair'; found: budget, probe, serial", e.getMessage());
  }
}
