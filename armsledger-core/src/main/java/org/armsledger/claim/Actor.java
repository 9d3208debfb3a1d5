package org.armsledger.claim;

/**
 * A party of a claim.
 *
 * @param id ISO alpha-3 for a state, a lowercase slug otherwise
 * @param name the common English name
 * @param text the words of the sentence that name it (the pronoun, when one was resolved), or null
 */
public record Actor(String id, String name, String text) {
  public Actor {
    if (id == null || id.isBlank() || name == null) {
      throw new IllegalArgumentException("actor needs id and name");
    }
  }
}
