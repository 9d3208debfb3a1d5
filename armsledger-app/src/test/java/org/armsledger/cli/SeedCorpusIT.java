package org.armsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code armsledger extract} over the seed corpus in ../shared, validates every line against
 * the claim schema, and scores it with the shared scorer. The thresholds are regression guards at
 * the level measured (F1 0.972, status 1.000, source 1.000, no direction flips).
 */
class SeedCorpusIT {
  static final Path SHARED = Corpora.SHARED;
  @TempDir static Path dir;
  static Path claims;
  static List<String> lines;

  @BeforeAll
  static void extract() throws IOException {
    claims = dir.resolve("claims.jsonl");
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "extract", SHARED.resolve("corpora/seeds").toString(), "--out", claims.toString());
    assertThat(code).as(err.toString()).isZero();
    assertThat(err.toString()).contains("5 files read, 5 extracted, 0 skipped");
    lines = Files.readAllLines(claims, StandardCharsets.UTF_8);
  }

  @Test
  void everyLineIsValidAgainstTheClaimSchema() throws IOException {
    assertThat(lines).hasSizeGreaterThan(40);
    Corpora.assertValidClaims(lines, SHARED.resolve("corpora/seeds"));
  }

  @Test
  void theSeedScoreDoesNotRegress() throws Exception {
    String out = Corpora.score("gold/seeds.gold.json", claims);
    assertThat(Corpora.figure(out, "^F1 ([0-9.]+)")).as(out).isGreaterThanOrEqualTo(0.97);
    assertThat(Corpora.figure(out, "^F1 .*\\bstatus ([0-9.]+)")).as(out).isGreaterThanOrEqualTo(0.98);
    assertThat(Corpora.figure(out, "^F1 .*\\bsource ([0-9.]+)")).as(out).isGreaterThanOrEqualTo(0.98);
    assertThat(Corpora.figure(out, "direction flips (\\d+)")).as(out).isZero();
  }

  @Test
  void theSameInputGivesTheSameClaimsInTheSameOrder() throws IOException {
    Path again = dir.resolve("again.jsonl");
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "extract", "--threads", "1", SHARED.resolve("corpora/seeds").toString(), "--out", again.toString());
    assertThat(code).isZero();
    assertThat(Files.readAllLines(again, StandardCharsets.UTF_8)).isEqualTo(lines);
  }
}
