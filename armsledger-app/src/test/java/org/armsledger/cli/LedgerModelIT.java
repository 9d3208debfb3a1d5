package org.armsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger model end to end on the seed articles: one entry per supply with its systems as lines,
 * the same ledger however the articles arrive, entry ids that survive, articles kept in the store.
 */
class LedgerModelIT {
  @TempDir Path dir;

  static List<JsonNode> ledger(String db, String... filters) throws IOException {
    List<String> args = new ArrayList<>(List.of("ledger", "--db", db, "--json", "--limit", "0"));
    args.addAll(List.of(filters));
    Cli c = Cli.run(args.toArray(String[]::new));
    assertThat(c.code()).as(c.err()).isZero();
    return LedgerIT.lines(c.out());
  }

  static void ingest(String db, Path... paths) {
    List<String> args = new ArrayList<>(List.of("ingest", "--db", db));
    Stream.of(paths).forEach(p -> args.add(p.toString()));
    Cli c = Cli.run(args.toArray(String[]::new));
    assertThat(c.code()).as(c.err()).isZero();
  }

  /** A lightly edited copy of the second seed article (two words changed), as a syndicating outlet would run it. */
  Path editedCopy() throws IOException {
    Path seed;
    try (Stream<Path> s = Files.list(LedgerIT.SEEDS)) {
      seed = s.filter(p -> p.toString().endsWith(".txt")).sorted().skip(1).findFirst().orElseThrow();
    }
    String text = Files.readString(seed, StandardCharsets.UTF_8);
    String edited = text.replaceFirst(" the ", " this ").replaceFirst(" said", " told reporters");
    assertThat(edited).isNotEqualTo(text);
    Path folder = Files.createDirectories(dir.resolve("copy"));
    return Files.writeString(folder.resolve("edited-copy.txt"), edited, StandardCharsets.UTF_8);
  }

  @Test
  void irandDronesForRussiaAreOneEntryBackedByThreeArticlesWithTheSystemsAsLines() throws IOException {
    String db = dir.resolve("seeds.db").toString();
    ingest(db, LedgerIT.SEEDS);
    List<JsonNode> drones = ledger(db, "--supplier", "Iran", "--recipient", "Russia", "--category", "uav").stream()
        .filter(e -> e.get("relation").asText().equals("transfer")).toList();
    assertThat(drones).singleElement().satisfies(e -> {
      assertThat(e.get("kind").asText()).isEqualTo("uav");
      assertThat(e.get("documents").asInt()).isGreaterThanOrEqualTo(3);
      assertThat(e.get("origins").asInt()).isGreaterThanOrEqualTo(3);
      List<String> lines = new ArrayList<>();
      e.get("lines").forEach(l -> lines.add(l.path("designation").isTextual() ? l.get("designation").asText() : "(none)"));
      assertThat(lines).contains("(none)").anyMatch(l -> l.startsWith("Shahed"));
      int claims = 0;
      for (JsonNode l : e.get("lines")) {
        claims += l.get("claim_count").asInt();
      }
      assertThat(claims).isEqualTo(e.get("claims").asInt());
    });
    // a generic missile claim joins the entry of the named missiles: one missile entry per relation
    List<JsonNode> missiles = ledger(db, "--supplier", "Iran", "--recipient", "Russia").stream()
        .filter(e -> e.get("kind").asText().equals("missiles") && e.get("relation").asText().equals("transfer")).toList();
    assertThat(missiles).hasSize(1);
  }

  @Test
  void theSameArticlesGiveTheSameLedgerAtOnceInTwoRunsAndInTwoRunsReversed() throws IOException {
    Path copy = editedCopy();
    String once = dir.resolve("once.db").toString();
    ingest(once, LedgerIT.SEEDS, copy.getParent());
    String two = dir.resolve("two.db").toString();
    ingest(two, LedgerIT.SEEDS);
    ingest(two, copy.getParent());
    String reversed = dir.resolve("reversed.db").toString();
    ingest(reversed, copy.getParent());
    ingest(reversed, LedgerIT.SEEDS);
    List<String> expected = ledger(once).stream().map(JsonNode::toString).sorted().toList();
    assertThat(expected).hasSizeGreaterThan(10);
    assertThat(ledger(two).stream().map(JsonNode::toString).sorted().toList()).isEqualTo(expected);
    assertThat(ledger(reversed).stream().map(JsonNode::toString).sorted().toList()).isEqualTo(expected);
    // the copy is found whatever the order: it adds an article but no independent origin
    Cli stats = Cli.run("stats", "--db", reversed, "--json");
    JsonNode s = LedgerIT.JSON.readTree(stats.out());
    assertThat(s.get("documents").asInt()).isEqualTo(6);
    assertThat(s.get("independent_origins").asInt()).isEqualTo(5);
  }

