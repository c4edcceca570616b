package io.gilvm.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.gilvm.compiler.Compiler;
import io.gilvm.lang.PySyntaxError;
import io.gilvm.object.PyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential fuzzing of the compiler against CPython: mutants of the golden programs (tokens
 * deleted, duplicated, swapped or inserted, lines dropped or re-indented) are compiled by gilvm and
 * by {@code python3}'s {@code compile()}, all in one python3 process. Both must accept or both
 * reject; for a rejection, the exception's type, message and line must be the same.
 *
 * <p>A kind of disagreement not yet fixed is listed in {@code fuzz/compile-known-mismatches.txt} as
 * what python3 gives and what gilvm gives, each its exception type and message; the test fails on a
 * disagreement of any other kind, and on a listed kind that no mutant shows any more (delete its
 * line). Each golden program of at most 4,000 characters gives {@code -Dgilvm.fuzz.compile.perSeed}
 * mutants (4) from a random generator seeded by the program's own text and {@code
 * -Dgilvm.fuzz.seed} (default 20261207), so a golden program added later adds mutants without
 * changing the others'. Skipped, saying so, without a python3 3.11.
 */
class CompileDifferentialTest {
  private static final Path KNOWN = Path.of("src/test/resources/fuzz/compile-known-mismatches.txt");

  private static final Pattern TOKEN =
      Pattern.compile(
          "(?:[rRbBfF]{0,2}(?:\"[^\"\\n]*\"|'[^'\\n]*'))|#[^\\n]*|\\n|[ \\t]+|\\d[\\w.]*|\\w+"
              + "|\\*\\*=|//=|>>=|<<=|->|:=|[-+*/%&|^@<>=!]=|\\*\\*|//|<<|>>|.",
          Pattern.DOTALL);

  private static final String[] VOCABULARY = {
    "def",
    "class",
    "if",
    "else",
    "elif",
    "while",
    "for",
    "in",
    "not",
    "lambda",
    "return",
    "yield",
    "await",
    "async",
    "with",
    "try",
    "except",
    "finally",
    "raise",
    "import",
    "from",
    "global",
    "nonlocal",
    "pass",
    "break",
    "continue",
    "del",
    "assert",
    "None",
    "True",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    ";",
    "=",
    "==",
    "+=",
    "-",
    "*",
    "**",
    "/",
    "->",
    ":=",
    "<",
    "!",
    "~",
    "|",
    "...",
    "_",
    "0",
    "1_",
    "0x",
    "007",
    "1e",
    "\"",
    "'",
    "f'{",
    "x",
    "*args",
    "**kw",
    "print(",
    "):",
    "\t",
    "\\",
  };

  private static String python() throws Exception {
    return DifferentialTest.python311();
  }

  private static List<String> seeds() throws IOException {
    Path root = Path.of("../core/src/test/resources/golden");
    assertTrue(Files.isDirectory(root), "no golden programs at " + root.toAbsolutePath());
    try (Stream<Path> files = Files.walk(root)) {
      List<String> out = new ArrayList<>();
      for (Path p : files.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
        String s = Files.readString(p, StandardCharsets.UTF_8);
        if (s.length() <= 4_000) {
          out.add(s);
        }
      }
      return out;
    }
  }

