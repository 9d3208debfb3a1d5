package org.armsledger.formats;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.ingest.DocumentDates;
import org.armsledger.ingest.Origin;
import org.armsledger.ingest.ReadResult;
import org.armsledger.ingest.SourceMap;

/**
 * One JSON object as an article, in the shapes scrapers write: armsledger's own
 * ({@code id, url, title, published, text}), news-please ({@code maintext, date_publish,
 * source_domain, authors}), newspaper-style ({@code body, authors, publish_date}) and others. The
 * text is the record's text field exactly, so offsets point into it; a record with only HTML
 * ({@code html}, {@code raw_html}) goes through the page reader. Fields not used are kept as
 * metadata.
 */
final class JsonRecords {
  static final List<String> ID = List.of("id", "_id", "doc_id", "docid", "guid", "uuid", "article_id");
  static final List<String> TEXT = List.of("text", "maintext", "body", "content", "article", "full_text", "article_text", "fulltext", "story");
  static final List<String> HTML = List.of("html", "raw_html", "content_html", "body_html", "page");
  static final List<String> TITLE = List.of("title", "headline");
  static final List<String> PUBLISHED =
      List.of("published", "date", "published_at", "publish_date", "date_publish", "datePublished", "pubDate", "publication_date", "published_date", "pub_date", "created_at", "timestamp", "seendate");
  static final List<String> URL = List.of("url", "uri", "link", "canonical_url", "source_url", "article_url");
  static final List<String> OUTLET = List.of("outlet", "source", "source_name", "site_name", "site", "publisher", "domain", "source_domain", "media");
  static final List<String> BYLINE = List.of("byline", "author", "authors", "creator");
  static final List<String> LANGUAGE = List.of("language", "lang", "locale");
  static final List<String> SECTION = List.of("section", "category", "genre", "article_section");
  private static final Set<String> USED;

  static {
    List<String> all = new ArrayList<>();
    for (List<String> l : List.of(ID, TEXT, HTML, TITLE, PUBLISHED, URL, OUTLET, BYLINE, LANGUAGE, SECTION)) {
      all.addAll(l);
    }
    USED = Set.copyOf(all);
  }

  private JsonRecords() {}

  /**
   * The article of one record.
   *
   * @param fallbackId the id when the record has none (file id with its position)
   */
  static ReadResult read(JsonNode n, String fallbackId, Origin origin, long maxChars) {
    String loc = origin.toString();
    if (!n.isObject()) {
      return ReadResult.skip("bad-record", loc, "record is a JSON " + n.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", not an object");
    }
    String id = string(n, ID);
    if (id == null) {
      id = fallbackId;
    }
    id = id.strip().replaceAll("\\s+", " ");
    if (id.length() > 200) {
      id = id.substring(0, 200);
    }
    String text = paragraphs(first(n, TEXT));
    String url = string(n, URL);
    Article.Builder b;
    if (text != null && !text.isBlank()) {
      if (text.length() > maxChars) {
        return ReadResult.skip("too-large", loc, "record text is " + text.length() + " characters, over the limit of " + maxChars);
      }
      b = Article.builder(id, origin, text).sourceMap(SourceMap.IDENTITY);
    } else {
      String html = string(n, HTML);
      if (html == null || html.isBlank()) {
        return ReadResult.skip("no-text", loc, "record has no text (" + String.join("/", TEXT.subList(0, 4)) + ") and no html field");
      }
      if (html.length() > maxChars) {
        return ReadResult.skip("too-large", loc, "record html is " + html.length() + " characters, over the limit of " + maxChars);
      }
      ReadResult page = HtmlArticles.read(id, origin, html, url);
      if (page.diagnostic() != null) {
        return page;
      }
      b = page.article().toBuilder();
    }
    String title = string(n, TITLE);
    if (title != null) {
      b.headline(title.replaceAll("\\s+", " ").strip());
    }
    String publishedRaw = string(n, PUBLISHED);
    String published = Dates.parse(publishedRaw);
    Article built = b.build();
    if (published == null) {
      published = built.published() != null ? built.published() : DocumentDates.dateline(built.text());
    }
    b.published(published).field("published_raw", publishedRaw);
    if (url != null) {
      b.uri(url);
    }
    String outlet = outlet(n);
    if (outlet == null && built.outlet() == null) {
      outlet = HtmlMetadata.host(url);
    }
    if (outlet != null) {
      b.outlet(outlet);
    }
    String byline = paragraphsJoined(first(n, BYLINE));
    if (byline != null) {
      b.byline(byline);
    }
    b.field("declared_language", string(n, LANGUAGE));
    b.field("section", string(n, SECTION));
    for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (USED.contains(e.getKey()) || e.getValue().isNull()) {
        continue;
      }
      String v = e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString();
      b.field(e.getKey(), v.length() > 500 ? v.substring(0, 500) + "..." : v);
    }
    return ReadResult.of(b.build());
  }

  private static JsonNode first(JsonNode n, List<String> names) {
    for (String k : names) {
      JsonNode v = n.get(k);
      if (v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank())) {
        return v;
      }
    }
    return null;
  }

  private static String string(JsonNode n, List<String> names) {
    JsonNode v = first(n, names);
    if (v == null) {
      return null;
    }
    if (v.isValueNode()) {
      return v.asText();
    }
    if (v.isArray() && !v.isEmpty() && v.get(0).isValueNode()) {
      return v.get(0).asText();
    }
    return null;
  }

  private static String outlet(JsonNode n) {
    JsonNode v = first(n, OUTLET);
    if (v == null) {
      return null;
    }
    if (v.isObject()) {
      return HtmlMetadata.blankToNull(v.path("name").asText(v.path("title").asText("")));
    }
    return v.isValueNode() ? HtmlMetadata.blankToNull(v.asText()) : null;
  }

  /** A string, or an array of paragraph strings joined by blank lines. */
  private static String paragraphs(JsonNode v) {
    if (v == null) {
      return null;
    }
    if (v.isTextual()) {
      return v.asText();
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> {
        if (x.isTextual()) {
          parts.add(x.asText());
        }
      });
      return parts.isEmpty() ? null : String.join("\n\n", parts);
    }
    return null;
  }

  private static String paragraphsJoined(JsonNode v) {
    if (v == null) {
      return null;
    }
    if (v.isArray()) {
      List<String> parts = new ArrayList<>();
      v.forEach(x -> parts.add(x.isObject() ? x.path("name").asText() : x.asText()));
      parts.removeIf(String::isBlank);
      return parts.isEmpty() ? null : String.join(", ", parts);
    }
    if (v.isObject()) {
      return HtmlMetadata.blankToNull(v.path("name").asText());
    }
    return HtmlMetadata.blankToNull(v.asText());
  }
}
