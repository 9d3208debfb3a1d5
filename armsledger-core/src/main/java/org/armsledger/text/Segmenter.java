package org.armsledger.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns kept blocks into the stretches of text a sentence splitter should see: bullet marks are
 * left out, and sentences glued together without a space after the full stop ("supplied
 * drones.The") are cut apart, so no sentence runs across a block or a glue point.
 *
 * <p>Stateless and safe to share between threads.
 */
public final class Segmenter {
  /** A lower-case word end, sentence punctuation, then a capitalised word of 3+ letters. */
  private static final Pattern GLUE = Pattern.compile("(?<=\\p{Ll}{2}[.!?][\"”’)]?)(?=\\p{Lu}\\p{Ll}{2})");
  private static final Pattern BULLET = Pattern.compile("^([•·▪●◦‣∙*–—-]|\\d{1,2}[.)])\\s+");

  public List<Span> segments(String text, List<Block> blocks) {
    List<Span> out = new ArrayList<>();
    for (Span joined : unwrapped(text, blocks)) {
      int start = joined.start();
      String s = joined.of(text);
      Matcher bullet = BULLET.matcher(s);
      if (bullet.find()) {
        start += bullet.end();
        s = s.substring(bullet.end());
      }
      Matcher g = GLUE.matcher(s);
      int from = 0;
      while (g.find()) {
        if (g.start() > from) {
          out.add(new Span(start + from, start + g.start()));
        }
        from = g.start();
      }
      if (from < s.length()) {
        out.add(new Span(start + from, start + s.length()));
      }
    }
    return out;
  }

  /**
   * The kept blocks, with lines of hard-wrapped text joined back into their paragraph: a line that
   * stops without sentence punctuation goes on in the next line when that one starts in lower case
   * ("...supplying the Syrian / army with hardware..."), or when it is a long line of a wrapped
   * paragraph (not the first block, which may be a headline).
   */
  static List<Span> unwrapped(String text, List<Block> blocks) {
    List<Span> out = new ArrayList<>();
    Span cur = null;
    int kept = 0;
    for (Block b : blocks) {
      if (!b.kept()) {
        if (cur != null) {
          out.add(cur);
          cur = null;
        }
        continue;
      }
      kept++;
      if (cur != null && continues(text, cur, b.span(), kept > 2)) {
        cur = new Span(cur.start(), b.span().end());
        continue;
      }
      if (cur != null) {
        out.add(cur);
      }
      cur = b.span();
    }
    if (cur != null) {
      out.add(cur);
    }
    return out;
  }

  private static final Pattern OPEN_END = Pattern.compile("(?s).*[\\p{L}\\p{N},]$");

  private static boolean continues(String text, Span prev, Span next, boolean bodyLine) {
    String gap = text.substring(prev.end(), next.start());
    if (gap.chars().filter(c -> c == '\n').count() != 1 || !gap.isBlank()) {
      return false; // a blank line ends a paragraph
    }
    String p = prev.of(text);
    String n = next.of(text);
    if (!OPEN_END.matcher(p).matches() || n.isEmpty() || BULLET.matcher(n).find()) {
      return false;
    }
    char first = n.charAt(0);
    if (Character.isLowerCase(first)) {
      return true;
    }
    int lineStart = p.lastIndexOf('\n') + 1;
    return bodyLine && p.length() - lineStart >= 45 && Character.isUpperCase(first);
  }
}
