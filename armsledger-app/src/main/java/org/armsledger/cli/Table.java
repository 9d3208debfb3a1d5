package org.armsledger.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table for the terminal: columns as wide as their content up to a cap, long cells cut with an ellipsis. */
final class Table {
  private final String[] header;
  private final int[] cap;
  private final List<String[]> rows = new ArrayList<>();

  /** {@code columns} as "NAME:CAP" pairs. */
  Table(String... columns) {
    header = new String[columns.length];
    cap = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      int c = columns[i].lastIndexOf(':');
      header[i] = columns[i].substring(0, c);
      cap[i] = Integer.parseInt(columns[i].substring(c + 1));
    }
  }

  void row(Object... cells) {
    String[] r = new String[header.length];
    for (int i = 0; i < r.length; i++) {
      Object v = i < cells.length ? cells[i] : null;
      String s = v == null ? "" : v.toString().replaceAll("\\s+", " ");
      r[i] = s.length() > cap[i] ? s.substring(0, cap[i] - 1) + "…" : s;
    }
    rows.add(r);
  }

  void print(PrintWriter out) {
    int[] w = new int[header.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = header[i].length();
      for (String[] r : rows) {
        w[i] = Math.max(w[i], r[i].length());
      }
    }
    line(out, header, w);
    for (String[] r : rows) {
      line(out, r, w);
    }
  }

  private static void line(PrintWriter out, String[] cells, int[] w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      sb.append(cells[i]);
      if (i < cells.length - 1) {
        sb.append(" ".repeat(w[i] - cells[i].length() + 2));
      }
    }
    out.println(sb.toString().stripTrailing());
  }
}
