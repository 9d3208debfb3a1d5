package org.armsledger.store;

import java.util.List;

/** A document and every claim read from it: written together or not at all. */
public record StoredDocument(DocumentRecord document, List<ClaimRecord> claims) {
  public StoredDocument {
    claims = List.copyOf(claims);
  }
}
