package org.armsledger.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.ArticleArchive;
import org.armsledger.ledger.Entry;
import org.armsledger.ledger.LedgerJson;
import org.armsledger.store.Filter;
import org.armsledger.store.Store;
import org.armsledger.store.StoredClaim;

/** The read side of the REST API: every query the pages use too, as JSON. */
final class Api {
  static final ObjectMapper JSON = new ObjectMapper();
  /** Query parameters that select (the CLI's filters). */
  static final List<String> FILTERS = List.of("supplier", "recipient", "relation", "category", "designation", "status", "disputed", "since", "until",
      "reported_since", "reported_until");
  static final List<String> PAGING = List.of("limit", "offset");
  static final int MAX_LIMIT = 1000;

  private final Store store;

  Api(Store store) {
    this.store = store;
  }

  /** A client error: status, message and detail for the JSON body. */
  static final class ApiError extends RuntimeException {
    final int status;
    final String detail;

    ApiError(int status, String message, String detail) {
      super(message);
      this.status = status;
      this.detail = detail;
    }
  }

  /** Refuses query parameters outside {@code accepted}, naming the accepted ones. */
  static void only(Context ctx, List<String> accepted) {
    for (String p : ctx.queryParamMap().keySet()) {
      if (!accepted.contains(p)) {
        throw new ApiError(400, "unknown parameter '" + Html.esc(p) + "'", "accepted: " + String.join(", ", accepted));
      }
    }
  }

  static List<String> with(List<String> a, String... more) {
    List<String> out = new ArrayList<>(a);
    out.addAll(List.of(more));
    return out;
  }

  /** The filter of the request's parameters; actors by id or name. */
  Filter filter(Context ctx) {
    try {
      return new Filter(actor(ctx, "supplier"), actor(ctx, "recipient"), blank(ctx.queryParam("category")), blank(ctx.queryParam("designation")),
          blank(ctx.queryParam("status")), blank(ctx.queryParam("since")), blank(ctx.queryParam("until")), blank(ctx.queryParam("reported_since")),
          blank(ctx.queryParam("reported_until")), blank(ctx.queryParam("relation")), disputed(ctx));
    } catch (IllegalArgumentException e) {
      throw new ApiError(400, "bad filter", e.getMessage().replace("--reported-", "reported_").replace("--", ""));
    }
  }

  private static Boolean disputed(Context ctx) {
    String v = blank(ctx.queryParam("disputed"));
    if (v == null) {
      return null;
    }
    return switch (v) {
      case "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw new ApiError(400, "bad disputed", "disputed is true or false");
    };
  }

  private String actor(Context ctx, String name) {
    String v = blank(ctx.queryParam(name));
    if (v == null) {
      return null;
    }
    try {
      return store.requireActor(name, v);
    } catch (IllegalArgumentException e) {
      throw new ApiError(400, "unknown " + name, e.getMessage());
    }
  }

