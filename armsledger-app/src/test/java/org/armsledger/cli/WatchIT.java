package org.armsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.armsledger.store.Store;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code armsledger watch} against local HTTP servers (loopback only) whose feeds and pages change
 * between rounds: new articles ingested once, unchanged feeds answered 304 and not re-read, a slow
 * and a failing host that do not stop the others, robots.txt obeyed, a restart that resumes, and
 * alerts that are exactly the ledger's changes with their evidence. The articles are our own
 * sentences.
 */
class WatchIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  private final List<HttpServer> servers = new ArrayList<>();
  /** Every request the wire and section servers got: "METHOD path [If-None-Match]". */
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final AtomicReference<String> feedVersion = new AtomicReference<>("v1");
  private final AtomicInteger brokenRequests = new AtomicInteger();
  private volatile boolean ignoreValidators;
  private final Map<String, String> pages = new ConcurrentHashMap<>();
  private String wire;
  private String slow;
  private String broken;
  private String section;

  private static String page(String title, String date, String... paragraphs) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html><head><title>").append(title).append("</title><meta property=\"article:published_time\" content=\"")
        .append(date).append("\"></head><body><nav><a href=\"/about\">About</a></nav><article><h1>").append(title).append("</h1>");
    for (String p : paragraphs) {
      sb.append("<p>").append(p).append("</p>");
    }
    return sb.append("</article></body></html>").toString();
  }

  private String feed(String base) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Test Wire</title><link>")
        .append(base).append("/</link>");
    List<String[]> items = new ArrayList<>(List.of(
        new String[] {"/news/2024/05/01/chile-frigates.html", "Chile to buy frigates"},
        new String[] {"/news/2024/05/02/kenya-rifles.html", "Kenya gets rifles"},
        new String[] {"/private/2024/05/03/embargoed-story.html", "Embargoed"}));
    if (feedVersion.get().equals("v2")) {
      items.add(new String[] {"/news/2024/06/10/chile-frigates-arrive.html", "Frigates arrive"});
      items.add(new String[] {"/news/2024/06/11/serbia-denies-rifles.html", "Serbia denies"});
      items.add(new String[] {"/news/2024/06/12/ghana-drones.html", "Ghana drones"});
    }
    for (String[] it : items) {
      sb.append("<item><title>").append(it[1]).append("</title><link>").append(base).append(it[0]).append("</link></item>");
    }
    return sb.append("</channel></rss>").toString();
  }

  private HttpServer server(com.sun.net.httpserver.HttpHandler h) throws IOException {
    HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    s.createContext("/", h);
    s.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
    s.start();
    servers.add(s);
    return s;
  }

  private static void send(HttpExchange x, int status, String type, String body) throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    if (type != null) {
      x.getResponseHeaders().set("Content-Type", type);
    }
    x.sendResponseHeaders(status, status == 304 ? -1 : b.length);
    if (status != 304) {
      try (OutputStream o = x.getResponseBody()) {
        o.write(b);
      }
    }
    x.close();
  }

  @BeforeEach
  void start() throws IOException {
    pages.put("/news/2024/05/01/chile-frigates.html", page("Chile to buy frigates", "2024-05-01",
        "Chile has agreed to buy two frigates from Spain under a deal signed on Tuesday, the navy said.",
        "The ships are to replace older vessels that have served for three decades, according to the statement."));
    pages.put("/news/2024/05/02/kenya-rifles.html", page("Kenya gets rifles", "2024-05-02",
        "Kenya received 5,000 rifles from Serbia last month, officials in Nairobi said.",
        "The weapons will equip new police units in the north of the country, the officials added."));
    pages.put("/private/2024/05/03/embargoed-story.html", page("Embargoed", "2024-05-03", "Norway sold ten tanks to Estonia."));
    pages.put("/news/2024/06/10/chile-frigates-arrive.html", page("Frigates arrive", "2024-06-10",
        "Spain delivered the two frigates to Chile in June, the Chilean navy said.",
        "A ceremony was held in the port of Valparaiso to mark the arrival of the ships."));
    pages.put("/news/2024/06/11/serbia-denies-rifles.html", page("Serbia denies", "2024-06-11",
        "Serbia denied selling rifles to Kenya, the Serbian defence ministry said.",
        "The ministry called the earlier reports baseless and asked for them to be withdrawn."));
    pages.put("/news/2024/06/12/ghana-drones.html", page("Ghana drones", "2024-06-12",
        "Turkey supplied six Bayraktar TB2 drones to Ghana in May.",
        "The aircraft are to patrol the country's northern border, a spokesperson for the armed forces said."));
    pages.put("/world/2024/05/20/egypt-rafale-contract.html", page("Egypt orders jets", "2024-05-20",
        "Egypt signed a contract with France for 30 Rafale jets, the ministry said.",
        "Deliveries are expected to start within three years, the ministry added in its statement."));
    HttpServer w = server(x -> {
      String path = x.getRequestURI().getPath();
      requests.add(x.getRequestMethod() + " " + path + " " + x.getRequestHeaders().getFirst("If-None-Match"));
      if (path.equals("/robots.txt")) {
        send(x, 200, "text/plain", "User-agent: *\nDisallow: /private/\n");
      } else if (path.equals("/feed.xml")) {
        String etag = "\"" + feedVersion.get() + "\"";
        if (!ignoreValidators && etag.equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
          send(x, 304, null, "");
          return;
        }
        x.getResponseHeaders().set("ETag", etag);
        send(x, 200, "application/rss+xml", feed("http://127.0.0.1:" + x.getLocalAddress().getPort()));
      } else if (pages.containsKey(path)) {
        send(x, 200, "text/html; charset=utf-8", pages.get(path));
      } else {
        send(x, 404, "text/plain", "not found");
      }
    });
    wire = "http://127.0.0.1:" + w.getAddress().getPort();
    HttpServer s = server(x -> {
      try {
        Thread.sleep(4000); // longer than the watch's timeout
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      send(x, 200, "application/rss+xml", "<rss version=\"2.0\"><channel><title>late</title></channel></rss>");
    });
    slow = "http://127.0.0.1:" + s.getAddress().getPort();
    HttpServer b = server(x -> {
      if (x.getRequestURI().getPath().equals("/robots.txt")) {
        send(x, 404, "text/plain", "no robots.txt here");
        return;
      }
      if (x.getRequestURI().getPath().equals("/feed.xml")) {
        brokenRequests.incrementAndGet();
      }
      send(x, 500, "text/plain", "internal error");
    });
    broken = "http://127.0.0.1:" + b.getAddress().getPort();
    HttpServer sec = server(x -> {
      String path = x.getRequestURI().getPath();
      requests.add(x.getRequestMethod() + " " + path + " " + x.getRequestHeaders().getFirst("If-None-Match"));
      if (path.equals("/world/")) {
        send(x, 200, "text/html", "<html><body><nav><a href=\"/tag/defence\">Defence</a> <a href=\"/about\">About us</a></nav>"
            + "<a href=\"/world/2024/05/20/egypt-rafale-contract.html\">Egypt orders jets</a> <a href=\"https://elsewhere.example/2024/05/20/other-site-story\">x</a>"
            + "</body></html>");
      } else if (pages.containsKey(path)) {
        send(x, 200, "text/html", pages.get(path));
      } else {
        send(x, 404, "text/plain", "not found");
      }
    });
    section = "http://127.0.0.1:" + sec.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    servers.forEach(s -> s.stop(0));
  }

  private Cli watch(String db, Path feeds, Path alerts, String... more) {
    List<String> args = new ArrayList<>(List.of("watch", "--db", db, "--feeds", feeds.toString(), "--once", "--alert", "jsonl:" + alerts,
        "--timeout", "1s", "--retries", "1", "--backoff", "10ms", "--per-host", "0s"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  private static List<JsonNode> alerts(Path file) throws IOException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  private static TreeSet<String> keys(List<JsonNode> alerts) {
    TreeSet<String> out = new TreeSet<>();
    for (JsonNode a : alerts) {
      JsonNode e = a.get("entry");
      JsonNode ch = a.get("change");
      String detail = switch (a.get("kind").asText()) {
        case "stage" -> ch.get("from").asText() + ">" + ch.get("to").asText();
        case "denial" -> ch.get("status").asText();
        case "origins" -> String.valueOf(ch.get("origins").asInt());
        default -> e.get("status").asText();
      };
      out.add(a.get("kind").asText() + " " + e.get("supplier_id").asText() + "->" + e.get("recipient_id").asText() + " " + detail);
    }
    return out;
  }

  private long pageRequests(int from) {
    return requests.subList(from, requests.size()).stream().filter(r -> r.contains("/news/") || r.contains("/world/2024")).count();
  }

  @Test
  void roundsIngestNewArticlesOnceAndAlertExactlyOnWhatChanged() throws Exception {
    String db = dir.resolve("watch.db").toString();
    Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# sources\n" + wire + "/feed.xml Test Wire\n" + slow + "/feed.xml Slow Times\n"
        + broken + "/feed.xml Broken Post\n" + section + "/world/ Section Daily\nftp://example.org/feed.xml\n", StandardCharsets.UTF_8);
    Path alertFile = dir.resolve("alerts.jsonl");

    // round 1: the wire's two public articles and the section page's one are read; robots keep /private/ out;
    // the slow and the broken host fail without stopping the others
    Cli r1 = watch(db, feeds, alertFile);
    assertThat(r1.code()).as(r1.err()).isEqualTo(1);
    assertThat(r1.err()).contains("feeds.txt:6: not an http(s) URL").contains(slow + "/feed.xml: timeout").contains(broken + "/feed.xml: http: HTTP 500")
        .contains("2 failed").contains("3 articles ingested");
    assertThat(requests).noneMatch(r -> r.contains("/private/"));
    assertThat(brokenRequests.get()).isEqualTo(2); // the request and its one retry
    List<JsonNode> a1 = alerts(alertFile);
    assertThat(keys(a1)).containsExactly("new-entry ESP->CHL agreed", "new-entry FRA->EGY agreed", "new-entry SRB->KEN delivered");
    assertThat(a1).allSatisfy(a -> assertThat(a.get("evidence")).isNotEmpty());
    JsonNode chile = a1.stream().filter(a -> a.get("entry").get("recipient_id").asText().equals("CHL")).findFirst().orElseThrow();
    assertThat(chile.get("evidence").get(0).get("sentence").asText()).startsWith("Chile has agreed to buy two frigates from Spain");
    assertThat(chile.get("evidence").get(0).get("outlet").asText()).isEqualTo("Test Wire");
    assertThat(chile.get("evidence").get(0).get("url").asText()).isEqualTo(wire + "/news/2024/05/01/chile-frigates.html");

    // round 2: nothing changed; the wire answers 304 to the validator it gave, no page is read again
    int mark = requests.size();
    Cli r2 = watch(db, feeds, alertFile);
    assertThat(r2.err()).contains("0 articles ingested").contains("0 alerts");
    assertThat(requests.subList(mark, requests.size())).contains("GET /feed.xml \"v1\"");
    assertThat(pageRequests(mark)).isZero();
    assertThat(alerts(alertFile)).hasSize(a1.size());

    // round 3: the feed gains a delivery, a denial and a new supply: the alerts are exactly those changes
    feedVersion.set("v2");
    List<JsonNode> ledgerBefore = LedgerModelIT.ledger(db);
    mark = requests.size();
    Cli r3 = watch(db, feeds, alertFile);
    assertThat(r3.err()).contains("3 articles ingested");
    assertThat(pageRequests(mark)).isEqualTo(3);
    List<JsonNode> a3 = alerts(alertFile).subList(a1.size(), alerts(alertFile).size());
    List<JsonNode> ledgerAfter = LedgerModelIT.ledger(db);
    JsonNode kenya = ledgerAfter.stream().filter(e -> e.get("recipient_id").asText().equals("KEN")).findFirst().orElseThrow();
    TreeSet<String> expected = new TreeSet<>(List.of("stage ESP->CHL agreed>delivered", "denial SRB->KEN denied", "new-entry TUR->GHA delivered"));
    if (!kenya.get("status").asText().equals("delivered")) {
      expected.remove("denial SRB->KEN denied");
      expected.add("stage SRB->KEN delivered>" + kenya.get("status").asText());
    }
    if (kenya.get("disputed").asBoolean()) {
      expected.add("contradiction SRB->KEN " + kenya.get("status").asText());
    }
    assertThat(keys(a3)).isEqualTo(expected);
    // each stage alert says what the ledger said before and says now
    for (JsonNode a : a3) {
      String id = a.get("entry").get("id").asText();
      JsonNode after = ledgerAfter.stream().filter(e -> e.get("id").asText().equals(id)).findFirst().orElseThrow();
      assertThat(a.get("entry").get("status").asText()).isEqualTo(after.get("status").asText());
      if (a.get("kind").asText().equals("stage")) {
        JsonNode before = ledgerBefore.stream().filter(e -> e.get("id").asText().equals(id)).findFirst().orElseThrow();
        assertThat(a.get("change").get("from").asText()).isEqualTo(before.get("status").asText());
      }
    }
    JsonNode denial = a3.stream().filter(a -> a.get("entry").get("recipient_id").asText().equals("KEN")).findFirst().orElseThrow();
    assertThat(denial.get("evidence")).anySatisfy(ev -> assertThat(ev.get("sentence").asText()).startsWith("Serbia denied selling rifles to Kenya"));

    // a restart that gets the whole feed again (a server ignoring validators) reads no page twice
    ignoreValidators = true;
    mark = requests.size();
    Cli r4 = watch(db, feeds, alertFile);
    assertThat(r4.err()).contains("0 articles ingested").contains("0 alerts");
    assertThat(pageRequests(mark)).isZero();

    // the store keeps each source's state; --status shows it; the changes are kept for serve
    try (Store st = Store.open(db)) {
      Store.WatchSource w = st.watchSource(wire + "/feed.xml").orElseThrow();
      assertThat(w.notModified()).isEqualTo(1);
      assertThat(w.articles()).isEqualTo(5);
      assertThat(w.kind()).isEqualTo("feed");
      Store.WatchSource b = st.watchSource(broken + "/feed.xml").orElseThrow();
      assertThat(b.failures()).isEqualTo(4);
      assertThat(b.consecutiveFailures()).isEqualTo(4);
      assertThat(b.lastStatus()).isEqualTo(500);
      assertThat(st.watchSource(slow + "/feed.xml").orElseThrow().lastError()).startsWith("timeout");
      assertThat(st.watchSource(section + "/world/").orElseThrow().kind()).isEqualTo("page");
      // the page robots.txt keeps out is recorded as such (never asked for: see above), and not tried again
      assertThat(st.seen(wire + "/private/2024/05/03/embargoed-story.html").orElseThrow().outcome()).isEqualTo("skipped: robots");
      assertThat(st.countChanges(null)).isEqualTo(a1.size() + a3.size());
    }
    Cli status = Cli.run("watch", "--db", db, "--status");
    assertThat(status.code()).isZero();
    assertThat(status.out()).contains(wire + "/feed.xml").contains("Test Wire").contains("HTTP 500").contains("timeout");
  }

  @Test
  void alertsFollowTheUsersFilterAndReachAWebhook() throws Exception {
    List<String> posted = Collections.synchronizedList(new ArrayList<>());
    HttpServer hook = server(x -> {
      posted.add(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      send(x, 204, null, "");
    });
    String db = dir.resolve("filtered.db").toString();
    Path feeds = Files.writeString(dir.resolve("feeds.txt"), wire + "/feed.xml Test Wire\n", StandardCharsets.UTF_8);
    Path alertFile = dir.resolve("alerts.jsonl");
    Cli r = watch(db, feeds, alertFile, "--alert", "webhook:http://127.0.0.1:" + hook.getAddress().getPort() + "/hook", "--recipient", "Chile");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(keys(alerts(alertFile))).containsExactly("new-entry ESP->CHL agreed");
    assertThat(posted).hasSize(1);
    assertThat(JSON.readTree(posted.get(0)).get("entry").get("recipient_name").asText()).isEqualTo("Chile");
  }
}
