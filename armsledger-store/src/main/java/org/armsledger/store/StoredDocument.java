package org.armsledger.store;

import java.util.List;

/**
 * A document and every claim read from it: written together or not at all.
 *
 * @param article the article as {@code ArticleArchive} keeps it (compressed), or null
 * @param fingerprint what copy detection needs, or null (the document is then nobody's copy)
 * @param note why the document holds no claims when it could not be read for them (no sentences
 *     left after cleaning), or null
 */
public record StoredDocument(DocumentRecord document, List<ClaimRecord> claims, byte[] article, Fingerprint fingerprint, String note)
    implements java.io.Serializable {
  public StoredDocument {
    claims = List.copyOf(claims);
  }

  public StoredDocument(DocumentRecord document, List<ClaimRecord> claims) {
    this(document, claims, null, null, null);
  }

  /**
   * A MinHash signature of the article's body and its locality-sensitive keys: two documents are
   * compared when they share a key, and copies when the {@link CopyRule} says so.
   *
   * @param signature the signature as hex
   * @param shingles how many shingles the body has
   * @param keys the LSH band keys and the exact-text key
   */
  public record Fingerprint(String signature, int shingles, int[] keys) implements java.io.Serializable {}

  /** When two fingerprints are copies of one story: their similarity, or a negative number when they are not. */
  @FunctionalInterface
  public interface CopyRule {
    double similarity(String signatureA, int shinglesA, String signatureB, int shinglesB);

    /** Copies only when the signatures are identical. */
    CopyRule IDENTICAL = (a, sa, b, sb) -> a.equals(b) && sa == sb ? 1.0 : -1;
  }
}
