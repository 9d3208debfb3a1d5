package org.armsledger.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.armsledger.ledger.Report;
import org.armsledger.store.ClaimRecord;
import org.armsledger.store.DocumentRecord;
import org.armsledger.store.Filter;
import org.armsledger.store.Store;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.ArticleArchive;
import org.armsledger.ingest.Origin;
import org.armsledger.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code armsledger bench-store}: fills a fresh store with synthetic claims (a seeded random
 * ledger: 2,000 supplier-recipient pairs, a dozen items each, 27 years of reports, 20% syndicated
 * copies), rebuilds the ledger, then times the queries the ledger and claims commands run (a page
 * and its count) with random filters and reports p50/p99 per query kind.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true, description = "Benchmark the store: load synthetic claims, rebuild the ledger, time ledger and claims queries (p50/p99).")
final class BenchStoreCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String[] STATUS = {"delivered", "delivered", "delivered", "agreed", "agreed", "planned", "requested", "offered", "considered", "possible", "denied", "halted", "rejected"};
  private static final String[] CATEGORY = {"uav", "ballistic_missile", "cruise_missile", "missile", "air_defense", "combat_aircraft", "helicopter", "sensor",
    "ammunition", "artillery", "armored_vehicle", "small_arms", "naval", "equipment"};

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--db", paramLabel = "FILE|JDBC-URL", description = "An empty store (default: a new SQLite file in a temporary folder)."
      + " A store that already holds claims is not loaded again: only its queries are timed.")
  String db;

  @Option(names = "--claims", description = "Synthetic claims to load (default: ${DEFAULT-VALUE}).")
  int claims = 1_000_000;

  @Option(names = "--queries", description = "Timed queries per kind (default: ${DEFAULT-VALUE}).")
  int queries = 300;

  @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 7;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path tmp = null;
    String target = db;
    if (target == null) {
      tmp = Files.createTempDirectory("armsledger-bench");
      target = tmp.resolve("bench.db").toString();
    }
    Random r = new Random(seed);
    try (Store st = Store.open(target)) {
      out.printf("store: %s%n", st.describe());
      long t0 = System.nanoTime();
      int n = 0;
      int docs = 0;
      long held = st.countClaims(Filter.ALL);
      if (held > 0) {
        out.printf(Locale.ROOT, "the store holds %d claims already: timing its queries only%n", held);
        n = claims; // nothing to load
      }
      List<StoredDocument> batch = new ArrayList<>();
      while (n < claims) {
        int k = Math.min(claims - n, 1 + r.nextInt(6));
        batch.add(document(r, docs++, k));
        n += k;
        if (batch.size() == 500) {
          st.put(batch);
          batch.clear();
        }
      }
      if (!batch.isEmpty()) {
        st.put(batch);
      }
      double load = (System.nanoTime() - t0) / 1e9;
      if (docs > 0) {
        out.printf(Locale.ROOT, "load: %d claims in %d documents, %.1f s (%.0f claims/s)%n", n, docs, load, n / load);
      }
      long t1 = System.nanoTime();
      int groups = st.refresh(x -> {});
      double refresh = (System.nanoTime() - t1) / 1e9;
      long entries = st.countEntries(Filter.ALL);
      out.printf(Locale.ROOT, "ledger: %d groups merged into %d entries in %.1f s (%.0f claims/s)%n", groups, entries, refresh, n / refresh);

      Map<String, Function<Random, Filter>> kinds = new LinkedHashMap<>();
      kinds.put("all", x -> Filter.ALL);
      kinds.put("supplier", x -> new Filter(supplier(x), null, null, null, null, null, null));
      kinds.put("recipient+status", x -> new Filter(null, recipient(x), null, null, STATUS[x.nextInt(STATUS.length)], null, null));
      kinds.put("designation", x -> new Filter(null, null, null, designation(x), null, null, null));
      kinds.put("category+since", x -> new Filter(null, null, CATEGORY[x.nextInt(CATEGORY.length)], null, null, String.valueOf(2000 + x.nextInt(26)), null));
      kinds.put("supplier+recipient+until", x -> new Filter(supplier(x), recipient(x), null, null, null, null, String.valueOf(2005 + x.nextInt(20))));
      kinds.put("recipient+reported-since", x -> new Filter(null, recipient(x), null, null, null, null, null, String.valueOf(2000 + x.nextInt(26)), null));
      List<Long> allLatencies = new ArrayList<>();
      for (String what : List.of("ledger", "claims")) {
        for (Map.Entry<String, Function<Random, Filter>> kind : kinds.entrySet()) {
          long[] ns = new long[queries];
          long rows = 0;
          for (int i = 0; i < queries + 20; i++) { // the first 20 warm up
            Filter f = kind.getValue().apply(r);
            long s = System.nanoTime();
            if (what.equals("ledger")) {
              rows += st.entries(f, 50, 0).size();
              st.countEntries(f);
            } else {
              rows += st.claims(f, 50, 0).size();
              st.countClaims(f);
            }
            long d = System.nanoTime() - s;
            if (i >= 20) {
              ns[i - 20] = d;
              allLatencies.add(d);
            }
          }
          Arrays.sort(ns);
          out.printf(Locale.ROOT, "%-6s %-26s p50 %6.2f ms  p99 %6.2f ms  max %6.2f ms  (%.1f rows/page)%n", what, kind.getKey(), percentile(ns, 0.5),
              percentile(ns, 0.99), ns[queries - 1] / 1e6, rows / (double) (queries + 20));
        }
      }
      long[] all = allLatencies.stream().mapToLong(Long::longValue).sorted().toArray();
      out.printf(Locale.ROOT, "all queries: p50 %.2f ms, p99 %.2f ms over %d queries (page of 50 and its count)%n", percentile(all, 0.5),
          percentile(all, 0.99), all.length);
      Map<String, Object> stats = st.stats();
      out.printf(Locale.ROOT, "articles kept: %s (%.0f MB compressed, %.1f KB an article); copies linked: %d documents in %s independent origins%n",
          stats.get("articles_kept"), articleBytes / 1048576.0, articleBytes / 1024.0 / Math.max(1, docs), (Long) stats.get("documents"),
          stats.get("independent_origins"));
      if (tmp != null || st.file() != null) {
        out.printf(Locale.ROOT, "database file: %.0f MB%n", Files.size(st.file()) / 1048576.0);
      }
      out.printf(Locale.ROOT, "peak heap: %.0f MB%n", BenchCommand.peakHeapMb());
    } finally {
      if (tmp != null) {
        try (var files = Files.walk(tmp)) {
          files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }
    return 0;
  }

  /** The q-quantile of sorted nanosecond latencies, in milliseconds. */
  private static double percentile(long[] sortedNanos, double q) {
    return sortedNanos[Math.max(0, (int) Math.ceil(sortedNanos.length * q) - 1)] / 1e6;
  }

  /** Suppliers: 40 actors, skewed so that a few supply most. */
  private static String supplier(Random r) {
    return "S" + (int) (40 * Math.pow(r.nextDouble(), 2));
  }

  private static String recipient(Random r) {
    return "R" + r.nextInt(150);
  }

  private static String designation(Random r) {
    return "X-" + r.nextInt(400);
  }

  private static final String[] WORDS = ("the a ministry said on officials defence deal contract delivered agreed talks missiles drones"
      + " tanks aircraft army navy government minister spokesman reported according to sources close signed billion units first batch"
      + " last year this month under programme supply transfer exports imports systems air force helicopters radars").split(" ");

  /** Compressed bytes of the articles stored so far. */
  private long articleBytes;

  /** A synthetic article body of about 3,000 characters, as a news story's length. */
  private static String text(Random r) {
    StringBuilder sb = new StringBuilder(3200);
    while (sb.length() < 3000) {
      int n = 8 + r.nextInt(20);
      for (int w = 0; w < n; w++) {
        String word = WORDS[r.nextInt(WORDS.length)];
        sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(w == n - 1 ? "." : " ");
      }
      sb.append(r.nextInt(4) == 0 ? "\n\n" : " ");
    }
    return sb.toString();
  }

  /** Random fingerprints; a copy takes its original's, so the store links them as a real ingest does. */
  private final Map<Integer, StoredDocument.Fingerprint> prints = new java.util.HashMap<>();

  private StoredDocument document(Random r, int i, int k) {
    String doc = "doc" + i;
    int year = 2000 + r.nextInt(27);
    String published = String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + r.nextInt(12), 1 + r.nextInt(28));
    String outlet = "outlet" + r.nextInt(200);
    int of = r.nextInt(5) == 0 && i > 0 ? r.nextInt(i) : i;
    String origin = "doc" + of;
    StoredDocument.Fingerprint print = prints.get(of);
    if (print == null) {
      int[] keys = new int[21];
      for (int b = 0; b < keys.length; b++) {
        keys[b] = r.nextInt();
      }
      byte[] sig = new byte[100];
      r.nextBytes(sig);
      print = new StoredDocument.Fingerprint(java.util.HexFormat.of().formatHex(sig), 400, keys);
      if (prints.size() < 200_000) {
        prints.put(i, print);
      }
    }
    String body = text(r);
    byte[] article = ArticleArchive.write(Article.builder(doc, Origin.file("synthetic", "txt"), body).published(published).outlet(outlet).build());
    articleBytes += article.length;
    List<ClaimRecord> cs = new ArrayList<>();
    for (int j = 0; j < k; j++) {
      // 2,000 supplier-recipient pairs, a dozen items each: ledger groups of realistic size
      int pair = r.nextInt(2000);
      Random pr = new Random(pair * 0x9E3779B97F4A7C15L); // spread: neighbouring seeds give correlated first draws
      String sup = supplier(pr);
      String rec = recipient(pr);
      int item = pr.nextInt(400) + r.nextInt(12);
      String designation = item % 3 == 0 ? null : "X-" + (item % 400);
      String category = CATEGORY[item % CATEGORY.length];
      String status = STATUS[r.nextInt(STATUS.length)];
      String evidence = sup + " " + status + " " + (designation == null ? category : designation) + " to " + rec + ".";
      String id = "c-" + i + "-" + j;
      Report rep = new Report(id, doc, "transfer", sup, "Supplier " + sup, rec, "Recipient " + rec, category, designation, null,
          null, null, status, false, null, null, null, null, "author", published, outlet, origin, 0.8, evidence);
      ObjectNode json = JSON.createObjectNode();
      json.put("id", id).put("doc", doc).put("published", published).put("status", status);
      json.putObject("supplier").put("id", sup).put("name", "Supplier " + sup);
      json.putObject("recipient").put("id", rec).put("name", "Recipient " + rec);
      json.putObject("item").put("category", category).put("designation", designation);
      json.putObject("evidence").put("text", evidence).put("start", 100 * j).put("end", 100 * j + evidence.length());
      cs.add(new ClaimRecord(rep, 100 * j, 100 * j + evidence.length(), null, null, json.toString()));
    }
    return new StoredDocument(new DocumentRecord(doc, doc, "h" + i, "t" + i, "synthetic", "Title " + i, null, outlet, null, published, "news", "en",
        "synthetic", "synthetic", doc, doc, null, null, null, k), cs, article, print, null);
  }
}
