package io.gilvm.stress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the table of a {@code matrix.md} back: row name → column heading → cell text. */
final class MatrixTable {
  private MatrixTable() {}

  static Map<String, Map<String, String>> parse(String markdown) {
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    List<String> headings = null;
    for (String line : markdown.lines().toList()) {
      if (line.startsWith("| " + MatrixReport.CONFIGURATION + " |")) {
        headings = cells(line);
      } else if (headings != null && line.startsWith("| `")) {
        List<String> cells = cells(line);
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 1; i < cells.size(); i++) {
          row.put(headings.get(i), cells.get(i));
        }
        rows.put(cells.get(0).replace("`", ""), row);
      } else if (headings != null && !line.startsWith("|")) {
        break;
      }
    }
    if (headings == null) {
      throw new IllegalArgumentException("no matrix table in:\n" + markdown);
    }
    return rows;
  }

  private static List<String> cells(String line) {
    List<String> out = new ArrayList<>();
    for (String c : line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1)) {
      out.add(c.strip());
    }
    return out;
  }
}
