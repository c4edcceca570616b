package io.gilvm.modules;

import io.gilvm.compiler.Compiler;
import io.gilvm.runtime.Eval;
import io.gilvm.runtime.Interpreter;
import io.gilvm.runtime.PyCode;
import io.gilvm.runtime.PyModule;
import io.gilvm.runtime.ThreadState;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code threading}: written in Python over {@code _thread} (the resource {@code threading.py}
 * next to this class), as CPython's is. Compiled once per JVM (code objects are immutable and
 * shared) and run once per interpreter that imports it.
 */
final class ThreadingModule {
  private ThreadingModule() {}

  /** The file name tracebacks show for the module's frames, as CPython names its frozen modules. */
  static final String FILENAME = "<frozen threading>";

  private static volatile PyCode code;

  static PyModule create(ThreadState ts, Interpreter interp) {
    PyModule m = new PyModule("threading");
    Eval.runModule(ts, code(), m.dict());
    return m;
  }

  private static PyCode code() {
    PyCode c = code;
    if (c == null) {
      synchronized (ThreadingModule.class) {
        c = code;
        if (c == null) {
          c = Compiler.compile(source(), FILENAME);
          code = c;
        }
      }
    }
    return c;
  }

  private static String source() {
    try (InputStream in = ThreadingModule.class.getResourceAsStream("threading.py")) {
      if (in == null) {
        throw new IllegalStateException("threading.py is missing from gilvm-core's resources");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
