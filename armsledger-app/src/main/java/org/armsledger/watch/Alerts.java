package org.armsledger.watch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.armsledger.ledger.Entry;
import org.armsledger.store.Store;
import org.armsledger.store.StoredClaim;
import org.armsledger.text.Printable;

/**
 * What a round of watching changed in the ledger, as alerts: a new entry, a stage that moved, a new
 * denial or rejection, a new contradiction, an entry that reached N independent origins. Each alert
 * carries the entry, the change and its evidence (the round's claims in that entry, with their
 * sentences and sources). Alerts go to sinks: standard output, a JSON Lines file, a webhook.
 */
public final class Alerts {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Alerts() {}

  /** Which entries a user wants alerts on: by party, category or system (null: any), and the origins threshold. */
  public record Rule(String supplier, String recipient, String category, String designation, int originsThreshold) {
    boolean matches(Entry e) {
      if (supplier != null && !supplier.equals(e.supplierId()) || recipient != null && !recipient.equals(e.recipientId())) {
        return false;
      }
      if (category != null && !category.equals(e.category()) && e.lines().stream().noneMatch(l -> category.equals(l.category()))) {
        return false;
      }
      return designation == null || e.designations().stream().anyMatch(d -> d.equalsIgnoreCase(designation));
    }
  }

  /** Where alerts go. */
  public interface Sink {
    void send(List<ObjectNode> alerts) throws IOException;

    String name();
  }

  /** {@code stdout}, {@code jsonl:FILE} or {@code webhook:URL}. */
  public static Sink sink(String spec, PrintWriter out) {
    if (spec.equals("stdout")) {
      return new Sink() {
        @Override
        public void send(List<ObjectNode> alerts) {
          alerts.forEach(a -> out.println(line(a)));
          out.flush();
        }

        @Override
        public String name() {
          return "stdout";
        }
      };
    }
    if (spec.startsWith("jsonl:") && spec.length() > 6) {
      Path file = Path.of(spec.substring(6));
      return new Sink() {
        @Override
        public void send(List<ObjectNode> alerts) throws IOException {
          if (alerts.isEmpty()) {
            return;
          }
          try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
            for (ObjectNode a : alerts) {
              w.write(a.toString());
              w.write('\n');
            }
          }
        }

        @Override
        public String name() {
          return "jsonl:" + file;
        }
      };
    }
    if (spec.startsWith("webhook:") && FeedList.check(spec.substring(8)) == null) {
      URI url = URI.create(spec.substring(8));
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      return new Sink() {
        @Override
        public void send(List<ObjectNode> alerts) throws IOException {
          for (ObjectNode a : alerts) {
            HttpRequest req = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json")
                .header("User-Agent", Fetcher.USER_AGENT).POST(HttpRequest.BodyPublishers.ofString(a.toString())).build();
            try {
              HttpResponse<Void> r = http.send(req, HttpResponse.BodyHandlers.discarding());
              if (r.statusCode() >= 300) {
                throw new IOException("webhook " + url + " answered HTTP " + r.statusCode());
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IOException("interrupted", e);
            }
          }
        }

        @Override
        public String name() {
          return "webhook:" + url;
        }
      };
    }
    throw new IllegalArgumentException("--alert takes stdout, jsonl:FILE or webhook:http(s)://..., not '" + Printable.line(spec) + "'");
  }

  /** What changed, in a few words: "new, delivered", "agreed -> delivered", "3 independent origins", "denied reported", "now disputed". */
  public static String describe(JsonNode a) {
    JsonNode ch = a.path("change");
    return switch (a.path("kind").asText()) {
      case "new-entry" -> "new, " + a.path("entry").path("status").asText();
      case "stage" -> ch.path("from").asText() + " -> " + ch.path("to").asText();
      case "origins" -> ch.path("origins").asInt() + " independent origins";
      case "denial" -> ch.path("status").asText() + " reported";
      case "contradiction" -> "now disputed";
      default -> ch.toString();
    };
  }

  /** One alert as a line for people. */
  public static String line(JsonNode a) {
    JsonNode e = a.path("entry");
    StringBuilder sb = new StringBuilder();
    sb.append('[').append(a.path("kind").asText()).append("] ").append(e.path("id").asText()).append(' ')
        .append(e.path("supplier_name").asText()).append(" -> ").append(e.path("recipient_name").asText()).append(", ")
        .append(e.path("item").asText()).append(" (").append(e.path("relation").asText()).append("): ");
    sb.append(describe(a));
    JsonNode ev = a.path("evidence");
    if (ev.size() > 0) {
      JsonNode first = ev.get(0);
      String sentence = first.path("sentence").asText();
      sb.append(" | \"").append(sentence.length() > 160 ? sentence.substring(0, 157) + "..." : sentence).append('"');
      if (!first.path("outlet").asText("").isEmpty()) {
        sb.append(" (").append(first.path("outlet").asText()).append(')');
      }
      if (ev.size() > 1) {
        sb.append(" +").append(ev.size() - 1).append(" more");
      }
    }
    return Printable.line(sb.toString());
  }

