package org.armsledger.text;

import java.util.List;

/**
 * Sentence splitting and dependency parsing, as the extraction pipeline needs them. The CoreNLP
 * adapter implements it; tests may implement it from hand-made or recorded parses.
 */
public interface Analyzer {
  /**
   * Splits a stretch of the document into tokenised, unparsed sentences.
   *
   * @param document the document text
   * @param segment the stretch to split; sentence spans are document offsets inside it
   * @param firstIndex the index the first sentence gets
   */
  List<Sentence> split(String document, Span segment, int firstIndex);

  /** The sentence with part-of-speech tags, lemmas and its dependency graph. */
  Sentence parse(Sentence sentence);
}
