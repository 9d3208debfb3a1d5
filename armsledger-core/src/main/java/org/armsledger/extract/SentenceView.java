package org.armsledger.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.armsledger.lexicon.Mention;
import org.armsledger.text.Dependency;
import org.armsledger.text.Sentence;

/**
 * A parsed sentence with its lexicon mentions tied to tokens: which mention covers a token, and
 * which token heads a mention. Immutable.
 */
final class SentenceView {
  final Sentence sentence;
  final List<Mention> mentions;
  private final Mention[] byToken;
  private final int[] heads;

  SentenceView(Sentence sentence, List<Mention> mentions) {
    this.sentence = sentence;
    this.mentions = List.copyOf(mentions);
    this.byToken = new Mention[sentence.tokens().size()];
    this.heads = new int[this.mentions.size()];
    for (int m = 0; m < this.mentions.size(); m++) {
      Mention mention = this.mentions.get(m);
      int[] range = sentence.tokenRange(mention.span());
      heads[m] = -1;
      if (range == null) {
        continue;
      }
      for (int t = range[0]; t < range[1]; t++) {
        if (byToken[t] == null) {
          byToken[t] = mention;
        }
      }
      heads[m] = headOf(range[0], range[1]);
    }
  }

  /** The token of [from, to) whose governor lies outside the range; the last token if none. */
  private int headOf(int from, int to) {
    for (int t = to - 1; t >= from; t--) {
      for (Dependency d : sentence.parents(t)) {
        if (d.governor() < from || d.governor() >= to) {
          return t;
        }
      }
    }
    return to - 1;
  }

  Mention mentionAt(int token) {
    return token >= 0 && token < byToken.length ? byToken[token] : null;
  }

  int head(Mention m) {
    int i = mentions.indexOf(m);
    return i < 0 ? -1 : heads[i];
  }

  String lemma(int t) {
    return sentence.token(t).lemma();
  }

  String word(int t) {
    return sentence.token(t).text();
  }

  /** Dependents of {@code t} over edges whose relation is exactly one of {@code relations}. */
  List<Integer> children(int t, String... relations) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : sentence.children(t)) {
      for (String r : relations) {
        if (d.relation().equals(r)) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  /** Dependents of {@code t} whose relation equals {@code relation} or starts with it and a colon. */
  List<Integer> childrenLike(int t, String relation) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : sentence.children(t)) {
      if (d.relation().equals(relation) || d.relation().startsWith(relation + ":")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** Edges leaving t, with their relations. */
  List<Dependency> out(int t) {
    return sentence.children(t);
  }

  List<Dependency> in(int t) {
    return sentence.parents(t);
  }

  /**
   * Tokens of the subtree of {@code root}, breadth first, not entering edges whose relation (or
   * its base) is in {@code stop}. The root comes first.
   */
  List<Integer> subtree(int root, Set<String> stop) {
    List<Integer> out = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(root);
    seen.add(root);
    while (!queue.isEmpty()) {
      int t = queue.poll();
      out.add(t);
      for (Dependency d : sentence.children(t)) {
        if (stop.contains(d.relation()) || stop.contains(d.base())) {
          continue;
        }
        if (seen.add(d.dependent())) {
          queue.add(d.dependent());
        }
      }
    }
    return out;
  }
}
