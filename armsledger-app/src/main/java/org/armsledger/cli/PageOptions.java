package org.armsledger.cli;

import picocli.CommandLine.Option;

/** {@code --json}, {@code --limit}, {@code --offset}: how the ledger and claims commands page their rows. */
final class PageOptions {
  @Option(names = "--json", description = "One JSON object per row (JSON Lines) instead of a table.")
  boolean json;

  @Option(names = "--limit", description = "At most this many rows; 0 for all (default: ${DEFAULT-VALUE}).")
  int limit = 50;

  @Option(names = "--offset", description = "Skip this many rows first.")
  int offset;

  /** Refuses a negative offset (PostgreSQL would, SQLite would not: the same answer everywhere). */
  void check() {
    if (offset < 0) {
      throw new IllegalArgumentException("--offset must be 0 or more, not " + offset);
    }
  }

  int limitOrAll() {
    return limit <= 0 ? Integer.MAX_VALUE : limit;
  }
}
