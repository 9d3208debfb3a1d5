package org.armsledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.armsledger.cli.Main;
import org.armsledger.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of the REST API against a store of the seed articles and our own news records, on a
 * real server over loopback: filters, paging, sorting, errors, auth and uploads. Run on SQLite and
 * on PostgreSQL by the subclasses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class WebApiContract {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path SEEDS = Path.of("../shared/corpora/seeds");
  static final Path NEWS = Path.of("armsledger-app/src/test/resources/org/armsledger/cli/ledger/ledger-news.jsonl");
  static final String TOKEN = "test-token-7f3a";

  @TempDir static Path dir;
  String db;
  Store store;
  Javalin app;
  String base;
  final HttpClient http = HttpClient.newHttpClient();

  /** A new empty store: a file or a JDBC URL. */
  abstract String newDatabase();

  @BeforeAll
  void start() {
    db = newDatabase();
    StringWriter err = new StringWriter();
    int code = Main.run(new java.io.PrintWriter(new StringWriter()), new java.io.PrintWriter(err), "ingest", "--db", db, SEEDS.toString(), NEWS.toString());
    assertThat(code).as(err.toString()).isZero();
    store = Store.open(db);
    app = new WebApp(store, db, TOKEN, dir.resolve("uploads-" + getClass().getSimpleName())).create().start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + app.port();
  }

  @AfterAll
  void stop() {
    app.stop();
    store.close();
  }

  record Reply(int status, String body, java.net.http.HttpHeaders headers) {
    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  Reply get(String path) throws Exception {
    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body(), r.headers());
  }

  Reply post(String path, String contentType, byte[] body, String token) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    return new Reply(r.statusCode(), r.body(), r.headers());
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void entriesPageFilterSortAndCount() throws Exception {
    JsonNode all = get("/api/v1/entries?limit=5").json();
    assertThat(all.get("total").asInt()).isGreaterThan(20);
    assertThat(all.get("items")).hasSize(5);
    assertThat(all.get("limit").asInt()).isEqualTo(5);
    JsonNode next = get("/api/v1/entries?limit=5&offset=5").json();
    assertThat(next.get("items").get(0).get("id").asText()).isNotEqualTo(all.get("items").get(0).get("id").asText());
    JsonNode iran = get("/api/v1/entries?supplier=Iran&recipient=RUS&category=uav&relation=transfer").json();
    assertThat(iran.get("total").asInt()).isEqualTo(1);
    assertThat(iran.get("items").get(0).get("lines").size()).isGreaterThanOrEqualTo(2);
    JsonNode sorted = get("/api/v1/entries?sort=claims&order=desc&limit=3").json();
    List<Integer> claims = new ArrayList<>();
    sorted.get("items").forEach(e -> claims.add(e.get("claims").asInt()));
    assertThat(claims).isSortedAccordingTo((a, b) -> b - a);
    assertThat(get("/api/v1/entries?disputed=true").json().get("items")).allSatisfy(e -> assertThat(e.get("disputed").asBoolean()).isTrue());
    JsonNode supply = get("/api/v1/entries?since=2022&until=2022").json();
    assertThat(supply.get("items")).allSatisfy(e -> assertThat(e.get("event_end").asText()).isGreaterThanOrEqualTo("2022"));
  }

  @Test
  void badParametersAreClearFourHundredsNeverFiveHundreds() throws Exception {
    for (String path : List.of("/api/v1/entries?colour=red", "/api/v1/entries?status=deliverd", "/api/v1/entries?limit=-1",
        "/api/v1/entries?limit=abc", "/api/v1/entries?sort=json", "/api/v1/entries?since=yesterday", "/api/v1/entries?supplier=Atlantis",
        "/api/v1/entries?since=2024&until=2020", "/api/v1/claims?category=drones", "/api/v1/search", "/api/v1/export?format=pdf",
        "/api/v1/entries?disputed=maybe", "/api/v1/graph?limit=0")) {
      Reply r = get(path);
      assertThat(r.status()).as(path).isEqualTo(400);
      JsonNode e = r.json();
      assertThat(e.get("error").asText()).as(path).isNotBlank();
      assertThat(e.get("detail").asText()).as(path).isNotBlank();
    }
    assertThat(get("/api/v1/entries?colour=red").json().get("detail").asText()).contains("supplier").contains("reported_since");
    assertThat(get("/api/v1/entries?supplier=Rusia").json().get("detail").asText()).contains("Russia");
    assertThat(get("/api/v1/entries/e-0000000000000000").status()).isEqualTo(404);
    assertThat(get("/api/v1/claims/c-nope").status()).isEqualTo(404);
    assertThat(get("/api/v1/articles/a-nope").status()).isEqualTo(404);
    assertThat(get("/api/v1/actors/nobody").status()).isEqualTo(404);
    assertThat(get("/api/v1/no-such-route").status()).isEqualTo(404);
  }

  @Test
  void anEntryCarriesItsClaimsAndEachClaimItsSentenceInContext() throws Exception {
    JsonNode k2 = get("/api/v1/entries?supplier=KOR&recipient=POL").json().get("items").get(0);
    JsonNode entry = get("/api/v1/entries/" + k2.get("id").asText()).json();
    assertThat(entry.get("claim_records")).hasSize(entry.get("claims").asInt());
    // the records follow the members, each as the claim route gives it (less the article and context)
    for (int i = 0; i < entry.get("members").size(); i++) {
      JsonNode rec = entry.get("claim_records").get(i);
      assertThat(rec.get("id").asText()).isEqualTo(entry.get("members").get(i).get("claim").asText());
      assertThat(rec.get("entry").asText()).isEqualTo(entry.get("id").asText());
      ObjectNode single = (ObjectNode) get("/api/v1/claims/" + rec.get("id").asText()).json();
      single.remove(List.of("article", "context"));
      assertThat(rec).isEqualTo(single);
      assertThat(rec.get("cue").get("text").asText()).isNotBlank();
    }
    // a list gives summaries: no claim ids, a count per line
    assertThat(k2.has("members")).isFalse();
    assertThat(k2.get("lines")).allSatisfy(l -> assertThat(l.has("claims")).isFalse());
    assertThat(k2.get("lines").get(0).get("claim_count").asInt()).isEqualTo(entry.get("lines").get(0).get("claims").size());
    JsonNode first = entry.get("claim_records").get(0);
    JsonNode claim = get("/api/v1/claims/" + first.get("id").asText()).json();
    assertThat(claim.get("context").get("sentence").asText()).isEqualTo(claim.get("evidence").get("text").asText());
    assertThat(claim.get("article").get("outlet").asText()).isNotBlank();
    JsonNode article = get("/api/v1/articles/" + claim.get("article_id").asText()).json();
    assertThat(article.get("text").asText()).contains(claim.get("evidence").get("text").asText());
    assertThat(article.get("claims")).anySatisfy(c -> assertThat(c.get("claim").asText()).isEqualTo(claim.get("id").asText()));
    JsonNode claims = get("/api/v1/claims?designation=" + q("K2 Black Panther")).json();
    assertThat(claims.get("total").asInt()).isEqualTo(3);
  }

  @Test
  void actorsGraphTimelineStatsAndSearch() throws Exception {
    JsonNode actors = get("/api/v1/actors?q=iran").json();
    assertThat(actors.get("items")).anySatisfy(a -> assertThat(a.get("id").asText()).isEqualTo("IRN"));
    JsonNode iran = get("/api/v1/actors/Iran").json();
    assertThat(iran.get("id").asText()).isEqualTo("IRN");
    assertThat(iran.get("as_supplier").get("total").asInt()).isGreaterThanOrEqualTo(4);
    assertThat(iran.get("as_supplier").get("partners")).anySatisfy(p -> assertThat(p.get("id").asText()).isEqualTo("RUS"));
    JsonNode g = get("/api/v1/graph?supplier=IRN").json();
    assertThat(g.get("edges")).allSatisfy(e -> assertThat(e.get("source").asText()).isEqualTo("IRN"));
    assertThat(g.get("nodes")).anySatisfy(n -> assertThat(n.get("id").asText()).isEqualTo("RUS"));
    // an edge is labelled by its systems, as the ledger names the entry
    assertThat(g.get("edges")).anySatisfy(e -> assertThat(e.get("item").asText()).startsWith("Shahed"));
    JsonNode t = get("/api/v1/timeline?supplier=IRN").json();
    assertThat(t.get("periods").size()).isPositive();
    assertThat(t.get("statuses")).anySatisfy(s -> assertThat(s.asText()).isEqualTo("delivered"));
    JsonNode stats = get("/api/v1/stats").json();
    assertThat(stats.get("documents").asInt()).isGreaterThanOrEqualTo(12);
    JsonNode s = get("/api/v1/search?q=" + q("drones Russia")).json();
    assertThat(s.get("sentences").size()).isPositive();
    assertThat(s.get("sentences")).allSatisfy(h -> assertThat(h.get("sentence").asText().toLowerCase()).contains("drone"));
    assertThat(get("/api/v1/search?q=shahed").json().get("designations")).anySatisfy(d -> assertThat(d.get("designation").asText()).startsWith("Shahed"));
    assertThat(get("/healthz").json().get("status").asText()).isEqualTo("ok");
    // no watch has run on this store: no changes, and a bad since is named
    JsonNode changes = get("/api/v1/changes?since=2024-01-01").json();
    assertThat(changes.get("total").asInt()).isZero();
    assertThat(changes.get("next_since").isNull()).isTrue();
    assertThat(get("/api/v1/changes?since=yesterday").status()).isEqualTo(400);
  }

  @Test
  void exportsStreamEveryFormatForTheFilter() throws Exception {
    Reply csv = get("/api/v1/export?format=csv&supplier=KOR");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body().lines().findFirst().orElse("")).startsWith("Supplier,Recipient,Designation");
    assertThat(csv.body()).contains("K2 Black Panther").doesNotContain("Iran");
    assertThat(get("/api/v1/export?format=jsonl").body().lines().count()).isEqualTo(get("/api/v1/entries?limit=0").json().get("total").asLong());
    assertThat(get("/api/v1/export?format=graphml").body()).contains("<graphml");
    assertThat(JSON.readTree(get("/api/v1/export?format=stix").body()).get("type").asText()).isEqualTo("bundle");
  }

  @Test
  void theOpenApiDocumentDescribesEveryRoute() throws Exception {
    JsonNode doc = get("/api/v1/openapi.json").json();
    assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");
    for (String p : List.of("/api/v1/entries", "/api/v1/entries/{id}", "/api/v1/claims", "/api/v1/claims/{id}", "/api/v1/articles/{id}",
        "/api/v1/articles", "/api/v1/actors", "/api/v1/actors/{id}", "/api/v1/graph", "/api/v1/timeline", "/api/v1/stats", "/api/v1/search",
        "/api/v1/export", "/api/v1/changes", "/healthz")) {
      assertThat(doc.get("paths").has(p)).as(p).isTrue();
    }
    assertThat(doc.at("/components/schemas/Claim/properties/evidence").isMissingNode()).isFalse();
    // every parameter the entries route accepts is documented, and nothing else
    List<String> documented = new ArrayList<>();
    doc.at("/paths/~1api~1v1~1entries/get/parameters").forEach(p -> documented.add(p.get("name").asText()));
    assertThat(documented).containsExactlyInAnyOrderElementsOf(Api.with(Api.with(Api.FILTERS, "sort", "order"), Api.PAGING.toArray(String[]::new)));
    assertThat(get("/api/docs").status()).isEqualTo(200);
  }

  @Test
  void writesNeedTheTokenAndUploadsAreIngested() throws Exception {
    String record = "{\"title\": \"Seoul to send howitzers to Tallinn\", \"published\": \"2024-03-02\", \"url\": \"https://example.org/k9\","
        + " \"text\": \"South Korea agreed to supply Estonia with 12 K9 howitzers, the Estonian defence ministry said on Saturday.\"}";
    assertThat(post("/api/v1/articles", "application/json", record.getBytes(StandardCharsets.UTF_8), null).status()).isEqualTo(401);
    assertThat(post("/api/v1/articles", "application/json", record.getBytes(StandardCharsets.UTF_8), "wrong").status()).isEqualTo(401);
    Reply ok = post("/api/v1/articles", "application/json", record.getBytes(StandardCharsets.UTF_8), TOKEN);
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    JsonNode r = ok.json();
    assertThat(r.get("claims")).anySatisfy(c -> {
      assertThat(c.get("supplier").get("id").asText()).isEqualTo("KOR");
      assertThat(c.get("recipient").get("id").asText()).isEqualTo("EST");
    });
    assertThat(r.get("entries").size()).isPositive();
    assertThat(get("/api/v1/entries/" + r.get("entries").get(0).asText()).status()).isEqualTo(200);

    // a file upload, multipart, in another format
    String boundary = "armsledger-test-boundary";
    String html = "<html><head><title>Ankara ships drones to Kigali</title></head><body><article><h1>Ankara ships drones to Kigali</h1>"
        + "<p>Published 2024-05-05.</p><p>Turkey delivered Bayraktar TB2 drones to Rwanda last month, the Rwandan army said on Sunday.</p></article></body></html>";
    String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"kigali.html\"\r\nContent-Type: text/html\r\n\r\n"
        + html + "\r\n--" + boundary + "--\r\n";
    Reply up = post("/api/v1/articles", "multipart/form-data; boundary=" + boundary, multipart.getBytes(StandardCharsets.UTF_8), TOKEN);
    assertThat(up.status()).as(up.body()).isEqualTo(201);
    assertThat(up.json().get("claims")).anySatisfy(c -> assertThat(c.get("recipient").get("id").asText()).isEqualTo("RWA"));

    Reply junk = post("/api/v1/articles", "multipart/form-data; boundary=" + boundary, ("--" + boundary
        + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"empty.txt\"\r\nContent-Type: text/plain\r\n\r\n\r\n--" + boundary + "--\r\n")
        .getBytes(StandardCharsets.UTF_8), TOKEN);
    assertThat(junk.status()).isEqualTo(400);
    assertThat(junk.json().get("detail").asText()).contains("empty.txt");
    assertThat(post("/api/v1/articles", "application/json", "{not json".getBytes(StandardCharsets.UTF_8), TOKEN).status()).isEqualTo(400);
    assertThat(post("/api/v1/articles", "text/plain", "x".getBytes(StandardCharsets.UTF_8), TOKEN).status()).isEqualTo(415);
    byte[] big = new byte[(int) WebApp.MAX_BODY + 1024];
    java.util.Arrays.fill(big, (byte) 'a');
    assertThat(post("/api/v1/articles", "application/json", big, TOKEN).status()).isEqualTo(413);
  }

  @Test
  void aServerWithoutATokenRefusesWrites() throws Exception {
    Javalin readOnly = new WebApp(store, db, null, dir.resolve("no-uploads")).create().start("127.0.0.1", 0);
    try {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + readOnly.port() + "/api/v1/articles"))
          .header("Content-Type", "application/json").header("Authorization", "Bearer anything")
          .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"x\"}")).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(403);
      assertThat(Files.exists(dir.resolve("no-uploads"))).isFalse();
    } finally {
      readOnly.stop();
    }
  }

  @Test
  void everyResponseCarriesTheContentSecurityPolicy() throws Exception {
    for (String p : List.of("/", "/network", "/search?q=drones", "/api/v1/stats")) {
      Reply r = get(p);
      assertThat(r.status()).as(p).isEqualTo(200);
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline");
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }
}
