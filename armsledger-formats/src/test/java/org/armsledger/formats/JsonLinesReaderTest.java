package org.armsledger.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
  @TempDir Path dir;

  @Test
  void recordsInSeveralScraperShapesAndOneBadLineThatDoesNotStopTheFile() throws Exception {
    Fixtures.Read r = Fixtures.read(Fixtures.copy("scraper-export.jsonl", dir));
    assertThat(r.articles()).extracting(Article::id).containsExactly("aa-0001", "scraper-export:2", "html-1");
    Article a = r.article("aa-0001");
    assertThat(a.text()).startsWith("Turkey will supply Bayraktar Akinci drones to Kyrgyzstan");
    assertThat(a.title()).isNull(); // offsets point into the record's text field: the title is not in it
    assertThat(a.headline()).isEqualTo("Turkey to supply Akinci drones to Kyrgyzstan");
    assertThat(a.published()).isEqualTo("2023-09-14");
    assertThat(a.outlet()).isEqualTo("Anadolu-like");
    assertThat(a.byline()).isEqualTo("Selin Aydin");
    assertThat(a.fields()).containsEntry("tags", "[\"drones\",\"Central Asia\"]");
    assertThat(a.origin().line()).isEqualTo(1);
    assertThat(a.sourceMap().raw(10)).isEqualTo(10);
    Article np = r.article("scraper-export:2"); // news-please field names, no id
    assertThat(np.published()).isEqualTo("2024-01-20");
    assertThat(np.outlet()).isEqualTo("news.example.org");
    assertThat(np.byline()).isEqualTo("A. Hassan, L. Bianchi");
    Article html = r.article("html-1"); // only an html field: read as a page
    assertThat(html.text()).contains("Russia has delivered the last of 64 T-90S tanks").doesNotContain("Home | World");
    assertThat(html.published()).isEqualTo("2024-05-02");
    assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("bad-json", "not-english", "no-text", "bad-record");
    assertThat(r.diagnostics()).extracting(Diagnostic::location).allMatch(l -> l.matches(".*scraper-export\\.jsonl:[3467]"));
  }

  @Test
  void gzippedFileIsReadAndATruncatedOneKeepsTheRecordsBeforeTheBreak() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int i = 1; i <= 300; i++) {
      sb.append("{\"id\":\"r").append(i).append("\",\"text\":\"Record ").append(i).append(": India ordered more BrahMos missiles from its joint venture with Russia, officials said in New Delhi on the day.\"}\n");
    }
    ByteArrayOutputStream bo = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
      gz.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }
    Path whole = dir.resolve("dump.ndjson.gz");
    Files.write(whole, bo.toByteArray());
    assertThat(Fixtures.read(whole).articles()).hasSize(300);

    Path cut = dir.resolve("cut.jsonl.gz");
    Files.write(cut, Arrays.copyOf(bo.toByteArray(), bo.size() / 2));
    Fixtures.Read r = Fixtures.read(cut);
    assertThat(r.articles().size()).isBetween(1, 299);
    assertThat(r.diagnostics()).extracting(Diagnostic::code).last().isEqualTo("truncated");
  }

  @Test
  void overlongLineIsSkippedWithoutReadingItIntoMemory() throws Exception {
    Path p = dir.resolve("long.jsonl");
    String big = "{\"id\":\"big\",\"text\":\"" + "a ".repeat(50_000) + "\"}\n";
    Files.writeString(p, big + "{\"id\":\"small\",\"text\":\"Chile bought Leopard 2 tanks from Germany, the army said in a statement on Monday.\"}\n");
    Fixtures.Read r = Fixtures.read(p, new ArticleReaders.Options(10_000, false));
    assertThat(r.articles()).extracting(Article::id).containsExactly("small");
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("too-large");
      assertThat(d.location()).endsWith("long.jsonl:1");
    });
  }

  @Test
  void jsonArrayFileIsReadElementByElement() throws Exception {
    Path p = dir.resolve("export.json");
    Files.writeString(p, "[{\"id\":\"x1\",\"text\":\"Greece received F-16 upgrades from the United States, Athens said on Tuesday in a statement.\"},{\"id\":\"x2\"}, 7]");
    Fixtures.Read r = Fixtures.read(p);
    assertThat(r.articles()).extracting(Article::id).containsExactly("x1");
    assertThat(r.codes()).containsExactly("no-text", "bad-record");
    assertThat(r.diagnostics().get(1).location()).endsWith("export.json#3");
  }
}
