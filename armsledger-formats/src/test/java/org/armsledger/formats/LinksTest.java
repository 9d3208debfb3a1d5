package org.armsledger.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.armsledger.ingest.ReadResult;
import org.junit.jupiter.api.Test;

class LinksTest {
  @Test
  void feedEntriesResolveAgainstTheFeed() {
    String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>T</title>"
        + "<item><title>One</title><link>/news/2024/01/02/one.html#top</link><pubDate>Tue, 02 Jan 2024 08:00:00 GMT</pubDate></item>"
        + "<item><title>Two</title><link>https://other.example/two</link></item>"
        + "<item><title>Bad</title><link>javascript:alert(1)</link></item></channel></rss>";
    byte[] b = rss.getBytes(StandardCharsets.UTF_8);
    assertThat(Links.isFeed(b, "text/xml")).isTrue();
    assertThat(Links.fromFeed(b, "https://news.example/feeds/rss.xml")).containsExactly(
        new Links.Item("https://news.example/news/2024/01/02/one.html", "One", "2024-01-02"), new Links.Item("https://other.example/two", "Two", null));
    assertThatThrownBy(() -> Links.fromFeed("<html><body>no</body></html>".getBytes(StandardCharsets.UTF_8), "https://x.example/"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a readable RSS or Atom feed");
  }

  @Test
  void aSectionPageGivesItsOwnSitesArticleLinks() {
    String html = "<html><body><nav><a href=\"/tag/defence\">Defence</a><a href=\"/about\">About</a><a href=\"/author/ana-lopez-garcia-writer\">A</a></nav>"
        + "<a href=\"/world/2024/05/20/egypt-orders-jets.html\">Egypt</a>"
        + "<a href=\"https://www.news.example/africa/kenya-receives-rifles-from-serbia\">Kenya</a>"
        + "<a href=\"https://elsewhere.example/2024/05/20/story\">Other site</a>"
        + "<a href=\"/world/\">World</a><a href=\"mailto:x@news.example\">mail</a></body></html>";
    assertThat(Links.isFeed(html.getBytes(StandardCharsets.UTF_8), "text/html")).isFalse();
    assertThat(Links.fromPage(html, "https://news.example/world/")).extracting(Links.Item::url).containsExactly(
        "https://news.example/world/2024/05/20/egypt-orders-jets.html", "https://www.news.example/africa/kenya-receives-rifles-from-serbia");
  }

  @Test
  void aFetchedPageIsKeyedByItsUrlAndNamedByTheSourcesOutlet() {
    String html = "<html><head><title>Jets</title></head><body><article><h1>Jets</h1><p>Egypt signed a contract with France for 30 Rafale jets,"
        + " the ministry said on Monday in a statement to the press.</p></article></body></html>";
    ReadResult r = Links.page(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8", "https://news.example/world/2024/05/20/jets.html",
        "News Example", 1 << 20);
    assertThat(r.article().key()).isEqualTo("https://news.example/world/2024/05/20/jets.html");
    assertThat(r.article().outlet()).isEqualTo("News Example");
    assertThat(r.article().id()).isEqualTo("jets");
    assertThat(Links.page(new byte[100], null, "https://x.example/a", null, 10).diagnostic().code()).isEqualTo("too-large");
  }
}
