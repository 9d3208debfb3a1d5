package org.armsledger.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Origin;
import org.armsledger.ingest.Syndication;
import org.junit.jupiter.api.Test;

class SyndicationDetectorTest {
  static final String WIRE =
      "Armenia has signed a contract to buy Caesar self-propelled howitzers from France, the Armenian defence ministry said on Tuesday. "
          + "The deal follows an agreement in 2023 under which Paris supplied GM 200 radars to Yerevan. "
          + "French officials said the first guns could be delivered within two years, and that training for Armenian crews would take place in France. "
          + "Azerbaijan criticised the sale, saying it would fuel tension in the region. "
          + "Armenia has sought to diversify its arms suppliers after deliveries from Russia slowed.";

  static Article article(String id, String text) {
    return Article.builder(id, Origin.file(id + ".txt", "txt"), text).outlet(id.split("-")[0]).build();
  }

  @Test
  void identicalRepostIsACopyOfTheFirst() {
    SyndicationDetector d = new SyndicationDetector();
    assertThat(d.observe(article("wire-1", WIRE)).isCopy()).isFalse();
    Syndication s = d.observe(article("paper-1", WIRE));
    assertThat(s.duplicateOf()).isEqualTo("wire-1");
    assertThat(s.origin()).isEqualTo("wire-1");
    assertThat(s.similarity()).isEqualTo(1.0);
  }

  @Test
  void editedRepostWithItsOwnIntroAndFooterIsANearCopy() {
    SyndicationDetector d = new SyndicationDetector();
    d.observe(article("wire-1", WIRE));
    String edited =
        "YEREVAN - "
            + WIRE.replace("on Tuesday", "on Tuesday afternoon").replace("within two years", "within 24 months")
            + " This article originally appeared on Caucasus Wire and is republished with permission.";
    Syndication s = d.observe(article("blog-7", edited));
    assertThat(s.duplicateOf()).isEqualTo("wire-1");
    assertThat(s.similarity()).isBetween(0.5, 0.99);
    assertThat(s.syndicatedFrom()).isEqualTo("Caucasus Wire");
    assertThat(edited.substring(s.statement().start(), s.statement().end())).isEqualTo("This article originally appeared on Caucasus Wire");
    // a copy of a copy credits the first article as its origin
    Syndication third = d.observe(article("aggregator-3", edited + " Share this story."));
    assertThat(third.origin()).isEqualTo("wire-1");
  }

  @Test
  void differentStoryOnTheSameSubjectIsNotACopy() {
    SyndicationDetector d = new SyndicationDetector();
    d.observe(article("wire-1", WIRE));
    String other =
        "France will deliver Caesar howitzers to Armenia, a French official told reporters, as Yerevan looks beyond Moscow for weapons. "
            + "The guns are part of a larger package that includes Bastion armoured vehicles, which Armenia received in 2024. "
            + "Baku summoned the French ambassador in protest. Analysts said the quantities involved were small but politically significant.";
    Syndication s = d.observe(article("paper-2", other));
    assertThat(s.isCopy()).isFalse();
    assertThat(s.origin()).isEqualTo("paper-2");
  }

  @Test
  void wireDatelineNamesTheAgencyButNotOnTheAgencysOwnSite() {
    SyndicationDetector d = new SyndicationDetector();
    Syndication s = d.observe(article("paper-9", "KYIV (Reuters) - Sweden will send CV90 infantry fighting vehicles to Ukraine, the government said."));
    assertThat(s.syndicatedFrom()).isEqualTo("Reuters");
    Syndication own = d.observe(article("Reuters-1", "LONDON (Reuters) - Britain will send Challenger 2 tanks to Ukraine, officials said."));
    assertThat(own.syndicatedFrom()).isNull();
  }

  @Test
  void indexComparesCandidatesOnlyNotAllPairs() {
    SyndicationDetector d = new SyndicationDetector();
    Random r = new Random(42);
    String[] vocab = new String[5000];
    for (int i = 0; i < vocab.length; i++) {
      vocab[i] = "w" + Integer.toString(i, 36);
    }
    int n = 3000;
    String[] texts = new String[n];
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder();
      for (int w = 0; w < 300; w++) {
        sb.append(vocab[r.nextInt(vocab.length)]).append(' ');
      }
      texts[i] = sb.toString();
      d.observe(article("doc-" + i, texts[i]));
    }
    // plant 100 near-copies: one word in 25 changed (about two thirds of the shingles intact)
    int found = 0;
    for (int k = 0; k < 100; k++) {
      String[] words = texts[k * 29].split(" ");
      for (int w = 0; w < words.length; w += 25) {
        words[w] = "changed" + w;
      }
      Syndication s = d.observe(article("copy-" + k, String.join(" ", words)));
      if (("doc-" + k * 29).equals(s.duplicateOf())) {
        found++;
      }
    }
    assertThat(found).isGreaterThanOrEqualTo(95);
    assertThat(d.copies()).isEqualTo(found);
    long allPairs = (long) (n + 100) * (n + 99) / 2;
    assertThat(d.comparisons()).isLessThan(allPairs / 1000);
  }

  @Test
  void containmentEstimateFollowsFromJaccardAndSizes() {
    // A inside B, |A| = 100, |B| = 300: J = 1/3, containment 1
    assertThat(SyndicationDetector.contained(1.0 / 3, 100, 300)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(SyndicationDetector.contained(0, 100, 300)).isZero();
  }
}
