package io.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.lang.Node;
import io.gilvm.lang.Parser;
import io.gilvm.lang.Positions;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The parser's node end positions (PEP 657's {@code end_lineno}, {@code end_col_offset}, which
 * tracebacks draw their carets from) against CPython's {@code ast} for every program of the
 * compatibility corpus: every expression span gilvm records must be one CPython's tree has.
 */
class NodePositionsTest {

  @Test
  void expressionSpansAreCPythons() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("..", "corpus"))) {
      files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    assertTrue(files.size() > 50, "corpus programs found: " + files.size());
    Map<String, TreeSet<String>> cpython = cpythonSpans(files);
    StringBuilder wrong = new StringBuilder();
    int checked = 0;
    for (Path f : files) {
      String source = Files.readString(f, StandardCharsets.UTF_8);
      Positions positions = new Positions();
      Node.Module m = Parser.parse(source, f.toString(), positions);
      TreeSet<String> ours = new TreeSet<>();
      collect(m, positions, ours);
      TreeSet<String> theirs = cpython.get(f.toString());
      for (String span : ours) {
        checked++;
        if (!theirs.contains(span)) {
          wrong.append(f.getFileName()).append(": ").append(span).append('\n');
        }
      }
    }
    assertTrue(checked > 10_000, "spans checked: " + checked);
    assertEquals("", wrong.toString(), "spans CPython's ast does not have");
  }

  /** Every expression node's span, "line col endLine endCol", where its end is known. */
  private static void collect(Object o, Positions positions, TreeSet<String> out) throws Exception {
    if (o instanceof List<?> l) {
      for (Object x : l) {
        collect(x, positions, out);
      }
      return;
    }
    if (!(o instanceof Record r)) {
      return;
    }
    if (o instanceof Node.Expr e
        && positions.endLine(e) > 0
        && !(o instanceof Node.FormattedValue)) {
      out.add(e.line() + " " + e.col() + " " + positions.endLine(e) + " " + positions.endCol(e));
    }
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      collect(c.getAccessor().invoke(r), positions, out);
    }
  }

  private static Map<String, TreeSet<String>> cpythonSpans(List<Path> files)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(System.getProperty("gilvm.python", "python3"));
    cmd.add(Path.of("src", "test", "resources", "positions", "dump_positions.py").toString());
    files.forEach(f -> cmd.add(f.toString()));
    Process p;
    try {
      p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    } catch (IOException e) {
      Assumptions.abort("skipped: no python3 on the path to compare with");
      return null;
    }
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
    Map<String, TreeSet<String>> spans = new HashMap<>();
    TreeSet<String> current = null;
    for (String line : out.split("\n")) {
      if (line.startsWith("== ")) {
        current = new TreeSet<>();
        spans.put(line.substring(3), current);
      } else if (!line.isBlank()) {
        current.add(line);
      }
    }
    return spans;
  }
}
