package io.gilvm.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden programs that exercise the built-in modules ({@code golden/modules}, {@code
 * threading}, {@code literature}, {@code refcount}), checked against their {@code # expect}
 * lines, which are CPython 3.11's real output: {@code expect:} and {@code expect re:} for stdout
 * lines in order, {@code expect stderr:} for stderr lines in order (others may come between, as
 * CPython's own threading frames do), {@code expect error:} for the last stderr line of an
 * uncaught exception (exit status 1), {@code expect exit:} for the status.
 */
class GoldenProgramsTest {
  private static final Pattern EXPECT =
      Pattern.compile("#\\s*expect( re| stderr| error| exit)?:\\s?(.*)$");

  @TestFactory
  Stream<DynamicTest> goldenPrograms() throws IOException, URISyntaxException {
    Path root = Path.of(GoldenProgramsTest.class.getResource("/golden").toURI());
    List<Path> files = new ArrayList<>();
    for (String dir : new String[] {"modules", "threading", "literature", "refcount"}) {
      try (Stream<Path> s = Files.list(root.resolve(dir))) {
        s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
      }
    }
    return files.stream().map(p -> DynamicTest.dynamicTest(
        root.relativize(p).toString(), () -> check(p)));
  }

  private static void check(Path file) throws IOException {
    String source = Files.readString(file, StandardCharsets.UTF_8);
    List<String> out = new ArrayList<>();
    List<Boolean> outIsRegex = new ArrayList<>();
    List<String> err = new ArrayList<>();
    String error = null;
    int status = 0;
    for (String line : source.split("\n", -1)) {
      Matcher m = EXPECT.matcher(line);
      if (!m.find()) {
        continue;
      }
      String kind = m.group(1) == null ? "" : m.group(1).strip();
      String text = m.group(2);
      switch (kind) {
        case "" -> {
          out.add(text);
          outIsRegex.add(false);
        }
        case "re" -> {
          out.add(text);
          outIsRegex.add(true);
        }
        case "stderr" -> err.add(text);
        case "error" -> {
          error = text;
          status = 1;
        }
        case "exit" -> status = Integer.parseInt(text.strip());
        default -> throw new IllegalStateException(kind);
      }
    }
    String name = file.getFileName().toString();
    PyRun.Result r = PyRun.run(source, name);
    String context = "\nstdout:\n" + r.out() + "stderr:\n" + r.err();
    assertEquals(status, r.status(), "exit status" + context);
    List<String> got = r.out().isEmpty() ? List.of() : List.of(r.out().split("\n", -1));
    int n = got.size() > 0 && got.get(got.size() - 1).isEmpty() ? got.size() - 1 : got.size();
    assertEquals(out.size(), n, "number of stdout lines" + context);
    for (int i = 0; i < out.size(); i++) {
      if (outIsRegex.get(i)) {
        assertTrue(got.get(i).matches(out.get(i)), "line " + (i + 1) + " matches " + out.get(i) + context);
      } else {
        assertEquals(out.get(i), got.get(i), "line " + (i + 1) + context);
      }
    }
    List<String> errLines = List.of(r.err().split("\n", -1));
    int at = 0;
    for (String want : err) {
      while (at < errLines.size() && !errLines.get(at).equals(want)) {
        at++;
      }
      assertTrue(at < errLines.size(), "stderr has the line '" + want + "' in order" + context);
      at++;
    }
    if (error != null) {
      String[] lines = r.err().strip().split("\n");
      assertEquals(error, lines[lines.length - 1], "last stderr line" + context);
    }
  }
}
