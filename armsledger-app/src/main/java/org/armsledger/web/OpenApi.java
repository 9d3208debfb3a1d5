package org.armsledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The OpenAPI 3.1 document of the API, built once: every route with its parameters, request body
 * and responses. Claims are described by the project's output contract, {@code claim.schema.json}
 * (its {@code $defs} moved under {@code components/schemas} as {@code Claim_*}).
 */
final class OpenApi {
  private static volatile String document;

  private OpenApi() {}

  static String document() {
    String d = document;
    if (d == null) {
      d = build().toPrettyString();
      document = d;
    }
    return d;
  }

  static ObjectNode build() {
    ObjectNode o = Api.JSON.createObjectNode();
    o.put("openapi", "3.1.0");
    ObjectNode info = o.putObject("info");
    info.put("title", "armsledger API");
    info.put("version", "1");
    info.put("description", "The ledger of international military cooperation that armsledger reads from news: entries (one per supply, with a"
        + " line per system), claims with their sentence and provenance, articles, actors, the network and timeline, search, exports, and"
        + " ingestion of new articles (with a bearer token).");
    o.putArray("servers").addObject().put("url", "/");
    ObjectNode components = o.putObject("components");
    ObjectNode schemas = components.putObject("schemas");
    schemas.set("Claim", claimSchema(schemas));
    schemas.set("Error", obj(Map.of("error", str("what went wrong"), "detail", str("how to put it right")), List.of("error", "detail")));
    schemas.set("Line", obj(Map.of("designation", nullable("string"), "category", str("item category"), "status", str("stage of this system's claims"),
        "ordered_quantity", nullable("number"), "delivered_quantity", nullable("number"), "claims", arr(str("claim id (whole entries)")),
        "claim_count", integer()), List.of("category", "status")));
    ObjectNode entry = obj(Map.ofEntries(Map.entry("id", str("entry id, e- and 16 hex digits")), Map.entry("kind", str("item kind")),
        Map.entry("relation", str("transfer, training or assistance")), Map.entry("supplier_id", str("actor id")), Map.entry("recipient_id", str("actor id")),
        Map.entry("status", str("stage reached")), Map.entry("event_start", nullable("string")), Map.entry("event_end", nullable("string")),
        Map.entry("first_reported", nullable("string")), Map.entry("last_reported", nullable("string")), Map.entry("claims", integer()),
        Map.entry("origins", integer()), Map.entry("disputed", bool()), Map.entry("lines", arrRef("Line")), Map.entry("members", arr(anyObject()))),
        List.of("id", "kind", "relation", "supplier_id", "recipient_id", "status", "claims", "lines", "members"));
    entry.put("additionalProperties", true);
    schemas.set("Entry", entry);
    schemas.set("EntryPage", page("Entry"));
    schemas.set("ClaimPage", page("Claim"));
    schemas.set("Article", obj(Map.of("id", str("article id, a- and 16 hex digits"), "key", str("source key"), "title", nullable("string"),
        "text", str("the article's text as extraction read it"), "claims", arr(anyObject())), List.of("id", "key", "text", "claims")));
    schemas.set("Actor", obj(Map.of("id", str("ISO alpha-3 code or slug"), "name", str("name"), "kind", str("state or non-state")), List.of("id", "name", "kind")));
    schemas.set("ActorPage", page("Actor"));
    schemas.set("Graph", obj(Map.of("nodes", arr(ref("Actor")), "edges", arr(anyObject()), "total_edges", integer()), List.of("nodes", "edges")));
    schemas.set("Timeline", obj(Map.of("statuses", arr(str("status")), "periods", arr(anyObject())), List.of("statuses", "periods")));
    schemas.set("Search", obj(Map.of("q", str("the query"), "actors", arr(ref("Actor")), "designations", arr(anyObject()), "sentences", arr(anyObject())),
        List.of("q", "actors", "designations", "sentences")));
    schemas.set("Ingested", obj(Map.of("articles", arr(anyObject()), "claims", arrRef("Claim"), "entries", arr(str("entry id")),
        "diagnostics", arr(str("a reader's or extractor's diagnostic"))), List.of("articles", "claims", "entries", "diagnostics")));
    schemas.set("Changes", obj(Map.of("total", integer(), "limit", integer(), "items", arr(anyObject()), "next_since", nullable("string")),
        List.of("total", "limit", "items", "next_since")));
    components.putObject("securitySchemes").putObject("bearer").put("type", "http").put("scheme", "bearer");

    ObjectNode paths = o.putObject("paths");
    get(paths, "/healthz", "Liveness and the store served", List.of(), anyObject());
    get(paths, "/api/v1/entries", "Ledger entries, latest reported first unless sorted", concat(filters(), paging(), List.of(
        param("sort", "order of entries", enumOf(new java.util.TreeSet<>(org.armsledger.store.Store.ENTRY_SORTS.keySet()))),
        param("order", "asc or desc", enumOf(List.of("asc", "desc"))))), ref("EntryPage"));
    get(paths, "/api/v1/entries/{id}", "One entry with its claims; an id merged or split away answers with the entry that holds its claims",
        List.of(pathParam("id")), ref("Entry"));
    get(paths, "/api/v1/claims", "Claims, latest published first", concat(filters(), paging()), ref("ClaimPage"));
    get(paths, "/api/v1/claims/{id}", "One claim with its sentence in context and its article's metadata", List.of(pathParam("id")), ref("Claim"));
    get(paths, "/api/v1/articles/{id}", "A stored article: its text and its claims' spans", List.of(pathParam("id")), ref("Article"));
    get(paths, "/api/v1/actors", "Actors, by id", concat(paging(), List.of(param("q", "part of an id or name", str(null)))), ref("ActorPage"));
    get(paths, "/api/v1/actors/{id}", "An actor as supplier and as recipient: entries, partners, kinds, entries by year", List.of(pathParam("id")),
        anyObject());
    get(paths, "/api/v1/graph", "Actors as nodes and entries as edges for the filters", concat(filters(), List.of(param("limit", "most edges", integer()))),
        ref("Graph"));
    get(paths, "/api/v1/timeline", "Claims per month of the supply by status", filters(), ref("Timeline"));
    get(paths, "/api/v1/stats", "Totals and breakdowns", List.of(), anyObject());
    get(paths, "/api/v1/search", "Actors, designations and evidence sentences (full-text) matching q", List.of(required(param("q", "words", str(null))),
        param("limit", "most hits of each kind", integer())), ref("Search"));
    get(paths, "/api/v1/changes", "Ledger changes found by armsledger watch (new entries, stage moves, denials, contradictions, origins reached),"
        + " oldest first; page on with next_since", List.of(param("since", "a date, an instant, or the previous page's next_since", str(null)),
        param("limit", "most changes", integer())), ref("Changes"));
    ObjectNode export = get(paths, "/api/v1/export", "The selected entries exported, streamed", concat(filters(), List.of(required(param("format",
        "export format", enumOf(List.of("csv", "jsonl", "graphml", "stix")))))), null);
    ObjectNode ok = (ObjectNode) export.get("responses").get("200");
    ObjectNode content = ok.putObject("content");
    for (String t : List.of("text/csv", "application/x-ndjson", "application/xml", "application/json")) {
      content.putObject(t).putObject("schema").put("type", "string");
    }
    ObjectNode post = paths.putObject("/api/v1/articles").putObject("post");
    post.put("summary", "Ingest articles: files in any format extract reads, or JSON records (title, text, published, url)");
    post.putArray("security").addObject().putArray("bearer");
    ObjectNode body = post.putObject("requestBody");
    body.put("required", true);
    ObjectNode bc = body.putObject("content");
    ObjectNode multipart = bc.putObject("multipart/form-data").putObject("schema");
    multipart.put("type", "object");
    multipart.putObject("properties").putObject("files").put("type", "array").putObject("items").put("type", "string").put("contentMediaType",
        "application/octet-stream");
    ObjectNode rec = obj(Map.of("title", str("headline"), "text", str("body"), "published", str("YYYY[-MM[-DD]]"), "url", str("the article's URL")),
        List.of("text"));
    ObjectNode one = Api.JSON.createObjectNode();
    one.putArray("oneOf").add(rec).add(Api.JSON.createObjectNode().put("type", "array").set("items", rec));
    bc.putObject("application/json").set("schema", one);
    ObjectNode responses = post.putObject("responses");
    responses.set("201", response("The claims found and the entries they touched", ref("Ingested")));
    for (String[] e : new String[][] {{"400", "Unreadable input, with the reader's diagnostic"}, {"401", "Missing or wrong token"},
        {"403", "The server accepts no writes (no token configured)"}, {"413", "Body too large"}, {"415", "Not multipart or JSON"}}) {
      responses.set(e[0], response(e[1], ref("Error")));
    }
    return o;
  }

