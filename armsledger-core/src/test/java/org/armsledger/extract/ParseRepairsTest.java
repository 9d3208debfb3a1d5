package org.armsledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.armsledger.text.Dependency;
import org.armsledger.text.Sentence;
import org.armsledger.text.Span;
import org.armsledger.text.Token;
import org.junit.jupiter.api.Test;

/**
 * Parse repairs on hand-built graphs, for parser errors our own rule sentences do not reproduce
 * (RulesTest covers the repairs whose errors they do).
 */
class ParseRepairsTest {
  /** Tokens from "word/TAG" pairs, with spans laid out one space apart. */
  private static Sentence sentence(String tagged, List<Dependency> edges) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String wt : tagged.split(" ")) {
      int slash = wt.lastIndexOf('/');
      String w = wt.substring(0, slash);
      if (text.length() > 0) {
        text.append(' ');
      }
      int start = text.length();
      text.append(w);
      tokens.add(new Token(tokens.size(), w, w.toLowerCase(java.util.Locale.ROOT), wt.substring(slash + 1), new Span(start, text.length())));
    }
    return new Sentence(0, new Span(0, text.length()), text.toString(), tokens, edges);
  }

  @Test
  void aNounPhraseAfterASemicolonIsOneMoreObjectOfTheVerb() {
    // "The offer included 20 radars ; 20 processors ; missiles": CoreNLP (on a sale notice) read the
    // second member as parataxis of the verb and hung the third on it by dep
    Sentence p = sentence("The/DT offer/NN included/VBD 20/CD radars/NNS ;/: 20/CD processors/NNS ;/: missiles/NNS",
        List.of(new Dependency(-1, "root", 2), new Dependency(1, "det", 0), new Dependency(2, "nsubj", 1), new Dependency(4, "nummod", 3),
            new Dependency(2, "obj", 4), new Dependency(2, "punct", 5), new Dependency(7, "nummod", 6), new Dependency(2, "parataxis", 7),
            new Dependency(7, "punct", 8), new Dependency(7, "dep", 9)));
    Sentence r = ParseRepairs.listParts(p);
    assertThat(r.edges()).contains(new Dependency(2, "obj", 7)).doesNotContain(new Dependency(2, "parataxis", 7));
    // a clause after the semicolon stays a clause
    Sentence clause = sentence("The/DT offer/NN included/VBD radars/NNS ;/: missiles/NNS were/VBD extra/JJ",
        List.of(new Dependency(-1, "root", 2), new Dependency(1, "det", 0), new Dependency(2, "nsubj", 1), new Dependency(2, "obj", 3),
            new Dependency(2, "punct", 4), new Dependency(2, "parataxis", 5), new Dependency(5, "cop", 6), new Dependency(5, "nsubj", 7)));
    assertThat(ParseRepairs.listParts(clause).edges()).contains(new Dependency(2, "parataxis", 5));
  }
}
