package org.armsledger.formats;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates of metadata (ISO 8601, RFC 822/1123, "March 14, 2023", "14 March 2023",
 * "2023/03/14", epoch seconds or milliseconds) into YYYY-MM-DD, YYYY-MM or YYYY. The date is the
 * one written, in the writer's own time zone: a page published at 23:30-05:00 on the 14th is
 * dated the 14th. Deterministic; never reads the clock.
 */
public final class Dates {
  private Dates() {}

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
          Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
          Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

  private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?(?:$|[T ]|\\b)");
  private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
  private static final Pattern EPOCH = Pattern.compile("^\\d{9,13}$");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("^([A-Za-z]{3,9})\\.?\\s+(\\d{4})$");

  /** The date of {@code s}, or null when it is not a date this reads. */
  public static String parse(String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    if (t.isEmpty() || t.length() > 80) {
      return null;
    }
    try {
      if (EPOCH.matcher(t).matches()) {
        long v = Long.parseLong(t);
        Instant i = t.length() >= 12 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
        return i.atOffset(ZoneOffset.UTC).toLocalDate().toString();
      }
      Matcher m = COMPACT.matcher(t);
      if (m.find()) {
        return ymd(m.group(1), m.group(2), m.group(3));
      }
      m = ISO.matcher(t);
      if (m.find()) {
        return ymd(m.group(1), m.group(2), m.group(3));
      }
      m = MONTH_DAY_YEAR.matcher(t);
      if (m.find() && month(m.group(1)) != null) {
        return ymd(m.group(3), String.valueOf(month(m.group(1))), m.group(2));
      }
      m = DAY_MONTH_YEAR.matcher(t);
      if (m.find() && month(m.group(2)) != null) {
        return ymd(m.group(3), String.valueOf(month(m.group(2))), m.group(1));
      }
      m = MONTH_YEAR.matcher(t);
      if (m.find() && month(m.group(1)) != null) {
        return ymd(m.group(2), String.valueOf(month(m.group(1))), null);
      }
    } catch (NumberFormatException | DateTimeException e) {
      return null;
    }
    return null;
  }

  /** A java.util.Date (as feed libraries give them) as its UTC day. */
  public static String of(java.util.Date d) {
    if (d == null) {
      return null;
    }
    LocalDate day = d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
    return day.getYear() < 1000 || day.getYear() > 9999 ? null : day.toString();
  }

  private static Integer month(String name) {
    String k = name.toLowerCase(Locale.ROOT);
    if (k.length() < 3) {
      return null;
    }
    Integer m = MONTHS.get(k.substring(0, 3));
    if (m == null) {
      return null;
    }
    // "Mar" and "March" are months; "Marsh" is not
    String[] full = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
    String f = full[m - 1];
    return f.startsWith(k) || k.equals("sept") ? m : null;
  }

  private static String ymd(String y, String m, String d) {
    int year = Integer.parseInt(y);
    if (year < 1000 || year > 9999) {
      return null;
    }
    if (m == null) {
      return y;
    }
    int month = Integer.parseInt(m);
    if (d == null) {
      if (month < 1 || month > 12) {
        return null;
      }
      return String.format(Locale.ROOT, "%04d-%02d", year, month);
    }
    return LocalDate.of(year, month, Integer.parseInt(d)).toString();
  }
}
