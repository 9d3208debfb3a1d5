package org.armsledger.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcArticlesTest {
  @TempDir Path dir;

  static byte[] http(int status, String contentType, byte[] body) {
    String head = "HTTP/1.1 " + status + " X\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = Arrays.copyOf(h, h.length + body.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }

  /** A small crawl the way Heritrix or Browsertrix write one: info, requests, responses of every kind. */
  static Path crawl(Path dir, WarcCompression compression) throws Exception {
    Path p = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
    byte[] page = Fixtures.bytes("k9-poland.html");
    String dateless = "<html><head><title>Algeria receives Su-30 fighters</title></head><body><article><p>Algeria has received a new batch of Su-30MKA fighters from Russia, Algerian media reported, citing the defence ministry.</p></article></body></html>";
    try (FileChannel ch = FileChannel.open(p, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter w = new WarcWriter(ch, compression)) {
      w.write(new Warcinfo.Builder().filename(p.getFileName().toString()).date(Instant.parse("2023-12-06T10:00:00Z")).build());
      w.write(new WarcRequest.Builder("https://www.defenceledger.example/europe/k9").date(Instant.parse("2023-12-06T10:00:01Z")).body(MediaType.HTTP_REQUEST, "GET /europe/k9 HTTP/1.1\r\nHost: www.defenceledger.example\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)).build());
      w.write(new WarcResponse.Builder("https://www.defenceledger.example/europe/k9").date(Instant.parse("2023-12-06T10:00:02Z")).body(MediaType.HTTP_RESPONSE, http(200, "text/html; charset=utf-8", page)).build());
      w.write(new WarcResponse.Builder("https://www.defenceledger.example/img/k9.jpg").date(Instant.parse("2023-12-06T10:00:03Z")).body(MediaType.HTTP_RESPONSE, http(200, "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 1})).build());
      w.write(new WarcResponse.Builder("https://www.defenceledger.example/gone").date(Instant.parse("2023-12-06T10:00:04Z")).body(MediaType.HTTP_RESPONSE, http(404, "text/html", "<p>Not found</p>".getBytes(StandardCharsets.UTF_8))).build());
      w.write(new WarcResponse.Builder("https://dz.example/news/su30").date(Instant.parse("2024-01-15T07:00:00Z")).body(MediaType.HTTP_RESPONSE, http(200, "text/html", dateless.getBytes(StandardCharsets.UTF_8))).build());
    }
    return p;
  }

  @Test
  void htmlResponsesBecomeArticlesAndEveryOtherRecordIsCounted() throws Exception {
    for (WarcCompression c : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      Path warc = crawl(dir, c);
      Fixtures.Read r = Fixtures.read(warc);
      assertThat(r.summary().format()).isEqualTo(Format.WARC);
      assertThat(r.articles()).hasSize(2);
      Article k9 = r.articles().get(0);
      assertThat(k9.id()).startsWith("crawl@").isEqualTo("crawl@" + k9.origin().offset());
      assertThat(k9.origin().offset()).isPositive();
      assertThat(k9.fields()).containsEntry("warc_target", "https://www.defenceledger.example/europe/k9").containsEntry("captured", "2023-12-06T10:00:02Z");
      assertThat(k9.uri()).isEqualTo("https://www.defenceledger.example/europe/2023/12/05/poland-k9-howitzers-delivery"); // canonical
      assertThat(k9.published()).isEqualTo("2023-12-05"); // the page's date, not the capture's
      assertThat(k9.text()).contains("South Korea has delivered another batch of K9");
      Article su30 = r.articles().get(1);
      assertThat(su30.published()).isEqualTo("2024-01-15"); // no date in the page: the capture date
      assertThat(su30.fields()).containsEntry("published_from", "capture date");
      assertThat(su30.outlet()).isEqualTo("dz.example");
      assertThat(r.diagnostics()).extracting(Diagnostic::code).containsExactly("warc-warcinfo", "warc-request", "warc-not-html", "warc-http-404");
      assertThat(r.diagnostics()).allMatch(d -> d.severity() == Diagnostic.Severity.COUNTED);
      // the offset leads back to the record in the file
      try (var reader = new org.netpreserve.jwarc.WarcReader(FileChannel.open(warc))) {
        reader.position(k9.origin().offset());
        assertThat(((WarcResponse) reader.next().orElseThrow()).target()).isEqualTo("https://www.defenceledger.example/europe/k9");
      }
      Files.delete(warc);
    }
  }

  @Test
  void truncatedArchiveKeepsTheRecordsBeforeTheBreak() throws Exception {
    Path warc = crawl(dir, WarcCompression.GZIP);
    byte[] all = Files.readAllBytes(warc);
    Path cut = dir.resolve("cut.warc.gz");
    Files.write(cut, Arrays.copyOf(all, all.length - 200));
    Fixtures.Read r = Fixtures.read(cut);
    assertThat(r.articles()).hasSize(1);
    assertThat(r.diagnostics()).extracting(Diagnostic::code).last().isIn("truncated", "bad-record");
    assertThat(r.diagnostics().get(r.diagnostics().size() - 1).severity()).isEqualTo(Diagnostic.Severity.ERROR);
  }
}
