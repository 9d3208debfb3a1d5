package org.armsledger.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RobotsTest {
  @Test
  void theCrawlersOwnGroupWinsOverTheStarGroupAndTheLongestRuleDecides() {
    String txt = """
        # comment
        User-agent: *
        Disallow: /

        User-agent: Googlebot
        User-agent: armsledger
        Disallow: /private/
        Allow: /private/open-
        Disallow: /*.pdf$
        Crawl-delay: 2.5
        """;
    Robots r = Robots.parse(txt, Fetcher.AGENT_TOKEN);
    assertThat(r.allows("/news/2024/story.html")).isTrue();
    assertThat(r.allows("/private/report.html")).isFalse();
    assertThat(r.allows("/private/open-letter.html")).isTrue();
    assertThat(r.allows("/files/report.pdf")).isFalse();
    assertThat(r.allows("/files/report.pdf?x=1")).isTrue();
    assertThat(r.crawlDelay()).isEqualTo(2.5);
    // another crawler gets the star group
    assertThat(Robots.parse(txt, "otherbot").allows("/news/")).isFalse();
  }

  @Test
  void emptyDisallowAndMissingFilesAllowEverything() {
    assertThat(Robots.parse("User-agent: *\nDisallow:\n", "armsledger").allows("/anything")).isTrue();
    assertThat(Robots.parse("", "armsledger").allows("/")).isTrue();
    assertThat(Robots.ALLOW_ALL.allows("/x")).isTrue();
  }

  @Test
  void feedListsKeepGoodLinesAndNameBadOnes() {
    FeedList.Parsed p = FeedList.parse("feeds.txt", "# mine\nhttps://example.org/rss Example Times\n\nnot a url\nftp://x.org/f\n"
        + "https://example.org/rss duplicate\nhttp://news.example/world/\n");
    assertThat(p.sources()).containsExactly(new FeedList.Source("https://example.org/rss", "Example Times"),
        new FeedList.Source("http://news.example/world/", null));
    assertThat(p.errors()).hasSize(2);
    assertThat(p.errors().get(0)).startsWith("feeds.txt:4: ");
    assertThat(p.errors().get(1)).startsWith("feeds.txt:5: not an http(s) URL");
  }
}
