package org.armsledger.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.armsledger.claim.ClaimJson;
import org.armsledger.extract.DocumentResult;
import org.armsledger.extract.ExtractionStats;
import org.armsledger.extract.Extractor;
import org.armsledger.extract.ExtractorConfig;
import org.armsledger.formats.ArticleReaders;
import org.armsledger.ingest.Article;
import org.armsledger.lexicon.Lexicon;
import org.armsledger.nlp.BaselinePipeline;
import org.armsledger.nlp.CoreNlpAnalyzer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code armsledger bench CORPUS...}: documents/s, tokens/s, sentences parsed vs total, model load
 * time and peak heap for extraction, then the same for the plain full CoreNLP pipeline over a
 * sample, with the ratio; and a check that the multi-threaded run gives the same claims as a
 * single-threaded one.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Throughput of extraction against the plain CoreNLP pipeline.")
public final class BenchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "CORPUS", description = "Folders of .txt articles, or JSON Lines files with id/title/text.")
  List<Path> corpora;

  @Option(names = "--threads", description = "Worker threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--baseline-docs", description = "Documents of the sample for the plain CoreNLP baseline (default: ${DEFAULT-VALUE}).")
  int baselineDocs = 60;

  @Option(names = "--warm-up-docs", description = "Documents extracted, untimed, before the timed runs, going round the corpus as often as needed (default: ${DEFAULT-VALUE}).")
  int warmUpDocs = 6000;

  @Option(names = "--stock-parser", description = "Parse with CoreNLP's depparse annotator as it comes (its own scorer, all five dependency graphs) instead of armsledger's faster use of the same parser (same parses), to measure the difference.")
  boolean stockParser;

  @Option(names = "--verbose", description = "Stack traces with errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    List<Article> articles = load(corpora, spec.commandLine().getErr());
    long chars = articles.stream().mapToLong(a -> a.text().length()).sum();
    out.printf(Locale.ROOT, "corpus: %d documents, %d characters%n", articles.size(), chars);

    long t0 = System.nanoTime();
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer(stockParser);
    Lexicon lexicon = Lexicon.standard();
    Extractor extractor = new Extractor(analyzer, lexicon, ExtractorConfig.DEFAULT);
    double load = secs(t0);
    out.printf(Locale.ROOT, "armsledger: model and lexicon load %.1f s; dependency parser: %s%n", load,
        analyzer.fastScoring() ? "CoreNLP's, with armsledger's scorer and enhanced++ only" : "CoreNLP's depparse annotator as it comes");

    // warm-up: untimed passes, so that neither timed run pays for the JIT compiling CoreNLP and our
    // code: the JIT compiles for some 40 s of extraction (JFR: 9,500 compilations, 43 s of compiler
    // time in a 67 s run), and in the runs that came right after a 2,000-document warm-up it still
    // took 0.2-0.45 of a core, the steady state a long run does not pay
    long w0 = System.nanoTime();
    List<Article> warmList = new ArrayList<>();
    for (int i = 0; i < warmUpDocs && !articles.isEmpty(); i++) {
      warmList.add(articles.get(i % articles.size()));
    }
    Run warm = run(extractor, warmList, threads);
    out.printf(Locale.ROOT, "warm-up: %d documents in %.1f s (untimed)%n", warmList.size(), secs(w0));
    Run single = run(extractor, articles, 1);
    out.printf(Locale.ROOT, "armsledger (1 thread): %.1f s, %.1f docs/s, %.0f tokens/s, %.2f cores busy%n",
        single.seconds, articles.size() / single.seconds, single.stats.tokens() / single.seconds, single.cores);
    Run multi = run(extractor, articles, threads);
    out.printf(
        Locale.ROOT,
        "armsledger (%d threads): %.1f s, %.1f docs/s, %.0f tokens/s, %.2f cores busy, %d of %d sentences parsed (%.1f%%), %d claims%n",
        threads, multi.seconds, articles.size() / multi.seconds, multi.stats.tokens() / multi.seconds, multi.cores,
        multi.stats.parsed(), multi.stats.sentences(), 100.0 * multi.stats.parsed() / Math.max(1, multi.stats.sentences()),
        multi.stats.claims());
    out.printf(Locale.ROOT, "scaling: %d threads run %.2fx as fast as 1%n", threads, single.seconds / multi.seconds);
    boolean same = single.claims.equals(multi.claims)
        && (warmList.size() < articles.size() ? multi.claims.subList(0, warm.claims.size()).equals(warm.claims) : warm.claims.subList(0, multi.claims.size()).equals(multi.claims));
    out.printf(Locale.ROOT, "same claims single- and multi-threaded: %s (%d claim lines)%n", same ? "yes" : "NO", multi.claims.size());

    if (baselineDocs <= 0) {
      out.println("plain CoreNLP: not run (--baseline-docs 0), no speed-up to report");
      out.printf(Locale.ROOT, "peak heap: %.0f MB%n", peakHeapMb());
      return same ? 0 : 1;
    }
    // the baseline: tokenize, ssplit, pos, lemma, ner, depparse on every sentence of a sample
    List<Article> sample = sample(articles, baselineDocs);
    long b0 = System.nanoTime();
    BaselinePipeline baseline = new BaselinePipeline();
    double baselineLoad = secs(b0);
    baseline.annotate(sample.get(0).text());
    AtomicLong tokens = new AtomicLong();
    long s0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<int[]>> fs = new ArrayList<>();
      for (Article a : sample) {
        fs.add(pool.submit(() -> baseline.annotate(a.text())));
      }
      for (Future<int[]> f : fs) {
        tokens.addAndGet(f.get()[0]);
      }
    } finally {
      pool.shutdownNow();
    }
    double bs = secs(s0);
    double baselineTps = tokens.get() / bs;
    double oursTps = multi.stats.tokens() / multi.seconds;
    out.printf(Locale.ROOT, "plain CoreNLP (tokenize,ssplit,pos,lemma,ner,depparse; %d threads; %d-document sample): load %.1f s, %.1f s, %.2f docs/s, %.0f tokens/s%n",
        threads, sample.size(), baselineLoad, bs, sample.size() / bs, baselineTps);
    out.printf(Locale.ROOT, "speed-up over the plain pipeline: %.1fx (tokens/s)%n", oursTps / baselineTps);
    out.printf(Locale.ROOT, "peak heap: %.0f MB%n", peakHeapMb());
    return same ? 0 : 1;
  }

  private record Run(double seconds, ExtractionStats stats, List<String> claims, double cores) {}

  /** CPU time of this process so far, in seconds (all threads, GC and JIT included). */
  private static double cpuSeconds() {
    return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() / 1e9 : Double.NaN;
  }

  private static Run run(Extractor extractor, List<Article> articles, int threads) throws Exception {
    long t = System.nanoTime();
    double cpu0 = cpuSeconds();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    ExtractionStats total = ExtractionStats.ZERO;
    List<String> claims = new ArrayList<>();
    try {
      List<Future<DocumentResult>> fs = new ArrayList<>();
      for (Article a : articles) {
        fs.add(pool.submit(() -> extractor.extract(a)));
      }
      for (Future<DocumentResult> f : fs) {
        DocumentResult r = f.get();
        total = total.plus(r.stats());
        r.claims().forEach(c -> claims.add(ClaimJson.line(c, false)));
      }
    } finally {
      pool.shutdownNow();
    }
    double seconds = secs(t);
    return new Run(seconds, total, claims, (cpuSeconds() - cpu0) / seconds);
  }

  /** Every n-th document, so the sample mixes the corpora like the whole. */
  private static List<Article> sample(List<Article> all, int n) {
    List<Article> out = new ArrayList<>();
    int step = Math.max(1, all.size() / Math.max(1, n));
    for (int i = 0; i < all.size() && out.size() < n; i += step) {
      out.add(all.get(i));
    }
    return out;
  }

  private static double secs(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** Peak use of the heap pools so far, in MB. */
  public static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    return peak / 1048576.0;
  }

  /** Every article of the corpora, read as {@code extract} reads them (any format). */
  static List<Article> load(List<Path> corpora, PrintWriter err) {
    List<Article> out = new ArrayList<>();
    new Reading(ArticleReaders.Options.DEFAULT, err).run(corpora, out::add);
    return out;
  }
}
