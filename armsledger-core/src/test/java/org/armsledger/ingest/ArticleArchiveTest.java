package org.armsledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.armsledger.text.Span;
import org.junit.jupiter.api.Test;

class ArticleArchiveTest {
  @Test
  void aStoredArticleComesBackWithEverythingExtractionAndProvenanceRead() {
    String text = "Seoul sends howitzers to Warsaw\n\nPublished: 2023-04-02\n\nSouth Korea delivered 24 K9 howitzers to Poland.";
    SourceMap map = new SourceMap.Builder().add(0, 31, 120, 151).add(33, 54, 200, 221).add(56, text.length(), 300, 300 + text.length() - 56).build();
    Article a = Article.builder("k9", Origin.line("/data/feed.jsonl", "jsonl", 17), text)
        .title(new Span(0, 31))
        .published("2023-04-02")
        .metadata(List.of(new Span(33, 54)))
        .uri("https://example.org/k9")
        .outlet("Example Daily")
        .byline("A. Writer")
        .genre(Genre.ANALYSIS)
        .language("en")
        .sourceMap(map)
        .field("section", "defence")
        .key("file:///data/feed.jsonl:17")
        .syndication(new Syndication(null, 0, "k9", "Wire Agency", null, "file:///data/feed.jsonl:17"))
        .build();

    Article back = ArticleArchive.read(ArticleArchive.write(a));

    assertThat(back.id()).isEqualTo("k9");
    assertThat(back.origin()).isEqualTo(a.origin());
    assertThat(back.text()).isEqualTo(text);
    assertThat(back.title()).isEqualTo(new Span(0, 31));
    assertThat(back.headline()).isEqualTo(a.headline());
    assertThat(back.published()).isEqualTo("2023-04-02");
    assertThat(back.metadata()).containsExactly(new Span(33, 54));
    assertThat(back.uri()).isEqualTo(a.uri());
    assertThat(back.outlet()).isEqualTo("Example Daily");
    assertThat(back.byline()).isEqualTo("A. Writer");
    assertThat(back.genre()).isEqualTo(Genre.ANALYSIS);
    assertThat(back.language()).isEqualTo("en");
    assertThat(back.fields()).containsEntry("section", "defence");
    assertThat(back.key()).isEqualTo(a.key());
    assertThat(back.syndication().syndicatedFrom()).isEqualTo("Wire Agency");
    for (int t = 0; t < text.length(); t++) {
      assertThat(back.sourceMap().raw(t)).as("offset %d", t).isEqualTo(map.raw(t));
    }
  }

  @Test
  void identityAndMissingMapsStayWhatTheyWere() {
    Article txt = new Article("plain", "/x/plain.txt", "Text.", null, null, List.of());
    assertThat(ArticleArchive.read(ArticleArchive.write(txt)).sourceMap()).isSameAs(SourceMap.IDENTITY);
    Article none = Article.builder("n", Origin.file("/x/n.json", "json"), "Text.").build();
    assertThat(ArticleArchive.read(ArticleArchive.write(none)).sourceMap().raw(2)).isEqualTo(-1);
  }

  @Test
  void bytesThatAreNoArchiveAreAClearError() {
    assertThatThrownBy(() -> ArticleArchive.read(new byte[] {1, 2, 3})).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a stored article");
  }
}
