package org.armsledger.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.armsledger.text.Span;

/**
 * Finds lexicon mentions in text, without any NLP model.
 *
 * <p>Text is cut into words (runs of letters and digits, and single punctuation marks); hyphens and
 * dashes are ignored, so {@code Su-35}, {@code Su 35} and {@code Su - 35} are the same words. An
 * alias with a capital letter and no digit ({@code Patriot}, {@code US}) matches only with the same
 * capitalisation; any other alias matches in any case. At each position the longest alias wins.
 * Immutable once built and safe to share between threads.
 */
public final class Gazetteer {
  private final Node root = new Node();
  private final Lexicon lexicon;

  private static final class Node {
    final Map<String, Node> next = new HashMap<>();
    final List<Entry> entries = new ArrayList<>();
  }

  private record Entry(Alias alias, List<String> words, boolean caseSensitive) {}

  /** A word of the text with its normalised key and where it stands. */
  record Word(String key, String raw, int start, int end) {}

  public Gazetteer(Lexicon lexicon) {
    this.lexicon = lexicon;
    for (Alias a : lexicon.aliases()) {
      List<Word> words = words(a.surface(), 0);
      if (words.isEmpty()) {
        continue;
      }
      Node n = root;
      for (Word w : words) {
        n = n.next.computeIfAbsent(w.key(), k -> new Node());
      }
      boolean caseSensitive = !a.surface().matches(".*\\d.*") && !a.surface().equals(a.surface().toLowerCase(Locale.ROOT));
      n.entries.add(new Entry(a, words.stream().map(Word::raw).toList(), caseSensitive));
    }
  }

