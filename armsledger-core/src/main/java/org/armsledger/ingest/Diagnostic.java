package org.armsledger.ingest;

/**
 * Something wrong with one input, reported instead of thrown.
 *
 * @param code a stable short code (empty, binary, encoding, too-large, unreadable, no-sentences)
 * @param location the file (and where in it, when known)
 * @param message one line saying what is wrong
 */
public record Diagnostic(String code, String location, String message) {
  @Override
  public String toString() {
    return location + ": " + message + " [" + code + "]";
  }
}
