package io.gilvm.state;

/**
 * The Java thread of one interpreter thread. {@link ThreadState#current()} finds the state through
 * it with a type check instead of a ThreadLocal lookup.
 */
final class PyThread extends Thread {
  /** Set by the thread itself before it runs Python code. */
  volatile ThreadState state;

  /**
   * Set by the thread itself once it has detached: it holds no more references and runs no more
   * Python code, though the JVM may not have ended it yet.
   */
  volatile boolean detached;

  /** Stack size of interpreter threads: deep enough for the recursion limit to bind first. */
  static final long STACK_SIZE = 512L * 1024 * 1024;

  PyThread(ThreadGroup group, Runnable body, String name) {
    super(group, body, name, STACK_SIZE);
  }
}
