package org.armsledger.extract;

import org.armsledger.lexicon.ActorEntry;
import org.armsledger.text.Span;

/**
 * A supplier or recipient found for a frame, before or after resolution.
 *
 * @param actor the actor, or null while it is an unresolved pronoun or description
 * @param text the words that name it
 * @param span where those words stand
 * @param how how it was found (the dependency relation, "pronoun", "origin", "context")
 * @param lexiconId the lexicon entry behind it, or null
 */
record Party(ActorEntry actor, String text, Span span, String how, String lexiconId) {
  boolean resolved() {
    return actor != null;
  }

  Party resolvedAs(ActorEntry a, String via, String lexId) {
    return new Party(a, text, span, how + "->" + via, lexId);
  }
}
