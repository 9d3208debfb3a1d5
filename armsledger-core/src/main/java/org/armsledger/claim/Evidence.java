package org.armsledger.claim;

/** The sentence a claim was read from, exactly as it stands in the document text. */
public record Evidence(String text, int start, int end) {
  public Evidence {
    if (start < 0 || end < start || text.length() != end - start) {
      throw new IllegalArgumentException("evidence text does not fit [" + start + ", " + end + ")");
    }
  }
}