  @Test
  void articlesAreKeptSoTheyCanBeShownAndReadAgainWithoutTheirFiles() throws IOException {
    Path files = Files.createDirectories(dir.resolve("articles"));
    try (Stream<Path> s = Files.list(LedgerIT.SEEDS)) {
      for (Path p : s.filter(p -> p.toString().endsWith(".txt")).toList()) {
        Files.copy(p, files.resolve(p.getFileName()));
      }
    }
    Files.writeString(files.resolve("caption-only.txt"), "Photo: Reuters\n", StandardCharsets.UTF_8);
    String db = dir.resolve("kept.db").toString();
    Cli first = Cli.run("ingest", "--db", db, files.toString());
    assertThat(first.err()).contains("caption-only.txt: no article sentences left after cleaning").contains("(stored without claims; not read again)");
    List<JsonNode> before = ledger(db);
    JsonNode claim = LedgerIT.lines(Cli.run("claims", "--db", db, "--json", "--limit", "1").out()).get(0);

    Cli article = Cli.run("article", "--db", db, claim.get("id").asText());
    assertThat(article.code()).as(article.err()).isZero();
    assertThat(article.out()).contains("[[" + claim.get("evidence").get("text").asText() + "]]^").contains(claim.get("id").asText());
    Cli show = Cli.run("show", "--db", db, claim.get("id").asText());
    assertThat(show.out()).contains("in its paragraph:").contains("[[" + claim.get("evidence").get("text").asText() + "]]");

    // the article without sentences is not read (nor reported) again
    Cli again = Cli.run("ingest", "--db", db, files.toString());
    assertThat(again.err()).contains("0 added, 0 replaced, 6 unchanged, 0 skipped").doesNotContain("no article sentences");

    // the files gone, the store re-reads its own articles to the same ledger
    try (Stream<Path> s = Files.list(files)) {
      for (Path p : s.toList()) {
        Files.delete(p);
      }
    }
    Cli reread = Cli.run("ingest", "--db", db, "--reextract");
    assertThat(reread.code()).as(reread.err()).isZero();
    assertThat(reread.err()).contains("6 articles: 0 added, 6 replaced");
    assertThat(ledger(db).stream().map(JsonNode::toString).sorted().toList())
        .isEqualTo(before.stream().map(JsonNode::toString).sorted().toList());
  }

  @Test
  void aNewWindowRebuildsTheLedgerAndEntryIdsMergedAwayStillResolve() throws IOException {
    String db = dir.resolve("window.db").toString();
    ingest(db, LedgerIT.SEEDS);
    List<JsonNode> wide = ledger(db);
    Cli narrow = Cli.run("ingest", "--db", db, "--window-days", "30", LedgerIT.SEEDS.toString());
    assertThat(narrow.err()).contains("merge window changed from 1096 to 30 days");
    List<JsonNode> split = ledger(db);
    assertThat(split.size()).isGreaterThan(wide.size());
    // every entry id of the wide ledger is still an entry of the narrow one
    List<String> splitIds = split.stream().map(e -> e.get("id").asText()).toList();
    assertThat(splitIds).containsAll(wide.stream().map(e -> e.get("id").asText()).toList());
    Cli back = Cli.run("ingest", "--db", db, "--window-days", "1096", LedgerIT.SEEDS.toString());
    assertThat(back.code()).isZero();
    assertThat(ledger(db).stream().map(e -> e.get("id").asText()).sorted().toList())
        .isEqualTo(wide.stream().map(e -> e.get("id").asText()).sorted().toList());
    // the entries the narrow window split off were merged back: their ids say where they went
    String gone = splitIds.stream().filter(id -> wide.stream().noneMatch(e -> e.get("id").asText().equals(id))).findFirst().orElseThrow();
    Cli show = Cli.run("show", "--db", db, gone);
    assertThat(show.code()).as(show.err()).isZero();
    assertThat(show.err()).contains("entry " + gone + " is now e-");
    assertThat(show.out()).contains("lines (systems):");
  }
}
