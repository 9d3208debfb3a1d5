/**
 * The ledger: claims from many articles merged into entries, one per supplier, recipient, item and
 * period, each with its status history, quantities, sources, independent-origin counts and
 * contradictions. Pure functions over {@link org.armsledger.ledger.Report} records, deterministic
 * for a given set of reports (whatever their order), with a written reason for every merge; no
 * database here (the store module persists reports and entries).
 */
package org.armsledger.ledger;
