package io.gilvm.example.embedding;

import io.gilvm.embed.PyHandle;
import io.gilvm.embed.PythonException;
import io.gilvm.embed.PythonInterpreter;
import java.util.List;
import java.util.Map;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;

/** The README's embedding and JSR-223 examples, verbatim between the markers: `run` runs it. */
public final class Readme {
  public static void main(String[] args) throws Exception {
    // README-EMBEDDING-BEGIN
    try (PythonInterpreter py = PythonInterpreter.builder()
        .lock("newgil")                 // or "legacy", "finegrained", or one of your own
        .build()) {
      py.exec("""
          def word_counts(text):
              counts = {}
              for w in text.split():
                  counts[w] = counts.get(w, 0) + 1
              return counts
          """);
      Map<?, ?> counts = (Map<?, ?>) py.call("word_counts", "the cat and the hat");
      System.out.println(counts);                       // {the=2, cat=1, and=1, hat=1}

      py.set("limit", 10);
      List<?> squares = (List<?>) py.eval("[i * i for i in range(limit) if i % 3 == 0]");
      System.out.println(squares);                      // [0, 9, 36, 81]

      try (PyHandle deque = py.evalHandle("__import__('collections').deque([1, 2, 3])")) {
        System.out.println(deque.repr());               // deque([1, 2, 3])
      }

      try {
        py.call("word_counts", 42);
      } catch (PythonException e) {
        System.out.println(e.pythonType() + ": " + e.pythonMessage());
        // AttributeError: 'int' object has no attribute 'split'
      }
    }
    // README-EMBEDDING-END

    // README-JSR223-BEGIN
    ScriptEngine engine = new ScriptEngineManager().getEngineByName("gilvm");
    engine.put("name", "world");
    System.out.println(engine.eval("f'hello, {name}!'"));   // hello, world!
    engine.eval("total = sum(range(5))");
    System.out.println(engine.get("total"));                 // 10
    // README-JSR223-END
  }
}
