package org.armsledger.claim;

import java.util.List;

/**
 * Why a claim was extracted: the rule, the lexicon entries it used, the dependency path it
 * matched and how each party was found.
 */
public record Explanation(String rule, List<String> lexicon, String path, List<String> notes) {
  public Explanation {
    lexicon = List.copyOf(lexicon);
    notes = List.copyOf(notes);
  }
}
