package org.armsledger.formats;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article links a watched source lists: a feed's entries (with title and date), or the
 * article-like links of a site's section page (same site, a path deep or long enough to be an
 * article, not a tag, author, search or login page).
 */
public final class Links {
  private Links() {}

  /** A link to an article, with what the listing says of it. */
  public record Item(String url, String title, String published) {}

  /** Whether the bytes are a feed (RSS or Atom XML) rather than an HTML page. */
  public static boolean isFeed(byte[] bytes, String contentType) {
    String ct = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    if (ct.contains("rss") || ct.contains("atom") || ct.contains("xml") && !ct.contains("html")) {
      return true;
    }
    String head = new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.UTF_8).stripLeading().replace("\uFEFF", "")
        .toLowerCase(Locale.ROOT);
    return head.startsWith("<?xml") && !head.contains("<html") || head.startsWith("<rss") || head.startsWith("<feed")
        || head.startsWith("<rdf:rdf");
  }

  /** A feed's entry links, resolved against the feed's URL; throws IllegalArgumentException when it is no feed. */
  public static List<Item> fromFeed(byte[] bytes, String feedUrl) {
    if (FeedArticles.depth(bytes, FeedArticles.MAX_DEPTH) > FeedArticles.MAX_DEPTH) {
      throw new IllegalArgumentException("feed XML is nested more than " + FeedArticles.MAX_DEPTH + " elements deep");
    }
    SyndFeed feed;
    try {
      SyndFeedInput in = new SyndFeedInput();
      in.setAllowDoctypes(false);
      feed = in.build(new XmlReader(new ByteArrayInputStream(bytes), true));
    } catch (Exception | StackOverflowError e) {
      throw new IllegalArgumentException("not a readable RSS or Atom feed: " + JsonLinesReader.firstLine(String.valueOf(e.getMessage())));
    }
    Map<String, Item> out = new LinkedHashMap<>();
    for (SyndEntry e : feed.getEntries()) {
      String link = e.getLink();
      if ((link == null || link.isBlank()) && e.getUri() != null && e.getUri().matches("(?i)^https?://.*")) {
        link = e.getUri();
      }
      String url = resolve(feedUrl, link);
      if (url == null) {
        continue;
      }
      java.util.Date d = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
      String published = d == null ? null : d.toInstant().toString().substring(0, 10);
      out.putIfAbsent(url, new Item(url, HtmlMetadata.blankToNull(e.getTitle()), published));
    }
    return List.copyOf(out.values());
  }

  private static final Set<String> NOT_ARTICLES = Set.of("tag", "tags", "topic", "topics", "category", "categories", "author", "authors",
      "search", "login", "signin", "sign-in", "register", "subscribe", "subscription", "newsletter", "newsletters", "about", "contact",
      "privacy", "terms", "cookies", "feed", "rss", "page", "video", "videos", "podcast", "podcasts", "gallery", "live", "weather");
  private static final Pattern DATE_IN_PATH = Pattern.compile("/(19|20)\\d\\d[/-]\\d\\d?");

  /** The article-like links of a section page, in page order, on the page's own site. */
  public static List<Item> fromPage(String html, String pageUrl) {
    Document doc = Jsoup.parse(html, pageUrl);
    URI page = URI.create(pageUrl);
    Map<String, Item> out = new LinkedHashMap<>();
    for (Element a : doc.select("a[href]")) {
      String url = resolve(pageUrl, a.attr("href"));
      if (url == null) {
        continue;
      }
      URI u = URI.create(url);
      if (!sameSite(page, u) || url.equals(pageUrl) || u.getPath() == null) {
        continue;
      }
      String path = u.getPath();
      String[] segs = path.replaceAll("^/+|/+$", "").split("/");
      boolean excluded = false;
      for (String s : segs) {
        excluded |= NOT_ARTICLES.contains(s.toLowerCase(Locale.ROOT));
      }
      String last = segs[segs.length - 1];
      boolean articleLike = DATE_IN_PATH.matcher(path).find() || last.length() >= 20 && last.chars().filter(c -> c == '-').count() >= 2
          || last.matches(".*\\d{5,}.*");
      if (!excluded && articleLike) {
        String title = a.text().strip();
        out.putIfAbsent(url, new Item(url, title.isEmpty() ? null : title, null));
      }
    }
    return List.copyOf(out.values());
  }

  private static boolean sameSite(URI a, URI b) {
    String ha = a.getHost() == null ? "" : a.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    String hb = b.getHost() == null ? "" : b.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    return ha.equals(hb) && a.getPort() == b.getPort();
  }

  /** An absolute http(s) URL without its fragment, or null. */
  static String resolve(String base, String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI u = URI.create(base).resolve(link.strip().replace(" ", "%20"));
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null) {
        return null;
      }
      return new URI(u.getScheme(), u.getRawAuthority() == null ? null : u.getAuthority(), u.getPath(), u.getQuery(), null).toString();
    } catch (IllegalArgumentException | java.net.URISyntaxException e) {
      return null;
    }
  }

  /** Reads a fetched article page as an article keyed by its URL (so it is never stored twice). */
  public static org.armsledger.ingest.ReadResult page(byte[] bytes, String contentType, String url, String outlet, long maxBytes) {
    if (bytes.length > maxBytes) {
      return org.armsledger.ingest.ReadResult.skip("too-large", url, "page is over the limit of " + maxBytes + " bytes");
    }
    Decoding.Decoded d = Decoding.decode(bytes, Decoding.headerCharset(contentType), true);
    org.armsledger.ingest.Origin origin = org.armsledger.ingest.Origin.file(url, "html");
    org.armsledger.ingest.ReadResult r = HtmlArticles.read(ArticleReaders.urlId(url), origin, d.text(), url);
    if (r.article() == null) {
      return r;
    }
    org.armsledger.ingest.Article.Builder b = r.article().toBuilder().key(url).field("charset", d.charset());
    if (outlet != null) { // the name the user gave the source wins over what the page says
      b.outlet(outlet);
    }
    return org.armsledger.ingest.ReadResult.of(b.build());
  }
}
