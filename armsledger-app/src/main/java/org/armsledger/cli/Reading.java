package org.armsledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.armsledger.formats.ArticleReaders;
import org.armsledger.formats.Format;
import org.armsledger.formats.SyndicationDetector;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;

/**
 * Reads the inputs of a command in order: every file through {@link ArticleReaders}, every
 * article through the {@link SyndicationDetector}, every diagnostic printed (errors and notices)
 * or counted, and a tally of everything for the summary. Single-threaded by design: reading is
 * cheap next to extraction, and input order makes syndication deterministic.
 */
final class Reading {
  private final ArticleReaders readers;
  private final SyndicationDetector syndication = new SyndicationDetector();
  private final PrintWriter err;
  final Map<String, Integer> skippedByCode = new TreeMap<>();
  final Map<String, Integer> ignoredByCode = new TreeMap<>();
  final Map<Format, long[]> perFormat = new EnumMap<>(Format.class); // files, articles, nanos
  int files;
  int articles;
  int errors;
  int notices;
  int ignored;

  Reading(ArticleReaders.Options options, PrintWriter err) {
    this.readers = new ArticleReaders(options);
    this.err = err;
  }

  SyndicationDetector syndication() {
    return syndication;
  }

  /** Reads every input; {@code onArticle} gets each article (with its syndication) in order. */
  void run(List<Path> paths, Consumer<Article> onArticle) {
    run(paths, List.of(), onArticle);
  }

  /**
   * As {@link #run(List, Consumer)}, after refusing {@code outputs} (the command's output files, and
   * the store) that are one of the inputs: nothing has been read or written when that is refused.
   */
  void run(List<Path> paths, List<Path> outputs, Consumer<Article> onArticle) {
    Inputs inputs = Inputs.of(paths);
    Output.refuseClashes(outputs, inputs.files, "one of the inputs");
    inputs.missing.forEach(this::diagnostic);
    inputs.ignored.forEach(this::diagnostic);
    files += inputs.missing.size() + inputs.ignored.size();
    for (Path file : inputs.files) {
      files++;
      long t0 = System.nanoTime();
      long[] readNanos = {0};
      long[] mark = {t0};
      ArticleReaders.FileSummary s =
          readers.read(
              file,
              r -> {
                long now = System.nanoTime();
                readNanos[0] += now - mark[0];
                if (r.diagnostic() != null) {
                  diagnostic(r.diagnostic());
                } else {
                  articles++;
                  Article a = r.article().withSyndication(syndication.observe(r.article()));
                  readNanos[0] += System.nanoTime() - now;
                  onArticle.accept(a);
                }
                mark[0] = System.nanoTime();
              });
      readNanos[0] += System.nanoTime() - mark[0];
      if (s.format() != null) {
        long[] f = perFormat.computeIfAbsent(s.format(), k -> new long[3]);
        f[0]++;
        f[1] += s.articles();
        f[2] += readNanos[0];
      }
    }
  }

  /** Sentences extraction could not read in articles it otherwise read: each printed, and an error. */
  int failedSentences;

  /** Reports the sentences extraction gave up on in an article it read (its other claims stand). */
  void sentenceFailures(org.armsledger.extract.DocumentResult dr) {
    for (org.armsledger.extract.DocumentResult.Failure f : dr.failures()) {
      errors++;
      failedSentences++;
      err.println("armsledger: " + f.diagnostic(dr.article().location()));
    }
  }

  /** Records one diagnostic from outside the readers (extraction found no sentences). */
  void diagnostic(Diagnostic d) {
    switch (d.severity()) {
      case ERROR -> {
        errors++;
        skippedByCode.merge(d.code(), 1, Integer::sum);
        err.println("armsledger: " + d);
      }
      case NOTICE -> {
        notices++;
        skippedByCode.merge(d.code(), 1, Integer::sum);
        err.println("armsledger: " + d);
      }
      case COUNTED -> {
        ignored++;
        ignoredByCode.merge(d.code(), 1, Integer::sum);
      }
    }
  }

  int skipped() {
    return errors + notices;
  }

  /** "7 empty, 2 not-english" style tally. */
  static String tally(Map<String, Integer> m) {
    StringBuilder sb = new StringBuilder();
    m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
    return sb.toString();
  }

  /** Lines for the end of a run: what was skipped and why, what was not an article, speed per format. */
  void printDetails(boolean speeds) {
    if (!skippedByCode.isEmpty()) {
      err.println("armsledger: skipped: " + tally(skippedByCode));
    }
    if (!ignoredByCode.isEmpty()) {
      err.println("armsledger: not articles: " + tally(ignoredByCode));
    }
    err.printf(Locale.ROOT, "armsledger: %d copies or near-copies of earlier articles (%d candidate comparisons)%n", syndication.copies(), syndication.comparisons());
    if (speeds) {
      perFormat.forEach(
          (f, v) ->
              err.printf(Locale.ROOT, "armsledger: read %-5s %5d files %7d articles %8.1f s %9.1f articles/s%n", f.label(), v[0], v[1], v[2] / 1e9, v[2] == 0 ? 0 : v[1] / (v[2] / 1e9)));
    }
  }
}
