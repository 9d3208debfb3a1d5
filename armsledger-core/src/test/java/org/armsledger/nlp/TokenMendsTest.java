package org.armsledger.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tags mended before parsing, on tokens tagged as CoreNLP's tagger tags them. */
class TokenMendsTest {
  /** Tokens from "word/TAG" pairs. */
  private static List<CoreLabel> tagged(String text) {
    List<CoreLabel> out = new ArrayList<>();
    for (String wt : text.split(" ")) {
      int slash = wt.lastIndexOf('/');
      CoreLabel c = new CoreLabel();
      c.setWord(wt.substring(0, slash));
      c.setValue(wt.substring(0, slash));
      c.setTag(wt.substring(slash + 1));
      c.setLemma(wt.substring(0, slash).toLowerCase());
      out.add(c);
    }
    return out;
  }

  private static String tags(List<CoreLabel> tokens) {
    return String.join(" ", tokens.stream().map(t -> t.word() + "/" + t.tag() + (t.lemma() == null ? "" : ":" + t.lemma())).toList());
  }

  @Test
  void aHeadlinesVerbAfterTheOpeningNameIsTheVerb() {
    List<CoreLabel> t = tagged("Kazakhstan/NNP orders/NNS Turkish/JJ Anka/NNP drones/NNS");
    TokenMends.retag(t);
    assertThat(tags(t)).startsWith("Kazakhstan/NNP:kazakhstan orders/VBZ:order Turkish/JJ");

    List<CoreLabel> deal = tagged("Indonesia/NNP inks/NNS deal/VB for/IN 42/CD Rafale/NNP jets/NNS");
    TokenMends.retag(deal);
    assertThat(tags(deal)).startsWith("Indonesia/NNP:indonesia inks/VBZ:ink deal/NN:deal for/IN");

    List<CoreLabel> two = tagged("South/NNP Korea/NNP seals/NNS K2/NN tank/NN deal/NN");
    TokenMends.retag(two);
    assertThat(two.get(2).tag()).isEqualTo("VBZ");
    assertThat(two.get(2).lemma()).isEqualTo("seal");
  }

  @Test
  void aPluralNounElsewhereStaysANoun() {
    // followed by a preposition: "US exports to China rose"
    List<CoreLabel> exports = tagged("US/NNP exports/NNS to/TO China/NNP rose/VBD");
    TokenMends.retag(exports);
    assertThat(exports.get(1).tag()).isEqualTo("NNS");
    // not after an opening name: "German arms exports fell"
    List<CoreLabel> arms = tagged("German/JJ arms/NNS exports/NNS fell/VBD");
    TokenMends.retag(arms);
    assertThat(arms.get(2).tag()).isEqualTo("NNS");
    // a word that is no headline verb
    List<CoreLabel> stocks = tagged("Boeing/NNP shares/NNS rose/VBD");
    TokenMends.retag(stocks);
    assertThat(stocks.get(1).tag()).isEqualTo("NNS");
  }

  @Test
  void aVerbOfSupplyAfterAModalIsTheVerb() {
    List<CoreLabel> t = tagged("Britain/NNP will/MD gift/NN 100/CD missiles/NNS");
    TokenMends.retag(t);
    assertThat(t.get(2).tag()).isEqualTo("VB");
    // after anything else the noun stays: "a gift of 100 missiles"
    List<CoreLabel> n = tagged("a/DT gift/NN of/IN 100/CD missiles/NNS");
    TokenMends.retag(n);
    assertThat(n.get(1).tag()).isEqualTo("NN");
  }
}
