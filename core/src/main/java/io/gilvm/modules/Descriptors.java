package io.gilvm.modules;

import java.util.HashMap;
import java.util.Map;

/**
 * The file descriptor numbers that {@code fileno()} shows and {@code select.select} accepts. Java
 * does not expose the operating system's descriptors, so gilvm numbers its open sockets and files
 * itself, as a process does: the lowest free number from 3 up (0–2 are the standard streams),
 * shared by every interpreter in the JVM, reused after close.
 */
final class Descriptors {
  private Descriptors() {}

  private static final Map<Integer, Object> OPEN = new HashMap<>();

  /** Gives {@code owner} the lowest free descriptor number. */
  static synchronized int allocate(Object owner) {
    int fd = 3;
    while (OPEN.containsKey(fd)) {
      fd++;
    }
    OPEN.put(fd, owner);
    return fd;
  }

  /** Gives descriptor {@code fd} (in use) a new owner. */
  static synchronized void replace(int fd, Object owner) {
    OPEN.put(fd, owner);
  }

  /** Frees {@code fd} for reuse. */
  static synchronized void free(int fd) {
    OPEN.remove(fd);
  }

  /** The socket or file that has descriptor {@code fd}, or null. */
  static synchronized Object lookup(int fd) {
    return OPEN.get(fd);
  }
}
