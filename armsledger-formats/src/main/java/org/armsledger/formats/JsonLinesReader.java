package org.armsledger.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
  /** Deeper JSON is no article: the parser refuses it instead of recursing. */
  static final int MAX_DEPTH = 200;

  private JsonLinesReader() {}

  static void readLines(String file, String fileId, InputStream in, long maxBytes, Sink sink) {
    readLines(file, fileId, in, maxBytes, sink, 0);
  }

  /** As {@link #readLines(String, String, InputStream, long, Sink)} for a part of a file that starts after {@code linesBefore} lines. */
  static void readLines(String file, String fileId, InputStream in, long maxBytes, Sink sink, long linesBefore) {
    LineReader lines = new LineReader(in, (int) Math.min(Integer.MAX_VALUE - 16, maxBytes), linesBefore);
    ObjectMapper json = new ObjectMapper(factory(maxBytes));
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
        n = json.readTree(s);
      } catch (StreamConstraintsException e) {
        sink.accept(ReadResult.skip("too-large", origin.toString(), constraint(e, maxBytes).replace("; the rest of the file is not read", "")));
        continue;
      } catch (IOException e) {
        sink.accept(ReadResult.skip("bad-json", origin.toString(), "not a JSON object: " + firstLine(e.getMessage())));
        continue;
      }
      sink.accept(safely(n, fileId + ":" + no, origin, maxBytes));
    }
  }

  /**
   * A .json file: one object, or an array of objects read one at a time. Streamed: no record is
   * built beyond {@code maxBytes} of input (a larger one is skipped token by token, in constant
   * memory, and reported), and strings and nesting are capped, so no file can exhaust memory.
   */
  static void readJson(String file, String fileId, InputStream in, long maxBytes, Sink sink) {
    long index = 0;
    try (JsonParser p = factory(maxBytes).createParser(in)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        sink.accept(ReadResult.skip("empty", file, "file has no JSON value"));
        return;
      }
      if (t == JsonToken.START_OBJECT) {
        JsonNode n = bounded(p, maxBytes, false); // nothing follows a top-level object: no need to read on
        if (n == null) {
          sink.accept(ReadResult.skip("too-large", file, "the JSON object is over the limit of " + maxBytes + " bytes (--max-bytes); not read"));
          return;
        }
        sink.accept(safely(n, fileId, Origin.file(file, "json"), maxBytes));
        return;
      }
      if (t != JsonToken.START_ARRAY) {
        sink.accept(ReadResult.skip("bad-json", file, "file is a JSON " + t + ", not an object or an array of objects"));
        return;
      }
      while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
        if (t == null) {
          sink.accept(ReadResult.skip("truncated", file + "#" + (index + 1), "JSON array ends early"));
          return;
        }
        index++;
        Origin origin = Origin.entry(file, "json", index);
        if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
          sink.accept(ReadResult.skip("bad-record", origin.toString(), "element is a JSON " + t + ", not an object"));
          continue;
        }
        JsonNode n = bounded(p, maxBytes, true);
        if (n == null) {
          sink.accept(ReadResult.skip("too-large", origin.toString(), "element is over the limit of " + maxBytes + " bytes (--max-bytes); skipped"));
          continue;
        }
        sink.accept(safely(n, fileId + "#" + index, origin, maxBytes));
      }
    } catch (EOFException | ZipException e) {
      sink.accept(ReadResult.skip("truncated", where(file, index), "compressed input ends early or is corrupt (" + e.getMessage() + ")"));
    } catch (StreamConstraintsException e) {
      sink.accept(ReadResult.skip("too-large", where(file, index), constraint(e, maxBytes)));
    } catch (IOException e) {
      sink.accept(ReadResult.skip("bad-json", where(file, index), "not valid JSON: " + firstLine(e.getMessage())));
    }
  }

  private static String where(String file, long index) {
    return index > 0 ? file + "#" + index : file;
  }

  /** The limits of a parser: strings no longer than a record may be, nesting no deeper than articles ever go. */
  static JsonFactory factory(long maxBytes) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength((int) Math.min(Integer.MAX_VALUE - 16, maxBytes))
            .maxNestingDepth(MAX_DEPTH)
            .build())
        .build();
  }

  /** A broken parser limit in words, naming the limit. */
  static String constraint(StreamConstraintsException e, long maxBytes) {
    String m = String.valueOf(e.getMessage());
    if (m.contains("String value length")) {
      return "a JSON string is longer than the string cap of " + Math.min(Integer.MAX_VALUE - 16, maxBytes) + " characters (--max-bytes); the rest of the file is not read";
    }
    if (m.contains("nesting depth")) {
      return "JSON nested deeper than " + MAX_DEPTH + " levels; the rest of the file is not read";
    }
    return "JSON over a parser limit: " + firstLine(m);
  }

  /**
   * The value starting at the parser's current token (an object or array), built only while it
   * stays within {@code maxBytes} of input; beyond that, the rest of the value is skipped token by
   * token without building anything (when {@code skipRest}; else reading stops there), and null is
   * returned. The parser ends on the value's last token.
   */
  static JsonNode bounded(JsonParser p, long maxBytes, boolean skipRest) throws IOException {
    long start = offset(p);
    JsonNodeFactory f = JsonNodeFactory.instance;
    java.util.ArrayDeque<JsonNode> stack = new java.util.ArrayDeque<>();
    String field = null;
    JsonNode root = null;
    boolean over = false;
    int depth = 0;
    JsonToken t = p.currentToken();
    while (true) {
      if (!over && offset(p) - start > maxBytes) {
        if (!skipRest) {
          return null;
        }
        over = true;
        stack.clear();
        root = null;
      }
      switch (t) {
        case START_OBJECT, START_ARRAY -> {
          depth++;
          if (!over) {
            JsonNode c = t == JsonToken.START_OBJECT ? f.objectNode() : f.arrayNode();
            attach(stack, field, c);
            if (root == null) {
              root = c;
            }
            stack.push(c);
          }
        }
        case END_OBJECT, END_ARRAY -> {
          depth--;
          if (!over) {
            stack.pop();
          }
          if (depth == 0) {
            return over ? null : root;
          }
        }
        case FIELD_NAME -> field = p.currentName();
        default -> {
          if (!over) {
            attach(stack, field, switch (t) {
              case VALUE_STRING -> f.textNode(p.getText());
              case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> number(f, p);
              case VALUE_TRUE -> f.booleanNode(true);
              case VALUE_FALSE -> f.booleanNode(false);
              default -> f.nullNode();
            });
          }
        }
      }
      t = p.nextToken();
      if (t == null) {
        throw new EOFException("JSON ends inside a value");
      }
    }
  }

  private static JsonNode number(JsonNodeFactory f, JsonParser p) throws IOException {
    return switch (p.getNumberType()) {
      case INT -> f.numberNode(p.getIntValue());
      case LONG -> f.numberNode(p.getLongValue());
      case BIG_INTEGER -> f.numberNode(p.getBigIntegerValue());
      default -> f.numberNode(p.getDoubleValue());
    };
  }

  private static void attach(java.util.ArrayDeque<JsonNode> stack, String field, JsonNode value) {
    JsonNode parent = stack.peek();
    if (parent instanceof ObjectNode o) {
      o.set(field, value);
    } else if (parent instanceof ArrayNode a) {
      a.add(value);
    }
  }

  private static long offset(JsonParser p) {
    JsonLocation l = p.currentLocation();
    return l.getByteOffset() >= 0 ? l.getByteOffset() : l.getCharOffset();
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
