package org.armsledger.claim;

import java.util.List;

/**
 * Who the sentence says a claim comes from.
 *
 * @param name the speaker or publication, null when the author asserts it
 * @param kind official, media, expert, anonymous, party or author
 * @param text the words of the sentence that attribute it, or null
 * @param chain the whole chain of sources, outermost first ("Reuters", "six separate sources"),
 *     empty when there is only one
 */
public record Source(String name, String kind, String text, List<String> chain) {
  public static final Source AUTHOR = new Source(null, "author", null, List.of());

  public Source {
    chain = List.copyOf(chain);
  }
}
