package org.armsledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
   * The sentence as the parser should see it: the same offsets, a glued dateline blanked, title case undone where it is
   * safe, or the sentence itself when it is not a title-case headline.
   */
  public static Sentence forParsing(Sentence s, List<Mention> mentions) {
    Sentence undated = withoutDateline(s);
    String text = undated.text();
    if (!isTitleCase(text)) {
      return undated;
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
    return cased.equals(text) ? undated : new Sentence(s.index(), s.span(), cased, s.tokens(), s.edges());
  }

  /**
   * A dateline glued to the first sentence: "WASHINGTON—The U.S. has stopped...", "YEREVAN (Combined
   * Sources)–Azerbaijan made...", "MOSCOW, March 3 (Reuters) - Russia said...": an upper-case place,
   * perhaps a date and an agency in brackets, a dash, then a capitalised word.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "^\\s*\\p{Lu}[\\p{Lu}'’.]{2,}(?:[ /-]\\p{Lu}[\\p{Lu}'’.]+){0,3}(?:,[^—–()\\n]{1,30})?\\s*(?:\\([^)\\n]{1,60}\\)\\s*)?(?:[—–]|--|\\s-)\\s*(?=\\p{Lu}|[\"“‘'])");

  private static final java.util.Set<String> OPENERS =
      java.util.Set.of("The", "A", "An", "In", "On", "At", "After", "As", "When", "While", "This", "That", "Two", "Three", "Officials", "President");

  /**
   * The sentence with a leading dateline blanked out (the same offsets: its characters become
   * spaces), so the parser sees the sentence that follows it rather than a place name heading a
   * clause; the sentence itself when it has none.
   */
  static Sentence withoutDateline(Sentence s) {
    Matcher m = DATELINE.matcher(s.text());
    if (!m.find() || m.end() >= s.text().length()) {
      return s;
    }
    // a short upper-case word before a dash may be an acronym in a compound ("NATO–Russia talks"):
    // only with a date, an agency, or a sentence opener after the dash is it a place
    String place = m.group().strip().split("[\\s,(—–-]")[0];
    boolean marked = m.group().contains("(") || m.group().contains(",");
    String next = s.text().substring(m.end()).split("[\\s,]", 2)[0];
    if (place.length() < 5 && !marked && !OPENERS.contains(next)) {
      return s;
    }
    char[] c = s.text().toCharArray();
    for (int i = 0; i < m.end(); i++) {
      if (!Character.isWhitespace(c[i])) {
        c[i] = ' ';
      }
    }
    return new Sentence(s.index(), s.span(), new String(c), s.tokens(), s.edges());
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
