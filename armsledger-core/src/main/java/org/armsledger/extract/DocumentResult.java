package org.armsledger.extract;

import java.util.List;
import org.armsledger.claim.Claim;
import org.armsledger.ingest.Article;
import org.armsledger.text.Block;

/**
 * What extraction made of one article: its claims, the blocks it dropped and why, its counts, and
 * the sentences it could not read (a parser or rule failure costs that sentence only; callers
 * report each, naming the article and where the sentence starts).
 */
public record DocumentResult(Article article, List<Claim> claims, List<Block> dropped, ExtractionStats stats, List<Failure> failures) {
  public DocumentResult {
    claims = List.copyOf(claims);
    dropped = List.copyOf(dropped);
    failures = List.copyOf(failures);
  }

  public DocumentResult(Article article, List<Claim> claims, List<Block> dropped, ExtractionStats stats) {
    this(article, claims, dropped, stats, List.of());
  }

  /** A sentence extraction gave up on: its index, its start offset in the text, and why. */
  public record Failure(int sentence, int offset, String error) {
    /** The {@code sentence-failed} diagnostic every caller prints for it, at {@code location@offset}. */
    public org.armsledger.ingest.Diagnostic diagnostic(String location) {
      return new org.armsledger.ingest.Diagnostic("sentence-failed", location + "@" + offset,
          "sentence " + (sentence + 1) + " not read (the article's other sentences were): " + error);
    }
  }
}
