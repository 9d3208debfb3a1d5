package org.armsledger.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.ingest.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs built to hurt: JSON that expands past any heap, strings past the cap, feeds nested
 * hundreds of thousands deep, WARC records whose Content-Length lies. Each is reported once, at its
 * place, in bounded memory, and what surrounds it is still read.
 */
class HostileInputTest {
  @TempDir Path dir;

  /** A stream of {@code head}, then {@code fill} repeated up to {@code size} bytes, then {@code tail}: generated, never held. */
  static InputStream generated(String head, String fill, long size, String tail) {
    byte[] h = head.getBytes(StandardCharsets.UTF_8);
    byte[] f = fill.getBytes(StandardCharsets.UTF_8);
    byte[] t = tail.getBytes(StandardCharsets.UTF_8);
    return new InputStream() {
      long pos;
      final long total = h.length + size + t.length;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (pos >= total) {
          return -1;
        }
        int n = 0;
        while (n < len && pos < total) {
          long p = pos;
          b[off + n++] = p < h.length ? h[(int) p] : p < h.length + size ? f[(int) ((p - h.length) % f.length)] : t[(int) (p - h.length - size)];
          pos++;
        }
        return n;
      }
    };
  }

  static List<ReadResult> json(InputStream in, long maxBytes) {
    List<ReadResult> out = new ArrayList<>();
    JsonLinesReader.readJson("bomb.json", "bomb", in, maxBytes, out::add);
    return out;
  }

  @Test
  void aJsonObjectExpandingToGigabytesIsRefusedAtTheLimitWithoutReadingOn() {
    // 8 GB of "1," inside one object: built into a tree it would need tens of GB of heap
    List<ReadResult> r = json(generated("{\"id\":\"x\",\"text\":\"Iran sent drones to Russia.\",\"junk\":[", "1,", 8L << 30, "1]}"), 1 << 20);
    assertThat(r).hasSize(1);
    Diagnostic d = r.get(0).diagnostic();
    assertThat(d.code()).isEqualTo("too-large");
    assertThat(d.location()).isEqualTo("bomb.json");
    assertThat(d.message()).contains("over the limit of 1048576 bytes (--max-bytes)");
  }

  @Test
  void aHugeElementOfAJsonArrayIsSkippedInConstantMemoryAndTheNextElementIsRead() {
    String good = "{\"id\":\"after\",\"text\":\"Germany delivered IRIS-T systems to Ukraine, Berlin said.\"}";
    List<ReadResult> r = json(generated("[{\"id\":\"before\",\"text\":\"France sold Rafale jets to India.\"},{\"junk\":[", "[1,{\"a\":\"bb\"}],", 300L << 20, "1]}," + good + "]"), 1 << 20);
    assertThat(r).hasSize(3);
    assertThat(r.get(0).article().id()).isEqualTo("before");
    assertThat(r.get(1).diagnostic().code()).isEqualTo("too-large");
    assertThat(r.get(1).diagnostic().location()).isEqualTo("bomb.json#2");
    assertThat(r.get(2).article().id()).isEqualTo("after");
  }

  @Test
  void aStringOverTheCapIsNamedAsSuch() {
    List<ReadResult> r = json(generated("[{\"id\":\"s\",\"text\":\"", "a", 3L << 20, "\"}]"), 1 << 20);
    assertThat(r).hasSize(1);
    assertThat(r.get(0).diagnostic().code()).isEqualTo("too-large");
    assertThat(r.get(0).diagnostic().message()).contains("string cap of 1048576 characters (--max-bytes)");
  }

  @Test
  void jsonNestedThousandsDeepIsRefusedNotRecursedInto() {
    List<ReadResult> r = json(generated("{\"text\":", "[", 100_000, ""), 1 << 30);
    assertThat(r).hasSize(1);
    assertThat(r.get(0).diagnostic().message()).contains("nested deeper than " + JsonLinesReader.MAX_DEPTH);
  }

  @Test
  void aGzippedJsonBombIsReportedAndTheFilesAroundItAreRead() throws IOException {
    Path bomb = dir.resolve("bomb.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb), 1 << 16) {
      {
        def.setLevel(Deflater.BEST_SPEED);
      }
    }; InputStream in = generated("{\"text\":\"x\",\"junk\":[", "1,", 256L << 20, "1]}")) {
      in.transferTo(out);
    }
    assertThat(Files.size(bomb)).isLessThan(4L << 20);
    Fixtures.Read r = Fixtures.read(bomb);
    assertThat(r.articles()).isEmpty();
    assertThat(r.codes()).containsExactly("too-large");
  }

  @Test
  void aFeedNestedFourHundredThousandDeepIsRefusedInOnePass() throws IOException {
    int depth = 400_000;
    Path feed = dir.resolve("deep.rss");
    Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title>" + "<a>".repeat(depth) + "</a>".repeat(depth) + "</channel></rss>");
    Fixtures.Read r = Fixtures.read(feed);
    assertThat(r.articles()).isEmpty();
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("bad-feed");
      assertThat(d.message()).contains("nested more than " + FeedArticles.MAX_DEPTH);
    });
    // a feed of ordinary depth still reads
    Path ok = dir.resolve("ok.rss");
    Files.writeString(ok, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>Kenya gets drones</title>"
        + "<description>Turkey has delivered Bayraktar TB2 drones to Kenya, the Kenyan defence ministry said on Friday.</description></item></channel></rss>");
    assertThat(Fixtures.read(ok).articles()).hasSize(1);
  }

  /** A WARC response record holding a page; {@code length} replaces its Content-Length when not null. */
  static byte[] record(int i, String length) {
    String body = "<html><head><title>Item " + i + "</title></head><body><article><p>Poland has received the first K2 tanks from South Korea, "
        + "the defence ministry in Warsaw said on day " + i + ".</p></article></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + body;
    String len = length != null ? length : String.valueOf(http.getBytes(StandardCharsets.UTF_8).length);
    String head = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000" + i + ">\r\n"
        + "WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Target-URI: http://x.example/" + i + "\r\nContent-Type: application/http;msgtype=response\r\n"
        + "Content-Length: " + len + "\r\n\r\n";
    return (head + http + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void warcRecordsWithLyingLengthsAreReportedOnceAtTheirOffsetAndTheRestIsRead() throws IOException {
    for (boolean gz : new boolean[] {false, true}) {
      Path warc = dir.resolve(gz ? "lie.warc.gz" : "lie.warc");
      List<Long> starts = new ArrayList<>();
      try (OutputStream out = Files.newOutputStream(warc)) {
        String[] lengths = {null, null, "abc", null, "99999", null};
        long pos = 0;
        for (int i = 0; i < lengths.length; i++) {
          byte[] rec = record(i, lengths[i]);
          if (gz) {
            java.io.ByteArrayOutputStream member = new java.io.ByteArrayOutputStream();
            try (GZIPOutputStream g = new GZIPOutputStream(member)) {
              g.write(rec);
            }
            rec = member.toByteArray();
          }
          starts.add(pos);
          out.write(rec);
          pos += rec.length;
        }
      }
      Fixtures.Read r = Fixtures.read(warc);
      assertThat(r.articles()).extracting(a -> a.origin().offset()).as(warc.toString())
          .containsExactly(starts.get(0), starts.get(1), starts.get(3), starts.get(5));
      assertThat(r.diagnostics()).extracting(Diagnostic::location)
          .containsExactly(warc + "@" + starts.get(2), warc + "@" + starts.get(4));
      assertThat(r.diagnostics().get(0).message()).contains("abc").contains("resumes at the next record, @" + starts.get(3));
    }
  }

  @Test
  void aWarcCutInsideItsLastRecordSaysSoOnce() throws IOException {
    Path warc = dir.resolve("cut.warc");
    byte[] a = record(0, null);
    byte[] b = record(1, null);
    try (OutputStream out = Files.newOutputStream(warc)) {
      out.write(a);
      out.write(b, 0, b.length / 2);
    }
    Fixtures.Read r = Fixtures.read(warc);
    assertThat(r.articles()).hasSize(1);
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.location()).isEqualTo(warc + "@" + a.length);
      assertThat(d.code()).isEqualTo("truncated");
    });
  }

  @Test
  void aControlCharacterInAWarcRecordTypeStaysOutOfTheDiagnostic() throws IOException {
    // found by JazzerWarcFuzz: the record type went into the diagnostic's code unfiltered
    Path warc = Files.write(dir.resolve("crash.warc"), Fixtures.bytes("JazzerWarcFuzzInputs/fuzz/crash-control-in-warc-type.warc"));
    Fixtures.Read r = Fixtures.read(warc);
    assertThat(r.diagnostics()).isNotEmpty().allSatisfy(d -> assertThat(d.toString().chars().filter(org.armsledger.text.Printable::control)).isEmpty());
  }

  @Test
  void copyDetectionHoldsOnlyItsWindowSoMemoryIsBoundedByIt() {
    SyndicationDetector d = new SyndicationDetector(0.5, 0.8, 4);
    String story = "Paris agreed to sell three more batteries of Caesar howitzers to Yerevan, the defence ministry said on Tuesday, after months of talks.";
    assertThat(d.observe(art("first", story)).isCopy()).isFalse();
    assertThat(d.observe(art("copy-near", story)).duplicateOf()).isEqualTo("first");
    for (int i = 0; i < 10; i++) {
      d.observe(art("other-" + i, "Unrelated story number " + i + " about the weather in a town far away from any front, with rain and wind " + i));
    }
    // the original and its first copy left the window: a new copy starts a new origin
    assertThat(d.observe(art("copy-far", story)).isCopy()).isFalse();
    assertThat(d.observe(art("copy-next", story)).duplicateOf()).isEqualTo("copy-far");
    assertThat(d.size()).isEqualTo(14);
  }

  private static Article art(String id, String text) {
    return Article.builder(id, org.armsledger.ingest.Origin.file(id + ".txt", "txt"), text).build();
  }
}
