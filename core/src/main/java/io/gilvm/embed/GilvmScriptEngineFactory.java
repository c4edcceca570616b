package io.gilvm.embed;

import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;

/**
 * The JSR-223 factory: {@code new ScriptEngineManager().getEngineByName("gilvm")} (or {@code
 * getEngineByExtension("py")}, {@code getEngineByMimeType("text/x-python")}) makes a {@link
 * GilvmScriptEngine} whose interpreter runs under the lock chosen as {@link
 * PythonInterpreter.Builder#lock} describes (the {@code gilvm.gil} system property, the only lock
 * on the class path, else newgil). Registered in {@code META-INF/services} and, on the module path,
 * by {@code provides}.
 *
 * <p>Only the name {@code gilvm} is registered: the names {@code python} and {@code jython} belong
 * to Jython's engine, which may be on the same class path.
 */
public final class GilvmScriptEngineFactory implements ScriptEngineFactory {
  static final String VERSION = "0.1.0";

  /** For ServiceLoader. */
  public GilvmScriptEngineFactory() {}

  @Override
  public String getEngineName() {
    return "gilvm";
  }

  @Override
  public String getEngineVersion() {
    String v = GilvmScriptEngineFactory.class.getPackage().getImplementationVersion();
    return v != null ? v : VERSION;
  }

  @Override
  public List<String> getExtensions() {
    return List.of("py");
  }

  @Override
  public List<String> getMimeTypes() {
    return List.of("text/x-python");
  }

  @Override
  public List<String> getNames() {
    return List.of("gilvm");
  }

  @Override
  public String getLanguageName() {
    return "python";
  }

  @Override
  public String getLanguageVersion() {
    return "3.11";
  }

  @Override
  public Object getParameter(String key) {
    return switch (key) {
      case ScriptEngine.ENGINE -> getEngineName();
      case ScriptEngine.ENGINE_VERSION -> getEngineVersion();
      case ScriptEngine.NAME -> "gilvm";
      case ScriptEngine.LANGUAGE -> getLanguageName();
      case ScriptEngine.LANGUAGE_VERSION -> getLanguageVersion();
      // One engine may be used by several threads at once; they share its globals.
      case "THREADING" -> "MULTITHREADED";
      default -> null;
    };
  }

  @Override
  public String getMethodCallSyntax(String obj, String m, String... args) {
    return obj + "." + m + "(" + String.join(", ", args) + ")";
  }

  @Override
  public String getOutputStatement(String toDisplay) {
    StringBuilder sb = new StringBuilder("print('");
    for (int i = 0; i < toDisplay.length(); i++) {
      char c = toDisplay.charAt(i);
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\'' -> sb.append("\\'");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        default -> sb.append(c);
      }
    }
    return sb.append("')").toString();
  }

  @Override
  public String getProgram(String... statements) {
    return String.join("\n", statements) + "\n";
  }

  /** A new engine with a new interpreter of its own. */
  @Override
  public ScriptEngine getScriptEngine() {
    return new GilvmScriptEngine(this, PythonInterpreter.builder());
  }
}
