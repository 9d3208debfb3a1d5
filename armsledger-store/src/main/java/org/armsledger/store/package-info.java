/**
 * The store: documents, evidence sentences, claims and ledger entries in a relational database, an
 * embedded SQLite file by default or PostgreSQL by JDBC URL, with versioned Flyway migrations. Each
 * document is written in one transaction with its claims, and marks the ledger groups it touches
 * dirty; {@link org.armsledger.store.Store#refresh()} rebuilds the entries of dirty groups, one
 * transaction per group, so a process killed at any point leaves claims and entries consistent and
 * the next run completes the work.
 */
package org.armsledger.store;
