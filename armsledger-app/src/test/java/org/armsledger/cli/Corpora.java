package org.armsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the corpus integration tests share: the claim schema check, the shared scorer, its figures. */
final class Corpora {
  static final Path SHARED = Path.of("..", "shared");

  private Corpora() {}

  /** Asserts every line is valid against the claim schema and its evidence stands at its offsets in {@code corpus}. */
  static void assertValidClaims(List<String> lines, Path corpus) throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    ObjectMapper json = new ObjectMapper();
    Path schemaFile = SHARED.resolve("schema/claim.schema.json").toAbsolutePath().normalize();
    // the schema's $id is relative: it resolves against where the file stands
    Schema schema = registry.getSchema(SchemaLocation.of(schemaFile.toUri().toString()), json.readTree(schemaFile.toFile()));
    for (String line : lines) {
      JsonNode node = json.readTree(line);
      assertThat(schema.validate(node)).as(line).isEmpty();
      JsonNode ev = node.get("evidence");
      String doc = Files.readString(corpus.resolve(node.get("doc").asText() + ".txt"), StandardCharsets.UTF_8);
      assertThat(doc.substring(ev.get("start").asInt(), ev.get("end").asInt())).isEqualTo(ev.get("text").asText());
    }
  }

  /** The shared scorer's report on {@code pred} against {@code gold} (a path under ../shared). */
  static String score(String gold, Path pred) throws Exception {
    Process p = new ProcessBuilder("python3", SHARED.resolve("tools/score.py").toString(), "--gold", SHARED.resolve(gold).toString(), "--pred", pred.toString())
        .redirectErrorStream(true)
        .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    return out;
  }

  /** The number the first group of {@code regex} finds in the scorer's report. */
  static double figure(String out, String regex) {
    Matcher m = Pattern.compile("(?m)" + regex).matcher(out);
    assertThat(m.find()).as(out).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
