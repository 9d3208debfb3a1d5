package org.armsledger.ledger;

import java.util.Locale;
import org.armsledger.claim.Claim;

/**
 * One claim as the ledger reads it: the claim's own fields and what merging needs from the article
 * it came from.
 *
 * @param published the article's date (when the claim was reported), or null
 * @param outlet the publishing outlet where known, or null
 * @param origin the independent origin of the article: the article itself, or the original a copy
 *     was syndicated from, so that copies of one story count once
 */
public record Report(
    String claimId,
    String doc,
    String relation,
    String supplierId,
    String supplierName,
    String recipientId,
    String recipientName,
    String category,
    String designation,
    String itemText,
    String quantityText,
    Double quantityValue,
    String status,
    boolean negated,
    String timeText,
    String timeStart,
    String timeEnd,
    String sourceName,
    String sourceKind,
    String published,
    String outlet,
    String origin,
    double confidence,
    String evidence) implements java.io.Serializable {

  public Report {
    for (String f : new String[] {claimId, doc, relation, supplierId, recipientId, category, status, origin}) {
      if (f == null || f.isBlank()) {
        throw new IllegalArgumentException("report of claim " + claimId + " lacks a required field");
      }
    }
  }

  /** The claim with its article's date, outlet and independent origin. */
  public static Report of(Claim c, String outlet, String origin) {
    return new Report(
        c.id(),
        c.doc(),
        c.relation(),
        c.supplier().id(),
        c.supplier().name(),
        c.recipient().id(),
        c.recipient().name(),
        c.item().category(),
        c.item().designation(),
        c.item().text(),
        c.item().quantity() == null ? null : c.item().quantity().text(),
        c.item().quantity() == null ? null : c.item().quantity().value(),
        c.status(),
        c.negated(),
        c.time() == null ? null : c.time().text(),
        c.time() == null ? null : c.time().start(),
        c.time() == null ? null : c.time().end(),
        c.source() == null ? null : c.source().name(),
        c.source() == null ? "author" : c.source().kind(),
        c.published(),
        outlet,
        origin,
        c.confidence(),
        c.evidence().text());
  }

  /** This report under another claim id and document key (a store's own, unique across sources). */
  public Report stored(String id, String docKey) {
    return new Report(id, docKey, relation, supplierId, supplierName, recipientId, recipientName, category, designation, itemText,
        quantityText, quantityValue, status, negated, timeText, timeStart, timeEnd, sourceName, sourceKind, published, outlet, origin,
        confidence, evidence);
  }

  /**
   * What claims must share to be merged into one entry: relation, supplier, recipient and item
   * {@linkplain #kind kind}. The designation is not part of it: two systems of one kind, and claims
   * that name no system, are lines of one entry.
   */
  public String groupKey() {
    return groupKey(relation, supplierId, recipientId, category);
  }

  public static String groupKey(String relation, String supplier, String recipient, String category) {
    return relation + "|" + supplier + "|" + recipient + "|" + kind(category);
  }

  /**
   * The kind of item an entry gathers: the category, except that the missiles ({@code missile},
   * {@code ballistic_missile}, {@code cruise_missile}, {@code anti_ship_missile}) are one kind,
   * {@code missiles}, and the fixed-wing aircraft ({@code combat_aircraft}, {@code trainer_aircraft},
   * {@code other_aircraft}) another, {@code fixed_wing}: the groups ANNOTATION.md treats as
   * compatible, since "missiles" in one article and "ballistic missiles" in the next are one supply.
   */
  public static String kind(String category) {
    return switch (category) {
      case "missile", "ballistic_missile", "cruise_missile", "anti_ship_missile" -> "missiles";
      case "combat_aircraft", "trainer_aircraft", "other_aircraft" -> "fixed_wing";
      default -> category;
    };
  }

  /** The key of this claim's line inside its entry: the designation case-folded, or "" when it names no system. */
  public String lineKey() {
    return designation == null || designation.isBlank() ? "" : designation.toLowerCase(Locale.ROOT);
  }

  /** This report under another relation. */
  public Report withRelation(String other) {
    return new Report(claimId, doc, other, supplierId, supplierName, recipientId, recipientName, category, designation, itemText,
        quantityText, quantityValue, status, negated, timeText, timeStart, timeEnd, sourceName, sourceKind, published, outlet, origin,
        confidence, evidence);
  }

  /** The item as a reader names it: the designation, else the category. */
  public String itemLabel() {
    return designation != null && !designation.isBlank() ? designation : category;
  }

  /**
   * The stage this claim gives, with negation folded in: a supply the sentence says did not
   * happen counts as denied, one it says will not happen as rejected.
   */
  public String effectiveStatus() {
    if (!negated) {
      return status;
    }
    return "delivered".equals(status) ? "denied" : "rejected".equals(status) || "denied".equals(status) || "halted".equals(status) ? status : "rejected";
  }

  /** When the supply happened as far as the claim says: its own time, else the article's date; null when neither. */
  public String when() {
    return timeStart != null ? timeStart : published;
  }
}
