package org.armsledger.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.armsledger.formats.ArticleJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code armsledger read PATH...}: the articles the readers find, without extraction, as JSON
 * Lines (metadata, provenance, genre, language, syndication), with read speed per format.
 */
@Command(
    name = "read",
    mixinStandardHelpOptions = true,
    description = "Read articles from any supported format and write their records (metadata, provenance, genre, language, copies) as JSON Lines; no extraction.")
final class ReadCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders: .txt, .html, .jsonl[.gz], .json, .warc[.gz], .rss/.atom/.xml.")
  List<Path> paths;

  @Option(names = "--out", paramLabel = "FILE", description = "Write records here instead of standard output.")
  Path out;

  @Option(names = "--text", description = "Include each article's extracted text.")
  boolean text;

  @Mixin ReaderOptions reader;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Reading reading = new Reading(reader.options(), err);
    long t0 = System.nanoTime();
    try (Output o = Output.open(spec, out)) {
      Writer w = o.writer();
      reading.run(
          paths,
          java.util.Collections.singletonList(out),
          a -> {
            try {
              w.write(ArticleJson.line(a, text));
              w.write('\n');
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      o.commit();
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    err.printf(java.util.Locale.ROOT, "armsledger: %d files read, %d articles, %d skipped, %d not articles in %.1f s%n", reading.files, reading.articles, reading.skipped(), reading.ignored, secs);
    reading.printDetails(true);
    return reading.errors == 0 ? 0 : 1;
  }
}
