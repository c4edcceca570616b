package io.gilvm.stress;

import java.util.List;
import java.util.Map;

/**
 * The matrix as Markdown: the table (configuration × hazard), what each row is, and every result
 * other than the exact one with its count and the sentence that explains it.
 */
final class MatrixReport {
  private MatrixReport() {}

  /** The first column's heading; the other headings are the hazards' titles. */
  static final String CONFIGURATION = "configuration";

  static String render(
      String header, List<Row> rows, List<Hazard> hazards, Map<String, Map<Hazard, Cell>> cells) {
    StringBuilder md = new StringBuilder();
    md.append("# gilvm proof matrix\n\n").append(header).append("\n\n");
    md.append("| ").append(CONFIGURATION).append(" |");
    for (Hazard h : hazards) {
      md.append(' ').append(h.title()).append(" |");
    }
    md.append("\n|---|");
    md.append("---|".repeat(hazards.size()));
    md.append('\n');
    for (Row row : rows) {
      md.append("| `").append(row.name()).append("` |");
      for (Hazard h : hazards) {
        md.append(' ').append(escape(cells.get(row.name()).get(h).text())).append(" |");
      }
      md.append('\n');
    }
    md.append("\nThe rows:\n\n");
    for (Row row : rows) {
      md.append("- `")
          .append(row.name())
          .append("` (")
          .append(row.label())
          .append("): ")
          .append(row.explanation())
          .append('\n');
    }
    StringBuilder seen = new StringBuilder();
    for (Row row : rows) {
      for (Hazard h : hazards) {
        for (Cell.Seen s : cells.get(row.name()).get(h).seen()) {
          seen.append("- `")
              .append(row.name())
              .append("`, ")
              .append(h.title())
              .append(": `")
              .append(s.state())
              .append("` in ")
              .append(Cell.number(s.count()))
              .append(" samples (")
              .append(s.expect().name())
              .append("). ")
              .append(s.description())
              .append('\n');
        }
      }
    }
    if (seen.length() > 0) {
      md.append("\nEvery result other than the exact one:\n\n").append(seen);
    }
    return md.toString();
  }

  private static String escape(String cell) {
    return cell.replace("|", "\\|").replace("\n", " ");
  }
}
