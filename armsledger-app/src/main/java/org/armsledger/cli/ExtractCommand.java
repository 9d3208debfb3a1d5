package org.armsledger.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.armsledger.claim.Claim;
import org.armsledger.claim.ClaimJson;
import org.armsledger.extract.DocumentResult;
import org.armsledger.extract.Extractor;
import org.armsledger.extract.ExtractorConfig;
import org.armsledger.formats.ArticleJson;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.ingest.DocumentDates;
import org.armsledger.lexicon.Lexicon;
import org.armsledger.nlp.CoreNlpAnalyzer;
import org.armsledger.text.Span;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code armsledger extract PATH...}: articles in, claims out as JSON Lines. */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Extract supply claims from articles: .txt, HTML pages, JSON Lines, WARC archives, RSS/Atom feeds, and folders of them.")
public final class ExtractCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (.txt, .html, .jsonl[.gz], .json, .warc[.gz], .rss/.atom/.xml) or folders of them.")
  List<Path> paths;

  @Option(names = "--out", paramLabel = "FILE", description = "Write claims here instead of standard output.")
  Path out;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Document date for every input, overriding what the files say.")
  String date;

  @Option(names = "--explain", description = "Add per claim the rule, lexicon entries and dependency path that produced it.")
  boolean explain;

  @Option(names = "--threads", description = "Worker threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--articles", paramLabel = "FILE", description = "Also write one JSON record per article read: metadata, provenance, genre, language, syndication.")
  Path articlesOut;

  @Mixin ReaderOptions reader;

  @Option(names = "--verbose", description = "Stack traces with errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    String forcedDate = date == null ? null : DocumentDates.parseUserDate(date);
    Extractor extractor = new Extractor(new CoreNlpAnalyzer(), Lexicon.standard(), ExtractorConfig.DEFAULT);
    Reading reading = new Reading(reader.options(), err);
    int[] counts = new int[2]; // extracted, claims
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try (Output o = Output.open(spec, out); Output ao = articlesOut == null ? null : Output.open(spec, articlesOut)) {
      Writer w = o.writer();
      Writer aw = ao == null ? null : ao.writer();
      // a bounded window of documents in flight keeps memory flat and output in input order
      ArrayDeque<Future<Object>> window = new ArrayDeque<>();
      int inFlight = Math.max(4, threads * 4);
      reading.run(
          paths,
          java.util.Arrays.asList(out, articlesOut),
          a -> {
            Article article = forcedDate != null ? a.withPublished(forcedDate) : a;
            window.add(pool.submit(() -> process(extractor, article)));
            while (window.size() >= inFlight) {
              drain(window.poll(), w, aw, reading, counts);
            }
          });
      while (!window.isEmpty()) {
        drain(window.poll(), w, aw, reading, counts);
      }
      o.commit();
      if (ao != null) {
        ao.commit();
      }
    } finally {
      pool.shutdownNow();
    }
    err.printf(
        "armsledger: %d files read, %d extracted, %d skipped, %d claims%n",
        reading.files, counts[0], reading.skipped(), counts[1]);
    reading.printDetails(verbose);
    return reading.errors == 0 ? 0 : 1;
  }

  private void drain(Future<Object> f, Writer w, Writer aw, Reading reading, int[] counts) {
    try {
      Object r = f.get();
      if (r instanceof Diagnostic d) {
        reading.diagnostic(d);
        return;
      }
      DocumentResult dr = (DocumentResult) r;
      counts[0]++;
      reading.sentenceFailures(dr);
      Article a = dr.article();
      if (aw != null) {
        aw.write(ArticleJson.line(a, false));
        aw.write('\n');
      }
      for (Claim c : dr.claims()) {
        w.write(claimLine(a, c, explain));
        w.write('\n');
        counts[1]++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed", e.getCause());
    }
  }

  /** A claim as {@code extract} writes it: the claim's JSON with its provenance, one line. */
  public static String claimLine(Article a, Claim c, boolean explain) {
    ObjectNode o = ClaimJson.tree(c, explain);
    o.set("provenance", provenance(a, c));
    return o.toString();
  }

  /** Where the claim's sentence stands in the raw input: file, record position, raw span, and the article's origin. */
  public static ObjectNode provenance(Article a, Claim c) {
    ObjectNode p = ArticleJson.origin(a.origin());
    p.put("uri", a.uri());
    p.put("outlet", a.outlet());
    p.put("genre", a.genre().label());
    p.put("key", a.key());
    Span raw = a.sourceMap().raw(new Span(c.evidence().start(), c.evidence().end()));
    if (raw != null) {
      ObjectNode r = p.putObject("raw");
      r.put("start", raw.start());
      r.put("end", raw.end());
    } else {
      p.putNull("raw");
    }
    if (a.syndication() != null) {
      p.put("duplicate_of", a.syndication().duplicateOf());
      p.put("origin", a.syndication().origin());
      p.put("syndicated_from", a.syndication().syndicatedFrom());
    }
    return p;
  }

  /**
   * Extracts one article: its {@link DocumentResult}, or a {@link Diagnostic} saying why it gave
   * nothing (no sentences left, extraction failed, too large). Never throws for one bad article.
   */
  public static Object process(Extractor extractor, Article a) {
    try {
      DocumentResult dr = extractor.extract(a);
      if (dr.stats().sentences() == 0) {
        return new Diagnostic("no-sentences", a.location(), "no article sentences left after cleaning");
      }
      return dr;
    } catch (RuntimeException e) {
      // one bad document must not end the run; the diagnostic names it
      return new Diagnostic("extract-failed", a.location(), "extraction failed: " + e);
    } catch (OutOfMemoryError e) {
      // the last guard (--max-bytes is the first): the article's structures are garbage now, the run goes on
      return new Diagnostic("too-large", a.location(), "ran out of memory extracting this article (" + a.text().length()
          + " characters); skipped: give a larger heap (ARMSLEDGER_JAVA_OPTS=-Xmx8g) or split it");
    }
  }
}
