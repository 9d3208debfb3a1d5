package org.armsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code extract} over a folder holding every format at once: claims valid against the schema,
 * each traced to its file, record and raw span; article records with copies found; every input
 * record accounted for in the summary.
 */
class FormatsIT {
  private static final Path SHARED = Path.of("..", "shared");
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void mixedFolderOfPagesFeedsAndJsonLinesGivesTraceableClaims() throws Exception {
    String page =
        "<!doctype html><html lang=en><head><title>Chile buys Leopards - Andes Defence</title>"
            + "<meta property=\"og:site_name\" content=\"Andes Defence\"><meta property=\"article:published_time\" content=\"2022-06-01T10:00:00Z\">"
            + "<link rel=canonical href=\"https://andes.example/news/chile-leopards\"></head><body><nav>Home</nav><article><h1>Chile buys Leopards</h1>"
            + "<p>Germany has delivered 20 Leopard 2A4 tanks to Chile, the Chilean army said on Wednesday.</p>"
            + "<p>The tanks arrived at the port of Valpara&iacute;so aboard a freighter.</p></article><footer>&copy; Andes Defence</footer></body></html>";
    Files.writeString(dir.resolve("chile.html"), page, StandardCharsets.UTF_8);
    // the same story reposted under another name, with a repost line
    Files.writeString(
        dir.resolve("repost.html"),
        page.replace("Andes Defence", "Pacific Daily").replace("</article>", "<p>This article originally appeared on Andes Defence and is republished with permission.</p></article>"),
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("wire.rss"),
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>https://wire.example/</link><description>d</description>"
            + "<item><title>Peru orders KAI trainers</title><link>https://wire.example/peru</link><pubDate>Mon, 03 Apr 2023 09:00:00 GMT</pubDate>"
            + "<description>Peru has ordered KT-1 trainer aircraft from South Korea, the Peruvian air force said.</description></item></channel></rss>",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("dump.jsonl"),
        "{\"id\":\"n1\",\"url\":\"https://n.example/a\",\"title\":\"t\",\"published\":\"2024-02-02\",\"text\":\"Indonesia received two Rafale fighters from France, the Indonesian air force said.\"}\n"
            + "{\"id\":\"n2\",\"text\":\"Broken\n"
            + "{\"id\":\"n3\",\"text\":\"La Grèce a reçu des avions Rafale de la France, selon le ministère de la Défense qui a publié un communiqué sur le sujet.\"}\n",
        StandardCharsets.UTF_8);
    Files.write(dir.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0});
    Path claims = dir.resolve("out/claims.jsonl");
    Path articles = dir.resolve("out/articles.jsonl");
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "extract", dir.toString(), "--out", claims.toString(), "--articles", articles.toString());
    String e = err.toString();
    assertThat(code).as(e).isEqualTo(1); // the broken JSON line is an error
    assertThat(e).contains("dump.jsonl:2: not a JSON object").contains("dump.jsonl:3: article n3 is not in English: text reads as fr");
    assertThat(e).contains("5 files read, 4 extracted, 2 skipped");
    assertThat(e).contains("skipped: 1 bad-json, 1 not-english").contains("not articles: 1 unsupported-file");
    assertThat(e).contains("1 copies or near-copies");

    Path schemaFile = SHARED.resolve("schema/claim.schema.json").toAbsolutePath().normalize();
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(SchemaLocation.of(schemaFile.toUri().toString()), JSON.readTree(schemaFile.toFile()));
    Map<String, JsonNode> byDoc = new TreeMap<>();
    for (String line : Files.readAllLines(claims)) {
      JsonNode c = JSON.readTree(line);
      assertThat(schema.validate(c)).as(line).isEmpty();
      byDoc.put(c.get("doc").asText(), c);
    }
    assertThat(byDoc.keySet()).contains("chile", "repost", "wire#1", "n1");
    JsonNode chile = byDoc.get("chile");
    assertThat(chile.at("/supplier/id").asText()).isEqualTo("DEU");
    assertThat(chile.at("/recipient/id").asText()).isEqualTo("CHL");
    assertThat(chile.at("/provenance/format").asText()).isEqualTo("html");
    assertThat(chile.at("/provenance/outlet").asText()).isEqualTo("Andes Defence");
    // the raw span is the sentence in the page's source
    String raw = Files.readString(dir.resolve("chile.html"));
    assertThat(raw.substring(chile.at("/provenance/raw/start").asInt(), chile.at("/provenance/raw/end").asInt())).isEqualTo(chile.at("/evidence/text").asText());
    assertThat(byDoc.get("n1").at("/provenance/line").asInt()).isEqualTo(1);
    assertThat(byDoc.get("wire#1").at("/provenance/entry").asInt()).isEqualTo(1);
    assertThat(byDoc.get("repost").at("/provenance/duplicate_of").asText()).isEqualTo("chile");
    assertThat(byDoc.get("repost").at("/provenance/syndicated_from").asText()).isEqualTo("Andes Defence");

    List<JsonNode> recs = new ArrayList<>();
    for (String line : Files.readAllLines(articles)) {
      recs.add(JSON.readTree(line));
    }
    assertThat(recs).extracting(r -> r.get("id").asText()).containsExactly("chile", "n1", "repost", "wire#1");
    JsonNode repost = recs.get(2);
    assertThat(repost.get("similarity").asDouble()).isGreaterThan(0.5);
    assertThat(repost.get("origin").asText()).isEqualTo("chile");
    assertThat(repost.at("/statement/text").asText()).isEqualTo("This article originally appeared on Andes Defence");
  }
}
