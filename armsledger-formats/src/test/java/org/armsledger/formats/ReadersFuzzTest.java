package org.armsledger.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Property tests: whatever bytes arrive under whatever name, every reader returns articles and
 * diagnostics (never an exception), finishes quickly, and what it returns is well formed. Inputs
 * are random bytes and mutations (bit flips, cuts, splices, junk markup, NULs) of realistic
 * fixtures of every format, so the readers' deep paths are reached, not only their sniffing.
 */
class ReadersFuzzTest {
  private static Path dir;
  private static final List<String> NAMES =
      List.of("a.txt", "a.html", "a.jsonl", "a.jsonl.gz", "a.json", "a.warc", "a.warc.gz", "a.rss", "a.atom", "noext");
  private static List<byte[]> seeds;

  @BeforeContainer
  static void setUp() throws Exception {
    dir = Files.createTempDirectory("armsledger-fuzz");
    Path warc = WarcArticlesTest.crawl(dir, WarcCompression.NONE);
    Path warcGz = WarcArticlesTest.crawl(dir, WarcCompression.GZIP);
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(Fixtures.bytes("scraper-export.jsonl"));
    }
    seeds =
        List.of(
            Fixtures.bytes("k9-poland.html"),
            Fixtures.bytes("rafale-opinion.html"),
            Fixtures.bytes("defence-wire.rss"),
            Fixtures.bytes("ministry.atom"),
            Fixtures.bytes("scraper-export.jsonl"),
            gz.toByteArray(),
            Files.readAllBytes(warc),
            Files.readAllBytes(warcGz),
            "Tanks for Chile\ndate 2021-03-04\nGermany sold Leopard 2 tanks to Chile.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  @AfterContainer
  static void tearDown() throws IOException {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of(NAMES);
  }

  @Provide
  Arbitrary<byte[]> randomBytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
  }

  @Property(tries = 300)
  void randomBytesUnderAnyNameNeverThrow(@ForAll("randomBytes") byte[] bytes, @ForAll("names") String name) throws IOException {
    check(bytes, name);
  }

  @Property(tries = 400)
  void mutatedRealInputsNeverThrow(@ForAll("names") String name, @ForAll long seed) throws IOException {
    Random r = new Random(seed);
    byte[] base = seeds.get(r.nextInt(seeds.size()));
    check(mutate(base, r), name);
  }

  static byte[] mutate(byte[] in, Random r) {
    byte[] b = in.clone();
    switch (r.nextInt(6)) {
      case 0 -> { // flip bytes
        for (int i = 0; i < 1 + r.nextInt(20); i++) {
          b[r.nextInt(b.length)] ^= (byte) (1 << r.nextInt(8));
        }
      }
      case 1 -> b = java.util.Arrays.copyOf(b, r.nextInt(b.length)); // cut
      case 2 -> { // splice a chunk elsewhere
        int from = r.nextInt(b.length);
        int len = Math.min(b.length - from, r.nextInt(400));
        int at = r.nextInt(b.length);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(b, 0, at);
        o.write(b, from, len);
        o.write(b, at, b.length - at);
        b = o.toByteArray();
      }
      case 3 -> { // junk markup
        int at = r.nextInt(b.length);
        String junk = List.of("<div>".repeat(700), "</p></p></html>", "<![CDATA[", "&#xFFFFFFFF;", "<!--", "{\"id\":", "\u0000\u0000", "<script>", "WARC/1.1\r\n").get(r.nextInt(9));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.write(b, 0, at);
        o.writeBytes(junk.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        o.write(b, at, b.length - at);
        b = o.toByteArray();
      }
      case 4 -> { // overwrite with NULs or high bytes
        int at = r.nextInt(b.length);
        for (int i = at; i < Math.min(b.length, at + r.nextInt(64)); i++) {
          b[i] = r.nextBoolean() ? 0 : (byte) 0xFF;
        }
      }
      default -> {} // the seed itself under another name
    }
    return b;
  }

  private static void check(byte[] bytes, String name) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    Fixtures.Read r = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Fixtures.read(p, new ArticleReaders.Options(1_000_000, false)));
    for (Article a : r.articles()) {
      assertThat(a.id()).isNotBlank();
      assertThat(a.text()).isNotNull();
      if (a.title() != null) {
        assertThat(a.title().end()).isLessThanOrEqualTo(a.text().length());
      }
      for (int i = 0; i < a.text().length(); i += 97) {
        assertThat(a.sourceMap().raw(i)).isGreaterThanOrEqualTo(-1);
      }
      assertThat(a.location()).startsWith(p.toString());
    }
    for (Diagnostic d : r.diagnostics()) {
      assertThat(d.message()).isNotBlank().doesNotContain("\n");
      assertThat(d.location()).startsWith(p.toString());
    }
    // a file gives at least one record or one diagnostic, except an empty JSON Lines file
    if (bytes.length > 0 && r.articles().isEmpty() && r.diagnostics().isEmpty()) {
      assertThat(name).containsAnyOf(".jsonl", ".json");
    }
    Files.deleteIfExists(p);
  }
}
