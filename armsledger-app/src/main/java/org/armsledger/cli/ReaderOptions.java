package org.armsledger.cli;

import org.armsledger.formats.ArticleReaders;
import org.armsledger.ingest.TextArticleReader;
import picocli.CommandLine.Option;

/** {@code --keep-non-english}, {@code --max-bytes}: how every command that reads articles reads them. */
final class ReaderOptions {
  @Option(names = "--keep-non-english", description = "Keep articles in other languages instead of skipping them.")
  boolean keepNonEnglish;

  @Option(names = "--max-bytes", description = "Skip files and records larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes = TextArticleReader.DEFAULT_MAX_BYTES;

  ArticleReaders.Options options() {
    return new ArticleReaders.Options(maxBytes, keepNonEnglish);
  }
}
