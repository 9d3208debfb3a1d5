package org.armsledger.claim;

/**
 * What is supplied: a category (ANNOTATION.md), the normalised designation where known, the words
 * that name it and the quantity the text gives.
 */
public record Item(String category, String designation, String text, Quantity quantity) {
  public Item {
    if (category == null) {
      throw new IllegalArgumentException("item needs a category");
    }
  }
}
