package org.armsledger.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Merges reports into ledger entries, and an entry's reports into lines.
 *
 * <p>Rule, in full: reports with the same {@linkplain Report#groupKey() group key} (relation,
 * supplier, recipient and item {@linkplain Report#kind kind}: the category, the missiles and the
 * fixed-wing aircraft each counting as one kind) are put in time order by {@linkplain Report#when()
 * date}, then published date, then claim id; a report joins the current entry when its date lies
 * within the window ({@link #MAX_GAP_DAYS} days by default) of the latest date already in the entry
 * (partial dates cover their whole month or year), and starts a new entry otherwise. Undated
 * reports join the group's latest entry. Inside an entry, the reports naming one system
 * (designation, case-folded) form one {@linkplain Entry.Line line}; those naming none form the last
 * line. Every member records which of these made it join.
 *
 * <p>Ids: the group's earliest entry is {@code e-} and a hash of the group key, so that an entry
 * keeps its id whatever joins it and in whatever order its claims arrive; a later entry of the same
 * group (a supply reported again more than the window apart) hashes the group key with its
 * earliest claim. The store keeps the ids entries already had (see its rebuild). The result depends
 * only on the set of reports, not on their order. Stateless and thread-safe.
 */
public final class Ledger {
  /** Largest gap between dated claims of one entry by default: three years. */
  public static final int MAX_GAP_DAYS = 3 * 365 + 1;

  /** How far each stage goes towards a completed supply. */
  private static final Map<String, Integer> RANK =
      Map.of("possible", 0, "considered", 1, "requested", 2, "offered", 3, "planned", 4, "agreed", 5, "delivered", 6);

  private static final Comparator<Report> TIME_ORDER =
      Comparator.comparing((Report r) -> r.when() == null ? 1 : 0)
          .thenComparing(r -> r.when() == null ? "" : r.when())
          .thenComparing(r -> r.published() == null ? "" : r.published())
          .thenComparing(Report::claimId);

  private Ledger() {}

  /** Entries of all reports under the default window, sorted by group key and date. */
  public static List<Entry> merge(List<Report> reports) {
    return merge(reports, MAX_GAP_DAYS);
  }

  /** Entries of all reports, sorted by group key and date. */
  public static List<Entry> merge(List<Report> reports, int windowDays) {
    Map<String, List<Report>> groups = new TreeMap<>();
    for (Report r : reports) {
      groups.computeIfAbsent(r.groupKey(), k -> new ArrayList<>()).add(r);
    }
    List<Entry> out = new ArrayList<>();
    groups.values().forEach(g -> out.addAll(mergeGroup(g, windowDays)));
    return out;
  }

  /** Entries of the reports of one group key, under the default window. */
  public static List<Entry> mergeGroup(List<Report> group) {
    return mergeGroup(group, MAX_GAP_DAYS);
  }

  /** Entries of the reports of one group key, in time order. */
  public static List<Entry> mergeGroup(List<Report> group, int windowDays) {
    if (windowDays < 1) {
      throw new IllegalArgumentException("the merge window must be at least one day, not " + windowDays);
    }
    List<Report> sorted = new ArrayList<>(group);
    sorted.sort(TIME_ORDER);
    List<List<Report>> clusters = new ArrayList<>();
    List<List<String>> reasons = new ArrayList<>();
    long latestEnd = Long.MIN_VALUE;
    Report head = sorted.get(0);
    String subject = head.supplierId() + " -> " + head.recipientId() + ", " + Report.kind(head.category()) + " (" + head.relation() + ")";
    for (Report r : sorted) {
      long[] iv = interval(r.when(), r.timeStart() != null ? r.timeEnd() : null);
      String line = "; line " + (r.lineKey().isEmpty() ? "(no system named)" : r.designation());
      String reason;
      if (iv == null) {
        if (clusters.isEmpty()) {
          clusters.add(new ArrayList<>());
          reasons.add(new ArrayList<>());
          reason = "starts the entry: first claim of " + subject + ", undated" + line;
        } else {
          reason = "same relation, supplier, recipient and item kind as the entry; undated, so it joins the latest entry of " + subject + line;
        }
      } else if (clusters.isEmpty()) {
        clusters.add(new ArrayList<>());
        reasons.add(new ArrayList<>());
        reason = "starts the entry: first claim of " + subject + ", dated " + r.when() + line;
        latestEnd = iv[1];
      } else {
        long gap = Math.max(0, iv[0] - latestEnd);
        if (gap > windowDays) {
          clusters.add(new ArrayList<>());
          reasons.add(new ArrayList<>());
          reason = "starts a new entry: dated " + r.when() + ", " + gap + " days after the previous entry of " + subject + " (limit " + windowDays + ")" + line;
        } else {
          reason = "same relation, supplier, recipient and item kind; dated " + r.when() + ", " + gap + " days from the entry's latest claim (limit "
              + windowDays + ")" + line;
        }
        latestEnd = Math.max(latestEnd, iv[1]);
      }
      clusters.get(clusters.size() - 1).add(r);
      reasons.get(reasons.size() - 1).add(reason);
    }
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < clusters.size(); i++) {
      List<Report> c = clusters.get(i);
      out.add(entry(c, reasons.get(i), i == 0 ? id(head.groupKey()) : id(head.groupKey() + "|" + c.get(0).claimId())));
    }
    return out;
  }

  /** What an entry and each of its lines gather from their reports. */
  private static final class Tally {
    final List<Entry.QuantityReport> quantities = new ArrayList<>();
    final Set<String> deliveryYears = new TreeSet<>();
    final Set<String> docs = new TreeSet<>();
    final Set<String> origins = new TreeSet<>();
    final List<String> claims = new ArrayList<>();
    String firstReported;
    String lastReported;
    String eventStart;
    String eventEnd;
    Double ordered;
    Double delivered;
    String orderYear;

    void add(Report r) {
      String status = r.effectiveStatus();
      claims.add(r.claimId());
      if (r.quantityText() != null) {
        quantities.add(new Entry.QuantityReport(r.quantityText(), r.quantityValue(), status, r.when(), r.claimId()));
        if (r.quantityValue() != null) {
          if ("delivered".equals(status)) {
            delivered = delivered == null ? r.quantityValue() : Math.max(delivered, r.quantityValue());
          } else if (Set.of("agreed", "planned", "offered").contains(status)) {
            ordered = ordered == null ? r.quantityValue() : Math.max(ordered, r.quantityValue());
          }
        }
      }
      docs.add(r.doc());
      origins.add(r.origin());
      if (r.published() != null) {
        firstReported = min(firstReported, r.published());
        lastReported = max(lastReported, r.published());
      }
      if (r.when() != null) {
        eventStart = min(eventStart, r.when());
        eventEnd = max(eventEnd, r.timeEnd() != null && r.timeStart() != null ? r.timeEnd() : r.when());
        if ("delivered".equals(status)) {
          deliveryYears.add(r.when().substring(0, 4));
        }
        if ("agreed".equals(status) && orderYear == null) {
          orderYear = r.when().substring(0, 4);
        }
      }
    }
  }

  /**
   * A document as a reader names it when no outlet is known: its file name with the record's
   * position ("report.txt", "dump.jsonl:17"), not the folders of the machine that read it.
   */
  public static String docLabel(String doc) {
    if (doc == null) {
      return "?";
    }
    String d = doc.endsWith("/") ? doc.substring(0, doc.length() - 1) : doc;
    int slash = d.lastIndexOf('/');
    return slash >= 0 && slash < d.length() - 1 ? d.substring(slash + 1) : d;
  }

  private static Entry entry(List<Report> rs, List<String> reasons, String id) {
    Report head = rs.get(0);
    Tally all = new Tally();
    List<Entry.Member> members = new ArrayList<>();
    List<Entry.Step> history = new ArrayList<>();
    Set<String> outlets = new TreeSet<>();
    Set<String> outletNames = new TreeSet<>();
    Map<String, int[]> sources = new LinkedHashMap<>();
    Map<String, String> sourceKinds = new LinkedHashMap<>();
    // lines: designated systems by case-folded name, then the claims naming none ("" sorts first: moved last below)
    Map<String, List<Report>> byLine = new TreeMap<>();

    for (int i = 0; i < rs.size(); i++) {
      Report r = rs.get(i);
      String status = r.effectiveStatus();
      members.add(new Entry.Member(r.claimId(), r.doc(), r.when(), status, reasons.get(i)));
      Entry.Step last = history.isEmpty() ? null : history.get(history.size() - 1);
      if (last != null && last.status().equals(status)) {
        List<String> cs = new ArrayList<>(last.claims());
        cs.add(r.claimId());
        history.set(history.size() - 1, new Entry.Step(status, last.from(), r.when() == null ? last.to() : r.when(), cs));
      } else {
        history.add(new Entry.Step(status, r.when(), r.when(), List.of(r.claimId())));
      }
      all.add(r);
      byLine.computeIfAbsent(r.lineKey(), k -> new ArrayList<>()).add(r);
      outlets.add(r.outlet() == null ? "doc:" + r.doc() : r.outlet().toLowerCase(Locale.ROOT));
      if (r.outlet() != null) {
        outletNames.add(r.outlet());
      }
      String sourceName = r.sourceName() != null ? r.sourceName() : r.outlet() != null ? r.outlet() : "author of " + docLabel(r.doc());
      sources.computeIfAbsent(sourceName, k -> new int[1])[0]++;
      sourceKinds.putIfAbsent(sourceName, r.sourceKind());
    }
    List<Entry.SourceCount> sourceCounts = new ArrayList<>();
    sources.forEach((name, n) -> sourceCounts.add(new Entry.SourceCount(name, sourceKinds.get(name), n[0])));
    sourceCounts.sort(Comparator.comparingInt((Entry.SourceCount s) -> -s.claims()).thenComparing(Entry.SourceCount::name));

    List<Entry.Line> lines = new ArrayList<>();
    List<String> designations = new ArrayList<>();
    Entry.Line generic = null;
    double namedOrdered = 0;
    double namedDelivered = 0;
    boolean anyNamedOrdered = false;
    boolean anyNamedDelivered = false;
    for (Map.Entry<String, List<Report>> l : byLine.entrySet()) {
      Entry.Line line = line(l.getValue());
      if (l.getKey().isEmpty()) {
        generic = line;
        continue;
      }
      lines.add(line);
      designations.add(line.designation());
      if (line.orderedQuantity() != null) {
        namedOrdered += line.orderedQuantity();
        anyNamedOrdered = true;
      }
      if (line.deliveredQuantity() != null) {
        namedDelivered += line.deliveredQuantity();
        anyNamedDelivered = true;
      }
    }
    if (generic != null) {
      lines.add(generic);
    }
    // the entry's numbers: the systems' numbers added up, or the unnamed line's when larger (it may be a total)
    Double ordered = total(anyNamedOrdered ? namedOrdered : null, generic == null ? null : generic.orderedQuantity());
    Double delivered = total(anyNamedDelivered ? namedDelivered : null, generic == null ? null : generic.deliveredQuantity());

    return new Entry(
        id,
        head.groupKey(),
        Report.kind(head.category()),
        head.relation(),
        head.supplierId(),
        head.supplierName(),
        head.recipientId(),
        head.recipientName(),
        commonCategory(rs),
        designations.size() == 1 ? designations.get(0) : null,
        status(rs),
        all.firstReported,
        all.lastReported,
        all.eventStart,
        all.eventEnd,
        history,
        all.quantities,
        designations,
        ordered,
        delivered,
        all.orderYear,
        List.copyOf(all.deliveryYears),
        sourceCounts,
        List.copyOf(outletNames),
        all.docs.size(),
        outlets.size(),
        all.origins.size(),
        contradictions(rs),
        lines,
        members,
        members.size());
  }

  private static Double total(Double named, Double generic) {
    if (named == null) {
      return generic;
    }
    return generic == null ? named : Math.max(named, generic);
  }

  /** One line from its reports (in time order): the designation as first spelled, the line's own stage and numbers. */
  private static Entry.Line line(List<Report> rs) {
    Tally t = new Tally();
    rs.forEach(t::add);
    String designation = rs.get(0).lineKey().isEmpty() ? null : rs.get(0).designation();
    return new Entry.Line(designation, commonCategory(rs), status(rs), t.ordered, t.delivered, t.orderYear, List.copyOf(t.deliveryYears),
        t.quantities, t.firstReported, t.lastReported, t.eventStart, t.eventEnd, t.docs.size(), t.origins.size(), t.claims, t.claims.size());
  }

  /**
   * The stage an entry reached, from its reports in time order: a halt or rejection that is the
   * latest word (no delivery reported after it) wins; else the most advanced stage any claim
   * asserts (possible &lt; considered &lt; requested &lt; offered &lt; planned &lt; agreed &lt;
   * delivered); else, with only denials, denied.
   */
  static String status(List<Report> timeOrdered) {
    String best = null;
    String lastNegative = null;
    boolean deliveredAfterNegative = false;
    boolean denied = false;
    for (Report r : timeOrdered) {
      String s = r.effectiveStatus();
      if (RANK.containsKey(s)) {
        if (best == null || RANK.get(s) > RANK.get(best)) {
          best = s;
        }
        if (lastNegative != null && "delivered".equals(s)) {
          deliveredAfterNegative = true;
        }
      } else if ("halted".equals(s) || "rejected".equals(s)) {
        lastNegative = s;
        deliveredAfterNegative = false;
      } else if ("denied".equals(s)) {
        denied = true;
      }
    }
    if (lastNegative != null && !deliveredAfterNegative) {
      return lastNegative;
    }
    if (best != null) {
      return best;
    }
    return denied ? "denied" : timeOrdered.get(timeOrdered.size() - 1).effectiveStatus();
  }

  private static List<Entry.Contradiction> contradictions(List<Report> rs) {
    List<Entry.Contradiction> out = new ArrayList<>();
    List<Report> deliveries = rs.stream().filter(r -> "delivered".equals(r.effectiveStatus())).toList();
    List<Report> denials = rs.stream().filter(r -> "denied".equals(r.effectiveStatus())).toList();
    if (!deliveries.isEmpty() && !denials.isEmpty()) {
      Set<String> who = new TreeSet<>();
      denials.forEach(d -> who.add(d.sourceName() != null ? d.sourceName() : d.negated() ? "the author of " + d.doc() : d.supplierName()));
      Set<String> outlets = new TreeSet<>();
      deliveries.forEach(d -> outlets.add(d.outlet() == null ? "doc:" + d.doc() : d.outlet()));
      List<String> ids = new ArrayList<>();
      denials.forEach(d -> ids.add(d.claimId()));
      deliveries.forEach(d -> ids.add(d.claimId()));
      out.add(new Entry.Contradiction(
          "denial",
          String.join(", ", who) + " denied it, while " + deliveries.size() + " claim(s) in " + outlets.size() + " outlet(s) report delivery",
          ids));
    }
    follows(rs, "rejected", "rejected-then-delivered", "a rejection was followed by reports of delivery").ifPresent(out::add);
    follows(rs, "halted", "delivered-after-halt", "supply was reported halted, then delivered").ifPresent(out::add);
    return out;
  }

  private static Optional<Entry.Contradiction> follows(List<Report> rs, String first, String kind, String text) {
    for (int i = 0; i < rs.size(); i++) {
      Report a = rs.get(i);
      if (!first.equals(a.effectiveStatus()) || a.when() == null) {
        continue;
      }
      for (int j = i + 1; j < rs.size(); j++) {
        Report b = rs.get(j);
        if ("delivered".equals(b.effectiveStatus()) && b.when() != null && b.when().compareTo(a.when()) > 0) {
          return Optional.of(new Entry.Contradiction(
              kind, text + " (" + a.when() + " " + a.claimId() + ", then " + b.when() + " " + b.claimId() + ")", List.of(a.claimId(), b.claimId())));
        }
      }
    }
    return Optional.empty();
  }

  /** The category all reports share, else the most frequent (ties: alphabetical). */
  private static String commonCategory(List<Report> rs) {
    Map<String, Integer> n = new TreeMap<>();
    rs.forEach(r -> n.merge(r.category(), 1, Integer::sum));
    return n.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
  }

  /**
   * The days a partial date covers, as epoch days [first, last]: "2023" is the whole year,
   * "2023-05" the month. {@code end}, when given, extends the interval. Null for a null or
   * malformed date.
   */
  static long[] interval(String date, String end) {
    long[] a = parse(date);
    if (a == null) {
      return null;
    }
    long[] b = parse(end);
    if (b != null && b[1] > a[1]) {
      a[1] = b[1];
    }
    return a;
  }

  private static long[] parse(String d) {
    if (d == null) {
      return null;
    }
    try {
      if (d.length() == 4) {
        int y = Integer.parseInt(d);
        return new long[] {LocalDate.of(y, 1, 1).toEpochDay(), LocalDate.of(y, 12, 31).toEpochDay()};
      }
      if (d.length() == 7) {
        YearMonth ym = YearMonth.parse(d);
        return new long[] {ym.atDay(1).toEpochDay(), ym.atEndOfMonth().toEpochDay()};
      }
      long day = LocalDate.parse(d.substring(0, 10)).toEpochDay();
      return new long[] {day, day};
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String min(String a, String b) {
    return a == null || b.compareTo(a) < 0 ? b : a;
  }

  private static String max(String a, String b) {
    return a == null || b.compareTo(a) > 0 ? b : a;
  }

  /** {@code e-} and 16 hex digits of the key's SHA-256. */
  public static String id(String key) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "e-" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
