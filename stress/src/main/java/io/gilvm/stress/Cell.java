package io.gilvm.stress;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.openjdk.jcstress.annotations.Expect;
import org.openjdk.jcstress.infra.Status;
import org.openjdk.jcstress.infra.collectors.TestResult;
import org.openjdk.jcstress.infra.grading.GradingResult;

/**
 * One cell of the matrix: how often one configuration lost the update one test looks for. A lost
 * update is any result the test grades ACCEPTABLE_INTERESTING; a FORBIDDEN result, a test that did
 * not run or took no sample, or an error in the fork makes the cell FAILED.
 *
 * @param lost samples whose result was a lost update (interesting or forbidden)
 * @param samples all samples
 * @param failure why the cell failed, or null
 * @param seen every result other than the exact one, with its count and sentence
 */
record Cell(long lost, long samples, String failure, List<Seen> seen) {

  /** A result other than the exact one: the state jcstress shows, how often, and what it means. */
  public record Seen(String state, Expect expect, long count, String description) {}

  /** The cell for the merged result of one test under one configuration. */
  static Cell of(TestResult r) {
    List<Seen> seen = new ArrayList<>();
    long lost = 0;
    Seen forbidden = null;
    for (GradingResult g : r.grading().gradingResults.values()) {
      if (g.count == 0 || g.expect == Expect.ACCEPTABLE) {
        continue;
      }
      Seen s = new Seen(g.id, g.expect, g.count, g.description);
      seen.add(s);
      lost += g.count;
      if (g.expect != Expect.ACCEPTABLE_INTERESTING && forbidden == null) {
        forbidden = s;
      }
    }
    seen.sort((a, b) -> Long.compare(b.count(), a.count()));
    long samples = r.getTotalCount();
    String failure = null;
    if (r.status() != Status.NORMAL) {
      failure = r.status() + firstMessage(r);
    } else if (forbidden != null) {
      failure =
          "`"
              + forbidden.state()
              + "` in "
              + number(forbidden.count())
              + " of "
              + number(samples)
              + " samples ("
              + forbidden.expect().name()
              + ")";
    } else if (samples == 0) {
      failure = "no samples";
    }
    return new Cell(lost, samples, failure, List.copyOf(seen));
  }

  /** A cell whose test could not run. */
  static Cell failed(String why) {
    return new Cell(0, 0, why, List.of());
  }

  public boolean failed() {
    return failure != null;
  }

  /** The cell as the report shows it. */
  public String text() {
    if (failure != null) {
      return "FAILED: " + failure;
    }
    if (lost == 0) {
      return "never lost in " + number(samples) + " samples";
    }
    return "lost in " + number(lost) + " of " + number(samples) + " samples";
  }

  static String number(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String firstMessage(TestResult r) {
    for (String m : r.getMessages()) {
      if (!m.isBlank()) {
        String line = m.strip().lines().findFirst().orElse("");
        return ": " + (line.length() > 160 ? line.substring(0, 160) + "…" : line);
      }
    }
    return "";
  }
}
