package org.armsledger.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.armsledger.formats.ArticleReaders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code armsledger spark ...}: the commands that run on Apache Spark. The launcher runs this
 * class for {@code ./armsledger spark ARGS}; on a cluster it is the {@code --class} of
 * {@code spark-submit} with the shaded jar.
 */
@Command(name = "armsledger spark", mixinStandardHelpOptions = true, subcommands = {SparkMain.Extract.class, SparkMain.Bench.class},
    description = "Extraction and the ledger on Apache Spark, on this machine (local[N]) or a cluster (spark-submit).")
public final class SparkMain implements Runnable {
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  public static void main(String[] args) {
    // Spark logs every stage at INFO: warnings and errors are what a user reads
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
      // Hadoop's pure-Java code paths are what a local run uses: not worth a warning at every start
      System.setProperty("org.slf4j.simpleLogger.log.org.apache.hadoop.util.NativeCodeLoader", "error");
    }
    System.exit(execute(args));
  }

  /** Runs the command line; the exit code (0 done, 1 some input was an error, 2 usage). */
  public static int execute(String... args) {
    return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
  }

  /** Runs the command line, printing to {@code out} and {@code err}. */
  public static int execute(PrintWriter out, PrintWriter err, String... args) {
    return new CommandLine(new SparkMain())
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, cl, parsed) -> {
          cl.getErr().println("armsledger: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          return 2;
        })
        .execute(args);
  }

  /** Spark settings for a run: the master given, else spark-submit's, else local[*]; no web UI on a local master. */
  static SparkConf conf(String app, String master, Map<String, String> extra) {
    SparkConf sc = new SparkConf().setAppName(app);
    if (master != null) {
      sc.setMaster(master);
    } else if (!sc.contains("spark.master")) {
      sc.setMaster("local[*]");
    }
    if (sc.get("spark.master").startsWith("local") && !sc.contains("spark.ui.enabled")) {
      sc.set("spark.ui.enabled", "false");
    }
    if (!sc.contains("spark.sql.debug.maxToStringFields")) {
      sc.set("spark.sql.debug.maxToStringFields", "200"); // the claim's columns, without a warning
    }
    if (extra != null) {
      extra.forEach(sc::set);
    }
    return sc;
  }

  /**
   * {@code armsledger spark bench INPUT...}: the whole job (read, copies, extraction, ledger,
   * writing) with local[1] and with local[N] in one JVM, alternating, after untimed warm-up runs
   * that load the models and let the JIT compile (at least --warm-up of them, more while the JIT
   * compiler still takes more than --settled of the cores); tokens/s, scaling, the JIT's compiling
   * time in each timed run, and whether the claims are the same.
   */
  @Command(name = "bench", mixinStandardHelpOptions = true, description = "Time spark extract with local[1] and local[N] on the same input.")
  static final class Bench implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders, as for spark extract.")
    List<String> inputs;

    @Option(names = "--cores", description = "N of local[N] for the second timed run (default: available processors).")
    int cores = Runtime.getRuntime().availableProcessors();

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of both runs (default: 2 x N, what spark extract chooses for local[N] on a small input).")
    int partitions;

    @Option(names = "--warm-up", paramLabel = "N", description = "Untimed runs before the timed ones, at least (default: ${DEFAULT-VALUE}; see --max-warm-up).")
    int warmUps = 3;

    @Option(names = "--max-warm-up", paramLabel = "N",
        description = "At most this many untimed runs: after --warm-up, more while the JIT compiler still took more than --settled of the cores in the last one (default: ${DEFAULT-VALUE}).")
    int maxWarmUps = 8;

    @Option(names = "--settled", paramLabel = "FRACTION",
        description = "Share of the cores the JIT compiler may take in a warm-up run for the JIT to count as settled (default: ${DEFAULT-VALUE}).")
    double settled = 0.15;

    /** Milliseconds the JIT compilers have spent so far (all compiler threads), or 0 when the JVM does not say. */
    private static long jitMillis() {
      var jit = java.lang.management.ManagementFactory.getCompilationMXBean();
      return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    @Option(names = "--runs", description = "Timed runs of each master, alternating (default: ${DEFAULT-VALUE}).")
    int runs = 3;

    private static double median(double[] v) {
      double[] c = v.clone();
      Arrays.sort(c);
      return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      if (runs < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1");
      }
      if (warmUps < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--warm-up must not be negative");
      }
      if (maxWarmUps < warmUps) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--max-warm-up must be at least --warm-up");
      }
      if (!(settled > 0)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--settled must be a share of the cores above 0 (0.15 is 15 %)");
      }
      Path dir = Files.createTempDirectory("armsledger-spark-bench");
      // the same partitions for both runs (the default of local[N]), so that only the cores differ
      int parts = partitions > 0 ? partitions : 2 * cores;
      try {
        long w0 = System.nanoTime();
        // untimed runs until the JIT has settled: while it still compiles, it takes a core from local[N]
        // that local[1] gets for free (JFR: after three runs of this stream, the C2 compiler was still
        // busy for a third of the timed runs, with methods of CoreNLP, Spark's code generator and ours
        // reaching it late because its queue was long)
        int warmed = 0;
        double share = 1;
        while (warmed < warmUps || (share > settled && warmed < maxWarmUps)) {
          long c0 = jitMillis();
          double secs = run("local[" + cores + "]", dir.resolve("warm-up-" + warmed), parts)[0];
          share = (jitMillis() - c0) / (secs * 1000 * Runtime.getRuntime().availableProcessors());
          warmed++;
          out.printf(Locale.ROOT, "warm-up %d: %.1f s, JIT compiling %.0f%% of the cores%n", warmed, secs, 100 * share);
          out.flush();
        }
        out.printf(Locale.ROOT, "warm-up (%d runs of local[%d], models loaded): %.1f s (untimed); %d partitions in every run%n", warmed, cores,
            (System.nanoTime() - w0) / 1e9, parts);
        // alternating runs, medians: on a shared machine one run can be 15 % off
        double[] ones = new double[runs];
        double[] manys = new double[runs];
        double[] many = null;
        boolean same = true;
        for (int r = 0; r < runs; r++) {
          long c0 = jitMillis();
          double[] one = run("local[1]", dir.resolve("one-" + r), parts);
          long c1 = jitMillis();
          many = run("local[" + cores + "]", dir.resolve("many-" + r), parts);
          long c2 = jitMillis();
          ones[r] = one[0];
          manys[r] = many[0];
          out.printf(Locale.ROOT, "run %d: local[1] %.1f s (%.0f tokens/s), local[%d] %.1f s (%.0f tokens/s): %.2fx; JIT compiling %.1f s and %.1f s%n",
              r + 1, one[0], one[1] / one[0], cores, many[0], many[1] / many[0], one[0] / many[0], (c1 - c0) / 1e3, (c2 - c1) / 1e3);
          out.flush();
          same &= lines(dir.resolve("one-" + r + "/claims")).equals(lines(dir.resolve("many-" + r + "/claims")));
        }
        double one = median(ones);
        double m = median(manys);
        out.printf(Locale.ROOT, "spark local[1]: median %.1f s, %.0f tokens/s%n", one, many[1] / one);
        out.printf(Locale.ROOT, "spark local[%d]: median %.1f s, %.0f tokens/s, %d of %d sentences parsed (%.1f%%)%n", cores, m, many[1] / m,
            (long) many[2], (long) many[3], 100 * many[2] / Math.max(1, many[3]));
        out.printf(Locale.ROOT, "scaling: local[%d] runs %.2fx as fast as local[1] (medians of %d)%n", cores, one / m, runs);
        out.printf("same claims with local[1] and local[%d]: %s%n", cores, same ? "yes" : "NO");
        out.printf(Locale.ROOT, "peak heap: %.0f MB%n", org.armsledger.cli.BenchCommand.peakHeapMb());
        return same ? 0 : 1;
      } finally {
        try (var s = Files.walk(dir)) {
          s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
      }
    }

    /** One timed job: seconds, tokens, sentences parsed, sentences. */
    private double[] run(String master, Path out, int parts) {
      SparkSession spark = SparkSession.builder().config(conf("armsledger bench", master, null)).getOrCreate();
      try {
        long t0 = System.nanoTime();
        SparkExtract.Summary s = SparkExtract.run(spark, new SparkExtract.Options(new ArrayList<>(inputs), out.toString(), parts, false, false,
            null, ArticleReaders.Options.DEFAULT.maxBytes(), false, null), new PrintWriter(Writer.nullWriter()));
        return new double[] {(System.nanoTime() - t0) / 1e9, s.stats().tokens(), s.stats().parsed(), s.stats().sentences()};
      } finally {
        spark.stop();
      }
    }

    private static List<String> lines(Path dir) throws IOException {
      List<String> all = new ArrayList<>();
      try (var s = Files.list(dir)) {
        for (Path p : s.filter(f -> f.getFileName().toString().startsWith("part-")).sorted().toList()) {
          all.addAll(Files.readAllLines(p));
        }
      }
      return all;
    }
  }

  /** {@code armsledger spark extract INPUT... --out DIR}. */
  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = "Extract claims from articles on Spark and merge the ledger: DIR/claims, DIR/articles, DIR/entries (JSON Lines and"
          + " Parquet), DIR/skipped, DIR/summary.json.")
  static final class Extract implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
        description = "Files or folders in any format `extract` reads: local paths, or Hadoop file system URIs (hdfs://, s3a:// with its connector).")
    List<String> inputs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder (local path or Hadoop URI).")
    String out;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: the one spark-submit gives, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions articles are extracted in (default: 2 per core of the cluster, or one per 32 MB of input when that is more).")
    int partitions;

    @Option(names = "--overwrite", description = "Replace what DIR holds.")
    boolean overwrite;

    @Option(names = "--explain", description = "Add per claim the rule, lexicon entries and dependency path that produced it.")
    boolean explain;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Document date for every input, overriding what the files say.")
    String date;

    @Option(names = "--max-bytes", paramLabel = "N", description = "Largest article read (default: as extract).")
    long maxBytes = ArticleReaders.Options.DEFAULT.maxBytes();

    @Option(names = "--keep-non-english", description = "Keep articles that are not in English.")
    boolean keepNonEnglish;

    @Option(names = "--jdbc", paramLabel = "URL",
        description = "Also store the result in this store (jdbc:postgresql://HOST:PORT/DB?user=..&password=.., or an SQLite file) as ingest"
            + " does: serve, ledger and export read it. Documents already stored from the same text are left alone, so a re-run adds nothing.")
    String jdbc;

    @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "A Spark setting, as spark-submit's --conf.")
    Map<String, String> conf;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      SparkConf sc = conf("armsledger extract", master, conf);
      long t0 = System.nanoTime();
      SparkSession spark = SparkSession.builder().config(sc).getOrCreate();
      try {
        SparkExtract.Summary s = SparkExtract.run(spark,
            new SparkExtract.Options(new ArrayList<>(inputs), out, partitions, overwrite, explain, date, maxBytes, keepNonEnglish, jdbc), err);
        double secs = (System.nanoTime() - t0) / 1e9;
        err.printf(Locale.ROOT, "armsledger: %d files read, %d extracted, %d skipped, %d claims, %d entries, %d copies (%s, %.1f s)%n",
            s.files(), s.extracted(), s.skipped(), s.claims(), s.entries(), s.copies(), spark.sparkContext().master(), secs);
        if (!s.skippedByCode().isEmpty()) {
          StringBuilder sb = new StringBuilder();
          s.skippedByCode().forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
          err.println("armsledger: skipped: " + sb);
        }
        if (s.failedSentences() > 0) {
          err.printf(Locale.ROOT, "armsledger: %d sentences not read in articles otherwise read (sentence-failed above)%n", s.failedSentences());
        }
        return s.errors() == 0 ? 0 : 1;
      } finally {
        spark.stop();
      }
    }
  }
}
