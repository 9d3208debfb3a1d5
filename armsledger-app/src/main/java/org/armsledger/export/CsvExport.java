package org.armsledger.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.armsledger.ledger.Entry;

/**
 * The ledger as CSV (RFC 4180) in the shape of the SIPRI Trade Register, one row per line (system)
 * of each entry: supplier, recipient, designation, description, numbers and years of order and
 * delivery, status and comments, then armsledger's own columns: the line's claims and origins, the
 * entry's outlets and sources, reporting dates, the supply's time span, and the entry id (rows of one
 * entry share it). The unnamed claims of an entry ("drones") are a row with an empty designation.
 */
public final class CsvExport {
  static final List<String> HEADER = List.of(
      "Supplier", "Recipient", "Designation", "Description", "Number ordered", "Year(s) of order", "Year(s) of delivery",
      "Number delivered", "Status", "Comments", "Relation", "Category", "Claims", "Documents", "Outlets", "Independent origins",
      "Sources", "First reported", "Last reported", "Disputed", "Entry", "Entry status", "Supply from", "Supply to");

  private CsvExport() {}

  public static int write(Source source, Writer w) {
    int[] n = {0};
    try {
      row(w, HEADER);
      source.entries(e -> {
        try {
          for (Entry.Line l : e.lines()) {
            row(w, cells(e, l));
          }
          n[0]++;
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
      });
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n[0];
  }

  static List<String> cells(Entry e, Entry.Line l) {
    List<String> c = new ArrayList<>();
    c.add(e.supplierName());
    c.add(e.recipientName());
    c.add(l.designation() == null ? "" : l.designation());
    c.add(l.category().replace('_', ' ') + (l.designation() == null ? " (no system named)" : ""));
    c.add(num(l.orderedQuantity()));
    c.add(l.orderYear() == null ? "" : l.orderYear());
    c.add(years(l.deliveryYears()));
    c.add(num(l.deliveredQuantity()));
    c.add(l.status());
    c.add(comments(e, l));
    c.add(e.relation());
    c.add(l.category());
    c.add(String.valueOf(l.claimCount()));
    c.add(String.valueOf(l.documents()));
    c.add(String.valueOf(e.outlets()));
    c.add(String.valueOf(l.origins()));
    c.add(e.sources().stream().map(s -> s.name() + " (" + s.kind() + ")").collect(Collectors.joining("; ")));
    c.add(nz(l.firstReported()));
    c.add(nz(l.lastReported()));
    c.add(e.disputed() ? "yes" : "no");
    c.add(e.id());
    c.add(e.status());
    c.add(nz(l.eventStart()));
    c.add(nz(l.eventEnd()));
    return c;
  }

  /** "2019; 2021-2023" from ascending years. */
  static String years(List<String> ys) {
    List<String> parts = new ArrayList<>();
    int start = -1;
    int prev = -1;
    for (String y : ys) {
      int v = Integer.parseInt(y);
      if (start < 0) {
        start = prev = v;
      } else if (v == prev + 1) {
        prev = v;
      } else {
        parts.add(start == prev ? String.valueOf(start) : start + "-" + prev);
        start = prev = v;
      }
    }
    if (start >= 0) {
      parts.add(start == prev ? String.valueOf(start) : start + "-" + prev);
    }
    return String.join("; ", parts);
  }

  private static String comments(Entry e, Entry.Line l) {
    List<String> parts = new ArrayList<>();
    parts.add("History: " + e.history().stream().map(s -> s.status() + (s.from() == null ? "" : " " + s.from())).collect(Collectors.joining(" > ")));
    if (!l.quantities().isEmpty()) {
      parts.add("Quantities: " + l.quantities().stream().map(q -> q.text() + " (" + q.status() + ")").distinct().collect(Collectors.joining(", ")));
    }
    if (e.lines().size() > 1) {
      parts.add("Entry lines: " + e.lines().stream().map(Entry.Line::label).collect(Collectors.joining(", ")));
    }
    e.contradictions().forEach(c -> parts.add("Disputed: " + c.description()));
    return String.join(". ", parts);
  }

  private static String num(Double d) {
    return d == null ? "" : String.valueOf(d.longValue());
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static void row(Writer w, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(quote(cells.get(i)));
    }
    w.write("\r\n");
  }

  /**
   * A cell as written: control characters dropped (line breaks and tabs become spaces), a cell a
   * spreadsheet would run as a formula (starting with = + - @, after any spaces) neutralised with a
   * leading apostrophe, as OWASP's CSV-injection rule says (plain numbers such as -2 stay numbers),
   * then quoted when it holds a comma, a quote or a line break.
   */
  static String quote(String s) {
    if (s == null) {
      return "";
    }
    s = neutral(org.armsledger.text.Printable.line(s));
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

  static String neutral(String s) {
    String t = s.stripLeading();
    if (t.isEmpty() || "=+-@".indexOf(t.charAt(0)) < 0 || NUMBER.matcher(t).matches()) {
      return s;
    }
    return "'" + s;
  }
}
