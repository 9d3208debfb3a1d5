package org.armsledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.ArticleArchive;
import org.armsledger.store.Store;
import org.armsledger.store.StoredClaim;
import org.armsledger.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code armsledger article ID}: a stored article as the store keeps it (cleaned text and metadata),
 * its claims' sentences marked {@code [[...]]} with the numbers of the claims read from them.
 */
@Command(name = "article", mixinStandardHelpOptions = true,
    description = "Print a stored article with its claims' sentences marked: by document key or name, or by a claim id (c-...).")
final class ArticleCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Parameters(paramLabel = "ID", description = "A document key (file:...), a document name (the file name without extension), or a claim id.")
  String id;

  @Option(names = "--json", description = "As one JSON object: metadata, text, and the claims with their spans.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Store st = store.read()) {
      String doc;
      if (st.claim(id).isPresent()) {
        doc = st.claim(id).get().doc();
      } else {
        List<String> docs = st.documents(id);
        if (docs.isEmpty()) {
          err.println("armsledger: no stored article or claim " + Printable.quote(id));
          return 1;
        }
        if (docs.size() > 1) {
          err.println("armsledger: " + docs.size() + " stored articles are named " + Printable.quote(id) + "; name one by its key:");
          docs.forEach(d -> err.println("  " + Printable.line(d)));
          return 1;
        }
        doc = docs.get(0);
      }
      Map<String, Object> meta = st.document(doc);
      byte[] bytes = st.article(doc).orElse(null);
      if (bytes == null) {
        err.println("armsledger: the store has no text of " + Printable.quote(doc) + " (stored by an older release): ingest its file again to keep it");
        return 1;
      }
      Article a = ArticleArchive.read(bytes);
      List<StoredClaim> claims = st.claimsOfDocument(doc);
      if (json) {
        ObjectNode o = ClaimsCommand.JSON.createObjectNode();
        o.put("doc", doc);
        o.set("document", ClaimsCommand.JSON.valueToTree(meta));
        o.put("title", a.headline());
        o.put("text", a.text());
        ArrayNode cs = o.putArray("claims");
        for (StoredClaim c : claims) {
          cs.add(ClaimsCommand.JSON.readTree(ClaimsCommand.withEntry(c)));
        }
        out.println(o);
        return 0;
      }
      out.println(a.headline() == null ? "(untitled)" : a.headline());
      out.printf("%s · %s · %s%n", ShowCommand.dash(a.outlet()), ShowCommand.dash(a.published()), ShowCommand.dash(a.uri()));
      out.printf("source: %s%s%n", doc, meta.get("note") != null ? "  (" + meta.get("note") + ")" : "");
      if (meta.get("duplicate_of") != null) {
        out.printf("copy of: %s (origin %s)%n", meta.get("duplicate_of"), meta.get("origin"));
      }
      out.printf("claims: %d%n%n", claims.size());
      // spans -> claim numbers, in text order
      Map<Long, List<Integer>> marks = new TreeMap<>();
      List<JsonNode> nodes = new ArrayList<>();
      for (int i = 0; i < claims.size(); i++) {
        JsonNode n = ClaimsCommand.JSON.readTree(claims.get(i).json());
        nodes.add(n);
        int s = n.path("evidence").path("start").asInt(-1);
        int e = n.path("evidence").path("end").asInt(-1);
        if (s >= 0 && e <= a.text().length() && s < e) {
          marks.computeIfAbsent(((long) s << 32) | e, k -> new ArrayList<>()).add(i + 1);
        }
      }
      out.println(marked(a.text(), marks));
      if (!claims.isEmpty()) {
        out.println();
        for (int i = 0; i < claims.size(); i++) {
          JsonNode n = nodes.get(i);
          out.printf("[%d] %s  %s -> %s  %s (%s, %s)  entry %s%n", i + 1, claims.get(i).id(), n.path("supplier").path("name").asText(),
              n.path("recipient").path("name").asText(),
              n.path("item").path("designation").isTextual() ? n.path("item").path("designation").asText() : n.path("item").path("category").asText(),
              n.path("relation").asText(), n.path("status").asText(), claims.get(i).entry() == null ? "-" : claims.get(i).entry());
        }
      }
      return 0;
    }
  }

  /** The text with each marked span as {@code [[...]]^1,2}; overlapping spans after the first are left unmarked. */
  static String marked(String text, Map<Long, List<Integer>> marks) {
    StringBuilder sb = new StringBuilder(text.length() + marks.size() * 12);
    int at = 0;
    for (Map.Entry<Long, List<Integer>> m : marks.entrySet()) {
      int s = (int) (m.getKey() >>> 32);
      int e = (int) (long) m.getKey();
      if (s < at) {
        continue;
      }
      sb.append(text, at, s).append("[[").append(text, s, e).append("]]^");
      sb.append(String.join(",", m.getValue().stream().map(String::valueOf).toList()));
      at = e;
    }
    return sb.append(text, at, text.length()).toString();
  }

  /** Whether a block's line breaks fall inside sentences (wire copy wrapped at a width), so that the block, not a line, is the paragraph. */
  static boolean hardWrapped(String block) {
    String[] lines = block.split("\n");
    int inside = 0;
    for (int i = 0; i < lines.length - 1; i++) {
      String l = lines[i].strip();
      if (l.length() > 40 && !l.matches(".*[.!?:\"'\u201d)]$")) {
        inside++;
      }
    }
    return inside >= 2 || lines.length == 2 && inside == 1;
  }

  /** The paragraph of a stored article around {@code [start, end)}, that span marked; null when the store has no text of it. */
  static String paragraph(Store st, String doc, int start, int end) {
    byte[] bytes = st.article(doc).orElse(null);
    if (bytes == null || start < 0) {
      return null;
    }
    String text = ArticleArchive.read(bytes).text();
    if (end > text.length() || start >= end) {
      return null;
    }
    int from = text.lastIndexOf("\n\n", start);
    from = from < 0 ? 0 : from + 2;
    int to = text.indexOf("\n\n", end);
    to = to < 0 ? text.length() : to;
    if (!hardWrapped(text.substring(from, to))) {
      // lines are paragraphs (no blank line between them): the lines the span is on
      int lineFrom = text.lastIndexOf('\n', start);
      from = Math.max(from, lineFrom < 0 ? 0 : lineFrom + 1);
      int lineTo = text.indexOf('\n', end);
      to = Math.min(to, lineTo < 0 ? text.length() : lineTo);
    }
    return (text.substring(from, start) + "[[" + text.substring(start, end) + "]]" + text.substring(end, to)).strip();
  }
}
