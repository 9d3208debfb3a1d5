/**
 * Exports of the ledger to the formats analysts' other tools read: CSV in the shape of the SIPRI
 * Trade Register, JSON Lines, GraphML (actors as nodes, entries as edges) and STIX 2.1 bundles
 * (identities, relationships, reports, notes and opinions with deterministic ids). Each exporter
 * reads entries from a {@link org.armsledger.export.Source} and writes to a {@link java.io.Writer};
 * output depends only on the store's content, never on the clock.
 */
package org.armsledger.export;
