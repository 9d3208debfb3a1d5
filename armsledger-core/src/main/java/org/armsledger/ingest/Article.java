package org.armsledger.ingest;

import org.armsledger.text.Span;

/**
 * One article as read from its input.
 *
 * @param id document id: the file name without its last extension, or a record's id
 * @param location where it came from (a path), for diagnostics and provenance
 * @param text the document text exactly as read; every offset of the project points into it
 * @param title the title's span in {@code text}, or null when there is none
 * @param published the document date (YYYY, YYYY-MM or YYYY-MM-DD), or null when unknown
 * @param metadata spans of {@code text} that are metadata, not body (a leading date line)
 */
public record Article(String id, String location, String text, Span title, String published, java.util.List<Span> metadata) {
  public Article {
    if (id.isBlank()) {
      throw new IllegalArgumentException("article needs an id");
    }
    if (published != null && !published.matches("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")) {
      throw new IllegalArgumentException("bad published date " + published);
    }
    metadata = java.util.List.copyOf(metadata);
  }

  public Article withPublished(String date) {
    return new Article(id, location, text, title, date, metadata);
  }
}
