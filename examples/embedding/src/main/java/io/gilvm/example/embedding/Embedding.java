package io.gilvm.example.embedding;

import io.gilvm.embed.PyHandle;
import io.gilvm.embed.PythonException;
import io.gilvm.embed.PythonInterpreter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a Python function from several Java threads at once, under the newgil lock. */
public final class Embedding {
  public static void main(String[] args) throws InterruptedException {
    try (PythonInterpreter py =
        PythonInterpreter.builder().lock("newgil").recordLockEvents(true).build()) {
      py.exec(
          """
          import threading
          guard = threading.Lock()
          served = {}

          def collatz_steps(n, who):
              steps = 0
              while n != 1:
                  n = n // 2 if n % 2 == 0 else 3 * n + 1
                  steps += 1
              with guard:
                  served[who] = served.get(who, 0) + 1
              return steps
          """);

      List<Thread> threads = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        String name = "java-" + t;
        Thread th = new Thread(() -> {
          long total = 0;
          for (int n = 1; n <= 200; n++) {
            total += (Long) py.call("collatz_steps", 27 + n, name);
          }
          System.out.println(name + ": " + total + " steps");
        }, name);
        threads.add(th);
        th.start();
      }
      for (Thread th : threads) {
        th.join();
      }

      Map<?, ?> served = (Map<?, ?>) py.get("served");
      System.out.println("calls served: " + served.values().stream().mapToLong(v -> (Long) v).sum());

      py.set("words", List.of("gil", "lock", "thread"));
      System.out.println("longest: " + py.eval("max(words, key=len)"));

      try (PyHandle counter = py.evalHandle("__import__('collections').Counter('mississippi')")) {
        System.out.println(counter.typeName() + ": " + counter.repr());
      }

      try {
        py.eval("int('seven')");
      } catch (PythonException e) {
        System.out.println("caught " + e.pythonType() + ": " + e.pythonMessage());
      }

      for (PythonInterpreter.LockStats s : py.lockStats()) {
        if (s.thread().startsWith("java-")) {
          System.out.println(s.thread() + " took the lock at least 200 times: " + (s.acquisitions() >= 200));
        }
      }
      System.out.println("lock: " + py.lockName() + ", memory: " + py.memoryName());
    }
  }
}
