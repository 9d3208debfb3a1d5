package org.armsledger.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.ingest.Genre;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedArticlesTest {
  @TempDir Path dir;

  @Test
  void rssEntriesBecomeArticlesWithContentLinkDateAndAuthor() throws Exception {
    Fixtures.Read r = Fixtures.read(Fixtures.copy("defence-wire.rss", dir));
    assertThat(r.summary().format()).isEqualTo(Format.FEED);
    assertThat(r.articles()).hasSize(2);
    Article first = r.article("defence-wire#1");
    assertThat(first.text()).isEqualTo("Germany hands Ukraine fourth IRIS-T battery\n\nGermany has delivered a fourth IRIS-T SLM air defence battery to Ukraine, the German government said on Saturday.\n\nDiehl Defence, which makes the system, said further launchers would be handed over in 2024.");
    assertThat(first.uri()).isEqualTo("https://armsmonitor.example/2023/11/germany-iris-t-ukraine");
    assertThat(first.published()).isEqualTo("2023-11-04");
    assertThat(first.byline()).isEqualTo("Jonas Weber");
    assertThat(first.outlet()).isEqualTo("Arms Monitor Wire");
    assertThat(first.origin().index()).isEqualTo(1);
    assertThat(first.fields()).containsEntry("feed_text", "content").containsEntry("guid", "am-2023-1104");
    Article second = r.article("defence-wire#2");
    assertThat(second.fields()).containsEntry("feed_text", "summary");
    assertThat(second.byline()).isEqualTo("Ana Petrovic");
    assertThat(second.text()).contains("China supplied Serbia with the FK-3 surface-to-air missile system");
    // the third entry has neither content nor summary
    assertThat(r.diagnostics()).extracting(Diagnostic::location).containsExactly(dir.resolve("defence-wire.rss") + "#3");
  }

  @Test
  void atomEntriesWithPressReleasePathAndSummaryOnly() throws Exception {
    Fixtures.Read r = Fixtures.read(Fixtures.copy("ministry.atom", dir));
    Article a = r.article("ministry#1");
    assertThat(a.genre()).isEqualTo(Genre.PRESS_RELEASE);
    assertThat(a.published()).isEqualTo("2024-02-13");
    assertThat(a.text()).contains("The United States has agreed to sell 18 additional HIMARS launchers to Taiwan");
    assertThat(r.article("ministry#2").published()).isEqualTo("2024-02-10");
  }

  @Test
  void emptyFeedIsANoticeAndBrokenXmlAnError() throws Exception {
    Fixtures.Read empty = Fixtures.read(Fixtures.copy("empty.rss", dir));
    assertThat(empty.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("empty-feed");
      assertThat(d.severity()).isEqualTo(Diagnostic.Severity.NOTICE);
    });
    Path broken = dir.resolve("broken.rss");
    Files.writeString(broken, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Cut</title><item><title>Half");
    assertThat(Fixtures.read(broken).codes()).containsExactly("bad-feed");
    Path xxe = dir.resolve("xxe.xml");
    Files.writeString(xxe, "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title><item><title>t</title><description>d</description></item></channel></rss>");
    Fixtures.Read x = Fixtures.read(xxe);
    assertThat(x.articles()).isEmpty();
    assertThat(x.codes()).containsExactly("bad-feed");
  }
}
