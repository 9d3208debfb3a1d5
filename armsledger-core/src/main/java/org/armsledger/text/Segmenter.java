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
    for (Block b : blocks) {
      if (!b.kept()) {
        continue;
      }
      int start = b.span().start();
      String s = b.span().of(text);
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
}
