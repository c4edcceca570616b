package io.gilvm.embed;

/**
 * A Python exception that escaped a call into an embedded interpreter: its Python type's name, its
 * message ({@code str()} of the exception) and the traceback as Python prints it.
 */
public final class PythonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String pythonType;
  private final String pythonMessage;
  private final String formattedTraceback;

  PythonException(String pythonType, String pythonMessage, String formattedTraceback) {
    super(pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage);
    this.pythonType = pythonType;
    this.pythonMessage = pythonMessage;
    this.formattedTraceback = formattedTraceback;
  }

  /**
   * The exception's class name, e.g. {@code "ValueError"} (qualified by module when not builtin).
   */
  public String pythonType() {
    return pythonType;
  }

  /** {@code str()} of the exception, e.g. {@code "invalid literal for int() with base 10: 'x'"}. */
  public String pythonMessage() {
    return pythonMessage;
  }

  /**
   * The traceback as Python prints an uncaught exception: {@code Traceback (most recent call
   * last):}, the frames, then the exception line.
   */
  public String formattedTraceback() {
    return formattedTraceback;
  }
}
