package org.armsledger.ingest;

/** An article, or the diagnostic saying why an input gave none. Exactly one is non-null. */
public record ReadResult(Article article, Diagnostic diagnostic) {
  public ReadResult {
    if ((article == null) == (diagnostic == null)) {
      throw new IllegalArgumentException("exactly one of article and diagnostic");
    }
  }

  static ReadResult of(Article a) {
    return new ReadResult(a, null);
  }

  static ReadResult skip(String code, String location, String message) {
    return new ReadResult(null, new Diagnostic(code, location, message));
  }
}
