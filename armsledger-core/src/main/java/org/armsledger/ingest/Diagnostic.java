package org.armsledger.ingest;

/**
 * Something wrong with, or worth knowing about, one input, reported instead of thrown.
 *
 * @param code a stable short code (empty, binary, encoding, too-large, unreadable, no-sentences,
 *     bad-json, truncated, not-english, not-article...)
 * @param location the file, and where in it when known ({@code file:LINE}, {@code file@OFFSET})
 * @param message one line saying what is wrong
 * @param severity whether it is an error (the exit code says so), a notice (printed, not an
 *     error: a non-English article) or only counted (a WARC request record)
 */
public record Diagnostic(String code, String location, String message, Severity severity) {
  /** How much a diagnostic matters to the run. */
  public enum Severity {
    /** Bad input: printed, and the run's exit code is non-zero. */
    ERROR,
    /** A deliberate skip: printed, the exit code unaffected. */
    NOTICE,
    /** A record that is not an article (WARC request, non-HTML response): only counted. */
    COUNTED
  }

  public Diagnostic {
    if (code == null || location == null || message == null || severity == null) {
      throw new IllegalArgumentException("diagnostic needs code, location, message and severity");
    }
    code = code.replaceAll("[^A-Za-z0-9_.-]", "?"); // codes are built from input too (a WARC record's type)
    message = org.armsledger.text.Printable.line(message).replaceAll("\\s+", " ").strip(); // one line, whatever the cause said
  }

  /** An error. */
  public Diagnostic(String code, String location, String message) {
    this(code, location, message, Severity.ERROR);
  }

  @Override
  public String toString() {
    // a file name may hold a line break or an escape sequence: quoted, it cannot forge a line
    return org.armsledger.text.Printable.quote(location) + ": " + message + " [" + code + "]";
  }
}
