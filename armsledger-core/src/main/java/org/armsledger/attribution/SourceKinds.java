package org.armsledger.attribution;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Decides a source's kind from the words that describe it: a media outlet, an official, an
 * expert, or an anonymous source (officials with no name, "sources", "on condition of
 * anonymity"). Thread-safe.
 */
public final class SourceKinds {
  private final Map<String, String> cues;

  private final String[] order;

  /** @param cues phrase to kind, in priority order (the lexicon's source cues) */
  public SourceKinds(Map<String, String> cues) {
    this.cues = Map.copyOf(cues);
    this.order = cues.keySet().toArray(new String[0]);
  }

  /**
   * The kind of a speaker.
   *
   * @param speaker the words naming the speaker
   * @param sentence the sentence, for "on condition of anonymity"
   * @param hasPersonName whether the speaker words contain a person's name
   */
  public String kind(String speaker, String sentence, boolean hasPersonName) {
    String s = " " + speaker.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.' -]", " ") + " ";
    String found = null;
    for (String k : order) {
      if (cues.get(k).equals("media") && contains(s, k)) {
        return "media"; // an outlet's name wins over the words around it ("news agency")
      }
    }
    boolean anonymousCue = false;
    for (String k : order) {
      if (cues.get(k).equals("anonymous") && contains(s, k)) {
        anonymousCue = true;
      }
    }
    if (anonymousCue || sentence.toLowerCase(Locale.ROOT).contains("condition of anonymity") && !hasPersonName) {
      return "anonymous";
    }
    for (String k : order) {
      if (contains(s, k)) {
        found = cues.get(k);
        break;
      }
    }
    if ("official".equals(found) && !hasPersonName && Pattern.compile("^ (a|an|one) ").matcher(s).find()) {
      return "anonymous"; // "a senior US official", unnamed
    }
    return found;
  }

  private static boolean contains(String haystack, String phrase) {
    return haystack.contains(" " + phrase + " ") || haystack.contains(" " + phrase + "'");
  }
}
