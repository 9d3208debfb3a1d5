package org.armsledger.store;

import java.time.LocalDate;
import java.time.YearMonth;
import org.armsledger.lexicon.Lexicon;

/**
 * What the ledger, claims and export commands select. Null fields select everything.
 *
 * @param supplier actor id (as stored); see {@link Store#resolveActor}
 * @param designation matched without regard to case
 * @param category entries with a line of this category; claims of it
 * @param since earliest time of the supply, YYYY[-MM[-DD]]: entries whose supply span (the claims'
 *     own times, else their articles' dates) reaches it or later; claims whose time is on or after it
 * @param until latest time of the supply, YYYY[-MM[-DD]], the whole period included: entries whose
 *     supply span starts on or before it
 * @param reportedSince earliest report date: entries last reported on or after it, claims published on or after it
 * @param reportedUntil latest report date, the whole period included: entries first reported on or before it
 * @param relation transfer, training or assistance
 * @param disputed entries with (true) or without (false) contradictions; claims are not selected by it
 */
public record Filter(String supplier, String recipient, String category, String designation, String status, String since, String until,
    String reportedSince, String reportedUntil, String relation, Boolean disputed) {
  public static final Filter ALL = new Filter(null, null, null, null, null, null, null);

  /** Every filter but relation and disputed. */
  public Filter(String supplier, String recipient, String category, String designation, String status, String since, String until,
      String reportedSince, String reportedUntil) {
    this(supplier, recipient, category, designation, status, since, until, reportedSince, reportedUntil, null, null);
  }

  /** A filter on the supply's time only. */
  public Filter(String supplier, String recipient, String category, String designation, String status, String since, String until) {
    this(supplier, recipient, category, designation, status, since, until, null, null);
  }

  public Filter {
    check(since);
    check(until);
    check(reportedSince);
    check(reportedUntil);
    order("--since", since, "--until", until);
    order("--reported-since", reportedSince, "--reported-until", reportedUntil);
    known("status", status, Lexicon.STATUSES);
    known("relation", relation, java.util.Set.of("transfer", "training", "assistance"));
    known("category", category, Lexicon.CATEGORIES);
  }

  /** An unknown status or category is a typo, not an empty result. */
  private static void known(String what, String value, java.util.Set<String> values) {
    if (value != null && !values.contains(value)) {
      throw new IllegalArgumentException("unknown " + what + " '" + value + "' (one of: " + String.join(", ", new java.util.TreeSet<>(values)) + ")");
    }
  }

  private static void order(String a, String since, String b, String until) {
    if (since != null && until != null && since.compareTo(until) > 0 && !since.startsWith(until)) {
      throw new IllegalArgumentException(a + " " + since + " is after " + b + " " + until + ": nothing can be selected (swap them?)");
    }
  }

  /** The first date after the {@code until} period, for a half-open comparison of ISO date strings. */
  String untilExclusive() {
    return after(until);
  }

  String reportedUntilExclusive() {
    return after(reportedUntil);
  }

  private static String after(String until) {
    if (until == null) {
      return null;
    }
    return switch (until.length()) {
      case 4 -> String.valueOf(Integer.parseInt(until) + 1);
      case 7 -> YearMonth.parse(until).plusMonths(1).toString();
      default -> LocalDate.parse(until).plusDays(1).toString();
    };
  }

  private static void check(String d) {
    if (d == null) {
      return;
    }
    try {
      switch (d.length()) {
        case 4 -> Integer.parseInt(d);
        case 7 -> YearMonth.parse(d);
        case 10 -> LocalDate.parse(d);
        default -> throw new IllegalArgumentException();
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a date (YYYY, YYYY-MM or YYYY-MM-DD): " + d);
    }
  }
}
