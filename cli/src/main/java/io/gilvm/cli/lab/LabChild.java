package io.gilvm.cli.lab;

import io.gilvm.cli.Observations;
import io.gilvm.spi.Checkpoints;
import io.gilvm.state.Interpreter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The fresh JVM that runs one lab program under one configuration, so that no other strategy's JIT
 * profile is in it. It runs the program once for the measurement, with nothing recorded, and once
 * more, smaller and with the recorder on, for the timeline picture. Then it prints the lock's own
 * counters as {@code @lab stat NAME=VALUE} lines and exits with the measured run's status.
 *
 * <p>Arguments: {@code NAME=VALUE} settings ({@code program}, {@code gil}, {@code memory}, {@code
 * checkpoints}, {@code object-locks}, {@code switch-interval} in nanoseconds, {@code timeline},
 * {@code picture} the picture run's arguments separated by spaces) and flags ({@code check-memory},
 * {@code leaks}, {@code picture-first}), then {@code --} and the program's own arguments. Only the
 * lab starts it.
 */
public final class LabChild {
  private LabChild() {}

  public static void main(String[] args) {
    Spec spec = Spec.parse(args);
    String source = Lab.programSource(spec.program);
    String filename = "lab/" + spec.program + ".py";
    if (spec.pictureFirst) {
      picture(spec, source, filename);
    }
    Interpreter measured = spec.builder(spec.programArgs, false).build();
    for (String w : measured.warnings()) {
      System.err.println("gilvm: warning: " + w);
    }
    int status = measured.runSource(source, filename);
    System.out.flush();
    for (Map.Entry<String, Long> e : measured.lock().statistics().entrySet()) {
      System.out.println("@lab stat " + e.getKey() + "=" + e.getValue());
    }
    System.out.println("@lab status " + status);
    System.out.flush();
    if (!spec.pictureFirst && status == 0) {
      picture(spec, source, filename);
    }
    System.exit(status);
  }

  /** The small recorded run whose events become the timeline picture; its output is dropped. */
  private static void picture(Spec spec, String source, String filename) {
    if (spec.timeline == null) {
      return;
    }
    PrintStream nowhere =
        new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    Observations.TimelineFile timeline;
    try {
      timeline = new Observations.TimelineFile(spec.timeline);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Interpreter pic =
        spec.builder(spec.pictureArgs, true).record(timeline).out(nowhere).err(nowhere).build();
    pic.runSource(source, filename);
    pic.recorder().finish();
    timeline.end(pic);
  }

  /** What the lab asked for. */
  private static final class Spec {
    String program;
    String gil;
    String memory;
    Checkpoints checkpoints;
    Boolean objectLocks;
    Long switchInterval;
    boolean checkMemory;
    boolean leaks;
    boolean pictureFirst;
    Path timeline;
    List<String> pictureArgs = List.of();
    List<String> programArgs = List.of();

    static Spec parse(String[] args) {
      Spec s = new Spec();
      int i = 0;
      for (; i < args.length && !args[i].equals("--"); i++) {
        String a = args[i];
        int eq = a.indexOf('=');
        String key = eq < 0 ? a : a.substring(0, eq);
        String value = eq < 0 ? null : a.substring(eq + 1);
        switch (key) {
          case "program" -> s.program = value;
          case "gil" -> s.gil = value;
          case "memory" -> s.memory = value;
          case "checkpoints" -> s.checkpoints = Checkpoints.parse(value);
          case "object-locks" -> s.objectLocks = value.equals("on");
          case "switch-interval" -> s.switchInterval = Long.parseLong(value);
          case "timeline" -> s.timeline = Path.of(value);
          case "picture" -> s.pictureArgs = Arrays.asList(value.split(" "));
          case "check-memory" -> s.checkMemory = true;
          case "leaks" -> s.leaks = true;
          case "picture-first" -> s.pictureFirst = true;
          default -> throw new IllegalArgumentException("lab child: unknown setting " + a);
        }
      }
      if (i < args.length) {
        s.programArgs = List.of(Arrays.copyOfRange(args, i + 1, args.length));
      }
      if (s.program == null) {
        throw new IllegalArgumentException("lab child: no program=NAME");
      }
      return s;
    }

    Interpreter.Builder builder(List<String> programArgs, boolean record) {
      List<String> argv = new ArrayList<>();
      argv.add("lab/" + program + ".py");
      argv.addAll(programArgs);
      Interpreter.Builder b =
          Interpreter.builder().gil(gil).memory(memory).argv(argv).record(record);
      if (!record) {
        b.checkMemory(checkMemory).leaks(leaks);
      }
      if (checkpoints != null) {
        b.checkpoints(checkpoints);
      }
      if (objectLocks != null) {
        b.objectLocks(objectLocks);
      }
      if (switchInterval != null) {
        b.switchIntervalNanos(switchInterval);
      }
      return b;
    }
  }

  static String read(InputStream in) {
    try (in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
