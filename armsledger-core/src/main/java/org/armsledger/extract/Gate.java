package org.armsledger.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.armsledger.lexicon.Mention;
import org.armsledger.text.Sentence;
import org.armsledger.text.Token;

/**
 * The cheap test that decides which sentences are worth a dependency parse: a named item (weapon,
 * kind of materiel, or military support) and a party (an actor, or a pronoun that may stand for
 * one). Runs on lexicon mentions and tokens only. Stateless.
 */
final class Gate {
  private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "their", "them", "he", "his", "she", "her");
  /** Word forms whose verb implies its item: arming is supplying weapons, training has trainees. */
  private static final Set<String> IMPLYING =
      Set.of("arm", "arms", "armed", "arming", "rearm", "rearms", "rearmed", "rearming", "re-arm", "re-arms", "re-armed", "re-arming",
          "train", "trains", "trained", "training");
  private static final Pattern MILITARY = Pattern.compile("(?i)\\b(military|defen[cs]e|arms|weapons?|armed|security|army|navy|air force)\\b");

  boolean passes(Sentence s, List<Mention> mentions) {
    boolean item = false;
    boolean actor = false;
    for (Mention m : mentions) {
      if (m.type() == Mention.Type.ACTOR) {
        actor = true;
      } else if (m.type() == Mention.Type.WEAPON || !m.category().equals("unspecified")) {
        item = true;
      } else if (m.text().contains(" ") || MILITARY.matcher(s.text()).find()) {
        item = true; // "military support", or support in a sentence about arms
      }
    }
    if (!item && CONTRIBUTION.matcher(s.text()).find()) {
      item = true; // "the largest donor to Georgia's defence": military support
    }
    if (!item) {
      // "denied arming the RSF", "trained Somali soldiers": the verb implies the item
      boolean implied = false;
      for (Token t : s.tokens()) {
        if (IMPLYING.contains(t.text().toLowerCase(Locale.ROOT))) {
          implied = true;
          break;
        }
      }
      if (!implied) {
        return false;
      }
    }
    if (actor) {
      return true;
    }
    for (Token t : s.tokens()) {
      if (PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    // "the two countries signed a contract", "The proposal also included 21 engines": the pair the document is about
    // "The junta has bought at least 20 of the aircraft": a state described, named before
    return PAIR.matcher(s.text()).find() || DEAL_INCLUDES.matcher(s.text()).find() || DESCRIBED.matcher(s.text()).find();
  }

  private static final Pattern DESCRIBED = Pattern.compile("(?i)\\b(the|this)\\s+(?:[\\w-]+\\s+)?(junta|regime|kingdom|country|government|ministry|republic|nation)\\b");

  private static final Pattern CONTRIBUTION =
      Pattern.compile("(?i)\\b(donors?|contributors?)\\s+to\\s+(?:[\\p{L}'’-]+\\s+){0,3}(defen[cs]e|military|army|war effort|security)\\b");
  /** The frames' own word lists ({@link FrameFinder}), inflected: "the proposal also included", "the two countries". */
  private static final Pattern DEAL_INCLUDES = Pattern.compile("(?i)\\b(the|this|that)\\s+(?:[\\w-]+\\s+){0,2}(" + String.join("|", FrameFinder.DEAL_NOUNS)
      + ")\\s+(?:[\\w-]+\\s+){0,2}(" + String.join("|", FrameFinder.INCLUDE_VERBS) + ")(?:s|d|es|ed)?\\b");
  private static final Pattern PAIR = Pattern.compile("(?i)\\b(two|both)\\s+(" + String.join("|", FrameFinder.PAIR_NOUNS) + ")\\b");
}
