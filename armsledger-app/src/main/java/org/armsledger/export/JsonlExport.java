package org.armsledger.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.armsledger.ledger.LedgerJson;

/** The ledger as JSON Lines: one entry per line with its history, sources, contradictions and merge reasons. */
public final class JsonlExport {
  private JsonlExport() {}

  public static int write(Source source, Writer w) {
    int[] n = {0};
    source.entries(e -> {
      try {
        w.write(LedgerJson.line(e));
        w.write('\n');
        n[0]++;
      } catch (IOException x) {
        throw new UncheckedIOException(x);
      }
    });
    try {
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n[0];
  }
}
