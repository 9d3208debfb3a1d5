package org.armsledger.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.armsledger.cli.Main;
import org.armsledger.formats.ArticleReaders;
import org.armsledger.ledger.LedgerJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job against the single-machine commands, in one {@code local[2]} session: the same
 * claims (whole lines: ids, spans, statuses, provenance), the same article records, the same
 * skipped inputs as {@code extract}, and the same ledger entries as {@code ingest} then
 * {@code ledger} give from a new store.
 */
class SparkExtractIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("armsledger-test").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.hadoop.fs." + SchemeFileSystem.SCHEME + ".impl", SchemeFileSystem.class.getName())
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** What {@code extract} wrote and said. */
  record Single(List<String> claims, List<String> articles, List<String> diagnostics) {}

  /** What the Spark job wrote and said. */
  record Distributed(SparkExtract.Summary summary, List<String> claims, List<String> articles, List<String> entries, List<String> skipped,
      List<String> diagnostics) {}

  private Single extract(String... inputs) throws IOException {
    Path claims = tmp.resolve("single-claims.jsonl");
    Path articles = tmp.resolve("single-articles.jsonl");
    List<String> args = new ArrayList<>(List.of("extract", "--out", claims.toString(), "--articles", articles.toString()));
    args.addAll(List.of(inputs));
    StringWriter err = new StringWriter();
    Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
    return new Single(Files.readAllLines(claims), Files.readAllLines(articles), diagnostics(err.toString()));
  }

  private Distributed distributed(String name, String... inputs) throws IOException {
    Path out = tmp.resolve(name);
    StringWriter err = new StringWriter();
    SparkExtract.Summary s = SparkExtract.run(spark,
        new SparkExtract.Options(List.of(inputs), out.toString(), 3, false, false, null, ArticleReaders.Options.DEFAULT.maxBytes(), false, null),
        new PrintWriter(err, true));
    return new Distributed(s, parts(out.resolve("claims")), parts(out.resolve("articles")), parts(out.resolve("entries")),
        parts(out.resolve("skipped")), diagnostics(err.toString()));
  }

  /** The lines of a folder's part files, in part order. */
  private static List<String> parts(Path dir) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  /** The diagnostic lines a command printed ("armsledger: 'file': message [code]"). */
  private static List<String> diagnostics(String err) {
    return err.lines().filter(l -> l.startsWith("armsledger: ") && l.matches(".* \\[[A-Za-z0-9_.?-]+\\]$")).toList();
  }

  /** The entries a new SQLite store holds after {@code ingest} of the inputs, as JSON trees. */
  private Set<String> storeEntries(String... inputs) throws IOException {
    Path db = tmp.resolve("store-" + System.nanoTime() + ".db");
    List<String> args = new ArrayList<>(List.of("ingest", "--db", db.toString()));
    args.addAll(List.of(inputs));
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args.toArray(String[]::new));
    assertThat(code).as(err.toString()).isIn(0, 1);
    StringWriter out = new StringWriter();
    Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "ledger", "--db", db.toString(), "--json", "--limit", "0");
    return canonical(out.toString().lines().toList());
  }

  /** Entries as the store's {@code ledger --json} lists them: summaries (no member claim ids). */
  private static Set<String> summaries(List<String> lines) throws IOException {
    return canonical(lines.stream().map(l -> LedgerJson.line(LedgerJson.read(l).summary())).toList());
  }

  private static Set<String> canonical(List<String> lines) throws IOException {
    Set<String> out = new TreeSet<>();
    for (String l : lines) {
      JsonNode n = JSON.readTree(l);
      out.add(JSON.writeValueAsString(n));
    }
    return out;
  }

  @Test
  void seedsGiveTheClaimsOfExtractAndTheEntriesOfTheStore() throws IOException {
    String seeds = "../shared/corpora/seeds";
    Single single = extract(seeds);
    Distributed d = distributed("seeds", seeds);
    assertThat(single.claims()).hasSizeGreaterThan(40);
    assertThat(d.claims()).isEqualTo(single.claims());
    assertThat(d.articles()).isEqualTo(single.articles());
    assertThat(d.summary().claims()).isEqualTo(single.claims().size());
    // every sentence of the seeds is read; the summary says how many were not
    assertThat(d.summary().failedSentences()).isZero();
    assertThat(Files.readString(tmp.resolve("seeds").resolve("summary.json"))).contains("\"sentences_failed\" : 0");
    Set<String> stored = storeEntries(seeds);
    assertThat(stored).hasSizeGreaterThan(10);
    assertThat(summaries(d.entries())).isEqualTo(stored);
    assertThat(d.summary().entries()).isEqualTo(stored.size());
  }

  @Test
  void parquetHoldsTheRowsOfTheJsonLinesAndAnEmptyOutputIsAReadableTable() throws IOException {
    Distributed d = distributed("parquet", "../shared/corpora/seeds");
    Path out = tmp.resolve("parquet");
    // written beside the JSON Lines (at the same time): the same rows, the same ids, nested fields kept
    var claims = spark.read().parquet(out.resolve("claims.parquet").toString());
    assertThat(claims.count()).isEqualTo(d.claims().size());
    Set<String> ids = new TreeSet<>(claims.select("id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList());
    Set<String> jsonIds = new TreeSet<>();
    for (String l : d.claims()) {
      jsonIds.add(JSON.readTree(l).get("id").asText());
    }
    assertThat(ids).isEqualTo(jsonIds).hasSize(d.claims().size());
    assertThat(claims.schema().fieldNames()).contains("provenance", "evidence", "supplier", "recipient");
    assertThat(spark.read().parquet(out.resolve("articles.parquet").toString()).count()).isEqualTo(d.articles().size());
    assertThat(spark.read().parquet(out.resolve("entries.parquet").toString()).count()).isEqualTo(d.entries().size()).isPositive();

    // an input with nothing to extract: the tables are there, empty, with the JSON as their one column
    Path dir = tmp.resolve("nothing");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("weather.txt"), "Rain is expected across the north on Tuesday. Temperatures will fall below freezing overnight.\n");
    Distributed none = distributed("none", dir.toString());
    assertThat(none.claims()).isEmpty();
    var empty = spark.read().parquet(tmp.resolve("none").resolve("claims.parquet").toString());
    assertThat(empty.count()).isZero();
    assertThat(empty.schema().fieldNames()).containsExactly("json");
    assertThat(spark.read().parquet(tmp.resolve("none").resolve("articles.parquet").toString()).count()).isEqualTo(1);
  }

  @Test
  void newsDevGivesTheClaimsOfExtract() throws IOException {
    String dev = "../shared/corpora/news-dev";
    Single single = extract(dev);
    Distributed d = distributed("dev", dev);
    assertThat(single.claims()).hasSizeGreaterThan(150);
    assertThat(d.claims()).isEqualTo(single.claims());
    assertThat(d.articles()).isEqualTo(single.articles());
    assertThat(d.diagnostics()).isEqualTo(single.diagnostics());
  }

  @Test
  void everyFormatAndEveryBadInputIsAccountedForAsExtractDoes() throws IOException {
    String fixtures = "armsledger-formats/src/test/resources/org/armsledger/formats";
    Path bad = tmp.resolve("bad");
    Files.createDirectories(bad);
    Files.write(bad.resolve("truncated.jsonl.gz"), new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
    Files.writeString(bad.resolve("empty.txt"), "");
    Files.writeString(bad.resolve("picture.png"), "not an article");
    String missing = tmp.resolve("no-such-folder").toString();
    Single single = extract(fixtures, bad.toString(), missing);
    Distributed d = distributed("formats", fixtures, bad.toString(), missing);
    assertThat(single.articles()).hasSizeGreaterThan(5);
    assertThat(d.claims()).isEqualTo(single.claims());
    assertThat(d.articles()).isEqualTo(single.articles());
    assertThat(single.diagnostics()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(d.diagnostics()).isEqualTo(single.diagnostics());
    // skipped/ holds each of them with its reason
    assertThat(d.skipped().stream().filter(l -> !l.contains("\"severity\":\"counted\"")).count()).isEqualTo(single.diagnostics().size());
    assertThat(String.join("\n", d.skipped())).contains("\"code\":\"missing\"", "\"code\":\"empty\"", "\"code\":\"unsupported-file\"");
    assertThat(d.summary().errors()).isPositive();
  }

  @Test
  void copiesAcrossFilesFollowTheDetectorForProvenanceAndTheStoreForTheLedger() throws IOException {
    Path dir = tmp.resolve("copies");
    Files.createDirectories(dir);
    String story = "Norway will deliver twelve NASAMS launchers to Estonia next spring, the Norwegian defence ministry said on Monday. "
        + "The launchers come with radars and a stock of AMRAAM-ER missiles, and Estonian crews will train at a range near Oslo over the winter. "
        + "Tallinn asked for the systems after a review of its air defence found gaps along the eastern border. "
        + "Officials in both capitals declined to give the value of the contract, which parliament in Oslo approved last month.";
    String edited = "Updated with comment from Tallinn. " + story.replace("over the winter", "during the coming winter months")
        + " Estonia's defence minister welcomed the decision.";
    String other = "Japan approved the transfer of three Abukuma-class destroyer escorts to the Philippines, officials in Tokyo said. "
        + "The ships would be refitted before the handover, and Philippine sailors are to be trained in Japan, a navy spokesman told reporters.";
    Files.writeString(dir.resolve("a-wire.jsonl"), String.join("\n",
        record("wire-1", "Wire One", "2024-03-02", "Norway to send NASAMS to Estonia", story),
        record("paper-2", "Paper Two", "2024-03-01", "NASAMS for Estonia", story),
        record("blog-3", "Blog Three", "2024-03-03", "Estonia gets NASAMS", edited),
        record("other-4", "Wire One", "2024-03-04", "Japan to hand over escorts", other)) + "\n");
    Files.writeString(dir.resolve("b-repost.txt"), "Estonia gets NASAMS\n\n" + edited + "\n");
    Single single = extract(dir.toString());
    Distributed d = distributed("copies-out", dir.toString());
    assertThat(d.claims()).isEqualTo(single.claims());
    assertThat(d.articles()).isEqualTo(single.articles());
    // the detector's rule, in input order: the exact copy and the edited ones go back to the wire
    List<JsonNode> arts = new ArrayList<>();
    for (String l : d.articles()) {
      arts.add(JSON.readTree(l));
    }
    assertThat(arts).hasSize(5);
    assertThat(d.summary().copies()).isEqualTo(3);
    Set<String> stored = storeEntries(dir.toString());
    assertThat(summaries(d.entries())).isEqualTo(stored);
    // the store's rule: one story (four documents), and the Japan report: a NASAMS entry with one origin
    JsonNode nasams = null;
    for (String l : d.entries()) {
      JsonNode e = JSON.readTree(l);
      if (e.path("supplier_id").asText().equals("NOR") && e.path("recipient_id").asText().equals("EST")) {
        nasams = e;
      }
    }
    assertThat(nasams).as(String.join("\n", d.entries())).isNotNull();
    assertThat(nasams.path("origins").asInt()).isEqualTo(1);
    assertThat(nasams.path("documents").asInt()).isEqualTo(4);
  }

  @Test
  void aHadoopFileSystemUriIsListedCopiedAndNamedByItsUri() throws IOException {
    Path seeds = Path.of("../shared/corpora/seeds").toAbsolutePath().normalize();
    Single single = extract(seeds.toString());
    String uri = SchemeFileSystem.SCHEME + "://" + seeds;
    Distributed d = distributed("remote", uri);
    assertThat(d.claims()).hasSameSizeAs(single.claims());
    for (int i = 0; i < d.claims().size(); i++) {
      JsonNode mine = JSON.readTree(d.claims().get(i));
      JsonNode theirs = JSON.readTree(single.claims().get(i));
      for (String f : List.of("id", "status", "supplier", "recipient", "item", "evidence", "source")) {
        assertThat(mine.get(f)).as(f).isEqualTo(theirs.get(f));
      }
      // named by the URI, never by the executor's temporary copy
      assertThat(mine.at("/provenance/file").asText()).startsWith(SchemeFileSystem.SCHEME + ":/").doesNotContain("armsledger-spark");
      assertThat(mine.at("/provenance/key").asText()).startsWith(SchemeFileSystem.SCHEME + ":/");
      assertThat(mine.at("/provenance/file").asText()).endsWith(Path.of(theirs.at("/provenance/file").asText()).getFileName().toString());
    }
    Distributed missing = distributed("remote-missing", SchemeFileSystem.SCHEME + "://" + seeds.resolve("nothing-here"));
    assertThat(missing.diagnostics()).singleElement().asString().contains("no such file or folder");
    assertThat(missing.summary().errors()).isEqualTo(1);
  }

  @Test
  void aLargeJsonLinesFileReadInRangesGivesExtractsRecordsAndLineNumbers() throws IOException {
    // over 2 MB: read in three ranges of 1 MB, whose edges fall inside records
    Path file = tmp.resolve("crawl.jsonl");
    StringBuilder sb = new StringBuilder();
    int i = 0;
    while (sb.length() < 2_300_000) {
      i++;
      String text = "The weather in the valley of Example " + i + " stayed mild for most of the week. "
          + "Walkers crowded the lower paths near the lake on Sunday afternoon. ".repeat(1 + i % 7)
          + (i % 97 == 0 ? "Poland signed a contract to buy 18 K9 howitzers from South Korea, the defence ministry said. " : "");
      sb.append(record("town-" + i, "Town Crier", "2024-0" + (1 + i % 9) + "-1" + (i % 10), "Harbour wall " + i, text));
      sb.append(i % 50 == 0 ? "\r\n" : "\n");
      if (i % 400 == 0) {
        sb.append("{\"id\": \"broken\", \"text\": \"no closing quote}\n\n");
      }
    }
    Files.writeString(file, sb.toString().stripTrailing()); // the last line has no line end
    assertThat(Files.size(file)).isGreaterThan(2L << 20);
    Single single = extract(file.toString());
    Distributed d = distributed("ranges", file.toString());
    assertThat(single.articles()).hasSize(i);
    assertThat(single.claims()).isNotEmpty();
    assertThat(d.claims()).isEqualTo(single.claims());
    assertThat(d.articles()).isEqualTo(single.articles());
    assertThat(single.diagnostics()).hasSizeGreaterThan(3).allMatch(l -> l.contains("[bad-json]"));
    assertThat(d.diagnostics()).isEqualTo(single.diagnostics());
  }

  private static String record(String id, String outlet, String date, String title, String text) throws IOException {
    var o = JSON.createObjectNode();
    o.put("id", id);
    o.put("url", "https://" + outlet.toLowerCase().replace(' ', '-') + ".example/" + id);
    o.put("title", title);
    o.put("published", date);
    o.put("source", outlet);
    o.put("text", text);
    return JSON.writeValueAsString(o);
  }
}
