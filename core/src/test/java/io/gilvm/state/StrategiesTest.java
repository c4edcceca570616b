package io.gilvm.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.spi.InterpreterLock;
import io.gilvm.spi.LockConfig;
import io.gilvm.spi.LockStrategy;
import io.gilvm.spi.Strategies;
import io.gilvm.testing.SerialLock;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing strategies: flag, then system property, then the default; clear failures. */
class StrategiesTest {

  @Test
  void explicitNameWins() {
    Interpreter i = Interpreter.builder().gil("serial").memory("testplain").build();
    assertEquals("serial", i.lockStrategy().name());
    assertEquals("testplain", i.memoryStrategy().name());
  }

  @Test
  void unknownLockNameListsWhatWasFound() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Interpreter.builder().gil("nosuch").build());
    assertEquals("unknown lock strategy 'nosuch'; found: budget, probe, serial", e.getMessage());
  }

  @Test
  void unknownMemoryNameListsWhatWasFound() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Interpreter.builder().gil("serial").memory("nosuch").build());
    assertEquals("unknown memory strategy 'nosuch'; found: testplain", e.getMessage());
  }

  @Test
  void systemPropertiesChooseWhenNoNameIsGiven() {
    String oldGil = System.getProperty("gilvm.gil");
    String oldMem = System.getProperty("gilvm.memory");
    try {
      System.setProperty("gilvm.gil", "serial");
      System.setProperty("gilvm.memory", "testplain");
      Interpreter i = Interpreter.builder().build();
      assertEquals("serial", i.lockStrategy().name());
      assertEquals("testplain", i.memoryStrategy().name());
      System.setProperty("gilvm.gil", "nosuch");
      assertEquals("serial", Interpreter.builder().gil("serial").build().lockStrategy().name());
    } finally {
      restore("gilvm.gil", oldGil);
      restore("gilvm.memory", oldMem);
    }
  }

  @Test
  void theOnlyLockFoundIsTheDefault(@TempDir Path dir) throws IOException {
    Strategies s = new Strategies(onlyLocks(dir, Other.class));
    assertEquals("other", s.defaultLock().name());
    String old = System.getProperty("gilvm.gil");
    try {
      System.clearProperty("gilvm.gil");
      assertEquals("other", Interpreter.builder().strategies(s).build().lockStrategy().name());
    } finally {
      restore("gilvm.gil", old);
    }
  }

  @Test
  void withSeveralLocksTheDefaultIsNewgil(@TempDir Path dir) throws IOException {
    Strategies s = new Strategies(onlyLocks(dir, Other.class, NewgilNamed.class, SerialLock.class));
    assertEquals(3, s.locks().size(), s.locks().toString());
    assertEquals("newgil", s.defaultLock().name());
    assertEquals("other", s.lock("other").name());
  }

  @Test
  void withSeveralLocksAndNoNewgilOneMustBeNamed(@TempDir Path dir) throws IOException {
    Strategies s = new Strategies(onlyLocks(dir, Other.class, SerialLock.class));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, s::defaultLock);
    assertEquals(
        "no lock strategy named and the default 'newgil' is not on the class path;"
            + " name one of: other, serial",
        e.getMessage());
    assertEquals(
        "unknown lock strategy 'newgil'; found: other, serial",
        assertThrows(IllegalArgumentException.class, () -> s.lock("newgil")).getMessage());
    Interpreter i = Interpreter.builder().strategies(s).gil("other").build();
    assertEquals("other", i.lockStrategy().name());
  }

  /**
   * A class loader that sees exactly {@code locks} as lock strategies (the test class path's own
   * services file is hidden), and everything else as the test class path has it.
   */
  private ClassLoader onlyLocks(Path dir, Class<?>... locks) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (Class<?> c : locks) {
      sb.append(c.getName()).append('\n');
    }
    Path file = dir.resolve("locks.services");
    Files.writeString(file, sb.toString());
    URL url = file.toUri().toURL();
    String services = "META-INF/services/" + LockStrategy.class.getName();
    return new ClassLoader(getClass().getClassLoader()) {
      @Override
      public Enumeration<URL> getResources(String name) throws IOException {
        return name.equals(services)
            ? Collections.enumeration(List.of(url))
            : super.getResources(name);
      }
    };
  }

  /** A second lock strategy: the serial lock under another name. */
  public static class Other implements LockStrategy {
    @Override
    public String name() {
      return "other";
    }

    @Override
    public String description() {
      return "the serial lock under another name";
    }

    @Override
    public boolean isGlobal() {
      return true;
    }

    @Override
    public String defaultMemory() {
      return "testplain";
    }

    @Override
    public InterpreterLock create(LockConfig config) {
      return new io.gilvm.testing.SerialLock().create(config);
    }
  }

  /** A stand-in answering to the default's name, for core's tests where newgil is not built. */
  public static final class NewgilNamed extends Other {
    @Override
    public String name() {
      return "newgil";
    }
  }

  @Test
  void theMemoryDefaultIsTheLocksOwnChoice() {
    Interpreter i = Interpreter.builder().gil("serial").build();
    assertEquals(i.lockStrategy().defaultMemory(), i.memoryStrategy().name());
  }

  @Test
  void aProviderThatFailsToLoadIsReportedAndSkipped(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve(LockStrategy.class.getName()), Broken.class.getName() + "\n");
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      Strategies s = new Strategies(loader);
      assertEquals("serial", s.lock("serial").name());
      assertEquals(1, s.problems().size(), s.problems().toString());
      assertTrue(s.problems().get(0).contains(Broken.class.getName()), s.problems().toString());
    }
  }

  private static void restore(String key, String value) {
    if (value == null) {
      System.clearProperty(key);
    } else {
      System.setProperty(key, value);
    }
  }

  /** A provider whose constructor fails, as a broken strategy jar's would. */
  public static final class Broken implements LockStrategy {
    public Broken() {
      throw new IllegalStateException("this provider is broken on purpose");
    }

    @Override
    public String name() {
      return "broken";
    }

    @Override
    public String description() {
      return "";
    }

    @Override
    public boolean isGlobal() {
      return true;
    }

    @Override
    public String defaultMemory() {
      return "testplain";
    }

    @Override
    public InterpreterLock create(LockConfig config) {
      throw new UnsupportedOperationException("never created");
    }
  }
}
