package org.armsledger.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanerTest {
  private static List<String> reasons(String text) {
    return reasons(text, new Span(0, text.indexOf('\n')));
  }

  /** Each line's fate ("kept" or why it was dropped), with the title where it is. */
  private static List<String> reasons(String text, Span title) {
    return new Cleaner().clean(text, title, List.of()).stream()
        .map(b -> b.kept() ? "kept" : b.dropReason())
        .toList();
  }

  @Test
  void dropsBoilerplateWithItsReason() {
    String doc =
        String.join(
            "\n",
            "Kazakhstan orders helicopters",
            "By Jane Roe 10:42 AM",
            "Kazakhstan has ordered twelve Airbus helicopters for its border guards, the ministry said.",
            "0",
            "2K",
            "In this photo taken on May 3, a helicopter lands at Astana airport. AP",
            "Read also: Kazakhstan opens a new airbase",
            "Advertisement",
            "© 2025 Steppe Daily",
            "This article originally appeared on Steppe Daily and is reposted with permission.",
            "2 thoughts on “Kazakhstan orders helicopters”",
            "Great article, thanks!");
    assertThat(reasons(doc))
        .containsExactly(
            "kept", "byline", "kept", "share-counter", "share-counter", "caption", "teaser", "advertising", "copyright",
            "repost-notice", "comment-form", "comment-form");
  }

  @Test
  void aReadMoreListDropsTheOtherArticlesHeadlines() {
    String doc = "Title of the piece\nBody sentence about arms.\nRead More\nWhy online games are the future\nBy someone 2024-10-15 05:39:59 0 2K";
    assertThat(reasons(doc)).containsExactly("kept", "kept", "teaser-list", "teaser-list", "teaser-list");
  }

  @Test
  void aTeaserLabelAboveTheBodyDoesNotDropTheArticle() {
    String doc = String.join("\n",
        "Trending",
        "Mali receives attack helicopters",
        "Mali's army has received two more Mi-35 attack helicopters from Russia, the transitional government said on Friday in a statement.",
        "The aircraft landed in Bamako on Thursday.");
    assertThat(reasons(doc, new Span(doc.indexOf("Mali receives"), doc.indexOf("helicopters\n") + 11))).containsExactly("label", "kept", "kept", "kept");
  }

  @Test
  void aTeaserListEndsWhereProseResumes() {
    String doc = String.join("\n",
        "Title of the piece",
        "Chile has agreed to buy two used frigates from the Netherlands, the navy said on Monday.",
        "Related",
        "Peru looks at Korean submarines",
        "Colombia's jet tender drags on",
        "The frigates are expected to arrive in Valparaiso next year after a refit in Den Helder, the navy added.");
    assertThat(reasons(doc)).containsExactly("kept", "kept", "teaser-list", "teaser-list", "teaser-list", "kept");
  }

  @Test
  void aSentenceEndingInAnAgencyNameIsKept() {
    assertThat(reasons("T\nThe deal was reported by Reuters.")).containsExactly("kept", "kept");
  }

  @Test
  void aNumberedMostReadListAboveTheArticleIsOtherArticles() {
    String doc = String.join("\n",
        "MOST READ",
        "1. Iran ships missiles to Russia, officials say",
        "2. Germany approves tank exports to Qatar",
        "Egypt in talks for Chinese jets",
        "Egypt is in talks with China to buy J-10C fighter jets, two sources told Reuters on Monday.",
        "3. Cairo has not commented.");
    // a numbered line after the list has ended is the article's own
    assertThat(reasons(doc, new Span(doc.indexOf("Egypt in"), doc.indexOf("jets\n") + 4)))
        .containsExactly("label", "teaser-list", "teaser-list", "kept", "kept", "kept");
  }
}
