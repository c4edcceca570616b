package io.gilvm.spi;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;

/**
 * Finds the lock and memory strategies on the class path with ServiceLoader. A provider that fails
 * to load is reported (by {@link #problems()}) and skipped; an unknown name fails at once with the
 * list of names found.
 */
public final class Strategies {
  /** The lock used when none is named and more than one is found. */
  public static final String DEFAULT_LOCK = "newgil";

  private final ImmutableList<LockStrategy> locks;
  private final ImmutableList<MemoryStrategy> memories;
  private final List<String> problems = new ArrayList<>();

  /** The strategies visible to this class's class loader. */
  public static Strategies discover() {
    return new Strategies(Strategies.class.getClassLoader());
  }

  public Strategies(ClassLoader loader) {
    this.locks = load(LockStrategy.class, loader, LockStrategy::name);
    this.memories = load(MemoryStrategy.class, loader, MemoryStrategy::name);
  }

  private <T> ImmutableList<T> load(Class<T> kind, ClassLoader loader, Function<T, String> nameOf) {
    List<T> found = new ArrayList<>();
    Iterator<T> it = ServiceLoader.load(kind, loader).iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          break;
        }
        T t = it.next();
        String name = nameOf.apply(t);
        if (found.stream().anyMatch(o -> nameOf.apply(o).equals(name))) {
          problems.add(kind.getSimpleName() + " '" + name + "' is provided twice; using the first");
          continue;
        }
        found.add(t);
      } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
        problems.add(
            "a "
                + kind.getSimpleName()
                + " provider failed to load and was skipped: "
                + e.getMessage());
      }
    }
    return ImmutableList.sortedCopyOf(Comparator.comparing(nameOf), found);
  }

  /** The lock strategies found, by name (an immutable list). */
  public List<LockStrategy> locks() {
    return locks;
  }

  /** The memory strategies found, by name (an immutable list). */
  public List<MemoryStrategy> memories() {
    return memories;
  }

  /** Messages about providers that failed to load or were duplicated. */
  public List<String> problems() {
    return ImmutableList.copyOf(problems);
  }

  /** The lock strategy named {@code name}; IllegalArgumentException naming those found. */
  public LockStrategy lock(String name) {
    for (LockStrategy s : locks) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown lock strategy '" + name + "'; found: " + names(locks, LockStrategy::name));
  }

  /**
   * The lock strategy used when none is named: the only one found when there is one (a project that
   * depends on one strategy artifact runs under it), else {@link #DEFAULT_LOCK};
   * IllegalArgumentException naming those found when that is not among them.
   */
  public LockStrategy defaultLock() {
    if (locks.size() == 1) {
      return locks.get(0);
    }
    for (LockStrategy s : locks) {
      if (s.name().equals(DEFAULT_LOCK)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "no lock strategy named and the default '"
            + DEFAULT_LOCK
            + "' is not on the class path; name one of: "
            + names(locks, LockStrategy::name));
  }

  /** The memory strategy named {@code name}; IllegalArgumentException naming those found. */
  public MemoryStrategy memory(String name) {
    for (MemoryStrategy s : memories) {
      if (s.name().equals(name)) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "unknown memory strategy '" + name + "'; found: " + names(memories, MemoryStrategy::name));
  }

  private static <T> String names(List<T> list, Function<T, String> nameOf) {
    if (list.isEmpty()) {
      return "none (no provider on the class path)";
    }
    StringBuilder sb = new StringBuilder();
    for (T t : list) {
      if (sb.length() > 0) {
        sb.append(", ");
      }
      sb.append(nameOf.apply(t));
    }
    return sb.toString();
  }
}