  static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = blank(ctx.queryParam(name));
    if (v == null) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v);
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException e) {
      throw new ApiError(400, "bad " + name, name + " must be a whole number from " + min + " to " + max);
    }
  }

  static ObjectNode page(long total, int limit, int offset) {
    ObjectNode o = JSON.createObjectNode();
    o.put("total", total);
    o.put("limit", limit);
    o.put("offset", offset);
    return o;
  }

  // ---------------------------------------------------------------- routes

  void entries(Context ctx) {
    only(ctx, with(with(FILTERS, "sort", "order"), PAGING.toArray(String[]::new)));
    Filter f = filter(ctx);
    int limit = intParam(ctx, "limit", 50, 0, MAX_LIMIT);
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    String sort = Optional.ofNullable(blank(ctx.queryParam("sort"))).orElse("last_reported");
    String order = Optional.ofNullable(blank(ctx.queryParam("order"))).orElse("desc");
    if (!order.equals("asc") && !order.equals("desc")) {
      throw new ApiError(400, "bad order", "order is asc or desc");
    }
    if (!Store.ENTRY_SORTS.containsKey(sort)) {
      throw new ApiError(400, "bad sort", "sort is one of: " + String.join(", ", new TreeSet<>(Store.ENTRY_SORTS.keySet())));
    }
    // the summaries go out as the store keeps them: no reading and writing again of JSON it wrote
    StringBuilder sb = new StringBuilder(8192).append(page(store.countEntries(f), limit, offset).toString());
    sb.setLength(sb.length() - 1); // the page object, open for its items
    sb.append(",\"items\":[");
    List<String> items = store.entriesJson(f, sort, order.equals("desc"), limit, offset);
    for (int i = 0; i < items.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(items.get(i));
    }
    ctx.contentType("application/json").result(sb.append("]}").toString());
  }

  /** An entry, following redirects of ids merged or split away (the answer says which). */
  Optional<Entry> entry(String id, ObjectNode note) {
    return resolve(id, note).flatMap(store::entry);
  }

  /** The id an entry id now has, following redirects (noted in {@code note} when not null); empty when unknown. */
  private Optional<String> resolve(String id, ObjectNode note) {
    String at = id;
    for (int hops = 0; hops < 20; hops++) {
      if (store.hasEntry(at)) {
        return Optional.of(at);
      }
      Optional<Store.Redirect> r = store.redirect(at);
      if (r.isEmpty() || r.get().newId() == null) {
        break;
      }
      if (note != null) {
        note.put("redirected_from", id);
        note.put("redirect_reason", r.get().reason());
      }
      at = r.get().newId();
    }
    return Optional.empty();
  }

  /**
   * The whole entry with its claims' records in member order. Written from the JSON the store
   * keeps (the entry's and each claim's) without reading it into objects and writing it again.
   */
  void entry(Context ctx) {
    only(ctx, List.of());
    ObjectNode note = JSON.createObjectNode();
    String id = resolve(ctx.pathParam("id"), note).orElseThrow(() -> new ApiError(404, "no such entry", "no entry has id " + ctx.pathParam("id")));
    String json = store.entryJson(id).orElseThrow(() -> new ApiError(404, "no such entry", "no entry has id " + ctx.pathParam("id")));
    Map<String, StoredClaim> byId = new LinkedHashMap<>();
    for (StoredClaim c : store.claimsOfEntry(id)) {
      byId.put(c.id(), c);
    }
    StringBuilder sb = new StringBuilder(json.length() + 400 * byId.size() + 64);
    sb.append(json, 0, json.lastIndexOf('}'));
    note.fields().forEachRemaining(f -> sb.append(',').append(JSON.getNodeFactory().textNode(f.getKey())).append(':').append(f.getValue()));
    sb.append(",\"claim_records\":[");
    boolean first = true;
    for (String claimId : memberClaims(json)) {
      StoredClaim c = byId.get(claimId);
      if (c != null) {
        sb.append(first ? "" : ",");
        appendClaim(sb, c);
        first = false;
      }
    }
    ctx.contentType("application/json").result(sb.append("]}").toString());
  }

  /** The claim ids of an entry's members in their order, read by streaming the entry's JSON (no tree). */
  static List<String> memberClaims(String entryJson) {
    List<String> out = new ArrayList<>();
    try (JsonParser p = JSON.getFactory().createParser(entryJson)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return out;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken t = p.nextToken();
        if (field.equals("members") && t == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String f = p.currentName();
              p.nextToken();
              if (f.equals("claim")) {
                out.add(p.getValueAsString());
              } else {
                p.skipChildren();
              }
            }
          }
          return out;
        }
        p.skipChildren();
      }
      return out;
    } catch (IOException e) {
      throw new IllegalStateException("a stored entry is not JSON", e);
    }
  }

  /** A stored claim's JSON with its entry and article id, as {@link #claim} gives, written from the stored text. */
  static void appendClaim(StringBuilder sb, StoredClaim c) {
    String json = c.json().strip();
    if (json.contains("\"entry\":") || json.contains("\"article_id\":") || !json.endsWith("}")) {
      sb.append(claim(c)); // a record with those fields already (not written by this release): the slow, exact way
      return;
    }
    sb.append(json, 0, json.length() - 1);
    sb.append(json.length() > 2 ? "," : "").append("\"entry\":").append(c.entry() == null ? "null" : JSON.getNodeFactory().textNode(c.entry()));
    sb.append(",\"article_id\":").append(JSON.getNodeFactory().textNode(Store.articleId(c.doc()))).append('}');
  }

  static ObjectNode claim(StoredClaim c) {
    try {
      ObjectNode o = (ObjectNode) JSON.readTree(c.json());
      o.put("entry", c.entry());
      o.put("article_id", Store.articleId(c.doc()));
      return o;
    } catch (IOException e) {
      throw new IllegalStateException("stored claim " + c.id() + " is not JSON", e);
    }
  }

  void claims(Context ctx) {
    only(ctx, with(FILTERS, PAGING.toArray(String[]::new)));
    Filter f = filter(ctx);
    int limit = intParam(ctx, "limit", 50, 0, MAX_LIMIT);
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    StringBuilder sb = new StringBuilder(limit * 500 + 64).append(page(store.countClaims(f), limit, offset).toString());
    sb.setLength(sb.length() - 1);
    sb.append(",\"items\":[");
    List<StoredClaim> items = store.claims(f, limit, offset);
    for (int i = 0; i < items.size(); i++) {
      sb.append(i == 0 ? "" : ",");
      appendClaim(sb, items.get(i));
    }
    ctx.contentType("application/json").result(sb.append("]}").toString());
  }

  void claimById(Context ctx) {
    only(ctx, List.of());
    StoredClaim c = store.claim(ctx.pathParam("id")).orElseThrow(() -> new ApiError(404, "no such claim", "no claim has id " + ctx.pathParam("id")));
    ObjectNode o = claim(c);
    Map<String, Object> doc = store.document(c.doc());
    ObjectNode d = o.putObject("article");
    d.put("id", Store.articleId(c.doc()));
    for (String k : List.of("title", "uri", "outlet", "byline", "published", "genre", "language", "origin", "duplicate_of", "syndicated_from")) {
      Object v = doc.get(k);
      d.put(k, v == null ? null : String.valueOf(v));
    }
    d.put("key", c.doc());
    Optional<byte[]> bytes = store.article(c.doc());
    if (bytes.isPresent()) {
      String text = ArticleArchive.read(bytes.get()).text();
      int s = o.path("evidence").path("start").asInt();
      int e = o.path("evidence").path("end").asInt();
      if (s >= 0 && e <= text.length() && s < e) {
        ObjectNode ctxNode = o.putObject("context");
        int from = text.lastIndexOf("\n\n", s);
        from = from < 0 ? 0 : from + 2;
        int to = text.indexOf("\n\n", e);
        to = to < 0 ? text.length() : to;
        ctxNode.put("before", text.substring(Math.max(from, s - 600), s));
        ctxNode.put("sentence", text.substring(s, e));
        ctxNode.put("after", text.substring(e, Math.min(to, e + 600)));
      }
    }
    ctx.json(o);
  }

  /** The stored article of a public id (a-...), a document key or name. */
  Optional<String> articleDoc(String id) {
    Optional<String> d = store.documentOfArticleId(id);
    if (d.isPresent()) {
      return d;
    }
    List<String> docs = store.documents(id);
    return docs.size() == 1 ? Optional.of(docs.get(0)) : Optional.empty();
  }

  ObjectNode article(String doc) {
    byte[] bytes = store.article(doc).orElseThrow(() -> new ApiError(404, "article text not kept",
        "the store has the document but not its text (stored by an older release): ingest its file again"));
    Article a = ArticleArchive.read(bytes);
    ObjectNode o = JSON.createObjectNode();
    o.put("id", Store.articleId(doc));
    o.put("key", doc);
    o.put("title", a.headline());
    o.put("published", a.published());
    o.put("outlet", a.outlet());
    o.put("byline", a.byline());
    o.put("uri", a.uri());
    o.put("genre", a.genre().label());
    o.put("language", a.language());
    Map<String, Object> meta = store.document(doc);
    o.put("note", meta.get("note") == null ? null : String.valueOf(meta.get("note")));
    o.put("duplicate_of", meta.get("duplicate_of") == null ? null : String.valueOf(meta.get("duplicate_of")));
    o.put("text", a.text());
    ArrayNode spans = o.putArray("claims");
    for (StoredClaim c : store.claimsOfDocument(doc)) {
      ObjectNode cl = claim(c);
      ObjectNode s = spans.addObject();
      s.put("claim", c.id());
      s.put("entry", c.entry());
      s.put("start", cl.path("evidence").path("start").asInt());
      s.put("end", cl.path("evidence").path("end").asInt());
      s.put("supplier", cl.path("supplier").path("name").asText());
      s.put("recipient", cl.path("recipient").path("name").asText());
      s.put("item", cl.path("item").path("designation").isTextual() ? cl.path("item").path("designation").asText()
          : cl.path("item").path("category").asText());
      s.put("status", cl.path("status").asText());
      s.put("relation", cl.path("relation").asText());
    }
    return o;
  }

  void article(Context ctx) {
    only(ctx, List.of());
    String doc = articleDoc(ctx.pathParam("id")).orElseThrow(() -> new ApiError(404, "no such article", "no stored article has id " + ctx.pathParam("id")));
    ctx.json(article(doc));
  }

  void actors(Context ctx) {
    only(ctx, with(PAGING, "q"));
    int limit = intParam(ctx, "limit", 50, 0, MAX_LIMIT);
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    String q = blank(ctx.queryParam("q"));
    List<Store.ActorRow> all = q == null ? store.actors() : store.findActors(q, Integer.MAX_VALUE);
    ObjectNode o = page(all.size(), limit, offset);
    ArrayNode items = o.putArray("items");
    all.stream().skip(offset).limit(limit).forEach(a -> items.addObject().put("id", a.id()).put("name", a.name()).put("kind", a.kind()));
    ctx.json(o);
  }

  /** An actor as supplier and as recipient: entries, partners, items, entries per year. */
  ObjectNode actor(String id) {
    Store.ActorRow a = store.actors().stream().filter(x -> x.id().equals(id)).findFirst()
        .orElseThrow(() -> new ApiError(404, "no such actor", "no actor has id " + id));
    ObjectNode o = JSON.createObjectNode();
    o.put("id", a.id());
    o.put("name", a.name());
    o.put("kind", a.kind());
    for (String side : List.of("supplier", "recipient")) {
      Filter f = side.equals("supplier") ? new Filter(id, null, null, null, null, null, null) : new Filter(null, id, null, null, null, null, null);
      ObjectNode s = o.putObject("as_" + side);
      Map<String, int[]> partners = new TreeMap<>();
      Map<String, String> names = new TreeMap<>();
      Map<String, int[]> items = new TreeMap<>();
      Map<String, Map<String, int[]>> years = new TreeMap<>();
      int[] n = {0};
      ArrayNode entries = s.putArray("entries");
      store.forEachSummary(f, e -> {
        n[0]++;
        String partner = side.equals("supplier") ? e.recipientId() : e.supplierId();
        names.put(partner, side.equals("supplier") ? e.recipientName() : e.supplierName());
        partners.computeIfAbsent(partner, k -> new int[1])[0]++;
        items.computeIfAbsent(e.kind(), k -> new int[1])[0]++;
        if (e.eventStart() != null) {
          years.computeIfAbsent(e.eventStart().substring(0, 4), k -> new TreeMap<>()).computeIfAbsent(e.status(), k -> new int[1])[0]++;
        }
        if (entries.size() < 200) {
          entries.addObject().put("id", e.id()).put("supplier", e.supplierName()).put("recipient", e.recipientName()).put("item", e.itemLabel())
              .put("kind", e.kind()).put("relation", e.relation()).put("status", e.status()).put("origins", e.origins())
              .put("supply_start", e.eventStart()).put("last_reported", e.lastReported());
        }
      });
      s.put("total", n[0]);
      ArrayNode p = s.putArray("partners");
      partners.entrySet().stream().sorted((x, y) -> y.getValue()[0] - x.getValue()[0]).forEach(x ->
          p.addObject().put("id", x.getKey()).put("name", names.get(x.getKey())).put("entries", x.getValue()[0]));
      ObjectNode it = s.putObject("kinds");
      items.forEach((k, v) -> it.put(k, v[0]));
      ObjectNode y = s.putObject("by_year");
      years.forEach((year, st) -> {
        ObjectNode yo = y.putObject(year);
        st.forEach((k, v) -> yo.put(k, v[0]));
      });
    }
    return o;
  }

  void actor(Context ctx) {
    only(ctx, List.of());
    String id = store.resolveActor(ctx.pathParam("id"));
    ctx.json(actor(id));
  }

  /** Nodes (actors) and edges (entries) for the filter, at most {@code limit} edges, most origins first. */
  ObjectNode graph(Filter f, int limit) {
    ObjectNode o = JSON.createObjectNode();
    Map<String, ObjectNode> nodes = new TreeMap<>();
    ArrayNode es = JSON.createArrayNode();
    for (Store.Edge e : store.edges(f, limit)) {
      nodes.computeIfAbsent(e.supplier(), k -> JSON.createObjectNode().put("id", k).put("name", e.supplierName()).put("kind", Store.kind(k)));
      nodes.computeIfAbsent(e.recipient(), k -> JSON.createObjectNode().put("id", k).put("name", e.recipientName()).put("kind", Store.kind(k)));
      es.addObject().put("id", e.id()).put("source", e.supplier()).put("target", e.recipient()).put("item", e.item()).put("kind", e.kind())
          .put("relation", e.relation()).put("status", e.status()).put("origins", e.origins()).put("claims", e.claims()).put("disputed", e.disputed());
    }
    o.put("total_edges", store.countEntries(f));
    ArrayNode ns = o.putArray("nodes");
    nodes.values().forEach(ns::add);
    o.set("edges", es);
    return o;
  }

  void graph(Context ctx) {
    only(ctx, with(FILTERS, "limit"));
    ctx.json(graph(filter(ctx), intParam(ctx, "limit", 500, 1, 5000)));
  }

  ObjectNode timeline(Filter f) {
    ObjectNode o = JSON.createObjectNode();
    Map<String, ObjectNode> periods = new TreeMap<>();
    Set<String> statuses = new TreeSet<>();
    for (Store.TimelineRow r : store.timeline(f)) {
      periods.computeIfAbsent(r.period(), k -> JSON.createObjectNode().put("period", k)).put(r.status(), r.claims());
      statuses.add(r.status());
    }
    ArrayNode st = o.putArray("statuses");
    statuses.forEach(st::add);
    ArrayNode ps = o.putArray("periods");
    periods.values().forEach(ps::add);
    return o;
  }

  void timeline(Context ctx) {
    only(ctx, FILTERS);
    ctx.json(timeline(filter(ctx)));
  }

  void stats(Context ctx) {
    only(ctx, List.of());
    ctx.json(JSON.valueToTree(store.stats()));
  }

  ObjectNode search(String q, int limit) {
    ObjectNode o = JSON.createObjectNode();
    o.put("q", q);
    ArrayNode actors = o.putArray("actors");
    store.findActors(q, limit).forEach(a -> actors.addObject().put("id", a.id()).put("name", a.name()).put("kind", a.kind()));
    ArrayNode des = o.putArray("designations");
    store.findDesignations(q, limit).forEach(d -> des.addObject().put("designation", d.designation()).put("entries", d.entries()));
    ArrayNode sentences = o.putArray("sentences");
    store.searchSentences(q, limit).forEach(h -> sentences.addObject().put("claim", h.claim()).put("entry", h.entry())
        .put("article_id", Store.articleId(h.doc())).put("sentence", h.sentence()).put("rank", h.rank()));
    return o;
  }

  void search(Context ctx) {
    only(ctx, List.of("q", "limit"));
    String q = blank(ctx.queryParam("q"));
    if (q == null) {
      throw new ApiError(400, "missing q", "search needs q, the words to look for");
    }
    ctx.json(search(q, intParam(ctx, "limit", 20, 1, 200)));
  }

  /** The ledger changes rounds of {@code armsledger watch} recorded after {@code since}, oldest first. */
  void changes(Context ctx) {
    only(ctx, List.of("since", "limit"));
    String since = blank(ctx.queryParam("since"));
    if (since != null) {
      try {
        if (!since.matches(".*Z#\\d{5}")) { // a next_since from an earlier page is taken as it is
          since = since.length() == 10 ? java.time.LocalDate.parse(since).atStartOfDay(java.time.ZoneOffset.UTC).toInstant().toString()
              : java.time.Instant.parse(since).toString();
        }
      } catch (java.time.format.DateTimeParseException e) {
        throw new ApiError(400, "bad since", "since is a date (2024-05-01), an instant (2024-05-01T12:00:00Z) or a page's next_since");
      }
    }
    int limit = intParam(ctx, "limit", 100, 1, MAX_LIMIT);
    StringBuilder sb = new StringBuilder("{\"total\":").append(store.countChanges(since)).append(",\"limit\":").append(limit).append(",\"items\":[");
    List<Store.Change> items = store.changes(since, limit);
    for (int i = 0; i < items.size(); i++) {
      sb.append(i == 0 ? "" : ",").append(items.get(i).json());
    }
    sb.append("],\"next_since\":").append(items.isEmpty() ? "null" : JSON.getNodeFactory().textNode(items.get(items.size() - 1).at()).toString());
    ctx.contentType("application/json").result(sb.append('}').toString());
  }
}
