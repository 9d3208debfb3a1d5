package org.armsledger.watch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A site's robots.txt as it applies to one crawler (RFC 9309): the group naming the crawler's
 * product token, else the "*" group; the longest matching Allow or Disallow rule wins, Allow on a
 * tie; "*" and "$" in paths as wildcards. A missing robots.txt (4xx) allows everything; one that
 * cannot be fetched (5xx, network) disallows everything until it can.
 */
public final class Robots {
  private record Rule(boolean allow, String pattern) {}

  private final List<Rule> rules;
  private final Double crawlDelay;

  private Robots(List<Rule> rules, Double crawlDelay) {
    this.rules = rules;
    this.crawlDelay = crawlDelay;
  }

  public static final Robots ALLOW_ALL = new Robots(List.of(), null);

  /** Parses {@code text} for the crawler whose product token is {@code agent} (case-insensitive). */
  public static Robots parse(String text, String agent) {
    String me = agent.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> any = new ArrayList<>();
    Double myDelay = null;
    Double anyDelay = null;
    boolean foundMine = false;
    List<String> groupAgents = new ArrayList<>();
    boolean inRules = false;
    for (String raw : text.split("\r?\n|\r")) {
      String line = raw.replaceFirst("#.*", "").strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "user-agent" -> {
          if (inRules) {
            groupAgents.clear();
            inRules = false;
          }
          groupAgents.add(value.toLowerCase(Locale.ROOT));
        }
        case "allow", "disallow", "crawl-delay" -> {
          inRules = true;
          boolean forMe = groupAgents.stream().anyMatch(a -> !a.equals("*") && me.startsWith(a));
          boolean forAny = groupAgents.contains("*");
          foundMine |= forMe;
          if (key.equals("crawl-delay")) {
            Double d = seconds(value);
            if (forMe) {
              myDelay = d;
            } else if (forAny) {
              anyDelay = d;
            }
            continue;
          }
          if (value.isEmpty()) {
            continue; // "Disallow:" with nothing allows all
          }
          Rule r = new Rule(key.equals("allow"), value);
          if (forMe) {
            mine.add(r);
          } else if (forAny) {
            any.add(r);
          }
        }
        default -> {
          // sitemap and unknown lines: nothing to obey
        }
      }
    }
    return foundMine ? new Robots(mine, myDelay) : new Robots(any, anyDelay);
  }

  private static Double seconds(String v) {
    try {
      double d = Double.parseDouble(v);
      return d >= 0 && d <= 60 ? d : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether the path (with its query) may be fetched. */
  public boolean allows(String pathAndQuery) {
    String p = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    Rule best = null;
    for (Rule r : rules) {
      if (matches(r.pattern(), p) && (best == null || r.pattern().length() > best.pattern().length()
          || r.pattern().length() == best.pattern().length() && r.allow())) {
        best = r;
      }
    }
    return best == null || best.allow();
  }

  /** The Crawl-delay asked for, in seconds, or null. */
  public Double crawlDelay() {
    return crawlDelay;
  }

  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String pat = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    return match(pat, 0, path, 0, anchored);
  }

  private static boolean match(String pat, int i, String s, int j, boolean anchored) {
    while (i < pat.length()) {
      char c = pat.charAt(i);
      if (c == '*') {
        for (int k = j; k <= s.length(); k++) {
          if (match(pat, i + 1, s, k, anchored)) {
            return true;
          }
        }
        return false;
      }
      if (j >= s.length() || s.charAt(j) != c) {
        return false;
      }
      i++;
      j++;
    }
    return !anchored || j == s.length();
  }
}
