package org.armsledger.ingest;

/** An article, or the diagnostic saying why an input record gave none. Exactly one is non-null. */
public record ReadResult(Article article, Diagnostic diagnostic) {
  public ReadResult {
    if ((article == null) == (diagnostic == null)) {
      throw new IllegalArgumentException("exactly one of article and diagnostic");
    }
  }

  public static ReadResult of(Article a) {
    return new ReadResult(a, null);
  }

  /** An error-level skip. */
  public static ReadResult skip(String code, String location, String message) {
    return new ReadResult(null, new Diagnostic(code, location, message));
  }

  public static ReadResult skip(Diagnostic d) {
    return new ReadResult(null, d);
  }
}
