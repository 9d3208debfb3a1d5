package org.armsledger.extract;

import org.armsledger.lexicon.WeaponEntry;
import org.armsledger.text.Span;

/**
 * An item found for a frame.
 *
 * @param category item category
 * @param relation the relation claims about it have (assistance for "support")
 * @param weapon the weapon system, when a designation names it
 * @param text the words that name it
 * @param span where they stand
 * @param head its head token
 * @param lexiconId the lexicon entry behind it
 */
record ItemArg(String category, String relation, WeaponEntry weapon, String text, Span span, int head, String lexiconId) {
  ItemArg withWeapon(WeaponEntry w) {
    // "Patriot missiles", "S-400 missile systems": the interceptors of an air-defence system are air defence
    boolean interceptors = category.equals("missile") && w.category().equals("air_defense");
    String cat = Categories.compatible(category, w.category()) || category.equals("equipment") || interceptors ? w.category() : category;
    return new ItemArg(cat, relation, w, text, span, head, lexiconId + "+" + w.id());
  }

  boolean isSupport() {
    return !relation.equals("transfer") && category.equals("unspecified");
  }
}
