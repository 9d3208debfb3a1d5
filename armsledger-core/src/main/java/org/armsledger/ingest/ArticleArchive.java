package org.armsledger.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.armsledger.text.Span;

/**
 * An article as the store keeps it: everything extraction reads (the cleaned text, title,
 * dates, metadata spans, outlet, genre, language, record fields) and what provenance needs (origin,
 * source key, the source map back to raw offsets), as gzip-compressed JSON. {@link #read} gives back
 * an article that extracts to the same claims, so the store can be re-read without the original
 * files. Syndication is not kept: the store works it out across all it holds. Thread-safe.
 */
public final class ArticleArchive {
  /** Format version written in every archive; {@link #read} refuses others. */
  static final int VERSION = 1;
  /** Largest archive read back, expanded: far above any article {@code --max-bytes} lets through. */
  private static final long MAX_EXPANDED = 512L << 20;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleArchive() {}

  /** The article as compressed bytes. */
  public static byte[] write(Article a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("v", VERSION);
    o.put("id", a.id());
    o.put("key", a.key());
    ObjectNode origin = o.putObject("origin");
    origin.put("file", a.origin().file());
    origin.put("format", a.origin().format());
    origin.put("offset", a.origin().offset());
    origin.put("line", a.origin().line());
    origin.put("index", a.origin().index());
    o.put("text", a.text());
    if (a.title() != null) {
      o.putArray("title").add(a.title().start()).add(a.title().end());
    }
    o.put("headline", a.headline());
    o.put("published", a.published());
    ArrayNode meta = o.putArray("metadata");
    a.metadata().forEach(sp -> meta.addArray().add(sp.start()).add(sp.end()));
    o.put("uri", a.uri());
    o.put("outlet", a.outlet());
    o.put("byline", a.byline());
    o.put("genre", a.genre().label());
    o.put("language", a.language());
    int[][] seg = a.sourceMap().segments();
    if (a.sourceMap() == SourceMap.IDENTITY) {
      o.put("source_map", "identity");
    } else if (seg != null) {
      ArrayNode m = o.putArray("source_map");
      for (int[] col : seg) {
        ArrayNode c = m.addArray();
        for (int v : col) {
          c.add(v);
        }
      }
    }
    ObjectNode f = o.putObject("fields");
    a.fields().forEach(f::put);
    if (a.syndication() != null && a.syndication().syndicatedFrom() != null) {
      o.put("syndicated_from", a.syndication().syndicatedFrom());
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(a.text().length() / 2 + 256);
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      MAPPER.writeValue(gz, o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The article {@link #write} stored; an {@link IllegalArgumentException} when the bytes are not an archive. */
  public static Article read(byte[] archive) {
    JsonNode o;
    try (InputStream in = new Capped(new GZIPInputStream(new ByteArrayInputStream(archive)), MAX_EXPANDED)) {
      o = MAPPER.readTree(in);
    } catch (IOException e) {
      throw new IllegalArgumentException("not a stored article: " + e.getMessage(), e);
    }
    if (o == null || o.path("v").asInt() != VERSION) {
      throw new IllegalArgumentException("not a stored article of version " + VERSION);
    }
    JsonNode or = o.path("origin");
    Origin origin = new Origin(or.path("file").asText(), or.path("format").asText(), or.path("offset").asLong(-1), or.path("line").asLong(-1),
        or.path("index").asLong(-1));
    String text = o.path("text").asText();
    Article.Builder b = Article.builder(o.path("id").asText(), origin, text);
    JsonNode title = o.path("title");
    if (title.isArray()) {
      b.title(new Span(title.get(0).asInt(), title.get(1).asInt()));
    }
    b.headline(text(o, "headline"));
    b.published(text(o, "published"));
    List<Span> meta = new ArrayList<>();
    o.path("metadata").forEach(sp -> meta.add(new Span(sp.get(0).asInt(), sp.get(1).asInt())));
    b.metadata(meta);
    b.uri(text(o, "uri"));
    b.outlet(text(o, "outlet"));
    b.byline(text(o, "byline"));
    b.genre(Genre.valueOf(o.path("genre").asText("news").toUpperCase(Locale.ROOT)));
    b.language(text(o, "language"));
    JsonNode sm = o.path("source_map");
    if (sm.isTextual()) {
      b.sourceMap(SourceMap.IDENTITY);
    } else if (sm.isArray()) {
      int[][] seg = new int[4][];
      for (int i = 0; i < 4; i++) {
        JsonNode col = sm.get(i);
        seg[i] = new int[col.size()];
        for (int j = 0; j < col.size(); j++) {
          seg[i][j] = col.get(j).asInt();
        }
      }
      b.sourceMap(SourceMap.of(seg));
    } else {
      b.sourceMap(SourceMap.NONE);
    }
    o.path("fields").fields().forEachRemaining(e -> b.field(e.getKey(), e.getValue().asText()));
    b.key(o.path("key").asText());
    String from = text(o, "syndicated_from");
    if (from != null) {
      b.syndication(new Syndication(null, 0, o.path("id").asText(), from, null, o.path("key").asText()));
    }
    return b.build();
  }

  private static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  /** Stops reading past a limit: a damaged or hostile archive cannot expand without bound. */
  private static final class Capped extends java.io.FilterInputStream {
    private long left;

    Capped(InputStream in, long limit) {
      super(in);
      left = limit;
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        throw new IOException("stored article expands past " + (MAX_EXPANDED >> 20) + " MB");
      }
      int c = super.read();
      if (c >= 0) {
        left--;
      }
      return c;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (left <= 0) {
        throw new IOException("stored article expands past " + (MAX_EXPANDED >> 20) + " MB");
      }
      int n = super.read(b, off, (int) Math.min(len, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }
}
