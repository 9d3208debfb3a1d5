package org.armsledger.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds time expressions in a sentence and resolves them against the document date.
 *
 * <p>A relative expression with no document date keeps its text and gets no start. Stateless and
 * deterministic: it never reads the clock.
 */
public final class TimeResolver {
  /** A time expression found in a sentence, with its resolution. */
  public record Found(String text, int start, int end, String resolvedStart, String resolvedEnd) {}

  private static final String MONTHS =
      "January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?";
  private static final Pattern MONTH_YEAR =
      Pattern.compile("\\b(?:(?i:in|since|by|during|until|from|as of)\\s+)?(?:(?i:(early|late|mid))[- ])?(" + MONTHS + ")(?:\\s+(\\d{4}))?\\b");
  private static final Pattern YEAR =
      Pattern.compile("(?i)\\b(?:in|since|by|during|until|from|of|early|late|mid|through|as early as|as late as|starting|beginning)\\s+(?:(early|late|mid)[- ])?((?:19|20)\\d{2})\\b(?![-/]\\d)");
  /** "between 2017 and 2021", "from 2019 to 2022": a span of years. */
  private static final Pattern YEARS =
      Pattern.compile("(?i)\\b(?:between|from)\\s+((?:19|20)\\d{2})\\s+(?:and|to|until|through)\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern RELATIVE =
      Pattern.compile(
          "(?i)\\b(earlier this year|later this year|this year|last year|next year|earlier this month|this month|last month|next month|"
              + "earlier this week|later this week|this week|last week|next week|in the coming (?:days|weeks|months)|"
              + "within the next year|in recent (?:weeks|months)|(?:around|by|after|before|at|over|early in|in) the new year)\\b");

  public List<Found> find(String sentence, String published) {
    List<Found> out = new ArrayList<>();
    LocalDate doc = docDate(published);
    Matcher m = RELATIVE.matcher(sentence);
    while (m.find()) {
      String e = m.group(1).toLowerCase(Locale.ROOT);
      String start = null;
      String end = null;
      if (doc != null || (published != null && published.length() >= 4)) {
        int y = Integer.parseInt(published.substring(0, 4));
        String ym = published.length() >= 7 ? published.substring(0, 7) : null;
        switch (e) {
          case "earlier this year", "later this year", "this year" -> start = String.valueOf(y);
          case "last year" -> start = String.valueOf(y - 1);
          case "next year", "within the next year" -> start = String.valueOf(y + 1);
          case "earlier this month", "this month", "in recent weeks", "in recent months" -> start = ym != null ? ym : String.valueOf(y);
          case "earlier this week", "later this week", "this week", "in the coming days", "in the coming weeks" -> start = ym != null ? ym : String.valueOf(y);
          case "in the coming months" -> start = String.valueOf(y);
          // "around the new year": the coming January, or this one early in the year
          case "around the new year", "by the new year", "after the new year", "before the new year", "at the new year", "over the new year",
              "early in the new year", "in the new year" -> start = doc != null && doc.getMonthValue() <= 2 ? String.valueOf(y) : String.valueOf(y + 1);
          case "last week" -> start = doc != null ? doc.minusDays(7).toString().substring(0, 7) : null;
          case "next week" -> start = doc != null ? doc.plusDays(7).toString().substring(0, 7) : null;
          case "last month" -> start = doc != null ? doc.minusMonths(1).toString().substring(0, 7) : null;
          case "next month" -> start = doc != null ? doc.plusMonths(1).toString().substring(0, 7) : null;
          default -> start = null;
        }
      }
      out.add(new Found(m.group(1), m.start(1), m.end(1), start, end));
    }
    m = YEARS.matcher(sentence);
    while (m.find()) {
      if (!overlaps(out, m.start(), m.end())) {
        out.add(new Found(m.group(0), m.start(), m.end(), m.group(1), m.group(2)));
      }
    }
    m = MONTH_YEAR.matcher(sentence);
    while (m.find()) {
      if (overlaps(out, m.start(), m.end())) {
        continue;
      }
      String monthWord = m.group(2).replace(".", "");
      // "May" is a modal far more often than a month: only with a year or a preposition
      if (monthWord.equals("May") && m.group(3) == null && !m.group(0).matches("(?is)^(in|since|by|during|until|from)\\s.*")) {
        continue;
      }
      int month = month(monthWord);
      String start;
      if (m.group(3) != null) {
        start = String.format(Locale.ROOT, "%s-%02d", m.group(3), month);
      } else if (doc != null) {
        int y = doc.getYear();
        if (month > doc.getMonthValue()) {
          y--; // news reports a past month as the latest one not after the document date
        }
        start = String.format(Locale.ROOT, "%d-%02d", y, month);
      } else {
        start = null;
      }
      out.add(new Found(m.group(0).strip(), m.start(), m.end(), start, null));
    }
    m = YEAR.matcher(sentence);
    while (m.find()) {
      if (overlaps(out, m.start(2), m.end(2))) {
        continue;
      }
      out.add(new Found(m.group(0), m.start(), m.end(), m.group(2), null));
    }
    if (out.isEmpty() && doc != null) {
      // "Poland on Friday signed a deal": the last such weekday up to the document's date (only when
      // nothing else dates the sentence: "said on Friday it sent them in 2019" is 2019)
      m = WEEKDAY.matcher(sentence);
      if (m.find()) {
        java.time.DayOfWeek day = java.time.DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        int back = (doc.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        out.add(new Found(m.group(0), m.start(), m.end(), doc.minusDays(back).toString(), null));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  private static final Pattern WEEKDAY = Pattern.compile("\\b(?:on|last)\\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  private static boolean overlaps(List<Found> found, int s, int e) {
    return found.stream().anyMatch(f -> f.start() < e && s < f.end());
  }

  private static int month(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (Month m : Month.values()) {
      String full = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
      if (full.startsWith(w.length() >= 3 ? w.substring(0, 3) : w)) {
        return m.getValue();
      }
    }
    throw new IllegalArgumentException("not a month: " + word);
  }

  private static LocalDate docDate(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    return LocalDate.parse(published);
  }
}
