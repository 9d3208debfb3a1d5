package org.armsledger.extract;

import java.util.List;
import org.armsledger.claim.Claim;
import org.armsledger.ingest.Article;
import org.armsledger.text.Block;

/** What extraction made of one article: its claims, the blocks it dropped and why, its counts. */
public record DocumentResult(Article article, List<Claim> claims, List<Block> dropped, ExtractionStats stats) {
  public DocumentResult {
    claims = List.copyOf(claims);
    dropped = List.copyOf(dropped);
  }
}
