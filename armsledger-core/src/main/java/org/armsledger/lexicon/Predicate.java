package org.armsledger.lexicon;

/**
 * A supply predicate: a verb or noun lemma with the frame that maps its arguments to roles.
 *
 * @param lemma lower-case lemma
 * @param noun true for a nominalisation (delivery, request), false for a verb
 * @param frame how its arguments map to supplier, recipient and item
 * @param status the stage the predicate gives on its own
 * @param relation transfer, training or assistance; null to take it from the item
 */
public record Predicate(String lemma, boolean noun, Frame frame, String status, String relation) {
  /** Argument structures of supply predicates. */
  public enum Frame {
    /** The subject supplies: supply, provide, send, sell. */
    GIVE,
    /** The subject receives: receive, buy, acquire. */
    GET,
    /** The subject asks for it: seek, request. */
    REQUEST,
    /** The subject helps the object: help, assist, support. */
    ASSIST,
    /** The subject trains the object. */
    TRAIN,
    /** The item is the subject: missiles heading to Moscow. */
    MOVE,
    /** A deal or contract: its parties come from the clause around it. */
    EXCHANGE
  }

  public String id() {
    return "pred:" + lemma + (noun ? "/n" : "/v");
  }
}
