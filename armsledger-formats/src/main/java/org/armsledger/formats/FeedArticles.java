package org.armsledger.formats;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.ingest.DocumentDates;
import org.armsledger.ingest.Origin;
import org.armsledger.ingest.ReadResult;
import org.armsledger.ingest.SourceMap;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds with Rome: each entry becomes an article from its full
 * content ({@code content:encoded}, Atom content) or else its summary, with its link, date,
 * author(s) and the feed's title as outlet. Entry HTML is turned into text with paragraph
 * breaks; the source map points into the entry's HTML. DOCTYPEs are refused (no external
 * entities).
 */
final class FeedArticles {
  private FeedArticles() {}

  /** No feed nests elements this deep; JDOM, under Rome, takes time quadratic in the depth. */
  static final int MAX_DEPTH = 256;

  static void read(String file, String fileId, byte[] bytes, Sink sink) {
    int depth = depth(bytes, MAX_DEPTH);
    if (depth > MAX_DEPTH) {
      sink.accept(ReadResult.skip("bad-feed", file, "feed XML is nested more than " + MAX_DEPTH + " elements deep; not read"));
      return;
    }
    SyndFeed feed;
    try {
      SyndFeedInput in = new SyndFeedInput();
      in.setAllowDoctypes(false);
      feed = in.build(new XmlReader(new ByteArrayInputStream(bytes), true));
    } catch (Exception e) {
      sink.accept(ReadResult.skip("bad-feed", file, "not a readable RSS or Atom feed: " + JsonLinesReader.firstLine(e.getMessage())));
      return;
    } catch (StackOverflowError e) {
      sink.accept(ReadResult.skip("bad-feed", file, "feed XML is nested too deeply"));
      return;
    }
    List<SyndEntry> entries = feed.getEntries();
    if (entries == null || entries.isEmpty()) {
      sink.accept(ReadResult.skip(new Diagnostic("empty-feed", file, "feed has no entries", Diagnostic.Severity.NOTICE)));
      return;
    }
    String outlet = HtmlMetadata.blankToNull(feed.getTitle());
    String feedLanguage = HtmlMetadata.blankToNull(feed.getLanguage());
    long index = 0;
    for (SyndEntry e : entries) {
      index++;
      Origin origin = Origin.entry(file, "feed", index);
      try {
        sink.accept(entry(e, fileId + "#" + index, origin, outlet, feedLanguage, feed.getLink()));
      } catch (RuntimeException ex) {
        sink.accept(ReadResult.skip("bad-entry", origin.toString(), "feed entry cannot be read: " + ex));
      }
    }
  }

  /**
   * How deep the document's elements nest, counted by one streaming pass (linear time, no tree),
   * stopping as soon as it exceeds {@code limit}. A document StAX cannot read counts as deep as it
   * got: Rome reports its errors in its own words.
   */
  static int depth(byte[] bytes, int limit) {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    int depth = 0;
    int max = 0;
    XMLStreamReader r = null;
    try {
      r = f.createXMLStreamReader(new ByteArrayInputStream(bytes));
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          max = Math.max(max, ++depth);
          if (max > limit) {
            return max;
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    } catch (XMLStreamException | RuntimeException e) {
      return max;
    } finally {
      if (r != null) {
        try {
          r.close();
        } catch (XMLStreamException e) {
          // nothing held
        }
      }
    }
    return max;
  }

  private static ReadResult entry(SyndEntry e, String id, Origin origin, String outlet, String language, String feedLink) {
    String html = null;
    String from = null;
    if (e.getContents() != null) {
      StringBuilder sb = new StringBuilder();
      for (SyndContent c : e.getContents()) {
        if (c.getValue() != null) {
          sb.append(c.getValue()).append('\n');
        }
      }
      if (!sb.toString().isBlank()) {
        html = sb.toString();
        from = "content";
      }
    }
    if (html == null && e.getDescription() != null && e.getDescription().getValue() != null && !e.getDescription().getValue().isBlank()) {
      html = e.getDescription().getValue();
      from = "summary";
    }
    String title = e.getTitle() == null ? null : e.getTitle().replaceAll("\\s+", " ").strip();
    if (html == null) {
      return ReadResult.skip("no-text", origin.toString(), "feed entry " + (title == null ? "" : "\"" + title + "\" ") + "has no content or summary");
    }
    StringBuilder out = new StringBuilder();
    SourceMap.Builder map = new SourceMap.Builder();
    HtmlText writer = new HtmlText(out, map, html);
    Document d = Parser.htmlParser().setTrackPosition(true).parseInput(html, e.getLink() == null ? "" : e.getLink());
    if (title != null && !title.isEmpty()) {
      writer.appendGenerated(title); // the text is the headline, a blank line and the entry's text
    }
    int bodyStart = out.length();
    writer.append(d.body());
    String text = out.toString();
    if (text.substring(bodyStart).isBlank()) {
      return ReadResult.skip("no-text", origin.toString(), "feed entry has no text in its " + from);
    }
    String published = Dates.of(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
    if (published == null) {
      published = DocumentDates.dateline(text);
    }
    List<String> authors = new ArrayList<>();
    if (e.getAuthors() != null) {
      for (SyndPerson p : e.getAuthors()) {
        if (p.getName() != null && !p.getName().isBlank()) {
          authors.add(p.getName().strip());
        }
      }
    }
    if (authors.isEmpty() && e.getAuthor() != null && !e.getAuthor().isBlank()) {
      // RSS 2.0 <author> is "email (Name)"
      authors.add(e.getAuthor().strip().replaceFirst("^\\S+@\\S+\\s*\\((.+)\\)$", "$1"));
    }
    List<String> categories = new ArrayList<>();
    e.getCategories().forEach(c -> {
      if (c.getName() != null) {
        categories.add(c.getName().strip());
      }
    });
    String link = HtmlMetadata.blankToNull(e.getLink());
    Article.Builder b =
        Article.builder(id, origin, text)
            .title(title == null || title.isEmpty() ? null : new org.armsledger.text.Span(0, title.length()))
            .headline(title)
            .published(published)
            .uri(link)
            .outlet(outlet != null ? outlet : HtmlMetadata.host(link != null ? link : feedLink))
            .byline(authors.isEmpty() ? null : String.join(", ", authors))
            .sourceMap(map.build())
            .field("feed_text", from)
            .field("guid", e.getUri())
            .field("declared_language", language)
            .field("categories", categories.isEmpty() ? null : String.join(", ", categories))
            .field("section", categories.isEmpty() ? null : categories.get(0));
    return ReadResult.of(b.build());
  }
}
