package org.armsledger.formats;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.ingest.ReadResult;

/** Test helpers: fixtures from the classpath into files, and reading a file into lists. */
final class Fixtures {
  private Fixtures() {}

  static byte[] bytes(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path copy(String name, Path dir) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes(name));
    return p;
  }

  /** Everything one file gives. */
  record Read(List<Article> articles, List<Diagnostic> diagnostics, ArticleReaders.FileSummary summary) {
    Article article(String id) {
      return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no article " + id + " in " + articles.stream().map(Article::id).toList()));
    }

    List<String> codes() {
      return diagnostics.stream().map(Diagnostic::code).toList();
    }
  }

  static Read read(Path file) {
    return read(file, ArticleReaders.Options.DEFAULT);
  }

  static Read read(Path file, ArticleReaders.Options options) {
    List<Article> articles = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>();
    ArticleReaders.FileSummary s =
        new ArticleReaders(options)
            .read(
                file,
                (ReadResult r) -> {
                  if (r.article() != null) {
                    articles.add(r.article());
                  } else {
                    diagnostics.add(r.diagnostic());
                  }
                });
    return new Read(articles, diagnostics, s);
  }
}