  /** Cuts text into words; offsets are shifted by {@code offset}. */
  static List<Word> words(String text, int offset) {
    List<Word> out = new ArrayList<>();
    int i = 0;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < n && Character.isLetterOrDigit(text.charAt(j))) {
          j++;
        }
        String raw = text.substring(i, j);
        out.add(new Word(raw.toLowerCase(Locale.ROOT), raw, offset + i, offset + j));
        i = j;
      } else if (Character.isWhitespace(c) || c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u00ad') {
        i++;
      } else {
        String raw = (c == '\u2019' || c == '\u2018' || c == '`') ? "'" : String.valueOf(c);
        out.add(new Word(raw, raw, offset + i, offset + i + 1));
        i++;
      }
    }
    return out;
  }

  /**
   * The mentions in {@code text}, in text order, not overlapping.
   *
   * @param text the text to search
   * @param offset where {@code text} starts in the document; mention spans are document offsets
   */
  public List<Mention> find(String text, int offset) {
    List<Word> words = words(text, offset);
    List<Mention> out = new ArrayList<>();
    boolean airlineNamed = false;
    int i = 0;
    while (i < words.size()) {
      Node n = root;
      Entry best = null;
      int bestEnd = -1;
      for (int j = i; j < words.size(); j++) {
        n = n.next.get(words.get(j).key());
        if (n == null) {
          break;
        }
        for (Entry e : n.entries) {
          if (matchesCase(e, words, i) && (best == null || j > bestEnd || better(e, best))) {
            best = e;
            bestEnd = j;
          }
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      int start = words.get(i).start();
      int end = words.get(bestEnd).end();
      String surface = text.substring(start - offset, end - offset);
      Alias a = best.alias();
      String category = a.category();
      if (a.type() == Mention.Type.ITEM) {
        if (bestEnd + 1 < words.size() && QUALITY.contains(words.get(bestEnd + 1).key())) {
          i = bestEnd + 1; // "nuclear-powered submarines", "nuclear-capable missiles": a property, not an item
          continue;
        }
        if (i > 0 && AGAINST.contains(words.get(i - 1).key()) && words.get(i - 1).end() + 1 == words.get(i).start()) {
          i = bestEnd + 1; // "anti-tank systems", "counter-drone guns": what the weapon is against, not an item
          continue;
        }
        if (civilBefore(words, i)) {
          i = bestEnd + 1; // "medical equipment", "passenger aircraft": not materiel
          continue;
        }
        category = refined(words, i, category);
      }
      if (a.type() == Mention.Type.ACTOR && backed(text, offset, end, a.form() == Mention.Form.DEMONYM)) {
        i = bestEnd + 1; // "Iranian-backed militias", "Russia-aligned forces": a proxy, not the state
        continue;
      }
      if (a.type() == Mention.Type.ACTOR && i > 0 && REGIONS.contains(words.get(i - 1).raw())) {
        i = bestEnd + 1; // "Latin American government", "the South China Sea": a region, not the state
        continue;
      }
      if (a.type() == Mention.Type.ACTOR && airline(words, i, bestEnd)) {
        i = bestEnd + 1; // "Air India", "Turkish Airlines": an airline, not the state
        airlineNamed = true;
        continue;
      }
      out.add(new Mention(new Span(start, end), surface, a.type(), a.actor(), a.form(), a.weapon(), category, a.relation()));
      i = bestEnd + 1;
    }
    boolean aircraft = out.stream().anyMatch(Gazetteer::genericAircraft);
    if (aircraft && (airlineNamed || CIVIL_AVIATION.matcher(text).find())) {
      // "an order for 10 A380 superjumbo freight jets", "the airline will buy 50 aircraft": airliners
      out.removeIf(Gazetteer::genericAircraft);
    }
    out.sort(Comparator.comparing(Mention::span));
    return out;
  }

  private static final java.util.Set<String> QUALITY = java.util.Set.of("powered", "capable", "armed", "propelled", "tipped", "fuelled", "fueled", "guided", "based");

  /** Prefixes (joined by a hyphen) naming what a weapon is against: "anti-tank", "counter-drone". */
  private static final java.util.Set<String> AGAINST = java.util.Set.of("anti", "counter");

  private static final java.util.Set<String> REGIONS = java.util.Set.of("Latin", "South", "Central", "North", "Pan", "Anglo", "Afro");

  private static final java.util.regex.Pattern GENERIC_AIRCRAFT = java.util.regex.Pattern.compile("(?i)(jets?|planes?|aircraft|airplanes?)");

  /** An item that may be an airliner: a plane of no military kind, or a bare "jets", "aircraft". */
  private static boolean genericAircraft(Mention m) {
    return m.type() == Mention.Type.ITEM && (m.category().equals("other_aircraft") || GENERIC_AIRCRAFT.matcher(m.text()).matches());
  }

  private static final java.util.regex.Pattern CIVIL_AVIATION =
      java.util.regex.Pattern.compile("(?i)\\b(airlines?|airliners?|passengers?|freight|superjumbo|jumbo jets?|flag carrier|low-cost carrier|Boeing 7\\d7|Airbus A3\\d\\d)\\b");

  /** Prefers, at equal length, a weapon over an item over an actor reading. */
  private static boolean better(Entry e, Entry best) {
    return e.alias().type().ordinal() > best.alias().type().ordinal() && e.alias().type() != Mention.Type.ACTOR;
  }

  private static boolean matchesCase(Entry e, List<Word> words, int from) {
    if (!e.caseSensitive()) {
      return true;
    }
    for (int k = 0; k < e.words().size(); k++) {
      String want = e.words().get(k);
      String raw = words.get(from + k).raw();
      // a lower-case word of a name is also written capitalised: "Argentine Air Force", "Al-Shabaab" opening a sentence
      boolean titled = !want.isEmpty() && Character.isLowerCase(want.charAt(0))
          && raw.length() == want.length() && Character.isUpperCase(raw.charAt(0)) && raw.substring(1).equals(want.substring(1));
      // a headline or a style in capitals: "BRAHMOS", "RAFALE" (long words only; short ones are acronyms)
      boolean shouted = raw.length() >= 5 && raw.equals(want.toUpperCase(Locale.ROOT)) && !want.equals(raw);
      if (!want.equals(raw) && !titled && !shouted) {
        return false;
      }
    }
    return true;
  }

  private static final java.util.regex.Pattern BACKED =
      java.util.regex.Pattern.compile("^[-\\s](backed|supported|sponsored|funded|aligned|allied|linked|affiliated)\\b");

  /**
   * True when the actor name is followed by "-backed" or the like; with a space only after a
   * demonym ("Iranian backed militias"): after a name it is the verb ("Peru backed out of a deal",
   * "Iran supported the Houthis").
   */
  private static boolean backed(String text, int offset, int end, boolean demonym) {
    int at = end - offset;
    return at < text.length() && (demonym || text.charAt(at) == '-') && BACKED.matcher(text.substring(at, Math.min(text.length(), at + 14))).find();
  }

  /** True when one of the (up to two) words just before an item head makes it civil. */
  private boolean civilBefore(List<Word> words, int head) {
    for (int k = Math.max(0, head - 2); k < head; k++) {
      if (lexicon.isCivil(words.get(k).key())) {
        return true;
      }
    }
    return false;
  }

  /** An actor name inside an airline's name: "Air India", "Qatar Airways", "Turkish Airlines". */
  private static boolean airline(List<Word> words, int from, int to) {
    boolean air = from > 0 && words.get(from - 1).raw().equals("Air") && words.get(from - 1).end() + 1 >= words.get(from).start();
    String next = to + 1 < words.size() ? words.get(to + 1).raw() : "";
    return air || next.equals("Airlines") || next.equals("Airways") || next.equals("Air");
  }

  /** Applies the leftmost refining modifier among the (up to three) words just before the head. */
  private String refined(List<Word> words, int head, String category) {
    int from = head;
    while (from > 0 && head - from < 3 && Character.isLetterOrDigit(words.get(from - 1).key().charAt(0))) {
      from--;
    }
    for (int k = from; k < head; k++) {
      String key = words.get(k).key();
      // "anti-ship": the words anti and ship are separate once hyphens are dropped
      String r = k + 1 < head ? lexicon.refine(key + "-" + words.get(k + 1).key(), category) : null;
      if (r == null) {
        r = lexicon.refine(key, category);
      }
      if (r != null) {
        return r;
      }
    }
    return category;
  }
}
