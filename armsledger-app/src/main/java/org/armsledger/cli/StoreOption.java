package org.armsledger.cli;

import org.armsledger.store.Store;
import picocli.CommandLine.Option;

/** {@code --db}: the store every ledger command reads or writes. */
final class StoreOption {
  @Option(
      names = "--db",
      paramLabel = "FILE|JDBC-URL",
      description = "The store: an SQLite file, or jdbc:postgresql://HOST:PORT/DB?user=U&password=P (default: $ARMSLEDGER_DB, else ./" + Store.DEFAULT_FILE + ").")
  String db;

  String spec() {
    return db != null ? db : System.getenv("ARMSLEDGER_DB");
  }

  /** Opens the store for writing (created when missing). */
  Store open() {
    return Store.open(spec(), Store.Mode.WRITE);
  }

  /** Opens the store for queries: it must exist; read-only when it cannot be written. */
  Store read() {
    return Store.open(spec(), Store.Mode.READ);
  }
}
