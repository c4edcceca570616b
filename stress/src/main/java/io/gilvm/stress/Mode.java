package io.gilvm.stress;

/**
 * How long the matrix runs. jcstress's own presets fork every test several times per JVM mode; here
 * the configurations are the dimension that matters, so each test runs in one JVM mode and the
 * presets differ in forks and time. Every fork also runs jcstress's stride estimation, whose
 * samples count too: a fork of the quick mode sees well over a hundred thousand samples.
 *
 * @param forks JVMs per test and configuration ({@code -f})
 * @param iterations iterations per fork ({@code -iters})
 * @param timeMillis length of one iteration ({@code -time})
 * @param strideCount strides per batch ({@code -strideCount}), which also bounds the estimation
 */
record Mode(String name, int forks, int iterations, int timeMillis, int strideCount) {

  /** Every cell in a few seconds: the whole matrix in a few minutes on two cores. */
  public static final Mode QUICK = new Mode("quick", 1, 1, 1000, 10);

  /** Several forks of several seconds per cell: about half an hour on two cores. */
  public static final Mode THOROUGH = new Mode("thorough", 3, 5, 1000, 40);

  /** The jcstress options that select this mode. */
  String[] jcstressOptions() {
    return new String[] {
      "-f", Integer.toString(forks),
      "-iters", Integer.toString(iterations),
      "-time", Integer.toString(timeMillis),
      "-strideCount", Integer.toString(strideCount),
    };
  }

  /** How the report names the settings. */
  String describe() {
    return name
        + " mode: "
        + forks
        + " fork"
        + (forks == 1 ? "" : "s")
        + " × "
        + iterations
        + " iteration"
        + (iterations == 1 ? "" : "s")
        + " × "
        + timeMillis
        + " ms per cell";
  }
}
