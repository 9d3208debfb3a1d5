package org.armsledger.claim;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** One claim, as in ../shared/schema/claim.schema.json. */
public record Claim(
    String id,
    String doc,
    String published,
    String relation,
    Actor supplier,
    Actor recipient,
    Item item,
    String status,
    boolean negated,
    TimeRef time,
    Source source,
    Evidence evidence,
    double confidence,
    String rule,
    Cue cue,
    Explanation explanation) {

  public Claim {
    if (cue != null && (cue.start() < evidence.start() || cue.end() > evidence.end())) {
      throw new IllegalArgumentException("the cue lies outside the evidence sentence");
    }
    if (supplier.id().equals(recipient.id())) {
      throw new IllegalArgumentException("supplier and recipient are the same: " + supplier.id());
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence out of [0, 1]");
    }
  }

  /** A stable id from the claim's document, sentence, parties, item and relation. */
  public static String stableId(String doc, Evidence ev, String supplier, String recipient, String category, String relation) {
    String key = doc + "|" + ev.start() + "|" + ev.end() + "|" + supplier + "|" + recipient + "|" + category + "|" + relation;
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "c-" + HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
