package io.gilvm.cli.lab;

import io.gilvm.cli.Observations;
import io.gilvm.cli.lab.Experiment.Bar;
import io.gilvm.cli.lab.Experiment.Row;
import io.gilvm.cli.lab.Experiment.Size;
import io.gilvm.cli.lab.Experiment.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The lab's report: the table for the terminal, and a folder with {@code index.html} (the table, a
 * bar chart of each experiment's timings, the timelines), {@code results.json} for scripts, the
 * charts and timelines as SVG files, and each run's log.
 */
final class Report {
  private Report() {}

  /** The machine and run, one line: date, cores, JVM, mode. */
  static String machine(Size size, double seconds, double load) {
    return String.format(
        Locale.ROOT,
        "%s, %d cores%s, %s %s, %s, %s",
        date(),
        Runtime.getRuntime().availableProcessors(),
        load < 0 ? "" : String.format(Locale.ROOT, " (load average %.1f at the start)", load),
        System.getProperty("java.vm.name"),
        Runtime.version(),
        size == Size.QUICK ? "--quick" : size == Size.FULL ? "full" : "tiny",
        Experiment.time(seconds));
  }

  private static String date() {
    return ZonedDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /** The table for the terminal: per experiment, a row per configuration and claim. */
  static String table(List<Row> rows) {
    StringBuilder sb = new StringBuilder();
    int width = 14;
    for (Row r : rows) {
      width = Math.max(width, r.configuration().length() + 2);
    }
    String lastExperiment = null;
    for (Row r : rows) {
      if (!r.experiment().equals(lastExperiment)) {
        Experiment e =
            Experiments.all().stream()
                .filter(x -> x.name.equals(r.experiment()))
                .findFirst()
                .orElseThrow();
        sb.append(lastExperiment == null ? "" : "\n")
            .append(e.title)
            .append(" (")
            .append(e.name)
            .append(")\n");
        sb.append(
            String.format(
                Locale.ROOT,
                "  %-" + width + "s %-21s %s%n",
                "configuration",
                "verdict",
                "claim / measured"));
        lastExperiment = r.experiment();
      }
      String indent = " ".repeat(2 + width + 1 + 21 + 1);
      if (!r.claim().isEmpty()) {
        sb.append(
            String.format(
                Locale.ROOT,
                "  %-" + width + "s %-21s %s%n",
                r.configuration(),
                r.verdict().text,
                r.claim()));
        sb.append(indent).append(r.measurement()).append('\n');
      } else {
        sb.append(
            String.format(
                Locale.ROOT,
                "  %-" + width + "s %-21s %s%n",
                r.configuration(),
                r.verdict().text,
                r.measurement()));
      }
    }
    return sb.toString();
  }

  /** Counts of each verdict, e.g. "14 hold, 1 does not hold, 2 inconclusive (noise)". */
  static String summary(List<Row> rows) {
    List<String> parts = new ArrayList<>();
    for (Verdict v : Verdict.values()) {
      long n = rows.stream().filter(r -> r.verdict() == v).count();
      if (n > 0) {
        parts.add(n + " " + v.text);
      }
    }
    return rows.size() + " claims: " + String.join(", ", parts);
  }

  static void write(
      Path out,
      List<Experiment> experiments,
      List<Row> rows,
      Map<String, String> timelines,
      String machine) {
    List<String> charts = new ArrayList<>();
    for (Experiment e : experiments) {
      List<Row> timed =
          rows.stream().filter(r -> r.experiment().equals(e.name) && !r.bars().isEmpty()).toList();
      if (!timed.isEmpty()) {
        String file = "charts/" + e.name + ".svg";
        write(out.resolve(file), chart(e.title, timed));
        charts.add(file);
      }
    }
    write(out.resolve("results.json"), json(machine, experiments, rows, timelines));
    write(out.resolve("index.html"), html(machine, experiments, rows, timelines, charts));
  }

  // ---------------------------------------------------------------- results.json

  private static String json(
      String machine, List<Experiment> experiments, List<Row> rows, Map<String, String> timelines) {
    StringBuilder sb = new StringBuilder("{\n");
    sb.append("  \"date\": ").append(q(date())).append(",\n");
    sb.append("  \"machine\": ").append(q(machine)).append(",\n");
    sb.append("  \"cores\": ").append(Runtime.getRuntime().availableProcessors()).append(",\n");
    sb.append("  \"java\": ").append(q(Runtime.version().toString())).append(",\n");
    sb.append("  \"rule\": ").append(q(Experiment.RULE)).append(",\n");
    sb.append("  \"experiments\": [\n");
    for (int i = 0; i < experiments.size(); i++) {
      Experiment e = experiments.get(i);
      sb.append("    {\"name\": ")
          .append(q(e.name))
          .append(", \"title\": ")
          .append(q(e.title))
          .append(", \"claim\": ")
          .append(q(e.claim))
          .append('}')
          .append(i + 1 < experiments.size() ? ",\n" : "\n");
    }
    sb.append("  ],\n  \"rows\": [\n");
    for (int i = 0; i < rows.size(); i++) {
      Row r = rows.get(i);
      sb.append("    {\"experiment\": ")
          .append(q(r.experiment()))
          .append(", \"configuration\": ")
          .append(q(r.configuration()))
          .append(", \"claim\": ")
          .append(q(r.claim()))
          .append(", \"measured\": ")
          .append(q(r.measurement()))
          .append(", \"verdict\": ")
          .append(q(r.verdict().text));
      String tl = timelines.get(r.experiment() + ": " + r.configuration());
      if (tl != null) {
        sb.append(", \"timeline\": ").append(q(tl));
      }
      sb.append(", \"values\": {");
      String sep = "";
      for (Map.Entry<String, List<Double>> v : r.values().entrySet()) {
        sb.append(sep).append(q(v.getKey())).append(": [");
        String s2 = "";
        for (double d : v.getValue()) {
          sb.append(s2).append(Double.isFinite(d) ? String.format(Locale.ROOT, "%.6g", d) : "null");
          s2 = ", ";
        }
        sb.append(']');
        sep = ", ";
      }
      sb.append("}}").append(i + 1 < rows.size() ? ",\n" : "\n");
    }
    sb.append("  ]\n}\n");
    return sb.toString();
  }

  private static String q(String s) {
    return Observations.json(s);
  }

  // ---------------------------------------------------------------- index.html

  private static String html(
      String machine,
      List<Experiment> experiments,
      List<Row> rows,
      Map<String, String> timelines,
      List<String> charts) {
    StringBuilder sb = new StringBuilder();
    sb.append(
            "<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>gilvm lab</title>\n<style>\n")
        .append("body{font-family:sans-serif;max-width:1250px;margin:2em auto;padding:0 1em}")
        .append(
            "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 8px;")
        .append("text-align:left;vertical-align:top}th{background:#f0f0f0}")
        .append(
            ".holds{background:#dff3e3}.does-not-hold{background:#f9dcd7}.inconclusive-noise{background:#fbf1cc}")
        .append(
            ".error{background:#f4b4aa}img{max-width:100%;border:1px solid #ddd;margin:4px 0}\n")
        .append("</style></head><body>\n<h1>gilvm lab</h1>\n");
    sb.append("<p>")
        .append(esc(machine))
        .append(". ")
        .append(esc(Report.summary(rows)))
        .append(".</p>\n");
    sb.append("<p>").append(esc(Experiment.RULE)).append("</p>\n");
    sb.append(
        "<table><tr><th>experiment</th><th>configuration</th><th>claim</th><th>measured</th><th>verdict</th></tr>\n");
    for (Row r : rows) {
      String cls = r.verdict().text.replaceAll("[^a-z]+", "-").replaceAll("-$", "");
      sb.append("<tr><td>")
          .append(esc(r.experiment()))
          .append("</td><td>")
          .append(esc(r.configuration()))
          .append("</td><td>")
          .append(esc(r.claim()))
          .append("</td><td>")
          .append(esc(r.measurement()))
          .append("</td><td class=\"")
          .append(cls)
          .append("\">")
          .append(esc(r.verdict().text))
          .append("</td></tr>\n");
    }
    sb.append("</table>\n");
    for (Experiment e : experiments) {
      sb.append("<h2>")
          .append(esc(e.title))
          .append(" (")
          .append(esc(e.name))
          .append(")</h2>\n<p>")
          .append(esc(e.claim))
          .append("</p>\n");
      String chart = "charts/" + e.name + ".svg";
      if (charts.contains(chart)) {
        sb.append("<img src=\"")
            .append(chart)
            .append("\" alt=\"timings of ")
            .append(esc(e.title))
            .append("\">\n");
      }
      for (Map.Entry<String, String> t : timelines.entrySet()) {
        if (t.getKey().startsWith(e.name + ": ")) {
          sb.append("<h3>")
              .append(esc(t.getKey().substring(e.name.length() + 2)))
              .append("</h3>\n<img src=\"")
              .append(t.getValue())
              .append("\" alt=\"timeline\">\n");
        }
      }
    }
    sb.append(
        "<p>Each run's output is in <code>logs/</code>; the figures are in <code>results.json</code>."
            + " A timeline comes from a smaller run of the same program in the same JVM, with the recorder on;"
            + " the figures come from runs with it off.</p>\n</body></html>\n");
    return sb.toString();
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  // ---------------------------------------------------------------- charts

  private static final String[] COLOURS = {"#4e79a7", "#e15759", "#76b7b2", "#f28e2b"};

  /**
   * A horizontal bar chart: for each row, a bar per timing at its median over the rounds, with a
   * line from the fastest to the slowest round.
   */
  static String chart(String title, List<Row> rows) {
    int left = 260;
    int width = 560;
    int barH = 14;
    double max = 0;
    for (Row r : rows) {
      for (Bar b : r.bars()) {
        max = Math.max(max, Collections.max(b.seconds()));
      }
    }
    max = max <= 0 ? 1 : max;
    StringBuilder body = new StringBuilder();
    int y = 40;
    for (Row r : rows) {
      body.append(
          String.format(
              Locale.ROOT,
              "<text x=\"10\" y=\"%d\">%s</text>%n",
              y + barH,
              esc(r.configuration())));
      int k = 0;
      for (Bar b : r.bars()) {
        double med = Experiment.median(b.seconds());
        int w = (int) Math.max(1, Math.round(width * med / max));
        int lo = (int) Math.round(width * Collections.min(b.seconds()) / max);
        int hi = (int) Math.round(width * Collections.max(b.seconds()) / max);
        String colour = COLOURS[k % COLOURS.length];
        body.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>"
                    + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"black\"/>"
                    + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s %s</text>%n",
                left,
                y,
                w,
                barH,
                colour,
                left + lo,
                y + barH / 2,
                left + hi,
                y + barH / 2,
                left + Math.max(w, hi) + 6,
                y + barH - 3,
                esc(b.label()),
                Experiment.time(med)));
        y += barH + 3;
        k++;
      }
      y += 12;
    }
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
            left + width + 200,
            y + 10));
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    svg.append(
        String.format(
            Locale.ROOT,
            "<text x=\"10\" y=\"20\" font-size=\"14\">%s: median time (bar) and fastest to slowest round (line)</text>%n",
            esc(title)));
    svg.append(body).append("</svg>\n");
    return svg.toString();
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
