package org.armsledger.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mends the tokens of a sentence before tagging and parsing, where the tokenizer's or the writer's
 * pieces would mislead the parser. Stateless.
 *
 * <ul>
 *   <li>Joins the pieces CoreNLP's tokenizer splits a weapon designation into ("S", "-", "300") back
 *       into one token ("S-300"). Split, a designation reads as a one-letter noun, a dash and a
 *       number, and the parser hangs the pieces on different heads ("Greece will not send its S-300
 *       to Ukraine, he said" came out with "S" the subject of "said"); joined, it is one noun, as
 *       "S300" is.
 *   <li>Leaves out the second of a doubled function word, a typing slip ("would hand over over eight
 *       MiG-29s", "to the the army"), which the parser would read as a second preposition.
 * </ul>
 */
final class TokenMends {
  /** A designation's letters: one capital, then up to five letters ("S", "Su", "MiG", "Shahed", "Type"). */
  private static final Pattern LETTERS = Pattern.compile("[A-Z][A-Za-z]{0,5}");
  /** A designation's number: a digit, then digits and letters ("300", "30MK2", "35S", "054A"). */
  private static final Pattern NUMBER = Pattern.compile("[0-9][0-9A-Za-z]*");

  /** Words whose doubling is a slip; not "had had" or "that that", which can be right. */
  private static final Set<String> STUTTERS = Set.of("the", "a", "an", "to", "of", "over", "in", "on", "for", "with", "from", "by", "and", "at", "into");

  /** Words after which "deal" is the noun: "an arms deal", "a $2 billion deal", "a 3.2 trillion won deal". */
  private static final Set<String> DEAL_MODIFIERS = Set.of("arms", "weapons", "defence", "defense", "military", "won", "dollar", "euro", "million",
      "billion", "trillion", "jet", "fighter", "tank", "drone", "missile", "submarine", "helicopter", "frigate");

  private TokenMends() {}

  /** The tokens with designations joined and stutters left out, renumbered; the same list when nothing is mended. */
  static List<CoreLabel> mend(List<CoreLabel> tokens) {
    boolean any = false;
    for (int i = 0; i + 1 < tokens.size() && !any; i++) {
      any = stutter(tokens.get(i), tokens.get(i + 1)) || i + 2 < tokens.size() && designation(tokens.get(i), tokens.get(i + 1), tokens.get(i + 2));
    }
    if (!any) {
      return tokens;
    }
    List<CoreLabel> out = new ArrayList<>(tokens.size());
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel a = tokens.get(i);
      if (i > 0 && stutter(tokens.get(i - 1), a)) {
        continue;
      }
      if (i + 2 < tokens.size() && designation(a, tokens.get(i + 1), tokens.get(i + 2))) {
        CoreLabel b = tokens.get(i + 2);
        String text = a.word() + "-" + b.word();
        CoreLabel j = new CoreLabel(a);
        j.setWord(text);
        j.setValue(text);
        j.setOriginalText(text);
        j.setEndPosition(b.endPosition());
        j.set(CoreAnnotations.AfterAnnotation.class, b.after());
        out.add(j);
        i += 2;
      } else {
        out.add(a);
      }
    }
    for (int i = 0; i < out.size(); i++) {
      out.get(i).setIndex(i + 1);
    }
    return out;
  }

  /**
   * Mends tags the tagger gets wrong, before parsing: "drone" and "drones" are nouns ("the Akinci
   * drone to Indonesia" came out with "drone" a verb, and a verb's parse), except in "drone on";
   * "won" after an amount is the currency ("a 3.2 trillion won deal"); "deal" after "arms", an
   * amount or a kind of weapon is the noun.
   */
  static void retag(List<CoreLabel> tokens) {
    headlineVerb(tokens);
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      boolean on = i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("on");
      if ((w.equals("drone") || w.equals("drones")) && t.tag() != null && t.tag().startsWith("VB") && !on) {
        t.setTag(w.endsWith("s") ? "NNS" : "NN");
        t.setLemma("drone");
      }
      // "Britain will gift 100 missiles to Ukraine": a verb of supply after a modal, read as a noun
      boolean afterModal = i > 0 && "MD".equals(tokens.get(i - 1).tag());
      if (afterModal && SUPPLY_VERBS.contains(w) && t.tag() != null && t.tag().startsWith("NN")) {
        t.setTag("VB");
        t.setLemma(w);
      }
      // "won a 3.2 trillion won arms deal": the currency after an amount, not the verb
      boolean amount = i > 0 && (tokens.get(i - 1).tag() != null && tokens.get(i - 1).tag().equals("CD")
          || Set.of("million", "billion", "trillion").contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT)));
      if (w.equals("won") && amount && t.tag() != null && t.tag().startsWith("VB")) {
        t.setTag("NN");
        t.setLemma("won");
      }
      // "an arms deal with Australia": the noun after what it is for, not the verb
      boolean dealt = i > 0 && DEAL_MODIFIERS.contains(tokens.get(i - 1).word().toLowerCase(Locale.ROOT));
      if ((w.equals("deal") || w.equals("deals")) && dealt && t.tag() != null && t.tag().startsWith("VB")) {
        t.setTag(w.endsWith("s") ? "NNS" : "NN");
        t.setLemma("deal");
      }
    }
  }

  /** Verbs of headlines in the third person, with their lemmas. */
  private static final java.util.Map<String, String> HEADLINE_VERBS = java.util.Arrays.stream((
      "inks=ink signs=sign seals=seal clinches=clinch orders=order buys=buy eyes=eye mulls=mull seeks=seek wins=win gets=get"
      + " receives=receive sends=send delivers=deliver supplies=supply acquires=acquire bans=ban halts=halt suspends=suspend"
      + " denies=deny rejects=reject offers=offer nears=near purchases=purchase exports=export sells=sell donates=donate"
      + " pledges=pledge approves=approve clears=clear blocks=block cancels=cancel scraps=scrap shelves=shelve weighs=weigh"
      + " requests=request transfers=transfer imports=import").split("\\s+"))
      .map(e -> e.split("=")).collect(java.util.stream.Collectors.toUnmodifiableMap(e -> e[0], e -> e[1]));
  /** Verbs of supply the tagger may read as nouns after a modal ("will gift", "would supply"). */
  private static final Set<String> SUPPLY_VERBS = Set.of("gift", "supply", "ship", "transfer", "export", "deliver", "donate", "lend", "loan",
      "arm", "sell", "provide", "send");
  /** Tags that may follow a headline's verb: its object's first word. */
  private static final Set<String> OBJECT_START = Set.of("DT", "JJ", "JJR", "CD", "NNP", "NNPS", "NN", "NNS", "PRP$", "RB");

  /**
   * "Kazakhstan orders Turkish Anka drones", "Indonesia inks deal for 42 Rafale jets": in a headline
   * (no article, no final stop) the tagger reads the verb after a name as a plural noun, and the
   * parse has no clause. A word of {@link #HEADLINE_VERBS} tagged as a plural noun right after the
   * proper nouns that open the sentence, before the start of an object, is the verb; a "deal" right
   * after it is the noun.
   */
  static void headlineVerb(List<CoreLabel> tokens) {
    int i = 0;
    while (i < tokens.size() && tokens.get(i).tag() != null && (tokens.get(i).tag().equals("NNP") || tokens.get(i).tag().equals("NNPS"))) {
      i++;
    }
    if (i == 0 || i + 1 >= tokens.size()) {
      return;
    }
    CoreLabel t = tokens.get(i);
    String lemma = HEADLINE_VERBS.get(t.word().toLowerCase(Locale.ROOT));
    CoreLabel next = tokens.get(i + 1);
    if (lemma == null || !"NNS".equals(t.tag()) || next.tag() == null || !OBJECT_START.contains(next.tag()) && !next.tag().startsWith("VB")) {
      return;
    }
    t.setTag("VBZ");
    t.setLemma(lemma);
    String n = next.word().toLowerCase(Locale.ROOT);
    if ((n.equals("deal") || n.equals("deals")) && next.tag().startsWith("VB")) {
      next.setTag(n.endsWith("s") ? "NNS" : "NN");
      next.setLemma("deal");
    }
  }

  private static boolean stutter(CoreLabel a, CoreLabel b) {
    return a.word().equalsIgnoreCase(b.word()) && STUTTERS.contains(b.word().toLowerCase(Locale.ROOT)) && b.beginPosition() > a.endPosition();
  }

  private static boolean designation(CoreLabel a, CoreLabel dash, CoreLabel b) {
    return dash.word().equals("-") && a.endPosition() == dash.beginPosition() && dash.endPosition() == b.beginPosition()
        && LETTERS.matcher(a.word()).matches() && NUMBER.matcher(b.word()).matches();
  }
}
