package org.armsledger.extract;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.armsledger.claim.Quantity;

/**
 * Finds the amount written just before an item ("around 400 missiles", "hundreds of kamikaze
 * drones", "thousands of the Shahed drones"). Years, money and designations are not amounts.
 * Stateless.
 */
final class Quantities {
  private static final Map<String, Double> WORDS =
      Map.ofEntries(
          Map.entry("one", 1.0), Map.entry("two", 2.0), Map.entry("three", 3.0), Map.entry("four", 4.0), Map.entry("five", 5.0),
          Map.entry("six", 6.0), Map.entry("seven", 7.0), Map.entry("eight", 8.0), Map.entry("nine", 9.0), Map.entry("ten", 10.0),
          Map.entry("eleven", 11.0), Map.entry("twelve", 12.0), Map.entry("fifteen", 15.0), Map.entry("twenty", 20.0),
          Map.entry("thirty", 30.0), Map.entry("forty", 40.0), Map.entry("fifty", 50.0), Map.entry("hundred", 100.0),
          Map.entry("a dozen", 12.0), Map.entry("dozen", 12.0));
  private static final String APPROX = "around|about|some|nearly|almost|up to|more than|over|at least|approximately|roughly|an estimated|as many as|fewer than|less than";
  private static final Pattern BEFORE =
      Pattern.compile(
          "(?i)(?:\\b(" + APPROX + ")\\s+)?[\"“”'(]?\\b(\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?(?:\\s+(?:million|thousand|hundred))?|tens of thousands|hundreds of thousands|hundreds|thousands|dozens|scores|"
              + "a dozen|a few|several|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a hundred)"
              + "[\"“”')]?\\s+(?:(?:units?\\s+|batteries\\s+|batches\\s+|pieces\\s+|sets\\s+)?of\\s+(?:the\\s+|these\\s+|its\\s+|their\\s+)?)?"
              + "(?:[\\p{L}\\d\"“”'’/.-]+\\s+){0,3}$");

  /** "three batteries of the shore-based, anti-ship variant": a unit's of-phrase may hold a comma between its modifiers. */
  private static final Pattern UNITS_OF =
      Pattern.compile("(?i)\\b(one|two|three|four|five|six|seven|eight|nine|ten|a dozen|several|\\d[\\d,]*)\\s+(units?|batteries|battery|batches|sets|squadrons)\\s+of\\s+"
          + "(?:the\\s+|these\\s+|its\\s+|their\\s+)?(?:[\\p{L}\\d\"“”'’/.-]+,?\\s+){0,8}$");

  /** "N out of (a planned) M": the part, not the whole. */
  private static final Pattern OUT_OF =
      Pattern.compile("(?i)\\b(\\d[\\d,]*)\\s+out\\s+of\\s+(?:[\\p{L}-]+\\s+){0,2}\\d[\\d,]*\\s+(?:[\\p{L}\\d\"“”'’/-]+\\s+){0,3}$");

  /** What follows an amount of money: "2 billion", "500 million euros", "3.2 trillion won". */
  private static final Pattern MONEY_AFTER = Pattern.compile(
      "(?is)\\s*((billion|bn|trillion)\\b|(million\\s+)?(euros?|pounds?|won|yen|rupees?|yuan|roubles?|rubles?|dirhams?|riyals?|shekels?|zlotys?|kron[aeo]r?)\\b).*");

  private Quantities() {}

  /**
   * As {@link #before(String)}, the item's designation (when it ends the text, "for Leopard 2")
   * set aside first: the number in a name is not an amount, and "18 Leopard 2" is 18.
   */
  static Quantity before(String before, String designation) {
    if (designation != null && designation.matches(".*\\s\\d+$")) {
      String t = before.stripTrailing();
      if (t.toLowerCase(Locale.ROOT).endsWith(designation.toLowerCase(Locale.ROOT))) {
        return before(t.substring(0, t.length() - designation.length()));
      }
    }
    return before(before);
  }

  /** The quantity written right before {@code before}'s end (the text up to an item), or null. */
  static Quantity before(String before) {
    String window = before.length() > 90 ? before.substring(before.length() - 90) : before;
    Matcher part = OUT_OF.matcher(window);
    if (part.find()) {
      return new Quantity(part.group(1), value(part.group(1)), false); // "30 out of a planned 100 F-35 jets": 30
    }
    Matcher units = UNITS_OF.matcher(window);
    if (units.find() && !window.substring(units.end(2)).matches("(?is).*\\b(and|or|with|than|to|from|by)\\b.*")) {
      // "three batteries of the shore-based, anti-ship variant of the BrahMos missile system"
      return new Quantity(units.group(1) + " " + units.group(2), value(units.group(1).toLowerCase(Locale.ROOT)), false);
    }
    Matcher m = BEFORE.matcher(window);
    if (!m.find()) {
      return null;
    }
    String number = m.group(2);
    String tail = window.substring(m.end(2));
    String lead = window.substring(0, m.start(2)).stripTrailing();
    if (number.matches("0\\d+") || lead.matches("(?s).*\\b(Type|Model|Mark|Mk|Block|Batch|Project|Series|No\\.?)$")) {
      return null; // "the Type 03 missiles", "Block 70": part of a name the lexicon does not know
    }
    boolean money = tail.contains("$") || tail.toLowerCase(Locale.ROOT).contains("dollar") || lead.endsWith("$") || lead.endsWith("€") || lead.endsWith("£")
        || MONEY_AFTER.matcher(tail).matches();
    if (number.matches("(19|20)\\d\\d") || money || window.substring(0, m.start(2)).endsWith("-") || tail.matches("(?is).*\\b(and|or|with|than|to|from|by)\\b.*")) {
      return null; // "the Leopard 2 and the Abrams": the number belongs to something before a conjunction
    }
    String approx = m.group(1);
    if (approx != null && approx.equalsIgnoreCase("over") && window.substring(0, m.start(1)).matches("(?is).*\\b(hand|hands|handed|handing|turn|turns|turned|turning|pass|passes|passed|passing|sign|signs|signed|signing|give|gave|given)\\s+$")) {
      approx = null; // "handed over two patrol vessels": the verb's particle, not "more than"
    }
    String text = (approx != null ? approx + " " : "") + number;
    return new Quantity(text, value(number), approx != null && !approx.toLowerCase(Locale.ROOT).startsWith("more")
        && !approx.toLowerCase(Locale.ROOT).startsWith("at least"));
  }

  private static Double value(String number) {
    String n = number.toLowerCase(Locale.ROOT);
    Double w = WORDS.get(n);
    if (w != null) {
      return w;
    }
    Matcher m = Pattern.compile("^(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s+(million|thousand|hundred))?$").matcher(n);
    if (!m.matches()) {
      return null;
    }
    double v = Double.parseDouble(m.group(1).replace(",", ""));
    if (m.group(2) != null) {
      v *= switch (m.group(2)) {
        case "million" -> 1_000_000;
        case "thousand" -> 1_000;
        default -> 100;
      };
    }
    return v;
  }
}