  private static ObjectNode claimSchema(ObjectNode schemas) {
    try (InputStream in = OpenApi.class.getResourceAsStream("/web/claim.schema.json")) {
      ObjectNode s = (ObjectNode) Api.JSON.readTree(in);
      s.remove("$schema");
      s.remove("$id");
      JsonNode defs = s.remove("$defs");
      if (defs != null) {
        defs.fields().forEachRemaining(d -> schemas.set("Claim_" + d.getKey(), rewrite(d.getValue().deepCopy())));
      }
      ObjectNode claim = (ObjectNode) rewrite(s);
      // the API adds the claim's entry, article id and provenance to the contract's fields, and
      // gives the cue (the supply word) where the extractor recorded it
      claim.put("additionalProperties", true);
      ((ObjectNode) claim.get("properties")).set("cue", obj(Map.of("text", str("the supply word as it stands in the text"),
          "start", integer(), "end", integer()), List.of("text", "start", "end")));
      return claim;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** References into the claim schema's {@code $defs} pointed at their new place. */
  private static JsonNode rewrite(JsonNode n) {
    if (n.isObject()) {
      ObjectNode o = (ObjectNode) n;
      JsonNode r = o.get("$ref");
      if (r != null && r.asText().startsWith("#/$defs/")) {
        o.put("$ref", "#/components/schemas/Claim_" + r.asText().substring("#/$defs/".length()));
      }
      Iterator<Map.Entry<String, JsonNode>> it = o.fields();
      while (it.hasNext()) {
        rewrite(it.next().getValue());
      }
      if (o.has("additionalProperties") && o.get("additionalProperties").isBoolean() && !o.get("additionalProperties").asBoolean()) {
        o.put("additionalProperties", true);
      }
    } else if (n.isArray()) {
      n.forEach(OpenApi::rewrite);
    }
    return n;
  }

  private static ObjectNode get(ObjectNode paths, String path, String summary, List<ObjectNode> params, ObjectNode schema) {
    ObjectNode op = paths.putObject(path).putObject("get");
    op.put("summary", summary);
    ArrayNode ps = op.putArray("parameters");
    params.forEach(ps::add);
    ObjectNode responses = op.putObject("responses");
    responses.set("200", schema == null ? Api.JSON.createObjectNode().put("description", "OK") : response("OK", schema));
    responses.set("400", response("Unknown parameter or bad value; the detail names the accepted ones", ref("Error")));
    if (path.contains("{")) {
      responses.set("404", response("No such item", ref("Error")));
    }
    return op;
  }

  private static ObjectNode response(String description, ObjectNode schema) {
    ObjectNode r = Api.JSON.createObjectNode();
    r.put("description", description);
    r.putObject("content").putObject("application/json").set("schema", schema);
    return r;
  }

  private static List<ObjectNode> filters() {
    return List.of(param("supplier", "supplier id or name", str(null)), param("recipient", "recipient id or name", str(null)),
        param("relation", "transfer, training or assistance", enumOf(List.of("transfer", "training", "assistance"))),
        param("category", "item category: entries with a line of it", enumOf(new java.util.TreeSet<>(org.armsledger.lexicon.Lexicon.CATEGORIES))),
        param("designation", "system, any case: entries with a line of it", str(null)),
        param("status", "stage", enumOf(new java.util.TreeSet<>(org.armsledger.lexicon.Lexicon.STATUSES))),
        param("disputed", "entries with contradictions (true) or without (false)", bool()),
        param("since", "supply on or after YYYY[-MM[-DD]]", date()), param("until", "supply on or before YYYY[-MM[-DD]]", date()),
        param("reported_since", "reported on or after YYYY[-MM[-DD]]", date()), param("reported_until", "reported on or before YYYY[-MM[-DD]]", date()));
  }

  private static List<ObjectNode> paging() {
    return List.of(param("limit", "page size, 0 to " + Api.MAX_LIMIT + " (default 50)", integer()), param("offset", "items to skip", integer()));
  }

  @SafeVarargs
  private static List<ObjectNode> concat(List<ObjectNode>... lists) {
    List<ObjectNode> out = new java.util.ArrayList<>();
    for (List<ObjectNode> l : lists) {
      out.addAll(l);
    }
    return out;
  }

  private static ObjectNode param(String name, String description, ObjectNode schema) {
    ObjectNode p = Api.JSON.createObjectNode();
    p.put("name", name);
    p.put("in", "query");
    p.put("description", description);
    p.set("schema", schema);
    return p;
  }

  private static ObjectNode required(ObjectNode p) {
    p.put("required", true);
    return p;
  }

  private static ObjectNode pathParam(String name) {
    ObjectNode p = param(name, "id", str(null));
    p.put("in", "path");
    p.put("required", true);
    return p;
  }

  private static ObjectNode str(String description) {
    ObjectNode s = Api.JSON.createObjectNode().put("type", "string");
    if (description != null) {
      s.put("description", description);
    }
    return s;
  }

  private static ObjectNode date() {
    return Api.JSON.createObjectNode().put("type", "string").put("pattern", "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");
  }

  private static ObjectNode nullable(String type) {
    ObjectNode s = Api.JSON.createObjectNode();
    s.putArray("type").add(type).add("null");
    return s;
  }

  private static ObjectNode integer() {
    return Api.JSON.createObjectNode().put("type", "integer");
  }

  private static ObjectNode bool() {
    return Api.JSON.createObjectNode().put("type", "boolean");
  }

  private static ObjectNode anyObject() {
    return Api.JSON.createObjectNode().put("type", "object");
  }

  private static ObjectNode enumOf(java.util.Collection<String> values) {
    ObjectNode s = Api.JSON.createObjectNode().put("type", "string");
    ArrayNode e = s.putArray("enum");
    values.forEach(e::add);
    return s;
  }

  private static ObjectNode ref(String name) {
    return Api.JSON.createObjectNode().put("$ref", "#/components/schemas/" + name);
  }

  private static ObjectNode arr(ObjectNode items) {
    ObjectNode s = Api.JSON.createObjectNode().put("type", "array");
    s.set("items", items);
    return s;
  }

  private static ObjectNode arrRef(String name) {
    return arr(ref(name));
  }

  private static ObjectNode obj(Map<String, ObjectNode> props, List<String> required) {
    ObjectNode s = Api.JSON.createObjectNode().put("type", "object");
    ObjectNode p = s.putObject("properties");
    new java.util.TreeMap<>(props).forEach(p::set);
    ArrayNode r = s.putArray("required");
    required.forEach(r::add);
    return s;
  }

  private static ObjectNode page(String item) {
    return obj(Map.of("total", integer(), "limit", integer(), "offset", integer(), "items", arrRef(item)), List.of("total", "limit", "offset", "items"));
  }
}
