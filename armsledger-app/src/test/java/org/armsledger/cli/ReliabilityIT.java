package org.armsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.armsledger.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault suite: what a hostile tester did to the CLI and the store, each asserting that every
 * input is accounted for and the store equals the one an undisturbed run gives. Sample articles are
 * our own sentences.
 */
class ReliabilityIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  /** Two folders of files with the same names, feeds called rss.xml, JSON Lines numbering records from 1. */
  private Path sameNames() throws IOException {
    Path root = Files.createDirectories(dir.resolve("same-names"));
    for (String site : List.of("a", "b")) {
      Files.createDirectories(root.resolve(site));
    }
    Files.writeString(root.resolve("a/report.txt"), "date 2024-03-02\nTurkey delivers drones to Kenya\n\n"
        + "Turkey has delivered Bayraktar TB2 drones to Kenya, the Kenyan defence ministry said on Friday.\n");
    Files.writeString(root.resolve("b/report.txt"), "date 2023-06-11\nSeoul signs howitzer deal with Warsaw\n\n"
        + "South Korea agreed to sell 212 K9 howitzers to Poland, officials in Warsaw said on Sunday.\n");
    Files.writeString(root.resolve("a/dump.jsonl"),
        "{\"title\":\"India gets S-400\",\"published\":\"2021-12-10\",\"text\":\"Russia has begun delivering S-400 air defence systems to India, Indian officials said.\"}\n");
    Files.writeString(root.resolve("b/dump.jsonl"),
        "{\"title\":\"Greece takes F-35\",\"published\":\"2024-01-26\",\"text\":\"The United States approved the sale of up to 40 F-35 fighter jets to Greece, the State Department said.\"}\n");
    Files.writeString(root.resolve("a/rss.xml"), feed("Gulf Wire", "Qatar orders tanks", "2022-05-01",
        "Germany has agreed to supply Leopard 2 tanks to Qatar, the German economy ministry said."));
    Files.writeString(root.resolve("b/rss.xml"), feed("Andes Wire", "Peru buys frigates", "2023-09-01",
        "South Korea will deliver a frigate to Peru under a contract signed last year, the Peruvian navy said."));
    return root;
  }

  private static String feed(String title, String item, String date, String text) {
    return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>" + title + "</title><item><title>" + item + "</title><pubDate>"
        + java.time.LocalDate.parse(date).atStartOfDay(java.time.ZoneOffset.UTC).format(java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)
        + "</pubDate><description>" + text + "</description></item></channel></rss>";
  }

  private static long count(String db, String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void filesWithOneNameInDifferentPlacesAreDifferentDocuments() throws Exception {
    Path root = sameNames();
    String db = dir.resolve("s.db").toString();
    Cli first = Cli.run("ingest", "--no-progress", "--db", db, root.resolve("a").toString(), root.resolve("b").toString());
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("6 articles: 6 added, 0 replaced, 0 unchanged");
    assertThat(count(db, "SELECT COUNT(*) FROM documents")).isEqualTo(6);
    assertThat(count(db, "SELECT COUNT(DISTINCT name) FROM documents")).isEqualTo(3); // report, dump:1, rss#1: each twice
    long claims = count(db, "SELECT COUNT(*) FROM claims");
    assertThat(claims).isEqualTo(count(db, "SELECT SUM(claims) FROM documents"));
    assertThat(count(db, "SELECT COUNT(DISTINCT doc) FROM claims")).isGreaterThanOrEqualTo(5);
    // the same files again, named from another folder: nothing changes, nothing flips
    Cli again = Cli.run("ingest", "--no-progress", "--db", db, "./" + Path.of("").toAbsolutePath().relativize(root));
    assertThat(again.err()).contains("6 articles: 0 added, 0 replaced, 6 unchanged");
    assertThat(count(db, "SELECT COUNT(*) FROM claims")).isEqualTo(claims);
    // each claim names its own file
    Set<String> keys = new TreeSet<>();
    for (String line : Cli.run("claims", "--db", db, "--json", "--limit", "0").out().split("\n")) {
      keys.add(JSON.readTree(line).path("provenance").path("key").asText());
    }
    assertThat(keys).contains(root.resolve("a/report.txt").toUri().toString(), root.resolve("b/report.txt").toUri().toString());
  }

  @Test
  void noOutputDestroysAnInputOrTheStore() throws Exception {
    Path root = sameNames();
    String db = dir.resolve("s.db").toString();
    assertThat(Cli.run("ingest", "--no-progress", "--db", db, root.toString()).code()).isZero();
    byte[] store = Files.readAllBytes(Path.of(db));
    Cli export = Cli.run("export", "--format", "csv", "--db", db, "--out", db);
    assertThat(export.code()).isEqualTo(2);
    assertThat(export.err()).contains("is the store");
    assertThat(Files.readAllBytes(Path.of(db))).isEqualTo(store);
    assertThat(Cli.run("ledger", "--db", db).code()).isZero();

    Path input = root.resolve("a/dump.jsonl");
    byte[] before = Files.readAllBytes(input);
    Cli read = Cli.run("read", input.toString(), "--out", input.toString());
    assertThat(read.code()).isEqualTo(2);
    assertThat(read.err()).contains("is one of the inputs");
    Cli extract = Cli.run("extract", root.toString(), "--out", input.toString());
    assertThat(extract.code()).isEqualTo(2);
    assertThat(Files.readAllBytes(input)).isEqualTo(before);
    // an output in an input folder that is not there yet is fine, and is not read back
    Cli fresh = Cli.run("extract", root.toString(), "--out", root.resolve("claims.jsonl").toString());
    assertThat(fresh.code()).as(fresh.err()).isZero();
    assertThat(fresh.err()).contains("6 extracted");
    try (Stream<Path> s = Files.walk(root)) {
      assertThat(s.filter(p -> p.getFileName().toString().endsWith(".part")).toList()).isEmpty();
    }
  }

  @Test
  void anExportThatFailsForWantOfSpaceLeavesThePreviousFile() throws Exception {
    String db = dir.resolve("s.db").toString();
    assertThat(Cli.run("ingest", "--no-progress", "--db", db, LedgerIT.SEEDS.toString(), LedgerIT.NEWS.toString()).code()).isZero();
    Path out = dir.resolve("ledger.stix.json");
    Files.writeString(out, "the previous export\n");
    Path lib = Jvm.sqliteNative(Files.createDirectories(dir.resolve("native")));
    // 40 KB per file: the store opens (its -shm is 32 KB), the bundle does not fit
    Jvm.Result r = Jvm.run("512m", 40, lib, "export", "--format", "stix", "--db", db, "--out", out.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("cannot write").contains("File too large").contains("left as it was");
    assertThat(Files.readString(out)).isEqualTo("the previous export\n");
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.filter(p -> p.getFileName().toString().endsWith(".part")).toList()).isEmpty();
    }
    Cli ok = Cli.run("export", "--format", "stix", "--db", db, "--out", out.toString());
    assertThat(ok.code()).isZero();
    assertThat(Files.size(out)).isGreaterThan(40 * 1024);
  }

  @Test
  void aJsonBombAmongArticlesIsSkippedAtOneGigabyteOfHeapAndTheRestIsStored() throws Exception {
    Path in = Files.createDirectories(dir.resolve("bomb"));
    Files.writeString(in.resolve("a.txt"), "date 2024-03-02\nTurkey delivers drones to Kenya\n\n"
        + "Turkey has delivered Bayraktar TB2 drones to Kenya, the Kenyan defence ministry said on Friday.\n");
    // one object holding a 1.5 GB array, 1.5 MB gzipped: as a tree it needs far more than 1 GB
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(in.resolve("b.json.gz")), 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    }) {
      out.write("{\"id\":\"bomb\",\"text\":\"Iran sent drones to Russia.\",\"junk\":[".getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = "1,".repeat(1 << 19).getBytes(StandardCharsets.US_ASCII);
      for (long n = 0; n < (3L << 29); n += chunk.length) {
        out.write(chunk);
      }
      out.write("1]}".getBytes(StandardCharsets.US_ASCII));
    }
    Files.writeString(in.resolve("c.txt"), "date 2023-06-11\nSeoul signs howitzer deal with Warsaw\n\n"
        + "South Korea agreed to sell 212 K9 howitzers to Poland, officials in Warsaw said on Sunday.\n");
    String db = dir.resolve("s.db").toString();
    Jvm.Result r = Jvm.run("1g", 0, null, "ingest", "--no-progress", "--threads", "1", "--db", db, in.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    assertThat(r.err()).contains("b.json.gz: the JSON object is over the limit of").contains("3 files read, 2 articles: 2 added")
        .doesNotContain("OutOfMemoryError").doesNotContain("\tat ");
    assertThat(count(db, "SELECT COUNT(*) FROM documents")).isEqualTo(2);
    assertThat(count(db, "SELECT COUNT(*) FROM claims")).isPositive();
  }

  @Test
  void aFullDiskStopsAnIngestWithWhatWasKeptAndTheNextRunCompletesTheSameStore() throws Exception {
    Path root = sameNames();
    String[] inputs = {LedgerIT.SEEDS.toString(), LedgerIT.NEWS.toString(), root.toString()};
    String reference = dir.resolve("reference.db").toString();
    assertThat(Cli.run(concat(new String[] {"ingest", "--no-progress", "--db", reference}, inputs)).code()).isZero();

    String db = dir.resolve("full.db").toString();
    Path lib = Jvm.sqliteNative(Files.createDirectories(dir.resolve("native")));
    // 1 MB per file: the schema fits, the write-ahead log outgrows it after a few articles
    Jvm.Result full = Jvm.run("2g", 1024, lib, concat(new String[] {"ingest", "--no-progress", "--threads", "2", "--db", db}, inputs));
    assertThat(full.code()).as(full.err()).isEqualTo(2);
    assertThat(full.err()).containsAnyOf("could not be written to disk", "the disk is full").contains("were added").contains("the store is consistent")
        .doesNotContain("no transaction is active").doesNotContain("\tat ");
    Cli rest = Cli.run(concat(new String[] {"ingest", "--no-progress", "--db", db}, inputs));
    assertThat(rest.code()).as(rest.err()).isZero();
    assertThat(rest.err()).containsPattern("18 articles: \\d+ added, 0 replaced, \\d+ unchanged");
    assertSameStore(db, reference);
  }

  @Test
  void concurrentIngestsAndQueriesOnSqlite() throws Exception {
    concurrentIngestsAndQueries(dir.resolve("c.db").toString(), dir.resolve("ref.db").toString());
  }

  @Test
  void concurrentIngestsAndQueriesOnPostgres() throws Exception {
    concurrentIngestsAndQueries(TestPostgres.newDatabase("armsledger_concurrent"), TestPostgres.newDatabase("armsledger_concurrent_ref"));
  }

  /** Two ingests at once on one store while queries run: every query answers, both ingests end well, the store equals one ingest's. */
  private void concurrentIngestsAndQueries(String db, String reference) throws Exception {
    Path root = sameNames();
    Path devCorpus = Path.of("../shared/corpora/news-dev");
    // the child's exit code must be the reference's (1 if news-dev held an article that cannot be read)
    int refCode = Cli.run("ingest", "--no-progress", "--db", reference, devCorpus.toString(), root.toString()).code();
    assertThat(refCode).isBetween(0, 1);
    assertThat(Cli.run("ingest", "--no-progress", "--db", db, LedgerIT.NEWS.toString()).code()).isZero(); // the store exists, with entries
    Jvm.Child big = Jvm.start("2g", 0, null, "ingest", "--no-progress", "--threads", "1", "--db", db, devCorpus.toString());
    Jvm.Child small = Jvm.start("2g", 0, null, "ingest", "--no-progress", "--threads", "1", "--db", db, root.toString());
    int queries = 0;
    List<String> failures = new ArrayList<>();
    while (big.process().isAlive() || small.process().isAlive()) {
      Cli q = Cli.run("ledger", "--db", db, "--json", "--limit", "20");
      Cli c = Cli.run("claims", "--db", db, "--limit", "5");
      for (Cli x : List.of(q, c)) {
        if (x.code() != 0) {
          failures.add(x.err());
        }
      }
      queries++;
    }
    Jvm.Result b = big.await(60);
    Jvm.Result s = small.await(60);
    assertThat(b.code()).as(b.err()).isEqualTo(refCode);
    assertThat(b.err()).containsPattern("60 articles: \\d+ added").doesNotContain("SQLITE").doesNotContain("\tat ");
    assertThat(s.code()).as(s.err()).isZero();
    assertThat(failures).isEmpty();
    assertThat(queries).isGreaterThan(3);
    // the extra articles ingested first are removed from the comparison by ingesting them into the reference too
    assertThat(Cli.run("ingest", "--no-progress", "--db", reference, LedgerIT.NEWS.toString()).code()).isZero();
    assertSameStore(db, reference);
  }

  @Test
  void hostileTextInArticlesIsInertInEveryOutput() throws Exception {
    Path in = dir.resolve("hostile.jsonl");
    ObjectMapper m = new ObjectMapper();
    var rec = m.createObjectNode();
    rec.put("id", "evil\u001b]0;owned\u0007");
    rec.put("title", "\u001b[2J\u001b[H=HYPERLINK(\"http://evil.example\",\"Click\")");
    rec.put("outlet", "=HYPERLINK(\"http://evil.example\")");
    rec.put("author", "+cmd|' /C calc'!A0");
    rec.put("published", "2024-03-02");
    // no speaker in the sentence: the author asserts it, so the hostile outlet names the source in every output
    rec.put("text", "Turkey has delivered Bayraktar TB2 drones to Kenya on Friday.\u009b2J");
    Files.writeString(in, rec.toString() + "\n");
    String db = dir.resolve("s.db").toString();
    assertThat(Cli.run("ingest", "--no-progress", "--db", db, in.toString()).code()).isZero();
    String entry = JSON.readTree(Cli.run("ledger", "--db", db, "--json").out().lines().findFirst().orElseThrow()).path("id").asText();
    String claim = Cli.run("claims", "--db", db, "--json").out().lines().map(l -> {
      try {
        return JSON.readTree(l).path("id").asText();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).findFirst().orElseThrow();
    for (Cli c : List.of(Cli.run("show", "--db", db, entry), Cli.run("show", "--db", db, claim), Cli.run("claims", "--db", db),
        Cli.run("ledger", "--db", db), Cli.run("stats", "--db", db), Cli.run("claims", "--db", db, "--json"))) {
      assertThat(c.code()).isZero();
      assertThat(c.out() + c.err()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b");
    }
    Path csv = dir.resolve("x.csv");
    assertThat(Cli.run("export", "--format", "csv", "--db", db, "--out", csv.toString()).code()).isZero();
    String text = Files.readString(csv);
    assertThat(text).doesNotContainPattern("(^|,)\"?[=+@-]").contains("'=HYPERLINK");
    for (String f : List.of("graphml", "stix", "jsonl")) {
      Path p = dir.resolve("x." + f);
      assertThat(Cli.run("export", "--format", f, "--db", db, "--out", p.toString()).code()).isZero();
      if (f.equals("graphml")) {
        assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(p.toFile()).getDocumentElement().getTagName()).isEqualTo("graphml");
      } else {
        for (String line : f.equals("stix") ? List.of(Files.readString(p)) : Files.readAllLines(p)) {
          JsonNode n = JSON.readTree(line);
          assertThat(n).isNotNull();
        }
      }
    }
  }

  /**
   * The same claims, entries and counts. Entry ids are compared by what they hold: the store keeps
   * the id an entry already had when a group is rebuilt, so when a later-arriving report splits a
   * group into two entries, which of them keeps the group's first id depends on the order the
   * articles were stored in (documented in the store); the entries themselves may not differ.
   */
  private static void assertSameStore(String db, String reference) {
    String claims = Cli.run("claims", "--db", db, "--json", "--limit", "0").out();
    String refClaims = Cli.run("claims", "--db", reference, "--json", "--limit", "0").out();
    java.util.Map<String, String> ids = entryNames(claims);
    java.util.Map<String, String> refIds = entryNames(refClaims);
    assertThat(renamed(claims, ids)).isEqualTo(renamed(refClaims, refIds));
    assertThat(renamed(Cli.run("ledger", "--db", db, "--json", "--limit", "0").out(), ids))
        .isEqualTo(renamed(Cli.run("ledger", "--db", reference, "--json", "--limit", "0").out(), refIds));
    assertThat(Cli.run("stats", "--db", db, "--json").out().replaceAll("\"database\":\"[^\"]*\"", ""))
        .isEqualTo(Cli.run("stats", "--db", reference, "--json").out().replaceAll("\"database\":\"[^\"]*\"", ""));
  }

  /** Each entry id of a claims listing, named by the ids of the claims it holds. */
  private static java.util.Map<String, String> entryNames(String claimsJson) {
    java.util.Map<String, java.util.TreeSet<String>> members = new java.util.TreeMap<>();
    claimsJson.lines().forEach(l -> {
      try {
        JsonNode n = JSON.readTree(l);
        members.computeIfAbsent(n.path("entry").asText(), k -> new java.util.TreeSet<>()).add(n.path("id").asText());
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    java.util.Map<String, String> out = new java.util.HashMap<>();
    members.forEach((id, cs) -> out.put(id, "entry-of[" + String.join(",", cs) + "]"));
    return out;
  }

  /** The lines with entry ids replaced by their names, sorted (a listing sorted by id may order ties by it). */
  private static List<String> renamed(String text, java.util.Map<String, String> ids) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("e-[0-9a-f]{16}").matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(ids.getOrDefault(m.group(), m.group())));
    }
    m.appendTail(sb);
    return sb.toString().lines().sorted().toList();
  }

  private static String[] concat(String[] a, String[] b) {
    String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }

}
