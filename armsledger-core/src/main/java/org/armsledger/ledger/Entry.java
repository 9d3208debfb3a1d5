package org.armsledger.ledger;

import java.util.List;

/**
 * One ledger entry: the claims of many articles about one supply (relation, supplier, recipient,
 * item kind) in one period, with the systems reported inside it as its {@linkplain Line lines}.
 *
 * @param id stable id ({@code e-} and 16 hex digits): see {@link Ledger} for how it is given and kept
 * @param kind the item kind ({@link Report#kind}): the category, or {@code missiles}, {@code fixed_wing}
 * @param category the commonest category of its claims
 * @param designation the system, when exactly one is named in the entry; else null
 * @param status the stage the supply reached (see {@link Ledger#status})
 * @param firstReported date of the earliest article reporting it, or null
 * @param lastReported date of the latest article reporting it, or null
 * @param eventStart earliest time of the supply the claims give (their own time, else the article date)
 * @param eventEnd latest such time
 * @param history status steps in time order, each with the dated claims behind it
 * @param quantities every quantity reported, in time order
 * @param designations designations reported (for an entry keyed by category: those of its claims)
 * @param orderedQuantity the largest number reported as agreed, planned or offered, or null
 * @param deliveredQuantity the largest number reported as delivered, or null
 * @param orderYear year of the first agreed claim, or null
 * @param deliveryYears years of the delivered claims, ascending
 * @param sources who the claims come from, most claims first
 * @param outletNames the outlets named by the articles, sorted
 * @param outlets distinct outlets (articles with no outlet count one each)
 * @param origins distinct independent origins: syndicated copies count once
 * @param contradictions what among the claims disagrees
 * @param lines the systems reported in the entry (SIPRI register rows), designated ones by name,
 *     then the line of claims that name no system
 * @param members every claim with the reason it is in this entry, in time order; empty in a
 *     {@linkplain #summary() summary}
 * @param claims how many claims the entry holds
 */
