package org.armsledger.claim;

/**
 * The word that says a supply happens (the predicate: "supplied", "sale", "delivery"), exactly
 * as it stands in the document text between {@code start} and {@code end}: what a reader's eye
 * goes to first when checking a claim against its sentence.
 */
public record Cue(String text, int start, int end) {
  public Cue {
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("cue text does not fit [" + start + ", " + end + ")");
    }
  }
}
