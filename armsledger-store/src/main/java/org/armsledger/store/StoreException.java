package org.armsledger.store;

/** A database error, with what the store was doing when it happened. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String doing, Throwable cause) {
    super(doing + ": " + Store.explain(cause), cause);
  }

  /** Whether the disk (or the database server's) is full. */
  public boolean diskFull() {
    return getMessage().contains("the disk is full") || getMessage().contains("could not be written to disk");
  }
}
