package org.armsledger.store;

/**
 * A claim as stored: its id, the ledger entry it belongs to (null until the ledger is refreshed),
 * its document, and its JSON (the claim schema's fields plus provenance).
 */
public record StoredClaim(String id, String entry, String doc, String json) {}
