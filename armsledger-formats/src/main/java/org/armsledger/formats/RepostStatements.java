package org.armsledger.formats;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.armsledger.text.Span;

/**
 * Finds where an article says it is someone else's text: "This article originally appeared on
 * X", "republished with permission from X", "Reprinted from X", and wire datelines such as
 * "KYIV (Reuters) -" or "(AP) —". The named outlet is what the ledger counts as the origin.
 */
public final class RepostStatements {
  /** A statement and the outlet it names. */
  public record Found(String outlet, Span span) {}

  private static final String NAME = "(?-i:((?:[Tt]he\\s+)?[A-Z][\\w&.'’-]*(?:\\s+(?:of|for|on|and|&|the|de|[A-Z][\\w&.'’-]*)){0,7}|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|info|co\\.uk|io|news|ru|ua|ir|in|fr|de)))";
  private static final Pattern EXPLICIT =
      Pattern.compile(
          "(?:(?:this|the)\\s+(?:article|story|piece|post|report|commentary|op-ed|column|analysis)\\s+(?:was\\s+|is\\s+|has\\s+been\\s+)?(?:originally|first)?\\s*(?:appeared|published|posted|ran)\\s+(?:on|in|at|by)\\s+"
              + "|originally\\s+(?:appeared|published|posted|ran)\\s+(?:on|in|at|by)\\s+"
              + "|first\\s+(?:appeared|published)\\s+(?:on|in|at|by)\\s+"
              + "|(?:re)?(?:published|posted|printed)\\s+(?:here\\s+)?with\\s+(?:the\\s+)?(?:kind\\s+)?permission\\s+(?:from|of)\\s+"
              + "|(?:republished|reprinted|reposted|syndicated)\\s+(?:from|courtesy\\s+of)\\s+"
              + "|courtesy\\s+of\\s+(?=[A-Z][\\w.]*\\s+(?:News|Press|Agency|Times|Post|Journal)))"
              + NAME,
          Pattern.CASE_INSENSITIVE);
  /** A wire agency in a dateline or sign-off. */
  private static final Pattern WIRE =
      Pattern.compile("\\((Reuters|AP|AFP|Xinhua|TASS|Anadolu|ANI|PTI|IANS|dpa|EFE|ANSA|Kyodo|Yonhap|Bernama|UNI|IRNA|Interfax|RIA Novosti|Bloomberg)\\)\\s*[-–—:]");
  private static final Pattern WIRE_SIGNOFF =
      Pattern.compile("(?m)^\\s*(?:©|\\(c\\)|Copyright)\\s*(?:\\d{4}\\s*)?(Reuters|The Associated Press|Associated Press|Agence France-Presse|AFP)\\b");

  private RepostStatements() {}

  /** The first statement of reposting in {@code text}, or null. */
  public static Found find(String text) {
    Matcher m = EXPLICIT.matcher(text);
    if (m.find()) {
      String name = m.group(1).replaceFirst("(?i)^the\\s+", "").replaceAll("[.,;:]+$", "").strip();
      name = name.replaceFirst("(?i)\\s+(and|on|of|for|&)$", "");
      if (!name.isEmpty() && !name.equalsIgnoreCase("permission")) {
        int end = m.start(1) + m.group(1).indexOf(name) + name.length();
        return new Found(name, new Span(m.start(), end));
      }
    }
    Matcher w = WIRE.matcher(text.length() > 2000 ? text.substring(0, 2000) : text);
    if (w.find()) {
      return new Found(agency(w.group(1)), new Span(w.start(), w.end()));
    }
    Matcher c = WIRE_SIGNOFF.matcher(text);
    while (c.find()) {
      if (c.group(1) != null) {
        return new Found(agency(c.group(1)), new Span(c.start(), c.end()));
      }
    }
    return null;
  }

  private static String agency(String a) {
    return switch (a.toLowerCase(Locale.ROOT)) {
      case "ap", "associated press", "the associated press" -> "Associated Press";
      case "afp", "agence france-presse" -> "AFP";
      default -> a;
    };
  }
}
