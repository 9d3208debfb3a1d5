package org.armsledger.lexicon;

/**
 * One surface form the gazetteer looks for, with what a match of it names.
 *
 * @param surface the words as listed (matching ignores hyphens; see {@link Gazetteer})
 * @param type what a match names
 * @param actor the actor, for actor aliases
 * @param form how the alias names its actor
 * @param weapon the weapon system, for weapon aliases
 * @param category the item category, for weapon and item aliases
 * @param relation the relation of claims about the item, for item aliases
 */
record Alias(
    String surface,
    Mention.Type type,
    ActorEntry actor,
    Mention.Form form,
    WeaponEntry weapon,
    String category,
    String relation) {}
