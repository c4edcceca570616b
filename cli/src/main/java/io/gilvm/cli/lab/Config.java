package io.gilvm.cli.lab;

import io.gilvm.spi.LockStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One configuration a lab program runs under: a lock strategy and the settings that matter to an
 * experiment. Null settings are the defaults (the lock's own memory strategy, checkpoints at every
 * instruction, object locks on, a 5 ms switch interval).
 *
 * @param lock the lock strategy
 * @param memory a memory strategy other than the lock's default, or null
 * @param checkpoints "every" or "backedges", or null
 * @param objectLocks false for the no-object-locks configuration, or null
 * @param switchIntervalNanos a switch interval other than the default, or null
 * @param python the real CPython this row runs under instead of gilvm (the anchor row), or null;
 *     {@code lock} and {@code checkpoints} are then the gilvm configuration it corresponds to
 */
record Config(
    LockStrategy lock,
    String memory,
    String checkpoints,
    Boolean objectLocks,
    Long switchIntervalNanos,
    Python python) {

  /** A CPython to run lab programs under: its command and its version ("3.11.7"). */
  record Python(String command, String version) {
    /** The gilvm checkpoint placement this version's eval loop has: back edges from 3.10 on. */
    String checkpoints() {
      String[] v = version.split("\\.");
      try {
        int major = Integer.parseInt(v[0]);
        int minor = v.length > 1 ? Integer.parseInt(v[1]) : 0;
        return major > 3 || (major == 3 && minor >= 10) ? "backedges" : "every";
      } catch (NumberFormatException e) {
        return "backedges";
      }
    }
  }

  static Config of(LockStrategy lock) {
    return new Config(lock, null, null, null, null, null);
  }

  Config withMemory(String m) {
    return new Config(lock, m, checkpoints, objectLocks, switchIntervalNanos, python);
  }

  Config withCheckpoints(String c) {
    return new Config(lock, memory, c, objectLocks, switchIntervalNanos, python);
  }

  Config withoutObjectLocks() {
    return new Config(lock, memory, checkpoints, false, switchIntervalNanos, python);
  }

  Config withSwitchInterval(long nanos) {
    return new Config(lock, memory, checkpoints, objectLocks, nanos, python);
  }

  /**
   * This configuration run under the real CPython {@code p} instead (its checkpoints are its own).
   */
  Config underPython(Python p) {
    return new Config(lock, memory, p.checkpoints(), objectLocks, switchIntervalNanos, p);
  }

  /** The memory strategy this configuration runs with. */
  String memoryName() {
    return memory != null ? memory : lock.defaultMemory();
  }

  /** A short name, e.g. {@code newgil}, {@code newgil+backedges}, {@code finegrained+plain}. */
  String label() {
    if (python != null) {
      return "CPython " + python.version() + " (as " + lock.name() + "+" + checkpoints + ")";
    }
    StringBuilder sb = new StringBuilder(lock.name());
    if (memory != null) {
      sb.append('+').append(memory);
    }
    if (checkpoints != null) {
      sb.append('+').append(checkpoints);
    }
    if (Boolean.FALSE.equals(objectLocks)) {
      sb.append("+no-object-locks");
    }
    if (switchIntervalNanos != null) {
      sb.append(" at ").append(interval(switchIntervalNanos));
    }
    return sb.toString();
  }

  /** The label as a file name. */
  String fileName() {
    return label()
        .replace(" at ", "-")
        .replace('+', '-')
        .replace(' ', '-')
        .replace('.', '_')
        .replace("(", "")
        .replace(")", "");
  }

  /** The settings {@link LabChild} takes for this configuration. */
  List<String> childSettings() {
    List<String> a = new ArrayList<>();
    a.add("gil=" + lock.name());
    if (memory != null) {
      a.add("memory=" + memory);
    }
    if (checkpoints != null) {
      a.add("checkpoints=" + checkpoints);
    }
    if (objectLocks != null) {
      a.add("object-locks=" + (objectLocks ? "on" : "off"));
    }
    if (switchIntervalNanos != null) {
      a.add("switch-interval=" + switchIntervalNanos);
    }
    return a;
  }

  /** A switch interval as people write it: 0.1 ms, 5 ms, 50 ms. */
  static String interval(long nanos) {
    double ms = nanos / 1e6;
    return ms == Math.rint(ms)
        ? String.format(Locale.ROOT, "%d ms", (long) ms)
        : String.format(Locale.ROOT, "%s ms", Double.toString(ms));
  }
}
