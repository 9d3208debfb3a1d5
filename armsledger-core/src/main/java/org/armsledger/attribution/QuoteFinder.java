package org.armsledger.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.armsledger.text.Block;
import org.armsledger.text.Span;

/**
 * Finds quotations in the kept blocks of a document and their speakers: the speaker named right
 * after the closing mark ("...," Kirby added) or right before the opening one (Usher added, "...").
 * A quotation with no speaker of its own takes the one of the previous quotation in its block,
 * the way a paragraph of quotes continues one speaker. Stateless and thread-safe.
 */
public final class QuoteFinder {
  private static final String VERBS =
      "said|says|added|adds|warned|warns|told|tells|stated|noted|explained|wrote|writes|concluded|insisted|argued|continued|declared|remarked|stressed|emphasized|claimed|asserted|cautioned|acknowledged|admitted";
  private static final Pattern AFTER_SPEAKER_VERB =
      Pattern.compile("^[\\s,]*(?<who>[^.,;“”\"!?]{2,120}?)\\s+(?:" + VERBS + ")\\b(?<rest>[^.]*)");
  private static final Pattern AFTER_VERB_SPEAKER =
      Pattern.compile("^[\\s,]*(?:" + VERBS + ")\\s+(?<who>[^.,;“”\"!?]{2,120})");
  private static final Pattern BEFORE =
      Pattern.compile("(?<who>(?:[\\p{Lu}][^.;“”\"!?]{0,120}?|\\b(?:he|she|they|we)))\\s+(?:" + VERBS + ")(?:\\s+[^,:“”\"]{1,40})?\\s*[,:]\\s*$");

  public List<Quote> find(String text, List<Block> blocks) {
    List<Quote> out = new ArrayList<>();
    for (Block b : blocks) {
      if (!b.kept()) {
        continue;
      }
      String s = b.span().of(text);
      int base = b.span().start();
      String previousSpeaker = null;
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        int open;
        int close;
        if (c == '“') {
          open = i;
          close = s.indexOf('”', i + 1);
        } else if (c == '"') {
          open = i;
          close = s.indexOf('"', i + 1);
        } else {
          i++;
          continue;
        }
        if (close < 0) {
          close = s.length() - 1; // unclosed: the quote runs to the end of its paragraph
        }
        String after = s.substring(close + 1, Math.min(s.length(), close + 160));
        String before = s.substring(Math.max(0, open - 160), open);
        String who = null;
        String attribution = null;
        Matcher m = AFTER_SPEAKER_VERB.matcher(after);
        if (m.find() && plausible(m.group("who"))) {
          who = m.group("who").strip();
          attribution = m.group(0).strip();
        } else if ((m = AFTER_VERB_SPEAKER.matcher(after)).find() && plausible(m.group("who"))) {
          who = m.group("who").strip();
          attribution = m.group(0).strip();
        } else if ((m = BEFORE.matcher(before)).find() && plausible(m.group("who"))) {
          who = m.group("who").strip();
          attribution = m.group(0).strip();
        }
        boolean short_ = close - open < 40 && !s.substring(open, close).contains(".");
        if (who == null && !short_) {
          who = previousSpeaker;
        }
        if (!short_ || who != null) {
          out.add(new Quote(new Span(base + open, base + close + 1), who, attribution));
        }
        if (who != null && !short_) {
          previousSpeaker = who;
        }
        i = close + 1;
      }
    }
    return out;
  }

  /** A speaker is a name or a description, not the start of another clause. */
  private static boolean plausible(String who) {
    String w = who.strip();
    if (w.isEmpty() || w.split("\\s+").length > 12) {
      return false;
    }
    return Character.isUpperCase(w.charAt(0)) || w.matches("(?i)^(he|she|they|we|the|a|an|one|two|three|several|some)\\b.*");
  }
}
