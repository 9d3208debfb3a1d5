package org.armsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code armsledger extract} over the seed corpus in ../shared, validates every line against
 * the claim schema, and scores it with the shared scorer. The thresholds are regression guards at
 * the level measured (F1 0.972, status 1.000, source 1.000, no direction flips).
 */
class SeedCorpusIT {
  static final Path SHARED = Path.of("..", "shared");
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
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    ObjectMapper json = new ObjectMapper();
    Path schemaFile = SHARED.resolve("schema/claim.schema.json").toAbsolutePath().normalize();
    // the schema's $id is relative: it resolves against where the file stands
    Schema schema = registry.getSchema(SchemaLocation.of(schemaFile.toUri().toString()), json.readTree(schemaFile.toFile()));
    assertThat(lines).hasSizeGreaterThan(40);
    for (String line : lines) {
      JsonNode node = json.readTree(line);
      List<Error> errors = schema.validate(node);
      assertThat(errors).as(line).isEmpty();
      JsonNode ev = node.get("evidence");
      String doc = Files.readString(SHARED.resolve("corpora/seeds/" + node.get("doc").asText() + ".txt"), StandardCharsets.UTF_8);
      assertThat(doc.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
    }
  }

  @Test
  void theSeedScoreDoesNotRegress() throws Exception {
    Process p =
        new ProcessBuilder("python3", SHARED.resolve("tools/score.py").toString(), "--gold", SHARED.resolve("gold/seeds.gold.json").toString(), "--pred", claims.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    assertThat(figure(out, "F1")).as(out).isGreaterThanOrEqualTo(0.97);
    assertThat(figure(out, "status")).as(out).isGreaterThanOrEqualTo(0.98);
    assertThat(figure(out, "source")).as(out).isGreaterThanOrEqualTo(0.98);
    Matcher flips = Pattern.compile("direction flips (\\d+)").matcher(out);
    assertThat(flips.find()).isTrue();
    assertThat(Integer.parseInt(flips.group(1))).as(out).isZero();
  }

  @Test
  void theSameInputGivesTheSameClaimsInTheSameOrder() throws IOException {
    Path again = dir.resolve("again.jsonl");
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "extract", "--threads", "1", SHARED.resolve("corpora/seeds").toString(), "--out", again.toString());
    assertThat(code).isZero();
    assertThat(Files.readAllLines(again, StandardCharsets.UTF_8)).isEqualTo(lines);
  }

  private static double figure(String out, String name) {
    Matcher m = Pattern.compile("(?m)^F1 .*\\b" + Pattern.quote(name) + " ([0-9.]+)").matcher(out);
    if (name.equals("F1")) {
      m = Pattern.compile("(?m)^F1 ([0-9.]+)").matcher(out);
    }
    assertThat(m.find()).as(out).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
