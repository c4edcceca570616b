package io.gilvm.bench;

import io.gilvm.state.Interpreter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One gilvm side of {@link Compare}, run in a fresh JVM: runs a program several times, each in a
 * new interpreter, and writes how long each run took (source to exit, compile included) to a result
 * file. The first run is the cold figure; the runs after it, once the JIT has seen the program,
 * give the warm one. The program's output is discarded.
 *
 * <p>Arguments: {@code program.py result-file config warm-seconds max-runs [cpu|wall]}, where the
 * configuration is {@code lock[+memory][+no-object-locks]}; with {@code cpu} a run's time is the
 * CPU time the whole JVM spent meanwhile (its compiler and collector threads included), not the
 * elapsed time.
 */
public final class CompareRun {
  private CompareRun() {}

  public static void main(String[] args) throws IOException {
    Path program = Path.of(args[0]);
    Path result = Path.of(args[1]);
    String gil = args[2];
    long warmNanos = (long) (Double.parseDouble(args[3]) * 1e9);
    int maxRuns = Integer.parseInt(args[4]);
    boolean cpu = args.length > 5 && args[5].equals("cpu");
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    String source = Files.readString(program);
    PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
    List<Long> times = new ArrayList<>();
    long warmStart = 0;
    while (true) {
      Interpreter interp = Configs.builder(gil).argv(List.of(program.toString())).out(sink).build();
      long t0 = System.nanoTime();
      long c0 = cpu ? os.getProcessCpuTime() : 0;
      int status = interp.runSource(source, program.toString());
      long c1 = cpu ? os.getProcessCpuTime() : 0;
      long t1 = System.nanoTime();
      if (status != 0) {
        System.err.println("gilvm: " + program + " exited with status " + status);
        System.exit(1);
      }
      times.add(cpu ? c1 - c0 : t1 - t0);
      if (times.size() == 1) {
        warmStart = t1;
      }
      // At least two runs after the cold one, so that the best of them is past compilation.
      boolean enough = times.size() >= 3 && t1 - warmStart >= warmNanos;
      if (enough || times.size() >= maxRuns) {
        break;
      }
    }
    StringBuilder sb = new StringBuilder();
    for (long t : times) {
      sb.append(t / 1e9).append('\n');
    }
    Files.writeString(result, sb.toString());
    System.exit(0);
  }
}
