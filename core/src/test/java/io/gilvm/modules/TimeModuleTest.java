package io.gilvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimeModuleTest {

  @Test
  void clocksHaveTheirTypesAndMove() {
    assertEquals(
        "True True True True True\n",
        PyRun.out(
            "import time\nt = time.time()\nns = time.time_ns()\n"
                + "print(t > 1.6e9, abs(ns / 1e9 - t) < 5, type(time.perf_counter_ns()) is int,"
                + " time.monotonic() <= time.monotonic(), time.perf_counter() <= time.perf_counter())"));
  }

  @Test
  void processTimeCountsCpuWork() {
    assertEquals(
        "True True\n",
        PyRun.out(
            "import time\na = time.process_time()\nn = 0\nfor i in range(200000):\n  n += i\n"
                + "b = time.process_time()\nprint(b > a, time.thread_time() > 0)"));
  }

  @Test
  void sleepWaitsAtLeastTheTime() {
    assertEquals(
        "True\n",
        PyRun.out(
            "import time\na = time.perf_counter()\ntime.sleep(0.03)\nprint(time.perf_counter() - a >= 0.03)"));
  }

  @Test
  void sleepReleasesTheInterpreterLockEvenForZero() {
    long base = PyRun.run("import time").blockingRegions();
    assertEquals(base + 1, PyRun.run("import time\ntime.sleep(0)").blockingRegions());
    assertEquals(
        base + 2, PyRun.run("import time\ntime.sleep(0.001)\ntime.sleep(0)").blockingRegions());
  }

  @Test
  void sleepRejectsBadLengths() {
    assertEquals(
        "ValueError sleep length must be non-negative\n"
            + "ValueError Invalid value NaN (not a number)\n"
            + "TypeError 'str' object cannot be interpreted as an integer\n"
            + "OverflowError timestamp out of range for platform time_t\n",
        PyRun.out(
            "import time\nfor v in (-1, float('nan'), 'x', 1e300):\n  try:\n    time.sleep(v)\n"
                + "  except Exception as e:\n    print(type(e).__name__, e)"));
  }

  @Test
  void sleepingThreadLetsOthersRun() {
    String out =
        PyRun.out(
            "import _thread, time\nstate = {'n': 0, 'stop': False}\n"
                + "def spin():\n  while not state['stop']:\n    state['n'] += 1\n"
                + "_thread.start_new_thread(spin, ())\ntime.sleep(0.05)\nbefore = state['n']\n"
                + "time.sleep(0.1)\nprint(state['n'] > before)\nstate['stop'] = True\ntime.sleep(0.01)");
    assertTrue(out.equals("True\n"), out);
  }
}
