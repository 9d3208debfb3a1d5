package org.armsledger.cli;

import org.armsledger.formats.ArticleReaders;
import org.armsledger.ingest.TextArticleReader;
import picocli.CommandLine.Option;

/** {@code --keep-non-english}, {@code --max-bytes}: how every command that reads articles reads them. */
final class ReaderOptions {
  @Option(names = "--keep-non-english", description = "Keep articles in other languages instead of skipping them.")
  boolean keepNonEnglish;

  @Option(names = "--max-bytes", description = "Skip files and records larger than this (default: 5 MB, less on a small heap).")
  Long maxBytes;

  /**
   * The largest article this JVM extracts safely: a text costs its bytes several times over as a
   * string, tokens and sentences, so it is capped at 1/200 of the heap (20 MB with the launcher's
   * -Xmx4g). A larger article is skipped with a diagnostic instead of running out of memory.
   */
  static long ceiling() {
    return Math.max(64 * 1024, Runtime.getRuntime().maxMemory() / 200);
  }

  ArticleReaders.Options options() {
    long limit;
    if (maxBytes == null) {
      limit = Math.min(TextArticleReader.DEFAULT_MAX_BYTES, ceiling());
    } else if (maxBytes <= 0) {
      throw new IllegalArgumentException("--max-bytes must be a positive number of bytes, not " + maxBytes);
    } else if (maxBytes > ceiling()) {
      throw new IllegalArgumentException("--max-bytes " + maxBytes + " is more than this JVM can read safely with its "
          + Runtime.getRuntime().maxMemory() / 1048576 + " MB heap: at most " + ceiling()
          + " (a larger heap raises it: ARMSLEDGER_JAVA_OPTS=-Xmx8g)");
    } else {
      limit = maxBytes;
    }
    return new ArticleReaders.Options(limit, keepNonEnglish);
  }
}
