package org.armsledger.formats;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipException;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.ingest.Origin;
import org.armsledger.ingest.ReadResult;

/**
 * JSON Lines (.jsonl, .ndjson, gzipped or not) and JSON files (one object, or an array of them):
 * each object is an article (see {@link JsonRecords}). A bad line is a diagnostic naming its
 * line; the lines after it are still read. A truncated gzip stream ends the file with a
 * diagnostic after the records read so far.
 */
final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesReader() {}

  static void readLines(String file, String fileId, InputStream in, long maxBytes, Sink sink) {
    LineReader lines = new LineReader(in, (int) Math.min(Integer.MAX_VALUE - 16, maxBytes));
    while (true) {
      byte[] line;
      try {
        line = lines.next();
      } catch (EOFException | ZipException e) {
        sink.accept(ReadResult.skip("truncated", file + ":" + (lines.line() + 1), "compressed input ends early or is corrupt (" + e.getMessage() + "); the records before it were read"));
        return;
      } catch (IOException e) {
        sink.accept(ReadResult.skip("unreadable", file + ":" + (lines.line() + 1), "cannot read: " + e.getMessage()));
        return;
      }
      if (line == null) {
        return;
      }
      long no = lines.line();
      Origin origin = Origin.line(file, "jsonl", no);
      if (line == LineReader.TOO_LONG) {
        sink.accept(ReadResult.skip("too-large", origin.toString(), "line is over the limit of " + maxBytes + " bytes (--max-bytes)"));
        continue;
      }
      if (isBlank(line)) {
        continue; // blank lines separate nothing and are not records
      }
      String s = Decoding.strictUtf8(line);
      if (s == null) {
        sink.accept(ReadResult.skip("encoding", origin.toString(), "line is not valid UTF-8"));
        continue;
      }
      JsonNode n;
      try {
        n = JSON.readTree(s);
      } catch (IOException e) {
        sink.accept(ReadResult.skip("bad-json", origin.toString(), "not a JSON object: " + firstLine(e.getMessage())));
        continue;
      }
      sink.accept(safely(n, fileId + ":" + no, origin, maxBytes));
    }
  }

  /** A .json file: one object, or an array of objects read one at a time. */
  static void readJson(String file, String fileId, InputStream in, long maxBytes, Sink sink) {
    try (JsonParser p = JSON.getFactory().createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        sink.accept(ReadResult.skip("empty", file, "file has no JSON value"));
        return;
      }
      if (t == JsonToken.START_OBJECT) {
        JsonNode n = p.readValueAsTree();
        sink.accept(safely(n, fileId, Origin.file(file, "json"), maxBytes));
        return;
      }
      if (t != JsonToken.START_ARRAY) {
        sink.accept(ReadResult.skip("bad-json", file, "file is a JSON " + t + ", not an object or an array of objects"));
        return;
      }
      long index = 0;
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          sink.accept(ReadResult.skip("truncated", file + "#" + (index + 1), "JSON array ends early"));
          return;
        }
        index++;
        JsonNode n = p.readValueAsTree();
        sink.accept(safely(n, fileId + "#" + index, Origin.entry(file, "json", index), maxBytes));
      }
    } catch (EOFException | ZipException e) {
      sink.accept(ReadResult.skip("truncated", file, "compressed input ends early or is corrupt (" + e.getMessage() + ")"));
    } catch (IOException e) {
      sink.accept(ReadResult.skip("bad-json", file, "not valid JSON: " + firstLine(e.getMessage())));
    }
  }

  private static ReadResult safely(JsonNode n, String fallbackId, Origin origin, long maxChars) {
    try {
      return JsonRecords.read(n, fallbackId, origin, maxChars);
    } catch (RuntimeException e) {
      return ReadResult.skip(new Diagnostic("bad-record", origin.toString(), "record cannot be read: " + e));
    }
  }

  private static boolean isBlank(byte[] b) {
    for (byte x : b) {
      if (x != ' ' && x != '\t' && x != '\r') {
        return false;
      }
    }
    return true;
  }

  static String firstLine(String m) {
    if (m == null) {
      return "";
    }
    int nl = m.indexOf('\n');
    String s = nl < 0 ? m : m.substring(0, nl);
    return s.length() > 160 ? s.substring(0, 160) + "..." : s;
  }
}
