package org.armsledger.cli;

import java.io.Writer;

/** The CLI's terminal filter, for tests in other packages. */
public final class SafeWriterAccess {
  private SafeWriterAccess() {}

  public static Writer wrap(Writer w) {
    return new SafeWriter(w);
  }
}
