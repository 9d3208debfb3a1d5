package org.armsledger.claim;

/** An amount as written ("around 400"), its number where there is one, and whether approximate. */
public record Quantity(String text, Double value, boolean approximate) {
  public Quantity {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("quantity needs text");
    }
  }
}
