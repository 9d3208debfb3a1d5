package org.armsledger.lexicon;

/** A lexicon data file is malformed; the message names the file and line. */
public final class LexiconException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  LexiconException(String file, int line, String message) {
    super(file + ":" + line + ": " + message);
  }
}
