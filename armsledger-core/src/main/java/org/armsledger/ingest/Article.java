package org.armsledger.ingest;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.armsledger.text.Span;

/**
 * One article as read from its input, whatever the format: the record every reader produces and
 * every later stage consumes.
 *
 * @param id document id: a file's name without its last extension, a record's own id, or the
 *     file's id with the record's position ({@code feed#3}, {@code crawl@1234}, {@code dump:17})
 * @param origin where it came from in the raw input
 * @param text the document text; every offset of the project points into it
 * @param title the title's span in {@code text}, or null when the text does not contain it
 * @param headline the title as a string, also when it is not part of {@code text}, or null
 * @param published the document date (YYYY, YYYY-MM or YYYY-MM-DD), or null when unknown
 * @param metadata spans of {@code text} that are metadata, not body (a leading date line)
 * @param uri the article's URL (canonical when the page gives one), or null
 * @param outlet the publishing outlet (site name, or the URL's host), or null
 * @param byline the author(s) as the source names them, or null
 * @param genre news, opinion, editorial...
 * @param language ISO 639-1 code of the text's language, or null when unknown
 * @param sourceMap text offsets back to raw input offsets
 * @param fields other metadata of the record (sorted by name), kept as strings
 * @param syndication copy detection, or null before it ran
 * @param key the article's source, unique and stable across runs: the input file's absolute
 *     {@code file:} URI with the record's position ({@code :LINE}, {@code @OFFSET}, {@code #INDEX});
 *     two files with the same name in different folders, or two files numbering their records
 *     alike, never share a key (the {@code id} they may share is only a label). Defaults to the
 *     origin as written when the reader did not set it.
 */
public record Article(
    String id,
    Origin origin,
    String text,
    Span title,
    String headline,
    String published,
    List<Span> metadata,
    String uri,
    String outlet,
    String byline,
    Genre genre,
    String language,
    SourceMap sourceMap,
    Map<String, String> fields,
    Syndication syndication,
    String key) {
  public Article {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("article needs an id");
    }
    if (origin == null || text == null) {
      throw new IllegalArgumentException("article needs an origin and a text");
    }
    if (published != null && !published.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")) {
      throw new IllegalArgumentException("bad published date " + published);
    }
    if (title != null && title.end() > text.length()) {
      throw new IllegalArgumentException("title span outside the text");
    }
    metadata = List.copyOf(metadata);
    fields = java.util.Collections.unmodifiableMap(new TreeMap<>(fields));
    genre = genre == null ? Genre.NEWS : genre;
    sourceMap = sourceMap == null ? SourceMap.NONE : sourceMap;
    key = key == null || key.isBlank() ? origin.toString() : key;
  }

  /** A .txt article read from {@code location}: its text is the raw input. */
  public Article(String id, String location, String text, Span title, String published, List<Span> metadata) {
    this(
        id,
        Origin.file(location, "txt"),
        text,
        title,
        title == null ? null : text.substring(title.start(), title.end()),
        published,
        metadata,
        null,
        null,
        null,
        Genre.NEWS,
        null,
        SourceMap.IDENTITY,
        Map.of(),
        null,
        null);
  }

  /** Where it came from, for diagnostics: the origin as a string. */
  public String location() {
    return origin.toString();
  }

  /** How precise {@link #published()} is: day, month, year, or null when there is no date. */
  public String precision() {
    if (published == null) {
      return null;
    }
    return switch (published.length()) {
      case 10 -> "day";
      case 7 -> "month";
      default -> "year";
    };
  }

  public Article withPublished(String date) {
    return toBuilder().published(date).build();
  }

  public Article withSyndication(Syndication s) {
    return toBuilder().syndication(s).build();
  }

  public Builder toBuilder() {
    Builder b = new Builder(id, origin, text);
    b.title = title;
    b.headline = headline;
    b.published = published;
    b.metadata = metadata;
    b.uri = uri;
    b.outlet = outlet;
    b.byline = byline;
    b.genre = genre;
    b.language = language;
    b.sourceMap = sourceMap;
    b.fields = new TreeMap<>(fields);
    b.syndication = syndication;
    b.key = key;
    return b;
  }

  public static Builder builder(String id, Origin origin, String text) {
    return new Builder(id, origin, text);
  }

  /** Builds an article field by field; readers fill what their format gives. */
  public static final class Builder {
    private String id;
    private final Origin origin;
    private final String text;
    private Span title;
    private String headline;
    private String published;
    private List<Span> metadata = List.of();
    private String uri;
    private String outlet;
    private String byline;
    private Genre genre = Genre.NEWS;
    private String language;
    private SourceMap sourceMap = SourceMap.NONE;
    private Map<String, String> fields = new TreeMap<>();
    private Syndication syndication;
    private String key;

    private Builder(String id, Origin origin, String text) {
      this.id = id;
      this.origin = origin;
      this.text = text;
    }

    public Builder id(String v) {
      id = v;
      return this;
    }

    /** The title's span in the text; also sets the headline to its words. */
    public Builder title(Span v) {
      title = v;
      if (v != null) {
        headline = text.substring(v.start(), v.end());
      }
      return this;
    }

    public Builder headline(String v) {
      headline = v;
      return this;
    }

    public Builder published(String v) {
      published = v;
      return this;
    }

    public Builder metadata(List<Span> v) {
      metadata = v;
      return this;
    }

    public Builder uri(String v) {
      uri = v;
      return this;
    }

    public Builder outlet(String v) {
      outlet = v;
      return this;
    }

    public Builder byline(String v) {
      byline = v;
      return this;
    }

    public Builder genre(Genre v) {
      genre = v;
      return this;
    }

    public Builder language(String v) {
      language = v;
      return this;
    }

    public Builder sourceMap(SourceMap v) {
      sourceMap = v;
      return this;
    }

    /** Adds one metadata field; a null or blank value is left out. */
    public Builder field(String name, String value) {
      if (value != null && !value.isBlank()) {
        fields.put(name, value);
      }
      return this;
    }

    /** The source key (see {@link Article#key()}). */
    public Builder key(String v) {
      key = v;
      return this;
    }

    public Builder syndication(Syndication v) {
      syndication = v;
      return this;
    }

    public String text() {
      return text;
    }

    public Article build() {
      return new Article(id, origin, text, title, headline, published, metadata, uri, outlet, byline, genre, language, sourceMap, fields, syndication, key);
    }
  }
}
