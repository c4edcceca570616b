package io.gilvm.state;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.compiler.Compiler;
import io.gilvm.object.PyCode;
import io.gilvm.object.PyFloat;
import io.gilvm.object.PyObject;
import io.gilvm.object.PySet;
import io.gilvm.object.PyTuple;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The library's frozen code (see {@link FrozenCode}): the build made one for every module, and each
 * thaws to exactly what compiling its source gives.
 */
class FrozenCodeTest {

  private static List<String> librarySources() throws IOException, URISyntaxException {
    // gilvm-core's own class output (the test class path may hold other library folders too).
    Path lib =
        Path.of(Modules.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .resolve(Modules.LIB);
    try (Stream<Path> files = Files.walk(lib)) {
      List<String> out = new ArrayList<>();
      files
          .filter(p -> p.toString().endsWith(".py"))
          .sorted()
          .forEach(p -> out.add(Modules.LIB + lib.relativize(p).toString().replace('\\', '/')));
      return out;
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = Modules.class.getResourceAsStream("/" + name)) {
      return in == null ? null : in.readAllBytes();
    }
  }

  @Test
  void everyLibraryModuleThawsToWhatCompilingItGives() throws Exception {
    List<String> sources = librarySources();
    assertTrue(sources.size() > 50, "library modules found: " + sources.size());
    for (String py : sources) {
      byte[] source = resource(py);
      byte[] frozen = resource(py.substring(0, py.length() - 3) + FrozenCode.SUFFIX);
      assertNotNull(frozen, py + " has no frozen code: the build's freeze step did not run");
      PyCode thawed = FrozenCode.thaw(frozen, source, "<f>");
      assertNotNull(thawed, py + "'s frozen code was made from another source");
      PyCode compiled = Compiler.compile(new String(source, StandardCharsets.UTF_8), "<f>");
      assertSameCode(py, compiled, thawed);
    }
  }

  @Test
  void frozenCodeOfAnotherSourceIsNotUsed() {
    byte[] source = "x = 1\n".getBytes(StandardCharsets.UTF_8);
    byte[] frozen = FrozenCode.freeze(Compiler.compile("x = 1\n", "<f>"), source);
    assertNotNull(FrozenCode.thaw(frozen, source, "<f>"));
    assertNull(FrozenCode.thaw(frozen, "x = 2\n".getBytes(StandardCharsets.UTF_8), "<f>"));
    assertNull(FrozenCode.thaw(new byte[] {1, 2, 3}, source, "<f>"));
  }

  @Test
  void everyKindOfConstantSurvives() {
    String src =
        "def f(a, *b, c=2, **d):\n"
            + "    x = lambda: a\n"
            + "    return (None, True, False, ..., 7, -2**70, 1.5, -0.0, 2j, 'é\\ud800', b'\\x00\\xff',\n"
            + "            (1, ('t',)), x in {1, 2, 'a'}, frozenset(), 10**30)\n"
            + "class K:\n    '''doc'''\n";
    byte[] bytes = src.getBytes(StandardCharsets.UTF_8);
    PyCode compiled = Compiler.compile(src, "<f>");
    PyCode thawed = FrozenCode.thaw(FrozenCode.freeze(compiled, bytes), bytes, "<g>");
    assertEquals("<g>", thawed.filename);
    assertSameCode("constants", compiled, thawed);
  }

  private static void assertSameCode(String where, PyCode a, PyCode b) {
    String at = where + ": " + a.qualname;
    assertEquals(a.name, b.name, at);
    assertEquals(a.qualname, b.qualname, at);
    assertEquals(a.firstLineNo, b.firstLineNo, at);
    assertEquals(a.argcount, b.argcount, at);
    assertEquals(a.posonlyargcount, b.posonlyargcount, at);
    assertEquals(a.kwonlyargcount, b.kwonlyargcount, at);
    assertEquals(a.flags, b.flags, at);
    assertEquals(a.stacksize, b.stacksize, at);
    assertArrayEquals(a.varnames, b.varnames, at);
    assertArrayEquals(a.cellvars, b.cellvars, at);
    assertArrayEquals(a.freevars, b.freevars, at);
    assertArrayEquals(a.names, b.names, at);
    assertArrayEquals(a.code, b.code, at);
    assertArrayEquals(a.lines, b.lines, at);
    assertArrayEquals(a.spans, b.spans, at);
    assertArrayEquals(a.cell2arg, b.cell2arg, at);
    assertEquals(a.consts.length, b.consts.length, at);
    for (int i = 0; i < a.consts.length; i++) {
      assertSameConstant(at + " const " + i, a.consts[i], b.consts[i]);
    }
  }

  private static void assertSameConstant(String at, PyObject a, PyObject b) {
    assertSame(a.type(), b.type(), at);
    if (a instanceof PyCode ca) {
      assertSameCode(at, ca, (PyCode) b);
    } else if (a instanceof PyTuple ta) {
      PyObject[] x = ta.items();
      PyObject[] y = ((PyTuple) b).items();
      assertEquals(x.length, y.length, at);
      for (int i = 0; i < x.length; i++) {
        assertSameConstant(at + "[" + i + "]", x[i], y[i]);
      }
    } else if (a instanceof PySet sa) {
      PyObject[] x = sa.toArray();
      PyObject[] y = ((PySet) b).toArray();
      assertEquals(x.length, y.length, at);
      for (int i = 0; i < x.length; i++) {
        assertSameConstant(at + " item " + i, x[i], y[i]);
      }
    } else if (a instanceof PyFloat fa) {
      assertEquals(
          Double.doubleToRawLongBits(fa.value()),
          Double.doubleToRawLongBits(((PyFloat) b).value()),
          at);
    } else {
      assertEquals(a.repr(), b.repr(), at);
    }
  }
}
