package org.armsledger.text;

/**
 * A line-sized block of a document, kept as article text or dropped as boilerplate.
 *
 * @param span where it stands in the document
 * @param dropReason why it was dropped (comment-form, teaser, caption, ...), or null if kept
 */
public record Block(Span span, String dropReason) {
  public boolean kept() {
    return dropReason == null;
  }
}
