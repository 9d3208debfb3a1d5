package org.armsledger.formats;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.ingest.Origin;
import org.armsledger.ingest.ReadResult;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;

/**
 * WARC archives (.warc, .warc.gz; Common Crawl News, Heritrix, Browsertrix) with jwarc: each HTTP
 * 200 response (or resource record) whose payload is HTML becomes an article with the record's
 * target URI, its capture date (the article date when the page gives none) and its byte offset.
 * Every other record is counted by kind and skipped. A truncated or corrupt archive ends with a
 * diagnostic at the offset where it broke, after the records before it.
 */
final class WarcArticles {
  private WarcArticles() {}

  static void read(Path path, String fileId, long maxBytes, Sink sink) {
    String file = path.toString();
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ);
        WarcReader reader = new WarcReader(ch)) {
      reader.setLenient(true);
      boolean gzip = reader.compression() == org.netpreserve.jwarc.WarcCompression.GZIP;
      long size = ch.size();
      long lastGood = -1; // the position of the last record read whole
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          // the broken record begins where the last good one ends: the next record start after it
          long at = lastGood == -1 ? 0 : lastGood == -2 ? reader.position() : Math.max(lastGood, start(ch, gzip, lastGood + 1));
          if (!resume(reader, ch, gzip, at, size, file, e, sink)) {
            return;
          }
          lastGood = -2; // positioned on a record start: the next failure is at the reader's position
          continue;
        }
        if (next.isEmpty()) {
          return;
        }
        WarcRecord rec = next.get();
        ReadResult r;
        try {
          r = record(rec, file, fileId, maxBytes);
        } catch (IOException | RuntimeException e) {
          // the record's block is broken (its Content-Length lies, the archive ends inside it): one
          // diagnostic for it, and reading goes on at the next record found after its start
          if (!resume(reader, ch, gzip, rec.position(), size, file, e, sink)) {
            return;
          }
          lastGood = -2;
          continue;
        }
        sink.accept(r);
        lastGood = rec.position();
      }
    } catch (IOException e) {
      sink.accept(ReadResult.skip("unreadable", file, "cannot open WARC: " + e.getMessage()));
    }
  }

  /**
   * Reports the record at {@code start} as unreadable and moves the reader to the next record
   * after it: the next gzip member of a per-record compressed archive, or the next line starting a
   * WARC header; false (after saying so) when there is none.
   */
  private static boolean resume(WarcReader reader, FileChannel ch, boolean gzip, long at, long size, String file, Exception e, Sink sink)
      throws IOException {
    long from = at + 1;
    while (true) {
      long found = start(ch, gzip, from);
      if (found < 0) {
        sink.accept(ReadResult.skip("truncated", file + "@" + at, "WARC record cannot be read (" + oneLine(e)
            + "); no further record follows, the rest of the archive (" + (size - at) + " bytes) is skipped"));
        return false;
      }
      try {
        reader.position(found);
        sink.accept(ReadResult.skip("bad-record", file + "@" + at, "WARC record cannot be read (" + oneLine(e)
            + "); reading resumes at the next record, @" + found));
        return true;
      } catch (IOException | RuntimeException again) {
        from = found + 1;
      }
    }
  }

  private static String oneLine(Exception e) {
    return JsonLinesReader.firstLine(e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
  }

  /** The first record start (gzip member or WARC header line) at or after {@code from}, or -1. */
  private static long start(FileChannel ch, boolean gzip, long from) throws IOException {
    return gzip ? find(ch, from, GZIP_MAGIC, false) : find(ch, from, WARC_MAGIC, true);
  }

  private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_MAGIC = "WARC/1.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** The offset of the first {@code pattern} at or after {@code from} (at a line start when asked), or -1. */
  static long find(FileChannel ch, long from, byte[] pattern, boolean lineStart) throws IOException {
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(1 << 16);
    long base = from;
    byte prev = from == 0 ? (byte) '\n' : 0;
    if (from > 0) {
      java.nio.ByteBuffer one = java.nio.ByteBuffer.allocate(1);
      if (ch.read(one, from - 1) == 1) {
        prev = one.get(0);
      }
    }
    byte[] carry = new byte[0];
    while (true) {
      buf.clear();
      int n = ch.read(buf, base);
      if (n <= 0) {
        return -1;
      }
      byte[] chunk = new byte[carry.length + n];
      System.arraycopy(carry, 0, chunk, 0, carry.length);
      System.arraycopy(buf.array(), 0, chunk, carry.length, n);
      long chunkStart = base - carry.length;
      for (int i = 0; i + pattern.length <= chunk.length; i++) {
        byte before = i == 0 ? prev : chunk[i - 1];
        if (chunk[i] == pattern[0] && (!lineStart || before == '\n')) {
          boolean match = true;
          for (int k = 1; k < pattern.length && match; k++) {
            match = chunk[i + k] == pattern[k];
          }
          if (match) {
            return chunkStart + i;
          }
        }
      }
      int keep = Math.min(pattern.length - 1, chunk.length);
      prev = chunk.length > keep ? chunk[chunk.length - keep - 1] : prev;
      carry = java.util.Arrays.copyOfRange(chunk, chunk.length - keep, chunk.length);
      base += n;
    }
  }

  private static ReadResult record(WarcRecord rec, String file, String fileId, long maxBytes) throws IOException {
    long offset = rec.position();
    Origin origin = Origin.offset(file, "warc", offset);
    String loc = origin.toString();
    String type = org.armsledger.text.Printable.line(rec.type()).toLowerCase(Locale.ROOT);
    String target;
    String contentType;
    InputStream body;
    if (rec instanceof WarcResponse resp) {
      MediaType wt = resp.contentType();
      if (!wt.base().equals(MediaType.HTTP_RESPONSE) && !wt.base().equals(MediaType.HTTP)) {
        return counted("warc-response-not-http", loc, "response record of type " + wt);
      }
      HttpResponse http = resp.http();
      if (http.status() != 200) {
        return counted("warc-http-" + http.status(), loc, "HTTP status " + http.status());
      }
      contentType = http.headers().first("Content-Type").orElse(null);
      if (!html(contentType)) {
        return counted("warc-not-html", loc, "payload is " + contentType);
      }
      target = resp.target();
      body = http.bodyDecoded().stream();
    } else if (rec instanceof WarcResource res) {
      contentType = res.contentType().toString();
      if (!html(contentType)) {
        return counted("warc-not-html", loc, "resource is " + contentType);
      }
      target = res.target();
      body = res.body().stream();
    } else {
      return counted("warc-" + type, loc, type + " record");
    }
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, maxBytes + 1));
    if (bytes.length > maxBytes) {
      return ReadResult.skip("too-large", loc, "page is over the limit of " + maxBytes + " bytes (--max-bytes)");
    }
    if (bytes.length == 0) {
      return ReadResult.skip("empty", loc, "HTTP 200 response with an empty body for " + target);
    }
    Decoding.Decoded d = Decoding.decode(bytes, Decoding.headerCharset(contentType), true);
    String id = fileId + "@" + offset;
    ReadResult r = HtmlArticles.read(id, origin, d.text(), target);
    if (r.article() == null) {
      return r;
    }
    Article.Builder b = r.article().toBuilder();
    String captured = rec.date() == null ? null : rec.date().atOffset(ZoneOffset.UTC).toLocalDate().toString();
    if (r.article().published() == null && captured != null) {
      b.published(captured).field("published_from", "capture date");
    }
    b.field("captured", rec.date() == null ? null : rec.date().toString());
    b.field("warc_record_id", rec.id() == null ? null : rec.id().toString());
    b.field("warc_target", target);
    b.field("charset", d.charset());
    if (d.overridden()) {
      b.field("charset_declared", d.declared());
    }
    return ReadResult.of(b.build());
  }

  private static boolean html(String contentType) {
    if (contentType == null) {
      return false;
    }
    String c = contentType.toLowerCase(Locale.ROOT);
    return c.startsWith("text/html") || c.startsWith("application/xhtml+xml");
  }

  private static ReadResult counted(String code, String loc, String message) {
    return ReadResult.skip(new Diagnostic(code, loc, message, Diagnostic.Severity.COUNTED));
  }
}
