package org.armsledger.lexicon;

/**
 * A weapon system of the lexicon.
 *
 * @param designation the normalised designation users search for (Su-35, S-400)
 * @param category item category (ANNOTATION.md)
 * @param family the family the system belongs to (Shahed for Shahed-136)
 * @param maker ISO alpha-3 code of the state whose industry makes it, or null
 */
public record WeaponEntry(String designation, String category, String family, String maker) {
  public WeaponEntry {
    if (designation.isBlank() || category.isBlank()) {
      throw new IllegalArgumentException("weapon needs designation and category");
    }
  }

  /** The lexicon id of this entry, as it appears in a claim's explanation. */
  public String id() {
    return "weapon:" + designation;
  }
}
