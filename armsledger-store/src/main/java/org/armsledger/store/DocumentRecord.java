package org.armsledger.store;

/**
 * One stored article: its identity, content hashes, the extractor version that read it, metadata,
 * provenance and syndication.
 *
 * @param doc the document's key: its source, unique and stable across runs ({@code Article.key()})
 * @param name the document's id as claims name it ({@code Article.id()}, the file name): a label,
 *     not unique
 * @param contentHash hash of everything extraction reads (title, text, date, metadata): same hash
 *     and same extractor version mean nothing to do
 * @param textHash hash of the case- and space-folded text: equal texts are one origin across runs
 * @param origin the article's independent origin (itself, or the original it copies)
 */
public record DocumentRecord(
    String doc,
    String name,
    String contentHash,
    String textHash,
    String extractor,
    String title,
    String uri,
    String outlet,
    String byline,
    String published,
    String genre,
    String language,
    String file,
    String format,
    String location,
    String origin,
    String duplicateOf,
    String syndicatedFrom,
    Double similarity,
    int sentences) implements java.io.Serializable {

  public DocumentRecord {
    if (doc == null || contentHash == null || textHash == null || extractor == null || origin == null) {
      throw new IllegalArgumentException("document record needs doc, hashes, extractor and origin");
    }
  }
}
