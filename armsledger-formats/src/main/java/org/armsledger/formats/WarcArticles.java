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
      long last = 0;
      while (true) {
        Optional<WarcRecord> next;
        try {
          next = reader.next();
        } catch (IOException | RuntimeException e) {
          sink.accept(ReadResult.skip("truncated", file + "@" + last, "WARC record cannot be read, the rest of the archive is skipped: " + e.getMessage()));
          return;
        }
        if (next.isEmpty()) {
          return;
        }
        WarcRecord rec = next.get();
        last = rec.position();
        try {
          sink.accept(record(rec, file, fileId, maxBytes));
        } catch (IOException | RuntimeException e) {
          sink.accept(ReadResult.skip("bad-record", file + "@" + rec.position(), "WARC record cannot be read: " + e.getMessage()));
        }
      }
    } catch (IOException e) {
      sink.accept(ReadResult.skip("unreadable", file, "cannot open WARC: " + e.getMessage()));
    }
  }

  private static ReadResult record(WarcRecord rec, String file, String fileId, long maxBytes) throws IOException {
    long offset = rec.position();
    Origin origin = Origin.offset(file, "warc", offset);
    String loc = origin.toString();
    String type = rec.type().toLowerCase(Locale.ROOT);
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
