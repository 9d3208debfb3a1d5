package org.armsledger.extract;

import java.util.List;
import java.util.Set;

/** The category groups of ANNOTATION.md that count as compatible. */
final class Categories {
  private static final List<Set<String>> GROUPS =
      List.of(
          Set.of("missile", "ballistic_missile", "cruise_missile", "anti_ship_missile"),
          Set.of("combat_aircraft", "trainer_aircraft", "other_aircraft"),
          Set.of("equipment", "technology", "unspecified"));

  private Categories() {}

  static boolean compatible(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    for (Set<String> g : GROUPS) {
      if (g.contains(a) && g.contains(b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Two categories of one kind of system, as a named system and a generic noun for it are: the
   * missile group (air defence interceptors included) or the fixed-wing group. The equipment group
   * is not one kind ("arms and technology" are two items).
   */
  static boolean sameKindOfSystem(String a, String b) {
    boolean missiles = GROUPS.get(0).contains(a) || a.equals("air_defense");
    boolean bothMissiles = missiles && (GROUPS.get(0).contains(b) || b.equals("air_defense"));
    return bothMissiles || GROUPS.get(1).contains(a) && GROUPS.get(1).contains(b);
  }
}
