package org.armsledger.extract;

import java.util.List;
import org.armsledger.lexicon.Predicate;

/**
 * A supply predicate matched in a sentence with the parties and items its rule found.
 *
 * @param predicate the lexicon predicate
 * @param token the predicate's token
 * @param suppliers supplier candidates (unresolved pronouns included)
 * @param recipients recipient candidates
 * @param items the items
 * @param rule rule id: frame, voice and the slots that gave each role
 * @param path the dependency edges matched, for explanation
 */
record Frame(
    Predicate predicate, int token, List<Party> suppliers, List<Party> recipients, List<ItemArg> items, String rule, String path) {
  Frame {
    suppliers = List.copyOf(suppliers);
    recipients = List.copyOf(recipients);
    items = List.copyOf(items);
  }

  Frame with(List<Party> s, List<Party> r, List<ItemArg> i, String ruleSuffix) {
    return new Frame(predicate, token, s, r, i, rule + ruleSuffix, path);
  }
}