  /**
   * The alerts of a round: entries whose claims changed between {@code before} and {@code after}
   * (ids the round merged or split away followed by their redirects), each compared with its
   * earlier state; evidence from the claims of the round's documents.
   */
  public static List<ObjectNode> compute(Store st, Map<String, Store.EntryState> before, Map<String, Store.EntryState> after, Set<String> roundDocs,
      Rule rule, String at) {
    List<ObjectNode> out = new ArrayList<>();
    // where each earlier id went: itself, or its redirect
    Map<String, String> heirOf = new java.util.HashMap<>();
    for (String old : before.keySet()) {
      if (after.containsKey(old)) {
        heirOf.put(old, old);
      } else {
        String at2 = old;
        for (int hops = 0; hops < 20 && at2 != null && !after.containsKey(at2); hops++) {
          at2 = st.redirect(at2).map(Store.Redirect::newId).orElse(null);
        }
        if (at2 != null && after.containsKey(at2)) {
          heirOf.put(old, at2);
        }
      }
    }
    Map<String, Store.EntryState> prior = new java.util.HashMap<>();
    for (Map.Entry<String, String> h : heirOf.entrySet()) {
      Store.EntryState b = before.get(h.getKey());
      // of several earlier entries now one, the one with most claims stands for it
      prior.merge(h.getValue(), b, (x, y) -> x.claims() >= y.claims() ? x : y);
    }
    for (Store.EntryState a : after.values()) {
      Store.EntryState b = prior.get(a.id());
      if (b != null && b.claims() == a.claims() && b.status().equals(a.status()) && b.origins() == a.origins() && b.disputed() == a.disputed()) {
        continue; // untouched
      }
      Entry e = st.entry(a.id()).orElse(null);
      if (e == null || !rule.matches(e)) {
        continue;
      }
      List<ObjectNode> evidence = evidence(st, e, roundDocs);
      if (b == null) {
        out.add(alert(at, "new-entry", e, JSON.createObjectNode().put("status", a.status()), evidence));
        continue;
      }
      if (!b.status().equals(a.status())) {
        out.add(alert(at, "stage", e, JSON.createObjectNode().put("from", b.status()).put("to", a.status()), evidence));
      }
      List<ObjectNode> denials = evidence.stream().filter(x -> Set.of("denied", "rejected").contains(x.path("status").asText())).toList();
      boolean stageToDenial = !b.status().equals(a.status()) && Set.of("denied", "rejected").contains(a.status());
      if (!denials.isEmpty() && !stageToDenial) { // a move to denied is the stage alert already
        out.add(alert(at, "denial", e, JSON.createObjectNode().put("status", denials.get(0).path("status").asText()), denials));
      }
      if (!b.disputed() && a.disputed()) {
        ObjectNode ch = JSON.createObjectNode();
        ArrayNode cs = ch.putArray("contradictions");
        e.contradictions().forEach(c -> cs.addObject().put("kind", c.kind()).put("description", c.description()));
        out.add(alert(at, "contradiction", e, ch, evidence));
      }
      if (b.origins() < rule.originsThreshold() && a.origins() >= rule.originsThreshold()) {
        out.add(alert(at, "origins", e, JSON.createObjectNode().put("origins", a.origins()).put("threshold", rule.originsThreshold()), evidence));
      }
    }
    out.sort(java.util.Comparator.comparing((ObjectNode o) -> o.path("entry").path("id").asText()).thenComparing(o -> o.path("kind").asText()));
    return out;
  }

  private static List<ObjectNode> evidence(Store st, Entry e, Set<String> roundDocs) {
    List<ObjectNode> out = new ArrayList<>();
    for (StoredClaim c : st.claimsOfEntry(e.id())) {
      if (!roundDocs.contains(c.doc())) {
        continue;
      }
      try {
        JsonNode j = JSON.readTree(c.json());
        ObjectNode x = JSON.createObjectNode();
        x.put("claim", c.id());
        x.put("status", j.path("status").asText());
        x.put("sentence", j.path("evidence").path("text").asText());
        x.put("source", j.path("source").path("name").isTextual() ? j.path("source").path("name").asText() : null);
        x.put("outlet", j.path("provenance").path("outlet").isTextual() ? j.path("provenance").path("outlet").asText() : null);
        x.put("url", c.doc());
        x.put("published", j.path("published").isTextual() ? j.path("published").asText() : null);
        x.put("article_id", Store.articleId(c.doc()));
        out.add(x);
      } catch (IOException ex) {
        throw new IllegalStateException("stored claim " + c.id() + " is not JSON", ex);
      }
    }
    out.sort(java.util.Comparator.comparing((ObjectNode o) -> o.path("claim").asText()));
    return out;
  }

  private static ObjectNode alert(String at, String kind, Entry e, ObjectNode change, List<ObjectNode> evidence) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", "ch-" + java.util.UUID.nameUUIDFromBytes((at + "|" + e.id() + "|" + kind).getBytes(StandardCharsets.UTF_8)).toString().substring(0, 18));
    o.put("at", at);
    o.put("kind", kind);
    ObjectNode en = o.putObject("entry");
    en.put("id", e.id());
    en.put("supplier_id", e.supplierId());
    en.put("supplier_name", e.supplierName());
    en.put("recipient_id", e.recipientId());
    en.put("recipient_name", e.recipientName());
    en.put("relation", e.relation());
    en.put("kind", e.kind());
    en.put("item", e.itemLabel());
    en.put("status", e.status());
    en.put("claims", e.claims());
    en.put("origins", e.origins());
    en.put("disputed", e.disputed());
    o.set("change", change);
    ArrayNode ev = o.putArray("evidence");
    evidence.forEach(ev::add);
    return o;
  }
}
