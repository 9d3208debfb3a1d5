package org.armsledger.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.armsledger.claim.Claim;
import org.armsledger.claim.ClaimJson;
import org.armsledger.extract.DocumentResult;
import org.armsledger.extract.Extractor;
import org.armsledger.extract.ExtractorConfig;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.ingest.DocumentDates;
import org.armsledger.ingest.ReadResult;
import org.armsledger.ingest.TextArticleReader;
import org.armsledger.lexicon.Lexicon;
import org.armsledger.nlp.CoreNlpAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code armsledger extract PATH...}: articles in, claims out as JSON Lines. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extract supply claims from .txt articles and folders of them.")
final class ExtractCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (.txt) or folders of them.")
  List<Path> paths;

  @Option(names = "--out", paramLabel = "FILE", description = "Write claims here instead of standard output.")
  Path out;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Document date for every input, overriding what the files say.")
  String date;

  @Option(names = "--explain", description = "Add per claim the rule, lexicon entries and dependency path that produced it.")
  boolean explain;

  @Option(names = "--threads", description = "Worker threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-bytes", description = "Skip files larger than this (default: ${DEFAULT-VALUE}).")
  long maxBytes = TextArticleReader.DEFAULT_MAX_BYTES;

  @Option(names = "--verbose", description = "Stack traces with errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    String forcedDate = date == null ? null : DocumentDates.parseUserDate(date);
    Inputs inputs = Inputs.of(paths, List.of(".txt"));
    List<Diagnostic> skipped = new ArrayList<>(inputs.missing);
    inputs.missing.forEach(d -> err.println("armsledger: " + d));
    Extractor extractor = new Extractor(new CoreNlpAnalyzer(), Lexicon.standard(), ExtractorConfig.DEFAULT);
    TextArticleReader reader = new TextArticleReader(maxBytes);
    int read = 0;
    int extracted = 0;
    int claims = 0;
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try (Writer w = writer()) {
      // a bounded window of documents in flight keeps memory flat and output in input order
      List<Future<Object>> window = new ArrayList<>();
      int next = 0;
      int inFlight = Math.max(4, threads * 4);
      while (next < inputs.files.size() || !window.isEmpty()) {
        while (next < inputs.files.size() && window.size() < inFlight) {
          Path file = inputs.files.get(next++);
          window.add(pool.submit(() -> process(reader, extractor, file, forcedDate)));
        }
        Object r = window.remove(0).get();
        read++;
        if (r instanceof Diagnostic d) {
          skipped.add(d);
          err.println("armsledger: " + d);
        } else {
          DocumentResult dr = (DocumentResult) r;
          extracted++;
          for (Claim c : dr.claims()) {
            w.write(ClaimJson.line(c, explain));
            w.write('\n');
            claims++;
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
    err.printf(
        "armsledger: %d files read, %d extracted, %d skipped, %d claims%n",
        read + inputs.missing.size(), extracted, skipped.size(), claims);
    return skipped.isEmpty() ? 0 : 1;
  }

  private static Object process(TextArticleReader reader, Extractor extractor, Path file, String forcedDate) {
    ReadResult rr = reader.read(file);
    if (rr.diagnostic() != null) {
      return rr.diagnostic();
    }
    Article a = forcedDate != null ? rr.article().withPublished(forcedDate) : rr.article();
    try {
      DocumentResult dr = extractor.extract(a);
      if (dr.stats().sentences() == 0) {
        return new Diagnostic("no-sentences", file.toString(), "no article sentences left after cleaning");
      }
      return dr;
    } catch (RuntimeException e) {
      // one bad document must not end the run; the diagnostic names it
      return new Diagnostic("extract-failed", file.toString(), "extraction failed: " + e);
    }
  }

  private Writer writer() throws IOException {
    if (out == null) {
      PrintWriter stdout = spec.commandLine().getOut();
      return new BufferedWriter(stdout) {
        @Override
        public void close() throws IOException {
          flush(); // standard output stays open for the caller
        }
      };
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return Files.newBufferedWriter(out, StandardCharsets.UTF_8);
  }
}
