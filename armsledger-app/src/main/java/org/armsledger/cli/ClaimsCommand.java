package org.armsledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.armsledger.store.Filter;
import org.armsledger.store.Store;
import org.armsledger.store.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code armsledger claims}: stored claims, latest article first, as a table or JSON Lines. */
@Command(name = "claims", mixinStandardHelpOptions = true, description = "List stored claims, one per sentence and supply, with their ledger entry.")
final class ClaimsCommand implements Callable<Integer> {
  static final ObjectMapper JSON = new ObjectMapper();

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin FilterOptions filters;

  @Mixin PageOptions page;

  @Override
  public Integer call() throws Exception {
    page.check();
    PrintWriter out = spec.commandLine().getOut();
    try (Store st = store.read()) {
      Filter f = filters.filter(st);
      List<StoredClaim> claims = st.claims(f, page.limitOrAll(), page.offset);
      if (page.json) {
        for (StoredClaim c : claims) {
          out.println(withEntry(c));
        }
        return 0;
      }
      Table t = new Table("CLAIM:18", "PUBLISHED:10", "SUPPLIER:16", "RECIPIENT:16", "ITEM:20", "STATUS:10", "SOURCE:24", "ENTRY:18", "EVIDENCE:60");
      for (StoredClaim c : claims) {
        JsonNode n = JSON.readTree(c.json());
        String item = n.path("item").path("designation").isTextual() ? n.path("item").path("designation").asText() : n.path("item").path("category").asText();
        String status = n.path("status").asText() + (n.path("negated").asBoolean() ? " (not)" : "");
        t.row(c.id(), n.path("published").asText(""), n.path("supplier").path("name").asText(), n.path("recipient").path("name").asText(), item,
            status, source(n.path("source")), c.entry(), n.path("evidence").path("text").asText());
      }
      t.print(out);
      long total = st.countClaims(f);
      out.printf("%d of %d claims%s%n", claims.size(), total, claims.size() < total ? " (--limit, --offset for more; show CLAIM for details)" : "");
    }
    return 0;
  }

  static String withEntry(StoredClaim c) throws java.io.IOException {
    ObjectNode o = (ObjectNode) JSON.readTree(c.json());
    o.put("entry", c.entry());
    return o.toString();
  }

  static String source(JsonNode s) {
    if (s.isMissingNode() || s.isNull()) {
      return "";
    }
    String name = s.path("name").isTextual() ? s.path("name").asText() : "author";
    return name + " (" + s.path("kind").asText() + ")";
  }
}
