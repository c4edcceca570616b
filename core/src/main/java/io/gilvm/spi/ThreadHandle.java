package io.gilvm.spi;

/**
 * The lock's view of one interpreter thread (CPython's {@code PyThreadState}, as far as the lock is
 * concerned). Created by the interpreter when a thread starts, passed to every {@link
 * InterpreterLock} call that thread makes.
 */
public final class ThreadHandle {
  private final long id;
  private final String name;

  /**
   * Per-thread state the lock strategy owns, set in {@link InterpreterLock#attach} and read by this
   * handle's thread only. Null until then.
   */
  public Object lockState;

  /**
   * Per-thread state the memory strategy owns, set in {@link RefCounts#attach} and read by this
   * handle's thread (and, for hand-offs, by threads that find it through their own tables). Null
   * until then.
   */
  public Object memoryState;

  public ThreadHandle(long id, String name) {
    this.id = id;
    this.name = name;
  }

  /** The thread's identifier, unique within the interpreter ({@code threading.get_ident()}). */
  public long id() {
    return id;
  }

  /** The thread's name, for messages and traces. */
  public String name() {
    return name;
  }

  @Override
  public String toString() {
    return name;
  }
}
