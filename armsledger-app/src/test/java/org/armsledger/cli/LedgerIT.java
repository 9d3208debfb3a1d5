package org.armsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger end to end: ingest of the seed articles and of news records written for this test
 * (a contract, a delivery and its syndicated copy, a report and a denial, a rejection and a later
 * delivery), then the ledger, claims, show and stats commands, re-ingest, and the same on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerIT {
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path SEEDS = Path.of("../shared/corpora/seeds");
  static final Path NEWS = Path.of("armsledger-app/src/test/resources/org/armsledger/cli/ledger/ledger-news.jsonl");

  @TempDir static Path dir;
  String db;
  Cli first;

  @BeforeAll
  void ingest() {
    db = dir.resolve("ledger.db").toString();
    first = Cli.run("ingest", "--db", db, "--progress", SEEDS.toString(), NEWS.toString());
  }

  static List<JsonNode> lines(String out) throws IOException {
    List<JsonNode> l = new ArrayList<>();
    for (String s : out.split("\n")) {
      if (!s.isBlank()) {
        l.add(JSON.readTree(s));
      }
    }
    return l;
  }

  JsonNode entry(String supplier, String recipient) throws IOException {
    Cli c = Cli.run("ledger", "--db", db, "--json", "--supplier", supplier, "--recipient", recipient);
    List<JsonNode> es = lines(c.out());
    assertThat(es).as(c.err()).hasSize(1);
    return es.get(0);
  }

  @Test
  void ingestStoresEveryArticleAndSummarises() {
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.err()).contains("12 articles: 12 added, 0 replaced, 0 unchanged, 0 skipped").contains("now holds 12 documents");
  }

  @Test
  void aDeliveryAndItsSyndicatedCopyAreOneOriginBesideTheContract() throws IOException {
    JsonNode k2 = entry("South Korea", "poland");
    assertThat(k2.get("item").asText()).isEqualTo("K2 Black Panther");
    assertThat(k2.get("status").asText()).isEqualTo("delivered");
    assertThat(k2.get("claims").asInt()).isEqualTo(3);
    assertThat(k2.get("outlets").asInt()).isEqualTo(3);
    assertThat(k2.get("origins").asInt()).isEqualTo(2);
    assertThat(k2.get("ordered_quantity").asDouble()).isEqualTo(180);
    assertThat(k2.get("delivered_quantity").asDouble()).isEqualTo(10);
    assertThat(k2.get("first_reported").asText()).isEqualTo("2022-08-27");
    assertThat(k2.get("last_reported").asText()).isEqualTo("2022-12-07");
    List<String> history = new ArrayList<>();
    k2.get("history").forEach(s -> history.add(s.get("status").asText()));
    assertThat(history).containsExactly("agreed", "delivered");
  }

  @Test
  void denialsAndRejectionsFollowedByDeliveryAreContradictions() throws IOException {
    JsonNode blr = entry("BLR", "RUS");
    assertThat(blr.get("disputed").asBoolean()).isTrue();
    assertThat(blr.get("contradictions").get(0).get("kind").asText()).isEqualTo("denial");
    JsonNode leo = entry("Germany", "Ukraine");
    assertThat(leo.get("status").asText()).isEqualTo("delivered");
    assertThat(leo.get("contradictions").get(0).get("kind").asText()).isEqualTo("rejected-then-delivered");
  }

  @Test
  void theLedgerTableFiltersAndCounts() {
    Cli all = Cli.run("ledger", "--db", db, "--limit", "0");
    assertThat(all.code()).isZero();
    assertThat(all.out()).startsWith("ENTRY").contains("South Korea").contains("disputed: denial");
    long rows = all.out().lines().filter(l -> l.startsWith("e-")).count();
    assertThat(all.out()).contains(rows + " of " + rows + " entries");
    Cli iran = Cli.run("ledger", "--db", db, "--supplier", "Russia", "--recipient", "Iran", "--designation", "su-35");
    // the Su-35 sale and the training of Iranian pilots on it are two entries: relation is part of the key
    assertThat(iran.out().lines().filter(l -> l.startsWith("e-")))
        .hasSize(2).allMatch(l -> l.contains("Su-35")).anyMatch(l -> l.contains("transfer")).anyMatch(l -> l.contains("training"));
    Cli delivered = Cli.run("ledger", "--db", db, "--status", "delivered", "--since", "2023", "--category", "armored_vehicle");
    assertThat(delivered.out().lines().filter(l -> l.startsWith("e-"))).hasSize(2);
    Cli bad = Cli.run("ledger", "--db", db, "--since", "yesterday");
    assertThat(bad.code()).isNotZero();
    assertThat(bad.err()).contains("not a date").doesNotContain("Exception");
  }

  @Test
  void claimsListAndShowTraceEntriesToSentencesSourcesAndMergeReasons() throws IOException {
    List<JsonNode> claims = lines(Cli.run("claims", "--db", db, "--json", "--designation", "K2 Black Panther").out());
    assertThat(claims).hasSize(3);
    assertThat(claims).allSatisfy(c -> assertThat(c.get("entry").asText()).startsWith("e-"));
    assertThat(claims.get(0).get("provenance").get("outlet").asText()).isNotBlank();
    String entryId = claims.get(0).get("entry").asText();
    Cli show = Cli.run("show", "--db", db, entryId);
    assertThat(show.code()).isZero();
    assertThat(show.out()).contains("South Korea -> Poland").contains("history:").contains("agreed").contains("delivered")
        .contains("South Korea had signed a contract").contains("merged: same relation, supplier, recipient and item kind").contains("3 outlets, 2 independent origins");
    Cli claim = Cli.run("show", "--db", db, claims.get(0).get("id").asText());
    assertThat(claim.out()).contains("evidence: \"").contains("entry: " + entryId).contains("document: ");
    Cli table = Cli.run("claims", "--db", db, "--supplier", "DEU");
    assertThat(table.out()).startsWith("CLAIM").contains("Germany").contains("2 of 2 claims");
    Cli missing = Cli.run("show", "--db", db, "e-0000");
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no entry or claim with id e-0000");
  }

  @Test
  void statsCountDocumentsClaimsEntriesAndOrigins() throws IOException {
    JsonNode s = JSON.readTree(Cli.run("stats", "--db", db, "--json").out());
    assertThat(s.get("documents").asInt()).isEqualTo(12);
    assertThat(s.get("independent_origins").asInt()).isEqualTo(11);
    assertThat(s.get("claims").asInt()).isGreaterThan(65);
    assertThat(Cli.run("stats", "--db", db).out()).contains("entries by status:").contains("top suppliers:");
  }

  @Test
  void reIngestAddsNothingAndANewExtractorVersionReplacesClaims() throws Exception {
    String before = Cli.run("claims", "--db", db, "--json", "--limit", "0").out();
    Cli again = Cli.run("ingest", "--db", db, SEEDS.toString(), NEWS.toString());
    assertThat(again.err()).contains("0 added, 0 replaced, 12 unchanged");
    assertThat(Cli.run("claims", "--db", db, "--json", "--limit", "0").out()).isEqualTo(before);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE documents SET extractor = 'armsledger-extract/0.0.1' WHERE name LIKE 'k2-%'");
    }
    Cli upgraded = Cli.run("ingest", "--db", db, SEEDS.toString(), NEWS.toString());
    assertThat(upgraded.err()).contains("0 added, 3 replaced, 9 unchanged");
    assertThat(Cli.run("claims", "--db", db, "--json", "--limit", "0").out()).isEqualTo(before);
  }

  @Test
  void postgresHoldsTheSameLedgerAsSqlite() {
    String pg = org.armsledger.store.TestPostgres.newDatabase("armsledger_ledger_it");
    Cli ingest = Cli.run("ingest", "--db", pg, SEEDS.toString(), NEWS.toString());
    assertThat(ingest.code()).as(ingest.err()).isZero();
    assertThat(ingest.err()).contains("PostgreSQL");
    assertThat(Cli.run("ledger", "--db", pg, "--json", "--limit", "0").out())
        .isEqualTo(Cli.run("ledger", "--db", db, "--json", "--limit", "0").out());
    assertThat(Cli.run("claims", "--db", pg, "--json", "--limit", "0").out())
        .isEqualTo(Cli.run("claims", "--db", db, "--json", "--limit", "0").out());
  }

  @Test
  void anUnreachableDatabaseIsAOneLineError() {
    Cli c = Cli.run("ledger", "--db", "jdbc:postgresql://127.0.0.1:1/none?user=x&password=y&connectTimeout=2");
    assertThat(c.code()).isNotZero();
    assertThat(c.err().strip().lines()).hasSize(1);
    assertThat(c.err()).contains("cannot open database").doesNotContain("password=y");
  }
}
