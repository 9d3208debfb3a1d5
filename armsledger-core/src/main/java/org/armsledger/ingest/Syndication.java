package org.armsledger.ingest;

import org.armsledger.text.Span;

/**
 * What is known about an article being a copy of another.
 *
 * @param duplicateOf id of the earlier article this one copies or nearly copies, or null
 * @param similarity estimated Jaccard similarity of their word shingles (1.0 for identical text),
 *     0 when there is no duplicate
 * @param origin id of the first article of its group of copies (itself when it is an original)
 * @param syndicatedFrom the outlet or agency the text says it comes from ("originally appeared on
 *     X", "(Reuters) -"), or null
 * @param statement the span of the text that says so, or null
 * @param originKey the source key ({@link Article#key()}) of the origin: unlike its id, unique
 */
public record Syndication(String duplicateOf, double similarity, String origin, String syndicatedFrom, Span statement, String originKey) {
  public boolean isCopy() {
    return duplicateOf != null;
  }
}