  private static List<String> tokens(String source) {
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(source);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /** One to three mutations of a seed, chosen by {@code r}. */
  static String mutate(String source, Random r) {
    String s = source;
    for (int n = 1 + r.nextInt(3); n > 0; n--) {
      List<String> t = tokens(s);
      if (t.isEmpty()) {
        break;
      }
      int i = r.nextInt(t.size());
      switch (r.nextInt(6)) {
        case 0 -> t.remove(i);
        case 1 -> t.add(i, t.get(i));
        case 2 -> t.add(i, VOCABULARY[r.nextInt(VOCABULARY.length)] + (r.nextBoolean() ? " " : ""));
        case 3 -> {
          int j = Math.min(t.size() - 1, i + 1 + r.nextInt(3));
          String a = t.get(i);
          t.set(i, t.get(j));
          t.set(j, a);
        }
        default -> {
          String[] lines = String.join("", t).split("\n", -1);
          int l = r.nextInt(lines.length);
          lines[l] = r.nextBoolean() ? "" : "    " + lines[l];
          t = List.of(String.join("\n", lines));
        }
      }
      s = String.join("", t);
    }
    return s;
  }

  /** What a compile gave: "ok", or the exception's type, line and message. */
  private static String gilvm(String source) {
    try {
      Compiler.compile(source, "m.py");
      return "ok";
    } catch (PySyntaxError e) {
      return e.kind() + "|" + e.line() + "|" + e.getMessage();
    } catch (PyException e) {
      return e.value().type().name() + "|?|" + e.value().str();
    } catch (RuntimeException | StackOverflowError e) {
      return "Java " + e;
    }
  }

  private static final String ORACLE =
      String.join(
          "\n",
          "import base64, sys, warnings",
          "warnings.simplefilter('ignore')",
          "for line in open(sys.argv[1]):",
          "    src = base64.b64decode(line).decode('utf-8', 'surrogatepass')",
          "    try:",
          "        compile(src, 'm.py', 'exec')",
          "        r = 'ok'",
          "    except SyntaxError as e:",
          "        r = '%s|%s|%s' % (type(e).__name__, e.lineno, e.msg)",
          "    except Exception as e:",
          "        r = '%s|?|%s' % (type(e).__name__, e)",
          "    print(base64.b64encode(r.encode('utf-8', 'surrogatepass')).decode())",
          "");

  /** A kind of disagreement: each side's exception type and message, without the line. */
  private static String kind(String python, String gilvm) {
    return "python3 " + withoutLine(python) + " / gilvm " + withoutLine(gilvm);
  }

  private static String withoutLine(String verdict) {
    String[] p = verdict.split("\\|", 3);
    return p.length == 3 ? p[0] + " \"" + p[2] + "\"" : verdict;
  }

  private static String sha(String s) throws Exception {
    return HexFormat.of()
        .formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)))
        .substring(0, 16);
  }

  @Test
  void gilvmAndCPythonAcceptAndRejectTheSameMutants(@TempDir Path dir) throws Exception {
    String python = python();
    List<String> seeds = seeds();
    long seed = Long.getLong("gilvm.fuzz.seed", 20261207L);
    int perSeed = Integer.getInteger("gilvm.fuzz.compile.perSeed", 4);
    List<String> inputs = new ArrayList<>();
    StringBuilder batch = new StringBuilder();
    for (String program : seeds) {
      Random r = new Random(seed ^ Long.parseUnsignedLong(sha(program), 16));
      for (int i = 0; i < perSeed; i++) {
        String m = mutate(program, r);
        if (m.indexOf('\0') >= 0) {
          continue;
        }
        inputs.add(m);
        batch
            .append(Base64.getEncoder().encodeToString(m.getBytes(StandardCharsets.UTF_8)))
            .append('\n');
      }
    }
    assertTrue(inputs.size() > 1000, "mutants made: " + inputs.size());
    Path in = dir.resolve("inputs.b64");
    Path script = dir.resolve("oracle.py");
    Files.writeString(in, batch);
    Files.writeString(script, ORACLE);
    Process proc =
        new ProcessBuilder(python, script.toString(), in.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    List<String> verdicts =
        new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .map(l -> new String(Base64.getDecoder().decode(l), StandardCharsets.UTF_8))
            .toList();
    assertTrue(proc.waitFor(60, TimeUnit.SECONDS), "python3 did not finish");
    assertTrue(
        verdicts.size() == inputs.size(),
        "python3 answered " + verdicts.size() + " of " + inputs.size() + " inputs");

    Map<String, String> known = new LinkedHashMap<>();
    if (Files.exists(KNOWN)) {
      for (String line : Files.readAllLines(KNOWN)) {
        if (!line.isBlank() && !line.startsWith("#")) {
          known.put(line.strip(), line);
        }
      }
    }
    List<String> found = new ArrayList<>();
    List<String> fixed = new ArrayList<>(known.keySet());
    int agreedAccept = 0;
    int agreedReject = 0;
    for (int i = 0; i < inputs.size(); i++) {
      String want = verdicts.get(i);
      String got = gilvm(inputs.get(i));
      String key = kind(want, got);
      if (Boolean.getBoolean("gilvm.fuzz.verbose")) {
        System.out.println(key + " python3: " + want + " / gilvm: " + got);
      }
      if (want.equals(got)) {
        if (want.equals("ok")) {
          agreedAccept++;
        } else {
          agreedReject++;
        }
        continue;
      }
      fixed.remove(key);
      if (!known.containsKey(key)) {
        key = sha(inputs.get(i)) + " " + key;
        found.add(
            key
                + " python3: "
                + want
                + " / gilvm: "
                + got
                + "\n--- source ---\n"
                + inputs.get(i)
                + "\n---");
      }
    }
    System.out.printf(
        "CompileDifferentialTest: %d mutants, %d accepted and %d rejected alike,"
            + " %d known kinds of disagreement seen, %d new disagreements%n",
        inputs.size(), agreedAccept, agreedReject, known.size() - fixed.size(), found.size());
    assertTrue(
        fixed.isEmpty(), "listed in " + KNOWN + " but agreeing now (delete the lines): " + fixed);
    assertTrue(
        found.isEmpty(),
        found.size() + " disagreements with CPython:\n" + String.join("\n", found));
  }
}
