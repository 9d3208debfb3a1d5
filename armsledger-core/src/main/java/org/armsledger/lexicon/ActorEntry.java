package org.armsledger.lexicon;

/**
 * An actor of the lexicon.
 *
 * @param id ISO 3166-1 alpha-3 code for a state, a lowercase slug otherwise
 * @param kind state, group or company
 * @param name the common English name
 * @param state a group's or company's home state (ISO alpha-3), or null (always null for a state)
 */
public record ActorEntry(String id, Kind kind, String name, String state) {
  /** What sort of actor an entry is. */
  public enum Kind {
    STATE,
    GROUP,
    COMPANY
  }

  public ActorEntry {
    if (id.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("actor needs id and name");
    }
  }

  public ActorEntry(String id, Kind kind, String name) {
    this(id, kind, name, null);
  }

  public boolean isState() {
    return kind == Kind.STATE;
  }
}
