package org.armsledger.formats;

import java.util.Set;
import net.dankito.readability4j.Readability4J;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.ingest.DocumentDates;
import org.armsledger.ingest.Origin;
import org.armsledger.ingest.ReadResult;
import org.armsledger.ingest.SourceMap;
import org.armsledger.text.Span;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * A news page's article: metadata first (JSON-LD, meta tags, {@code <time>}, canonical link), then
 * the main text with readability4j after removing what is never article text (navigation,
 * comment sections, related-article lists, share bars, ads, footers), with a structural fallback
 * ({@code itemprop=articleBody}, {@code <article>}, {@code <main>}) when readability finds too
 * little. The text is the headline, a blank line, and the body's paragraphs separated by blank
 * lines; its {@link SourceMap} points each word back into the HTML source.
 *
 * <p>Stateless and thread-safe. Bounded: pages with more elements than {@link #MAX_READABILITY_ELEMENTS}
 * skip readability (whose cost grows faster than the page) and use the structural extraction.
 */
public final class HtmlArticles {
  /** Past this many elements readability's cost explodes; structural extraction is linear. */
  static final int MAX_READABILITY_ELEMENTS = 20_000;
  /** Readability output shorter than this, beside a longer structural candidate, loses. */
  private static final int MIN_BODY_CHARS = 200;

  private static final Set<String> BOILERPLATE_TOKENS =
      Set.of(
          "comment", "comments", "disqus", "related", "share", "sharing", "social", "newsletter",
          "advert", "advertisement", "ad", "ads", "adslot", "promo", "sponsored", "subscribe",
          "subscription", "paywall", "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs",
          "recommended", "recommendations", "most-read", "mostread", "trending", "outbrain",
          "taboola", "read-more", "readmore", "read-also", "also-read", "more-stories",
          "sidebar", "footer", "nav", "navbar", "menu", "tags", "author-bio", "signup");

  private HtmlArticles() {}

  /**
   * Reads one page.
   *
   * @param id the article id
   * @param origin where the page came from
   * @param html the decoded page
   * @param uri the page's URL when known (a WARC target), else null
   */
  public static ReadResult read(String id, Origin origin, String html, String uri) {
    if (html.isBlank()) {
      return ReadResult.skip("empty", origin.toString(), "page is empty");
    }
    Document doc;
    try {
      doc = Parser.htmlParser().setTrackPosition(true).parseInput(html, uri == null ? "" : uri);
    } catch (RuntimeException e) {
      return ReadResult.skip("bad-html", origin.toString(), "HTML cannot be parsed: " + e);
    }
    HtmlMetadata meta = HtmlMetadata.of(doc, uri);
    int elements = doc.getAllElements().size();
    removeBoilerplate(doc);
    Element body = null;
    String extraction = "readability";
    if (elements <= MAX_READABILITY_ELEMENTS) {
      try {
        // readability resolves relative links against the page's URL and fails without a scheme
        String base = uri != null && uri.matches("(?i)^https?://.+") ? uri : "https://unknown.invalid/";
        net.dankito.readability4j.Article r = new Readability4J(base, doc).parse();
        body = r.getArticleContent();
      } catch (RuntimeException | StackOverflowError e) {
        body = null; // readability gave up on this page; the structural extraction still can
      }
    }
    Element structural = structural(doc);
    if (body == null || (body.text().length() < MIN_BODY_CHARS && structural != null && structural.text().length() > body.text().length())) {
      body = structural;
      extraction = "structural";
    }
    String headline = meta.cleanTitle();
    // the text opens with the headline; when the body opens with it too (readability keeps an h1
    // that differs from the title tag only in case or site suffix), the body's own words serve,
    // mapped to the page, and it is not said twice
    String bodyText = body == null ? "" : body.text();
    boolean bodyOpensWithHeadline = headline != null && bodyText.regionMatches(true, 0, headline, 0, headline.length());
    StringBuilder out = new StringBuilder();
    SourceMap.Builder map = new SourceMap.Builder();
    HtmlText writer = new HtmlText(out, map, html);
    writer.searchFrom(bodyOffset(html));
    if (headline != null && !bodyOpensWithHeadline) {
      writer.appendGenerated(headline);
    }
    if (body != null) {
      writer.append(body);
    }
    String text = out.toString();
    Span title = null;
    if (headline != null) {
      int eol = text.indexOf('\n');
      String firstLine = eol < 0 ? text : text.substring(0, eol);
      if (firstLine.equalsIgnoreCase(headline)) {
        title = new Span(0, firstLine.length());
      }
    }
    if (text.substring(title == null ? 0 : title.end()).isBlank()) {
      return ReadResult.skip(new Diagnostic("no-text", origin.toString(), "page has no article text (" + elements + " elements)", Diagnostic.Severity.ERROR));
    }
    String published = meta.published();
    if (published == null) {
      published = DocumentDates.dateline(text);
    }
    String canonical = meta.canonical();
    Article.Builder b =
        Article.builder(id, origin, text)
            .title(title)
            .headline(headline)
            .published(published)
            .uri(canonical != null ? canonical : uri)
            .outlet(meta.outlet())
            .byline(meta.byline())
            .sourceMap(map.build())
            .field("extraction", extraction)
            .field("published_raw", meta.publishedRaw())
            .field("modified", meta.modified())
            .field("section", meta.section())
            .field("schema_type", meta.types().isEmpty() ? null : String.join(",", meta.types()))
            .field("og_type", meta.ogType())
            .field("declared_language", meta.language())
            .field("description", meta.description())
            .field("keywords", meta.keywords());
    if (uri != null && canonical != null && !uri.equals(canonical)) {
      b.field("fetched_uri", uri);
    }
    return ReadResult.of(b.build());
  }

  private static int bodyOffset(String html) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)<body[\\s>]").matcher(html);
    return m.find() ? m.start() : 0;
  }

  /** Removes elements that are never article text, by tag, role and class/id tokens. */
  static void removeBoilerplate(Document doc) {
    doc.select("script, style, noscript, template, nav, footer, aside, form, iframe, [role=navigation], [role=complementary], [role=contentinfo], [aria-hidden=true]").remove();
    for (Element e : doc.body() == null ? java.util.List.<Element>of() : doc.body().select("[class], [id]")) {
      if (e.parent() == null || e.normalName().equals("body") || e.normalName().equals("article") || e.normalName().equals("main")) {
        continue;
      }
      if (boilerplate(e.className()) || boilerplate(e.id())) {
        e.remove();
      }
    }
  }

  private static boolean boilerplate(String names) {
    if (names.isEmpty()) {
      return false;
    }
    for (String cls : names.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
      if (BOILERPLATE_TOKENS.contains(cls)) {
        return true;
      }
      for (String tok : cls.split("[_]|--")) {
        if (BOILERPLATE_TOKENS.contains(tok)) {
          return true;
        }
      }
      String[] dash = cls.split("-");
      if (dash.length > 1 && (BOILERPLATE_TOKENS.contains(dash[0]) || BOILERPLATE_TOKENS.contains(dash[dash.length - 1]))) {
        return true;
      }
    }
    return false;
  }

  /** The page's article element by structure: the longest of articleBody, article, main, body. */
  private static Element structural(Document doc) {
    Element best = null;
    for (Element e : doc.select("[itemprop=articleBody], article, main, [role=main]")) {
      if (best == null || e.text().length() > best.text().length()) {
        best = e;
      }
    }
    return best != null ? best : doc.body();
  }
}