public record Entry(
    String id,
    String groupKey,
    String kind,
    String relation,
    String supplierId,
    String supplierName,
    String recipientId,
    String recipientName,
    String category,
    String designation,
    String status,
    String firstReported,
    String lastReported,
    String eventStart,
    String eventEnd,
    List<Step> history,
    List<QuantityReport> quantities,
    List<String> designations,
    Double orderedQuantity,
    Double deliveredQuantity,
    String orderYear,
    List<String> deliveryYears,
    List<SourceCount> sources,
    List<String> outletNames,
    int documents,
    int outlets,
    int origins,
    List<Contradiction> contradictions,
    List<Line> lines,
    List<Member> members,
    int claims) {

  public Entry {
    history = List.copyOf(history);
    quantities = List.copyOf(quantities);
    designations = List.copyOf(designations);
    deliveryYears = List.copyOf(deliveryYears);
    sources = List.copyOf(sources);
    outletNames = List.copyOf(outletNames);
    contradictions = List.copyOf(contradictions);
    lines = lines == null ? List.of() : List.copyOf(lines);
    members = members == null ? List.of() : List.copyOf(members);
    if (!members.isEmpty()) {
      claims = members.size();
    }
    if (claims < 1) {
      throw new IllegalArgumentException("an entry needs at least one claim");
    }
  }

  /**
   * The entry as lists show it: without its members, the claim ids of its history steps and lines, and with
   * its five main sources; everything else (lines, counts, status, spans, contradictions) as is.
   */
  public Entry summary() {
    List<Step> steps = history.stream().map(s -> new Step(s.status(), s.from(), s.to(), List.of())).toList();
    return new Entry(id, groupKey, kind, relation, supplierId, supplierName, recipientId, recipientName, category, designation, status, firstReported,
        lastReported, eventStart, eventEnd, steps, quantities, designations, orderedQuantity, deliveredQuantity, orderYear, deliveryYears,
        sources.subList(0, Math.min(5, sources.size())), outletNames, documents, outlets, origins, contradictions,
        lines.stream().map(Line::withoutIds).toList(), List.of(), claims);
  }

  /** Whether this is a {@link #summary()}: members left out. */
  public boolean isSummary() {
    return members.isEmpty();
  }

  public boolean disputed() {
    return !contradictions.isEmpty();
  }

  /** The item as a reader names it: the systems named (up to three), else the category. */
  public String itemLabel() {
    return itemLabel(designations, category);
  }

  /** The systems named (up to three, then "+N"), else the category. */
  public static String itemLabel(List<String> designations, String category) {
    if (designations.isEmpty()) {
      return category;
    }
    String named = String.join(", ", designations.subList(0, Math.min(3, designations.size())));
    return designations.size() > 3 ? named + " +" + (designations.size() - 3) : named;
  }

  /** This entry under another id (the store keeps ids stable across rebuilds). */
  public Entry withId(String newId) {
    return new Entry(newId, groupKey, kind, relation, supplierId, supplierName, recipientId, recipientName, category, designation, status,
        firstReported, lastReported, eventStart, eventEnd, history, quantities, designations, orderedQuantity, deliveredQuantity, orderYear,
        deliveryYears, sources, outletNames, documents, outlets, origins, contradictions, lines, members, claims);
  }

  /**
   * One system inside an entry, in the SIPRI register's row shape: what was reported of it, by
   * which claims.
   *
   * @param designation the system, or null for the claims that name none ("drones")
   * @param category its commonest category
   * @param status the stage its own claims reach (same rule as the entry's)
   * @param claims its claims' ids, in time order (none in a summary)
   * @param claimCount how many claims it has
   * @param documents distinct articles reporting it
   * @param origins distinct independent origins reporting it
   */
  public record Line(
      String designation,
      String category,
      String status,
      Double orderedQuantity,
      Double deliveredQuantity,
      String orderYear,
      List<String> deliveryYears,
      List<QuantityReport> quantities,
      String firstReported,
      String lastReported,
      String eventStart,
      String eventEnd,
      int documents,
      int origins,
      List<String> claims,
      int claimCount) {
    public Line {
      deliveryYears = List.copyOf(deliveryYears);
      quantities = List.copyOf(quantities);
      claims = claims == null ? List.of() : List.copyOf(claims); // a summary's lines keep no ids
      claimCount = Math.max(claimCount, claims.size()); // stores written before the count have the ids
    }

    /** The line without its claim ids (as a summary keeps it); the count stays. */
    Line withoutIds() {
      return new Line(designation, category, status, orderedQuantity, deliveredQuantity, orderYear, deliveryYears, quantities, firstReported,
          lastReported, eventStart, eventEnd, documents, origins, List.of(), claimCount);
    }

    /** The system's name, or "(no system named)". */
    public String label() {
      return designation != null ? designation : "(no system named)";
    }
  }

  /**
   * One stage of the history: consecutive claims (in time order) giving the same status.
   *
   * @param from the first claim's date, or null when undated
   * @param to the last claim's date
   */
  public record Step(String status, String from, String to, List<String> claims) {
    public Step {
      claims = claims == null ? List.of() : List.copyOf(claims); // a summary's steps keep no ids
    }
  }

  /** A quantity as one claim gives it. */
  public record QuantityReport(String text, Double value, String status, String date, String claim) {}

  /** A source (speaker, or the outlet when the author asserts it) and how many of the entry's claims it gives. */
  public record SourceCount(String name, String kind, int claims) {}

  /**
   * Claims that disagree.
   *
   * @param kind {@code denial} (a denial beside reports of delivery), {@code rejected-then-delivered},
   *     {@code delivered-after-halt}
   */
  public record Contradiction(String kind, String description, List<String> claims) {
    public Contradiction {
      claims = List.copyOf(claims);
    }
  }

  /** A claim of the entry and why it was merged into it. */
  public record Member(String claim, String doc, String date, String status, String reason) {}
}
