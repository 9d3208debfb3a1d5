package org.armsledger.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.armsledger.ledger.Entry;
import org.armsledger.ledger.LedgerJson;
import org.armsledger.store.Filter;
import org.armsledger.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code armsledger ledger}: ledger entries, latest reported first, as a table or JSON Lines. */
@Command(name = "ledger", mixinStandardHelpOptions = true, description = "List ledger entries: supplier, recipient, item, status reached, sources.")
final class LedgerCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin FilterOptions filters;

  @Mixin PageOptions page;

  @Override
  public Integer call() {
    page.check();
    PrintWriter out = spec.commandLine().getOut();
    try (Store st = store.read()) {
      Filter f = filters.filter(st);
      List<Entry> entries = st.entries(f, page.limitOrAll(), page.offset);
      if (page.json) {
        entries.forEach(e -> out.println(LedgerJson.line(e)));
        return 0;
      }
      Table t = new Table("ENTRY:18", "SUPPLIER:16", "RECIPIENT:16", "ITEM:22", "RELATION:10", "STATUS:10", "QTY:8", "CLAIMS:6", "OUTLETS:7",
          "ORIGINS:7", "FIRST:10", "LAST:10", "HISTORY:40", "NOTE:30");
      for (Entry e : entries) {
        t.row(e.id(), e.supplierName(), e.recipientName(), e.itemLabel(), e.relation(), e.status(), quantity(e), e.claims(), e.outlets(),
            e.origins(), e.firstReported(), e.lastReported(), history(e), note(e));
      }
      t.print(out);
      long total = st.countEntries(f);
      out.printf("%d of %d entries%s%n", entries.size(), total, entries.size() < total ? " (--limit, --offset for more; show ENTRY for details)" : "");
    }
    return 0;
  }

  static String quantity(Entry e) {
    Double q = e.deliveredQuantity() != null ? e.deliveredQuantity() : e.orderedQuantity();
    if (q != null) {
      return String.valueOf(q.longValue());
    }
    return e.quantities().isEmpty() ? "" : e.quantities().get(e.quantities().size() - 1).text();
  }

  /** "requested 2022-05 > agreed 2022-08 > delivered 2022-12". */
  static String history(Entry e) {
    StringBuilder sb = new StringBuilder();
    for (Entry.Step s : e.history()) {
      sb.append(sb.length() == 0 ? "" : " > ").append(s.status());
      if (s.from() != null) {
        sb.append(' ').append(s.from());
      }
    }
    return sb.toString();
  }

  static String note(Entry e) {
    if (e.disputed()) {
      return "disputed: " + String.join(", ", e.contradictions().stream().map(Entry.Contradiction::kind).toList());
    }
    return e.origins() < e.documents() ? (e.documents() - e.origins()) + " copies" : "";
  }
}
