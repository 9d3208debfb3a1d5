package org.armsledger.text;

/**
 * One token of a parsed sentence.
 *
 * @param index position in the sentence, from 0
 * @param text the token as it stands in the document
 * @param lemma lower-case lemma ({@code text} lower-cased when the sentence was not tagged)
 * @param tag Penn Treebank part-of-speech tag, or empty when the sentence was not tagged
 * @param span where the token stands in the document
 */
public record Token(int index, String text, String lemma, String tag, Span span) {
  public Token {
    if (index < 0 || text.isEmpty()) {
      throw new IllegalArgumentException("bad token " + index + " '" + text + "'");
    }
  }

  public boolean isVerb() {
    return tag.startsWith("VB");
  }

  public boolean isNoun() {
    return tag.startsWith("NN");
  }

  public boolean isPronoun() {
    return tag.startsWith("PRP") || tag.equals("WP") || tag.equals("WDT");
  }
}
