package io.gilvm.stress;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.openjdk.jcstress.Options;
import org.openjdk.jcstress.TestExecutor;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.TestInfo;
import org.openjdk.jcstress.infra.collectors.InProcessCollector;
import org.openjdk.jcstress.infra.collectors.SerializedBufferCollector;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.collectors.TestResultCollector;
import org.openjdk.jcstress.infra.grading.HTMLReportPrinter;
import org.openjdk.jcstress.infra.grading.ReportUtils;
import org.openjdk.jcstress.infra.runners.TestConfig;
import org.openjdk.jcstress.infra.runners.TestList;
import org.openjdk.jcstress.os.OSSupport;
import org.openjdk.jcstress.os.Scheduler;
import org.openjdk.jcstress.os.SchedulingClass;
import org.openjdk.jcstress.os.topology.Topology;
import org.openjdk.jcstress.util.Environment;
import org.openjdk.jcstress.vm.CompileMode;
import org.openjdk.jcstress.vm.VMSupport;

/**
 * Runs the matrix's tests under every configuration in one jcstress session: what jcstress's {@code
 * JCStress.run} does (probe the JVM, schedule forks on the CPUs, collect results, write the HTML
 * report), except that the forks of each test are made once per configuration, each with the system
 * property {@value StressConfig#PROPERTY} naming its configuration, in one JVM mode and with one
 * compilation for all actors. jcstress itself would take one session per configuration, and a
 * session spends a dozen seconds probing the JVM before its first fork.
 *
 * <p>Written against jcstress 0.16's harness classes, which are not a stable API: a new jcstress
 * version needs this class checked.
 */
final class JcstressSession {
  private JcstressSession() {}

  /**
   * What the session produced: one merged result per test and configuration, and why some did not
   * run, keyed by {@link #key}.
   */
  record Outcome(List<TestResult> results, Map<String, String> notRun) {}

  /** How {@link Outcome#notRun} names a test under a configuration. */
  static String key(StressConfig config, Hazard hazard) {
    return config.spec() + " " + hazard.testClass();
  }

  /**
   * Runs {@code hazards} under {@code configs}. jcstress's probing goes to {@code log}; one line
   * per finished fork goes to {@code progress}; the HTML report goes to {@code htmlDir}.
   */
  static Outcome run(
      List<StressConfig> configs,
      List<Hazard> hazards,
      Mode mode,
      Path htmlDir,
      PrintStream log,
      PrintStream progress)
      throws Exception {
    List<String> args = new ArrayList<>(List.of(mode.jcstressOptions()));
    args.addAll(List.of("-r", htmlDir.toString(), "-sc", "false"));
    Options opts = new Options(args.toArray(new String[0]));
    PrintStream console = System.out;
    System.setOut(log);
    try {
      if (!opts.parse()) {
        throw new IllegalStateException("jcstress rejected the options " + args + "; see the log");
      }
      OSSupport.init();
      VMSupport.initFlags(opts);
    } finally {
      System.setOut(console);
    }

    Scheduler scheduler = new Scheduler(Topology.get(), opts.getCPUCount());
    List<TestConfig> forks = new ArrayList<>();
    Map<String, String> notRun = new LinkedHashMap<>();
    for (StressConfig config : configs) {
      // jcstress binds the actors to CPUs through JNA, a native library.
      List<String> forkArgs =
          new ArrayList<>(
              List.of(
                  "--enable-native-access=ALL-UNNAMED",
                  "-D" + StressConfig.PROPERTY + "=" + config.spec()));
      // The tier the statements run in (java -Dgilvm.tier=compiled ... ProofMatrix): the forks'
      // too.
      String tier = System.getProperty("gilvm.tier");
      if (tier != null) {
        forkArgs.add("-Dgilvm.tier=" + tier);
      }
      List<String> jvmArgs = List.copyOf(forkArgs);
      for (Hazard h : hazards) {
        TestInfo info = TestList.getInfo(h.testClass());
        if (info == null) {
          notRun.put(key(config, h), "the test is not in jcstress's test list");
          continue;
        }
        List<SchedulingClass> classes =
            scheduler.scheduleClasses(info.threads(), opts.getCPUCount(), opts.affinityMode());
        if (classes.isEmpty()) {
          notRun.put(
              key(config, h),
              "not run: jcstress cannot schedule "
                  + info.threads()
                  + " actors on "
                  + opts.getCPUCount()
                  + " CPU"
                  + (opts.getCPUCount() == 1 ? "" : "s"));
          continue;
        }
        for (SchedulingClass scl : classes) {
          for (int f = 0; f < opts.getForks(); f++) {
            forks.add(new TestConfig(opts, info, f, jvmArgs, CompileMode.UNIFIED, scl));
          }
        }
      }
    }
    // TestExecutor starts them from the end of the list: this runs them in row order.
    Collections.reverse(forks);

    InProcessCollector collected = new InProcessCollector();
    int total = forks.size();
    AtomicInteger done = new AtomicInteger();
    TestResultCollector collector =
        r -> {
          // What jcstress's own result file records, and its HTML report shows.
          r.setEnv(Environment.getInstance());
          collected.add(r);
          progress.printf(
              "  [%d/%d] %s %s: %s samples%s%n",
              done.incrementAndGet(),
              total,
              specOf(r),
              simpleName(r.getConfig().name),
              Cell.number(r.getTotalCount()),
              r.status() == Status.NORMAL ? "" : ", " + r.status());
        };
    SerializedBufferCollector sink = new SerializedBufferCollector(collector);
    if (!forks.isEmpty()) {
      new TestExecutor(opts.verbosity(), sink, scheduler).runAll(forks);
    }
    sink.close();

    if (!collected.getTestResults().isEmpty()) {
      new HTMLReportPrinter(opts, collected, log).work();
    }
    return new Outcome(ReportUtils.mergedByConfig(collected.getTestResults()), notRun);
  }

  /** The configuration a result ran under, read back from its fork's JVM arguments. */
  static String specOf(TestResult r) {
    String prefix = "-D" + StressConfig.PROPERTY + "=";
    Collection<String> jvmArgs = r.getConfig().jvmArgs;
    for (String a : jvmArgs) {
      if (a.startsWith(prefix)) {
        return a.substring(prefix.length());
      }
    }
    return "?";
  }

  private static String simpleName(String testClass) {
    return testClass.substring(testClass.lastIndexOf('.') + 1);
  }
}
