package org.armsledger.extract;

import java.util.ArrayList;
import java.util.List;
import org.armsledger.lexicon.Mention;
import org.armsledger.text.Sentence;
import org.armsledger.text.Token;

/**
 * Headlines in title case ("Israel Turns Down Ukraine's Iron Dome Request") mislead the tagger:
 * every capitalised word looks like a proper noun, so verbs become names and no frame is found.
 * Such a sentence is parsed in sentence case instead: capitalised words that are not lexicon
 * mentions (actors, weapons) and not acronyms are lower-cased, the first word aside. The parse
 * keeps the original token texts. Stateless.
 */
public final class Headlines {
  private Headlines() {}

  /** True when most of the sentence's content words start with a capital. */
  public static boolean isTitleCase(String text) {
    int words = 0;
    int capitalised = 0;
    for (String w : text.split("[^\\p{L}\\p{N}'\u2019-]+")) {
      if (w.length() < 4 || !Character.isLetter(w.charAt(0))) {
        continue; // short words (of, to, and, the) are lower-cased in many styles
      }
      words++;
      if (Character.isUpperCase(w.charAt(0))) {
        capitalised++;
      }
    }
    return words >= 3 && capitalised * 10 >= words * 8;
  }

  /**
   * The sentence as the parser should see it: the same offsets, title case undone where it is
   * safe, or the sentence itself when it is not a title-case headline.
   */
  public static Sentence forParsing(Sentence s, List<Mention> mentions) {
    String text = s.text();
    if (!isTitleCase(text)) {
      return s;
    }
    char[] c = text.toCharArray();
    int base = s.span().start();
    boolean first = true;
    for (Token t : s.tokens()) {
      int from = t.span().start() - base;
      int to = t.span().end() - base;
      boolean word = from >= 0 && to <= c.length && to > from && Character.isLetter(c[from]);
      if (!word) {
        continue;
      }
      boolean keep = first || covered(mentions, t) || isAcronym(text, from, to);
      first = false;
      if (!keep && Character.isUpperCase(c[from])) {
        c[from] = Character.toLowerCase(c[from]);
      }
    }
    String cased = new String(c);
    return cased.equals(text) ? s : new Sentence(s.index(), s.span(), cased, s.tokens(), s.edges());
  }

  /** The parse of {@link #forParsing}'s sentence with the original token texts put back. */
  public static Sentence restore(Sentence parsed, Sentence original) {
    if (parsed.text().equals(original.text())) {
      return parsed;
    }
    int base = original.span().start();
    List<Token> tokens = new ArrayList<>(parsed.tokens().size());
    for (Token t : parsed.tokens()) {
      String text = original.text().substring(t.span().start() - base, t.span().end() - base);
      tokens.add(new Token(t.index(), text.isEmpty() ? t.text() : text, t.lemma(), t.tag(), t.span()));
    }
    return new Sentence(parsed.index(), parsed.span(), original.text(), tokens, parsed.edges());
  }

  private static boolean covered(List<Mention> mentions, Token t) {
    for (Mention m : mentions) {
      if (m.span().start() <= t.span().start() && t.span().end() <= m.span().end()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAcronym(String text, int from, int to) {
    int upper = 0;
    for (int i = from; i < to; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        upper++;
      }
    }
    return upper >= 2;
  }
}
