package org.armsledger.store;

import org.armsledger.ledger.Report;

/**
 * One claim to store: what the ledger merges, the evidence sentence's span in the document text and
 * in the raw input (null when unknown), and the claim's full JSON (schema fields and provenance).
 */
public record ClaimRecord(Report report, int evidenceStart, int evidenceEnd, Integer rawStart, Integer rawEnd, String json)
    implements java.io.Serializable {
  public ClaimRecord {
    if (report == null || json == null) {
      throw new IllegalArgumentException("claim record needs its report and JSON");
    }
  }
}
