package org.armsledger.lexicon;

import org.armsledger.text.Span;

/**
 * A stretch of text that names an actor, a weapon system or a kind of item.
 *
 * @param span where it stands in the document
 * @param text the words as written
 * @param type what it names
 * @param actor the actor named, for actor mentions
 * @param form how an actor is named (a demonym can be an origin adjective rather than a party)
 * @param weapon the weapon system named, for weapon mentions
 * @param category the item category, for weapon and item mentions
 * @param relation the relation a claim about this item has, for item mentions
 */
public record Mention(
    Span span,
    String text,
    Type type,
    ActorEntry actor,
    Form form,
    WeaponEntry weapon,
    String category,
    String relation) {

  /** What a mention names. */
  public enum Type {
    ACTOR,
    WEAPON,
    ITEM
  }

  /** How an actor mention names its actor. */
  public enum Form {
    NAME,
    DEMONYM,
    CAPITAL,
    LEADER,
    INSTITUTION,
    PERSONNEL,
    NONE
  }

  public Mention {
    if (type == Type.ACTOR && actor == null) {
      throw new IllegalArgumentException("actor mention without actor");
    }
    if (type != Type.ACTOR && category == null) {
      throw new IllegalArgumentException("item mention without category");
    }
  }

  /** The lexicon id behind this mention, as it appears in a claim's explanation. */
  public String lexiconId() {
    return switch (type) {
      case ACTOR -> "actor:" + actor.id() + "/" + form.name().toLowerCase(java.util.Locale.ROOT);
      case WEAPON -> weapon.id();
      case ITEM -> "item:" + category + "/" + text.toLowerCase(java.util.Locale.ROOT);
    };
  }
}
