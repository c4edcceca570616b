package io.gilvm.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * The producer threads of a many-producers benchmark: started once per trial, each running {@code
 * body} (which waits for the benchmark's start signal, produces, and ends when interrupted), and
 * stopped at the trial's end. Daemon threads, so a benchmark that fails cannot keep its JVM alive.
 */
final class ProducerThreads {
  private final List<Thread> threads = new ArrayList<>();

  ProducerThreads(int n, Runnable body) {
    for (int i = 0; i < n; i++) {
      Thread t = new Thread(body, "producer-" + i);
      t.setDaemon(true);
      threads.add(t);
      t.start();
    }
  }

  /** Interrupts every producer and waits for it to end. */
  void stop() throws InterruptedException {
    for (Thread t : threads) {
      t.interrupt();
      t.join();
    }
  }
}
