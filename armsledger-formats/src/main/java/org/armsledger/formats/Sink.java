package org.armsledger.formats;

import org.armsledger.ingest.ReadResult;

/** Receives a reader's records in input order: articles and diagnostics. */
@FunctionalInterface
public interface Sink {
  void accept(ReadResult r);
}
