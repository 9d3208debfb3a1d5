package org.armsledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.armsledger.ledger.Entry;
import org.armsledger.ledger.LedgerJson;
import org.armsledger.store.Store;
import org.armsledger.text.Printable;
import org.armsledger.store.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code armsledger show ID}: one entry or claim with its evidence, sources and history. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a ledger entry (e-...) or a claim (c-...): history, evidence sentences, sources, why claims were merged.")
final class ShowCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(paramLabel = "ID", description = "An entry id (e-...) or a claim id (c-...).")
  String id;

  @Option(names = "--json", description = "As one JSON object: the entry with its claims, or the claim with its document.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Store st = store.read()) {
      Optional<Entry> entry = st.entry(id);
      if (entry.isPresent()) {
        showEntry(entry.get(), st, out);
        return 0;
      }
      Optional<StoredClaim> claim = st.claim(id);
      if (claim.isPresent()) {
        showClaim(claim.get(), st, out);
        return 0;
      }
      // an id that entries merged or split away still resolves
      String at = id;
      for (int hops = 0; hops < 20; hops++) {
        Optional<Store.Redirect> r = st.redirect(at);
        if (r.isEmpty()) {
          break;
        }
        if (r.get().newId() == null) {
          spec.commandLine().getErr().println("armsledger: entry " + Printable.line(id) + " is no longer in the ledger: " + r.get().reason());
          return 1;
        }
        spec.commandLine().getErr().println("armsledger: entry " + at + " is now " + r.get().newId() + " (since " + r.get().at() + "): "
            + r.get().reason());
        at = r.get().newId();
        Optional<Entry> moved = st.entry(at);
        if (moved.isPresent()) {
          showEntry(moved.get(), st, out);
          return 0;
        }
      }
    }
    spec.commandLine().getErr().println("armsledger: no entry or claim with id " + Printable.line(id));
    return 1;
  }

  private void showEntry(Entry e, Store st, PrintWriter out) throws Exception {
    Map<String, JsonNode> claims = new HashMap<>();
    for (StoredClaim c : st.claimsOfEntry(e.id())) {
      claims.put(c.id(), ClaimsCommand.JSON.readTree(c.json()));
    }
    if (json) {
      ObjectNode o = LedgerJson.tree(e);
      ArrayNode arr = o.putArray("claim_records");
      e.members().forEach(m -> arr.add(claims.get(m.claim())));
      out.println(o);
      return;
    }
    out.printf("%s  %s -> %s  %s (%s, %s)%n", e.id(), e.supplierName(), e.recipientName(), e.itemLabel(), e.category(), e.relation());
    out.printf("status: %s%s%n", e.status(), e.disputed() ? "  (disputed)" : "");
    out.printf("reported: %s to %s; supply dated %s to %s%n", dash(e.firstReported()), dash(e.lastReported()), dash(e.eventStart()), dash(e.eventEnd()));
    out.printf("claims: %d in %d documents, %d outlets, %d independent origins%n", e.claims(), e.documents(), e.outlets(), e.origins());
    if (!e.outletNames().isEmpty()) {
      out.println("outlets: " + String.join(", ", e.outletNames()));
    }
    if (e.orderedQuantity() != null || e.deliveredQuantity() != null) {
      out.printf("quantity: ordered %s, delivered %s%n", num(e.orderedQuantity()), num(e.deliveredQuantity()));
    }
    out.println("lines (systems):");
    for (Entry.Line l : e.lines()) {
      out.printf("  %-22s %-18s %-10s ordered %s, delivered %s%s%s; %d claim(s), %d document(s), %d origin(s)%n", l.label(), l.category(),
          l.status(), num(l.orderedQuantity()), num(l.deliveredQuantity()), l.orderYear() == null ? "" : "; order " + l.orderYear(),
          l.deliveryYears().isEmpty() ? "" : "; delivery " + String.join(", ", l.deliveryYears()), l.claimCount(), l.documents(), l.origins());
    }
    out.println();
    out.println("history:");
    for (Entry.Step s : e.history()) {
      out.printf("  %-10s %s%s  %s%n", s.status(), dash(s.from()), s.to() != null && !s.to().equals(s.from()) ? " to " + s.to() : "", String.join(" ", s.claims()));
    }
    if (!e.quantities().isEmpty()) {
      out.println("quantities:");
      e.quantities().forEach(q -> out.printf("  %s (%s, %s, %s)%n", q.text(), q.status(), dash(q.date()), q.claim()));
    }
    out.println("sources:");
    e.sources().forEach(s -> out.printf("  %s (%s): %d claim(s)%n", s.name(), s.kind(), s.claims()));
    if (e.disputed()) {
      out.println("contradictions:");
      e.contradictions().forEach(c -> out.printf("  %s: %s%n", c.kind(), c.description()));
    }
    out.println();
    out.println("claims, in time order:");
    for (Entry.Member m : e.members()) {
      JsonNode c = claims.get(m.claim());
      out.printf("  %s  %s  %s  doc %s%n", m.claim(), dash(m.date()), m.status(), m.doc());
      if (c != null) {
        out.printf("    \"%s\"%n", c.path("evidence").path("text").asText());
        out.printf("    source: %s%s%n", ClaimsCommand.source(c.path("source")), where(c.path("provenance")));
      }
      out.printf("    merged: %s%n", m.reason());
    }
  }

  private void showClaim(StoredClaim c, Store st, PrintWriter out) throws Exception {
    ObjectNode o = (ObjectNode) ClaimsCommand.JSON.readTree(ClaimsCommand.withEntry(c));
    Map<String, Object> doc = st.document(c.doc());
    if (json) {
      o.set("document", ClaimsCommand.JSON.valueToTree(doc));
      out.println(o);
      return;
    }
    out.printf("%s  %s -> %s  %s (%s)%n", c.id(), o.path("supplier").path("name").asText(), o.path("recipient").path("name").asText(),
        o.path("item").path("designation").isTextual() ? o.path("item").path("designation").asText() : o.path("item").path("category").asText(),
        o.path("relation").asText());
    out.printf("status: %s%s%n", o.path("status").asText(), o.path("negated").asBoolean() ? " (negated)" : "");
    out.printf("evidence: \"%s\"%n", o.path("evidence").path("text").asText());
    String paragraph = ArticleCommand.paragraph(st, c.doc(), o.path("evidence").path("start").asInt(-1), o.path("evidence").path("end").asInt(-1));
    if (paragraph != null) {
      out.println("in its paragraph:");
      out.println("  " + paragraph.replace("\n", "\n  "));
    }
    out.printf("source: %s%s%n", ClaimsCommand.source(o.path("source")), o.path("source").path("chain").size() > 0 ? ", via " + o.path("source").path("chain") : "");
    out.printf("document: %s \"%s\" %s%s%n", c.doc(), doc.getOrDefault("title", ""), dash((String) doc.get("published")), where(o.path("provenance")));
    if (doc.get("duplicate_of") != null) {
      out.printf("copy of: %s (origin %s)%n", doc.get("duplicate_of"), doc.get("origin"));
    }
    out.printf("entry: %s%n", c.entry() == null ? "-" : c.entry());
    out.println();
    out.println(ClaimsCommand.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(o));
  }

  private static String where(JsonNode p) {
    if (p.isMissingNode()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    if (p.path("outlet").isTextual()) {
      sb.append(", ").append(p.path("outlet").asText());
    }
    if (p.path("uri").isTextual()) {
      sb.append(", ").append(p.path("uri").asText());
    } else if (p.path("file").isTextual()) {
      sb.append(", ").append(p.path("file").asText());
    }
    return sb.toString();
  }

  static String dash(String s) {
    return s == null || s.isEmpty() ? "?" : s;
  }

  private static String num(Double d) {
    return d == null ? "?" : String.valueOf(d.longValue());
  }
}
