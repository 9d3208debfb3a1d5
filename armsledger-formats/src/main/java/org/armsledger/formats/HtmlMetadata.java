package org.armsledger.formats;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata of a news page: JSON-LD ({@code NewsArticle} and its kin), Open Graph and article
 * meta tags, Dublin Core and the common publisher tags, {@code <time>} elements, the canonical
 * link and {@code <html lang>}. Each field takes the first source that gives it, most reliable
 * first. Read before main-text extraction, which changes the document.
 */
record HtmlMetadata(
    String title,
    String byline,
    String published,
    String publishedRaw,
    String modified,
    String outlet,
    String canonical,
    String section,
    List<String> types,
    String ogType,
    String language,
    String description,
    String keywords) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "newsarticle", "article", "reportagenewsarticle", "opinionnewsarticle", "analysisnewsarticle",
          "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "blogposting",
          "liveblogposting", "report", "scholarlyarticle", "socialmediaposting", "satiricalarticle", "techarticle");

  static HtmlMetadata of(Document doc, String baseUri) {
    JsonNode ld = jsonLdArticle(doc);
    List<String> types = new ArrayList<>();
    if (ld != null) {
      JsonNode t = ld.path("@type");
      if (t.isArray()) {
        t.forEach(x -> types.add(x.asText()));
      } else if (t.isTextual()) {
        types.add(t.asText());
      }
    }
    String title =
        first(
            ld == null ? null : text(ld.path("headline")),
            meta(doc, "og:title"),
            meta(doc, "twitter:title"),
            meta(doc, "dc.title"),
            h1(doc),
            doc.title());
    String publishedRaw =
        first(
            ld == null ? null : text(ld.path("datePublished")),
            meta(doc, "article:published_time"),
            meta(doc, "og:article:published_time"),
            meta(doc, "datePublished"),
            meta(doc, "pubdate"),
            meta(doc, "publishdate"),
            meta(doc, "publish-date"),
            meta(doc, "publication_date"),
            meta(doc, "parsely-pub-date"),
            meta(doc, "sailthru.date"),
            meta(doc, "dc.date.issued"),
            meta(doc, "dcterms.created"),
            meta(doc, "dc.date"),
            meta(doc, "date"),
            meta(doc, "article.published"),
            timeElement(doc));
    String modified = first(ld == null ? null : text(ld.path("dateModified")), meta(doc, "article:modified_time"), meta(doc, "og:updated_time"));
    String canonical = first(attr(doc, "link[rel=canonical]", "abs:href"), meta(doc, "og:url"), ld == null ? null : text(ld.path("url")), blankToNull(baseUri));
    String outlet =
        first(
            meta(doc, "og:site_name"),
            ld == null ? null : text(ld.path("publisher").path("name")),
            meta(doc, "application-name"),
            meta(doc, "publisher"),
            meta(doc, "dc.publisher"),
            host(canonical));
    String byline =
        first(
            ld == null ? null : authors(ld.path("author")),
            nonUrl(meta(doc, "author")),
            nonUrl(meta(doc, "article:author")),
            meta(doc, "byl"),
            meta(doc, "dc.creator"),
            meta(doc, "parsely-author"),
            meta(doc, "sailthru.author"),
            selectText(doc, "[rel=author], [itemprop=author] [itemprop=name], .byline, .author-name, [class*=byline]"));
    String section =
        first(
            meta(doc, "article:section"),
            ld == null ? null : text(ld.path("articleSection")),
            meta(doc, "parsely-section"),
            meta(doc, "section"),
            meta(doc, "category"));
    String lang =
        first(
            blankToNull(doc.select("html").attr("lang")),
            ld == null ? null : text(ld.path("inLanguage")),
            meta(doc, "content-language"),
            meta(doc, "dc.language"),
            meta(doc, "language"),
            meta(doc, "og:locale"));
    return new HtmlMetadata(
        clean(title),
        clean(byline),
        Dates.parse(publishedRaw),
        publishedRaw,
        Dates.parse(modified),
        clean(outlet),
        canonical,
        clean(section),
        List.copyOf(types),
        meta(doc, "og:type"),
        lang == null ? null : lang.strip().toLowerCase(Locale.ROOT).replace('_', '-'),
        clean(first(meta(doc, "description"), meta(doc, "og:description"))),
        clean(first(meta(doc, "keywords"), meta(doc, "news_keywords"))));
  }

  /** The page's title without a trailing " - Outlet" or " | Outlet". */
  String cleanTitle() {
    if (title == null) {
      return null;
    }
    String t = title;
    for (String sep : new String[] {" | ", " - ", " – ", " — ", " :: "}) {
      int i = t.lastIndexOf(sep);
      if (i > 20) {
        String tail = t.substring(i + sep.length()).strip();
        boolean outletTail =
            outlet != null && (tail.equalsIgnoreCase(outlet) || outlet.toLowerCase(Locale.ROOT).contains(tail.toLowerCase(Locale.ROOT)));
        if (outletTail || (tail.split("\\s+").length <= 3 && Character.isUpperCase(tail.isEmpty() ? 'x' : tail.charAt(0)) && sep.equals(" | "))) {
          t = t.substring(0, i).strip();
        }
      }
    }
    return t;
  }

  private static JsonNode jsonLdArticle(Document doc) {
    for (Element s : doc.select("script[type=application/ld+json]")) {
      String data = s.data();
      if (data.length() > 1_000_000) {
        continue;
      }
      JsonNode root;
      try {
        root = JSON.readTree(data.strip());
      } catch (Exception e) {
        continue; // broken JSON-LD is common; the meta tags still speak
      }
      JsonNode found = findArticle(root, 0);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static JsonNode findArticle(JsonNode n, int depth) {
    if (n == null || depth > 6) {
      return null;
    }
    if (n.isArray()) {
      for (JsonNode x : n) {
        JsonNode f = findArticle(x, depth + 1);
        if (f != null) {
          return f;
        }
      }
      return null;
    }
    if (!n.isObject()) {
      return null;
    }
    JsonNode t = n.path("@type");
    List<String> types = new ArrayList<>();
    if (t.isArray()) {
      t.forEach(x -> types.add(x.asText().toLowerCase(Locale.ROOT)));
    } else {
      types.add(t.asText().toLowerCase(Locale.ROOT));
    }
    if (types.stream().anyMatch(ARTICLE_TYPES::contains)) {
      return n;
    }
    JsonNode f = findArticle(n.get("@graph"), depth + 1);
    return f != null ? f : findArticle(n.get("mainEntity"), depth + 1);
  }

  private static String authors(JsonNode a) {
    if (a == null || a.isMissingNode() || a.isNull()) {
      return null;
    }
    LinkedHashSet<String> names = new LinkedHashSet<>();
    if (a.isArray()) {
      a.forEach(x -> addAuthor(names, x));
    } else {
      addAuthor(names, a);
    }
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static void addAuthor(Set<String> names, JsonNode x) {
    String n = x.isTextual() ? x.asText() : text(x.path("name"));
    n = nonUrl(n);
    if (n != null && !n.isBlank()) {
      names.add(n.strip());
    }
  }

  private static String text(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    if (n.isObject()) {
      return text(n.has("@id") ? n.get("@id") : n.path("name"));
    }
    return blankToNull(n.asText());
  }

  private static String meta(Document doc, String name) {
    for (Element m : doc.select("meta[content]")) {
      String k = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.hasAttr("itemprop") ? m.attr("itemprop") : m.attr("http-equiv");
      if (k.equalsIgnoreCase(name)) {
        String v = m.attr("content").strip();
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return null;
  }

  private static String timeElement(Document doc) {
    Element t = doc.selectFirst("article time[datetime], header time[datetime], time[pubdate][datetime], time[itemprop=datePublished], time[datetime]");
    return t == null ? null : blankToNull(t.attr("datetime"));
  }

  private static String h1(Document doc) {
    Element h = doc.selectFirst("article h1, main h1, h1");
    return h == null ? null : blankToNull(h.text());
  }

  private static String attr(Document doc, String css, String attr) {
    Element e = doc.selectFirst(css);
    return e == null ? null : blankToNull(e.attr(attr));
  }

  private static String selectText(Document doc, String css) {
    Element e = doc.selectFirst(css);
    if (e == null) {
      return null;
    }
    String t = e.text().replaceFirst("(?i)^\\s*by\\s+", "").strip();
    return t.isEmpty() || t.length() > 120 ? null : t;
  }

  static String host(String uri) {
    if (uri == null) {
      return null;
    }
    try {
      String h = new URI(uri.strip()).getHost();
      if (h == null) {
        return null;
      }
      return h.toLowerCase(Locale.ROOT).replaceFirst("^(www\\d?|m|amp|mobile)\\.", "");
    } catch (Exception e) {
      return null;
    }
  }

  private static String nonUrl(String s) {
    return s == null || s.matches("(?i)^https?://.*") ? null : s;
  }

  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @SafeVarargs
  static <T> T first(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
