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
    String evidence) {

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
   * What claims must share to be merged: relation, supplier, recipient and item, the item being
   * its designation where known (case-folded), else its category.
   */
  public String groupKey() {
    return groupKey(relation, supplierId, recipientId, category, designation);
  }

  public static String groupKey(String relation, String supplier, String recipient, String category, String designation) {
    String item = designation != null && !designation.isBlank() ? "d:" + designation.toLowerCase(Locale.ROOT) : "c:" + category;
    return relation + "|" + supplier + "|" + recipient + "|" + item;
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
