package org.armsledger.extract;

/**
 * Counts for one document: sentences, tokens, sentences the gate sent to the parser, sentences too
 * long to parse, blocks dropped as boilerplate, claims.
 */
public record ExtractionStats(int sentences, int tokens, int parsed, int tooLong, int dropped, int claims) implements java.io.Serializable {
  public static final ExtractionStats ZERO = new ExtractionStats(0, 0, 0, 0, 0, 0);

  public ExtractionStats plus(ExtractionStats o) {
    return new ExtractionStats(
        sentences + o.sentences, tokens + o.tokens, parsed + o.parsed, tooLong + o.tooLong, dropped + o.dropped, claims + o.claims);
  }
}
