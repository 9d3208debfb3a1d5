package org.armsledger.text;

/**
 * One edge of a Universal Dependencies graph (enhanced++ flavour, so relations may carry a case
 * marker such as {@code obl:with}); governor and dependent are token indexes, governor -1 for the
 * root.
 */
public record Dependency(int governor, String relation, int dependent) {
  public Dependency {
    if (dependent < 0 || governor < -1 || relation.isBlank()) {
      throw new IllegalArgumentException("bad dependency " + relation + "(" + governor + ", " + dependent + ")");
    }
  }

  /** The relation without its case marker: {@code obl} for {@code obl:with}. */
  public String base() {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /** The relation's subtype: {@code with} for {@code obl:with}, empty when there is none. */
  public String subtype() {
    int colon = relation.indexOf(':');
    return colon < 0 ? "" : relation.substring(colon + 1);
  }
}
