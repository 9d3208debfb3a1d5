package org.armsledger.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.text.Printable;

/**
 * What every reader must do with any bytes under any name, checked by the Jazzer fuzz targets
 * ({@code Jazzer*Fuzz}): return normally (no exception, no error), give articles whose spans lie in
 * their text, and diagnostics that are one printable line, as many as the file summary counts.
 */
final class FuzzSupport {
  private static final Path DIR;

  static {
    try {
      DIR = Files.createTempDirectory("armsledger-fuzz");
      DIR.toFile().deleteOnExit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Small limits keep each execution fast; the limit paths are among what is fuzzed. */
  static final ArticleReaders READERS = new ArticleReaders(new ArticleReaders.Options(256 * 1024, true));

  private FuzzSupport() {}

  static void read(String name, byte[] data) {
    Path file = DIR.resolve(name);
    try {
      Files.write(file, data);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Article> articles = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    ArticleReaders.FileSummary s = READERS.read(file, r -> {
      if (r.article() != null) {
        articles.add(r.article());
      } else {
        diagnostics.add(r.diagnostic());
      }
    });
    assertThat(s.articles()).isEqualTo(articles.size());
    assertThat(s.diagnostics()).isEqualTo(diagnostics.size());
    for (Article a : articles) {
      assertThat(a.key()).isNotBlank();
      if (a.title() != null) {
        assertThat(a.title().end()).isLessThanOrEqualTo(a.text().length());
      }
    }
    for (Diagnostic d : diagnostics) {
      String line = d.toString();
      assertThat(line).doesNotContain("\n").doesNotContain("\r");
      assertThat(line.chars().filter(Printable::control).count()).isZero();
    }
  }
}
