package org.armsledger.ingest;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a document's date in its first lines: a leading {@code date YYYY-MM-DD}, or a dateline
 * such as "Posted ... November 21, 2023" or "Sep 9, 2024 18:27". Deterministic; never reads the
 * clock.
 */
public final class DocumentDates {
  static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    for (Month m : Month.values()) {
      MONTHS.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
      MONTHS.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
    }
    MONTHS.put("sept", 9);
  }

  /** {@code date 2022-12-14} at the very start of the text (after white space). */
  static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*");

  private static final String MONTH_RE =
      "(January|February|March|April|May|June|July|August|September|October|November|December|"
          + "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
  /** "November 21, 2023" or "Sep 9, 2024". */
  private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH_RE + "\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");
  /** "21 November 2023". */
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH_RE + ",?\\s+(\\d{4})\\b");
  /** "2023-11-21" in a dateline. */
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

  private DocumentDates() {}

  /** How many leading characters of the text count as the dateline search area. */
  static final int HEAD = 600;

  /**
   * A date found in a dateline of the first lines of {@code text}, as YYYY-MM-DD, or null.
   * Only lines that look like datelines (short, or starting with Posted/Published/Updated/By) count.
   */
  public static String dateline(String text) {
    String head = text.length() > HEAD ? text.substring(0, HEAD) : text;
    String[] lines = head.split("\\R");
    for (int i = 0; i < Math.min(lines.length, 8); i++) {
      String line = lines[i].strip();
      boolean datelineLike =
          line.length() <= 80 || line.matches("(?i)^(posted|published|updated|by|date|dated)\\b.*");
      if (!datelineLike) {
        continue;
      }
      String d = firstDate(line);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  static String firstDate(String line) {
    Matcher m = MONTH_DAY_YEAR.matcher(line);
    if (m.find()) {
      return iso(Integer.parseInt(m.group(3)), MONTHS.get(m.group(1).toLowerCase(Locale.ROOT)), Integer.parseInt(m.group(2)));
    }
    m = DAY_MONTH_YEAR.matcher(line);
    if (m.find()) {
      return iso(Integer.parseInt(m.group(3)), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), Integer.parseInt(m.group(1)));
    }
    m = ISO.matcher(line);
    if (m.find()) {
      return iso(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    return null;
  }

  private static String iso(int year, Integer month, int day) {
    if (month == null) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day).toString();
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** Checks a user-given date (YYYY, YYYY-MM or YYYY-MM-DD); returns it or throws. */
  public static String parseUserDate(String s) {
    if (s.matches("\\d{4}(-\\d{2})?")) {
      return s;
    }
    return LocalDate.parse(s).toString();
  }
}
