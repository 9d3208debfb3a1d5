package org.armsledger.ingest;

import java.util.Locale;

/**
 * What kind of piece an article is. Opinion pieces carry claims too, but an analyst weighs them
 * differently from reporting.
 */
public enum Genre {
  NEWS,
  ANALYSIS,
  OPINION,
  EDITORIAL,
  BLOG,
  PRESS_RELEASE;

  /** Lower case with underscores, as written in outputs. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
