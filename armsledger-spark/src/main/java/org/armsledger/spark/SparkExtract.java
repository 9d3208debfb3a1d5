package org.armsledger.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.armsledger.claim.Claim;
import org.armsledger.cli.ExtractCommand;
import org.armsledger.cli.IngestCommand;
import org.armsledger.cli.Inputs;
import org.armsledger.extract.DocumentResult;
import org.armsledger.extract.ExtractionStats;
import org.armsledger.extract.Extractor;
import org.armsledger.extract.ExtractorConfig;
import org.armsledger.formats.ArticleJson;
import org.armsledger.formats.ArticleReaders;
import org.armsledger.formats.SyndicationDetector;
import org.armsledger.formats.SyndicationDetector.Probe;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.ArticleArchive;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.ingest.DocumentDates;
import org.armsledger.ingest.Origin;
import org.armsledger.ingest.Syndication;
import org.armsledger.ledger.Entry;
import org.armsledger.ledger.Ledger;
import org.armsledger.ledger.LedgerJson;
import org.armsledger.ledger.Report;
import org.armsledger.store.Store;
import org.armsledger.store.StoredDocument;
import org.armsledger.lexicon.Lexicon;
import org.armsledger.nlp.CoreNlpAnalyzer;
import scala.Tuple2;

/**
 * {@code armsledger spark extract}: what {@code extract} does, across a Spark cluster, plus the
 * ledger.
 *
 * <ol>
 *   <li>The driver lists the inputs (local paths as {@code extract} lists them; any Hadoop file
 *       system URI, listed recursively in path order). Every input file gets its number, and every
 *       record read its sequence number (file number, then position in the file): input order.
 *   <li>Executors read the files (every format {@code extract} reads), one task per group of
 *       files, and compute each article's MinHash probe.
 *   <li>Copy detection runs on the cluster, grouped by LSH key: an article's syndication (what it
 *       copies, its origin) follows the rule of {@link SyndicationDetector#observe} in input order
 *       (the earliest holder of each key is the candidate, the best-scoring candidate wins, origins
 *       follow the chain), and the ledger's stories follow the store's rule (copies of copies are
 *       one story, whose origin is its earliest published document).
 *   <li>Articles are spread over the partitions by sequence number and extracted, one extractor
 *       per executor JVM (models loaded once, on first use), shared by its task threads.
 *   <li>Reports are grouped by the ledger's group key and merged by {@link Ledger#mergeGroup}: the
 *       same pure code as the single-machine ledger.
 * </ol>
 *
 * <p>Output under DIR: {@code claims/}, {@code articles/}, {@code entries/} and {@code skipped/}
 * as JSON Lines part files in input (claims, articles, skipped) or group-key (entries) order, the
 * first three also as Parquet ({@code claims.parquet/} ...), and {@code summary.json}.
 */
public final class SparkExtract {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

  private SparkExtract() {}

  /** What one run does. */
  public record Options(List<String> inputs, String out, int partitions, boolean overwrite, boolean explain, String date, long maxBytes,
      boolean keepNonEnglish, String jdbc) implements Serializable {}

  /** What one run did. */
  public record Summary(int files, long articles, long extracted, long skipped, long errors, long failedSentences, long claims, long entries, long copies,
      Map<String, Long> skippedByCode, Stored stored, ExtractionStats stats) {}

  /** What {@code --jdbc} did to the store: documents added, replaced, unchanged (already stored from the same text by this extractor), groups rebuilt. */
  public record Stored(String store, long added, long replaced, long unchanged, int groups) {}

  /**
   * An input file and its number in input order; {@code local} when it is a path of this machine's
   * file system. A part of a large JSON Lines file has its byte range, the file's size and the
   * number of lines before the range; a whole file has {@code from} -1.
   */
  record InputFile(int index, String file, boolean local, long from, long to, long size, long linesBefore) implements Serializable {
    /** A whole file of {@code size} bytes (-1 when unknown). */
    InputFile(int index, String file, boolean local, long size) {
      this(index, file, local, -1, -1, size, 0);
    }
  }

  /** One record read: an article (archived, with its probe) or a diagnostic. */
  record Unit(long seq, byte[] archive, String id, String key, String published, int exact, byte[] signature, int shingles, int[] bands,
      String code, String location, String message, String severity) implements Serializable {
    boolean isArticle() {
      return archive != null;
    }

    Probe probe() {
      return new Probe(exact, signature, shingles, bands);
    }
  }

  /** An article's syndication as {@link SyndicationDetector#observe} would give it, by sequence numbers. */
  record Copy(long copyOf, double similarity) implements Serializable {}

  /** The ids and keys copy detection names articles by. */
  record Names(String id, String key) implements Serializable {}

  /** What extraction made of one article. */
  record Extracted(long seq, ArrayList<String> claims, String article, ArrayList<Report> reports, StoredDocument stored, ExtractionStats stats,
      String code, String location, String message, String severity, ArrayList<String> failures) implements Serializable {}

  /** Runs the job; diagnostics go to {@code err} as {@code extract} prints them. */
  public static Summary run(SparkSession spark, Options o, PrintWriter err) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = jsc.hadoopConfiguration();
    org.apache.hadoop.fs.Path outPath = new org.apache.hadoop.fs.Path(o.out());
    refuseExisting(outPath, hadoop, o.overwrite());
    String forcedDate = o.date() == null ? null : DocumentDates.parseUserDate(o.date());

    // 1. list
    List<InputFile> files = new ArrayList<>();
    List<Diagnostic> listed = new ArrayList<>();
    for (String input : o.inputs()) {
      list(input, hadoop, files, listed);
    }

    // 2. read, on the executors
    Map<String, String> conf = new HashMap<>();
    hadoop.forEach(e -> conf.put(e.getKey(), e.getValue()));
    long maxBytes = o.maxBytes();
    boolean keepNonEnglish = o.keepNonEnglish();
    // partitions: two per core (every task costs Spark a few milliseconds, and a second one per core
    // evens out the last), more when the input is large, about 32 MB of it each
    long bytes = files.stream().mapToLong(f -> Math.max(0, f.size())).sum();
    int partitions = o.partitions() > 0 ? o.partitions()
        : (int) Math.max(2L * Math.max(1, jsc.defaultParallelism()), Math.min(1 << 20, (bytes + (32L << 20) - 1) / (32L << 20)));
    List<InputFile> parts = Splits.plan(jsc, files, conf, partitions);
    int readSlices = Math.max(1, Math.min(parts.size(), partitions));
    JavaRDD<Unit> units = jsc.parallelize(parts, readSlices)
        .mapPartitions(it -> read(it, conf, maxBytes, keepNonEnglish, forcedDate))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<Long, Unit> articles = units.filter(Unit::isArticle).mapToPair(u -> new Tuple2<>(u.seq(), u));

    // 3. copies: the article's syndication, and the ledger's stories
    JavaPairRDD<Long, Probe> probes = articles.mapValues(Unit::probe).persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<Long, Names> names = articles.mapValues(u -> new Names(u.id(), u.key()));
    // each is read more than once (counted, followed, named): computed once
    JavaPairRDD<Long, Copy> copies = Copies.syndication(probes).persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<Long, Long> origins = Copies.origins(copies);
    JavaPairRDD<Long, Copies.Named> syndication = Copies.named(copies, origins, names).persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaPairRDD<Long, String> stories = Copies.stories(articles.mapValues(u -> new Copies.Doc(u.key(), u.published(), u.probe())))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    long copyCount = copies.count();

    // 4. extract, spread over the partitions
    boolean explain = o.explain();
    boolean forStore = o.jdbc() != null;
    JavaPairRDD<Long, Tuple2<Tuple2<Unit, Optional<Copies.Named>>, Optional<String>>> joined =
        articles.leftOuterJoin(syndication).leftOuterJoin(stories).partitionBy(new HashPartitioner(partitions));
    JavaPairRDD<Long, Extracted> extracted = joined
        .mapPartitionsToPair(it -> extract(it, explain, forStore))
        .union(units.filter(u -> !u.isArticle()).mapToPair(u -> new Tuple2<>(u.seq(),
            new Extracted(u.seq(), null, null, null, null, null, u.code(), u.location(), u.message(), u.severity(), null))))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());

    // 5. the ledger: reports grouped by key, merged by the single-machine code
    JavaRDD<String> entries = extracted
        .flatMapToPair(t -> {
          List<Tuple2<String, Report>> out = new ArrayList<>();
          if (t._2().reports() != null) {
            for (Report r : t._2().reports()) {
              out.add(new Tuple2<>(r.groupKey(), r));
            }
          }
          return out.iterator();
        })
        .groupByKey(partitions)
        .flatMapToPair(g -> {
          List<Report> reports = new ArrayList<>();
          g._2().forEach(reports::add);
          List<Entry> merged = Ledger.mergeGroup(reports);
          List<Tuple2<String, String>> out = new ArrayList<>();
          for (int i = 0; i < merged.size(); i++) {
            out.add(new Tuple2<>(g._1() + '\u0000' + String.format(Locale.ROOT, "%09d", i), LedgerJson.line(merged.get(i))));
          }
          return out.iterator();
        })
        .sortByKey(true, Math.max(1, partitions / 2))
        .values()
        .persist(StorageLevel.MEMORY_AND_DISK_SER());

    // 6. write, in input order
    JavaPairRDD<Long, Extracted> ordered = extracted.sortByKey(true, partitions).persist(StorageLevel.MEMORY_AND_DISK_SER());
    JavaRDD<String> claimLines = ordered.values().flatMap(e -> e.claims() == null ? java.util.Collections.emptyIterator() : e.claims().iterator());
    JavaRDD<String> articleLines = ordered.values().filter(e -> e.article() != null).map(Extracted::article);
    JavaRDD<String> skippedLines = ordered.values().filter(e -> e.code() != null).map(SparkExtract::diagnosticLine);
    if (!listed.isEmpty()) {
      List<String> l = listed.stream().map(d -> diagnosticLine(d.code(), d.location(), d.message(), d.severity().name())).toList();
      skippedLines = jsc.parallelize(l, 1).union(skippedLines);
    }
    // one pass counts what was extracted (and computes it, once)
    Tally tally = ordered.values().map(Tally::of).fold(Tally.ZERO, Tally::plus);
    SaveMode mode = o.overwrite() ? SaveMode.Overwrite : SaveMode.ErrorIfExists;
    // the outputs and the driver's lists read what is computed and kept: independent jobs, submitted
    // together so that one's scheduling, planning and commit overlap another's tasks (one after the
    // other, these small jobs cost more in waiting than in work)
    JavaRDD<String> skippedAll = skippedLines;
    Jobs jobs = new Jobs(6);
    var entryCount = jobs.submit(entries::count);
    // each output's JSON Lines and its Parquet are written side by side, every one its own job
    for (var w : List.of(new Output(claimLines, "claims", true), new Output(articleLines, "articles", true), new Output(entries, "entries", true),
        new Output(skippedAll, "skipped", false))) {
      jobs.submit(() -> writeText(spark, w.lines(), o.out() + "/" + w.name(), mode));
      if (w.parquet()) {
        jobs.submit(() -> writeParquet(spark, w.lines(), o.out() + "/" + w.name() + ".parquet", mode));
      }
    }
    // one line per input left out: few next to the articles (and all of them are in DIR/skipped)
    var left = jobs.submit(() -> ordered.values().filter(e -> e.code() != null)
        .map(e -> new String[] {e.code(), e.location(), e.message(), e.severity()})
        .collect());
    // sentences extraction gave up on in articles it read (their other sentences' claims stand): few, an error each
    var failedLines = jobs.submit(() -> ordered.values().filter(e -> e.failures() != null && !e.failures().isEmpty())
        .flatMap(e -> e.failures().iterator()).collect());
    var articleCount = jobs.submit(articles::count);
    jobs.await();

    // 7. account for every input
    Map<String, Long> byCode = new TreeMap<>();
    long errors = 0;
    long skipped = 0;
    int printed = 0;
    List<Diagnostic> diagnostics = new ArrayList<>(listed);
    Jobs.get(left).forEach(d -> diagnostics.add(new Diagnostic(d[0], d[1], d[2], Diagnostic.Severity.valueOf(d[3]))));
    for (Diagnostic d : diagnostics) {
      if (d.severity() == Diagnostic.Severity.COUNTED) {
        continue;
      }
      skipped++;
      errors += d.severity() == Diagnostic.Severity.ERROR ? 1 : 0;
      byCode.merge(d.code(), 1L, Long::sum);
      if (printed++ < 1000) {
        err.println("armsledger: " + d);
      }
    }
    if (printed > 1000) {
      err.printf("armsledger: ... %d more, all in %s/skipped%n", printed - 1000, o.out());
    }
    List<String> failed = Jobs.get(failedLines);
    for (String f : failed) {
      err.println("armsledger: " + f);
    }
    errors += failed.size();
    Stored stored = o.jdbc() == null ? null : store(o.jdbc(), ordered, err);
    Summary s = new Summary(files.size() + (int) listed.stream().filter(d -> d.severity() != Diagnostic.Severity.COUNTED).count(),
        Jobs.get(articleCount), tally.extracted(), skipped, errors, failed.size(), tally.claims(), Jobs.get(entryCount), copyCount, byCode, stored,
        tally.stats());
    writeSummary(o.out() + "/summary.json", s, hadoop);
    units.unpersist();
    probes.unpersist();
    copies.unpersist();
    origins.unpersist();
    syndication.unpersist();
    stories.unpersist();
    extracted.unpersist();
    ordered.unpersist();
    entries.unpersist();
    return s;
  }

  /** Refuses to write into an output folder that holds something, unless told to replace it. */
  private static void refuseExisting(org.apache.hadoop.fs.Path out, Configuration hadoop, boolean overwrite) {
    try {
      FileSystem fs = out.getFileSystem(hadoop);
      if (fs.exists(out)) {
        FileStatus st = fs.getFileStatus(out);
        if (!st.isDirectory()) {
          throw new IllegalArgumentException(out + " is a file, not a folder for the output");
        }
        if (fs.listStatus(out).length > 0 && !overwrite) {
          throw new IllegalArgumentException(out + " already holds files: give another --out, or --overwrite to replace them");
        }
        if (overwrite) {
          fs.delete(out, true);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check the output folder " + out + ": " + e.getMessage(), e);
    }
  }

  /** Lists one input: a local path as {@code extract} does, or a Hadoop file system URI recursively. */
  static void list(String input, Configuration hadoop, List<InputFile> files, List<Diagnostic> diagnostics) {
    if (!isRemote(input)) {
      Path p = input.startsWith("file:") ? Path.of(URI.create(input)) : Path.of(input);
      Inputs in = Inputs.of(List.of(p));
      diagnostics.addAll(in.missing);
      diagnostics.addAll(in.ignored);
      in.files.forEach(f -> files.add(new InputFile(files.size(), f.toString(), true, sizeOf(f))));
      return;
    }
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(input);
    try {
      FileSystem fs = p.getFileSystem(hadoop);
      if (!fs.exists(p)) {
        diagnostics.add(new Diagnostic("missing", input, "no such file or folder"));
        return;
      }
      FileStatus st = fs.getFileStatus(p);
      if (!st.isDirectory()) {
        files.add(new InputFile(files.size(), st.getPath().toString(), false, st.getLen()));
        return;
      }
      List<FileStatus> found = new ArrayList<>();
      walk(fs, p, found, diagnostics);
      found.sort(Comparator.comparing(x -> x.getPath().toString()));
      for (FileStatus st2 : found) {
        String f = st2.getPath().toString();
        String name = f.substring(f.lastIndexOf('/') + 1);
        if (ArticleReaders.known(Path.of(name))) {
          files.add(new InputFile(files.size(), f, false, st2.getLen()));
        } else {
          diagnostics.add(new Diagnostic("unsupported-file", f, "file name says no format armsledger reads", Diagnostic.Severity.COUNTED));
        }
      }
    } catch (IOException e) {
      diagnostics.add(new Diagnostic("unreadable", input, "cannot list: " + e.getMessage()));
    }
  }

  /** Files under a folder, hidden ones (".x", Spark's "_SUCCESS") left out; a folder that cannot be listed loses only itself. */
  private static void walk(FileSystem fs, org.apache.hadoop.fs.Path dir, List<FileStatus> found, List<Diagnostic> diagnostics) {
    FileStatus[] children;
    try {
      children = fs.listStatus(dir);
    } catch (IOException e) {
      diagnostics.add(new Diagnostic("unreadable", dir.toString(), "cannot list this folder, skipped with what it holds: " + e.getMessage()));
      return;
    }
    for (FileStatus f : children) {
      String name = f.getPath().getName();
      if (name.startsWith(".") || name.startsWith("_")) {
        continue;
      }
      if (f.isDirectory()) {
        walk(fs, f.getPath(), found, diagnostics);
      } else if (f.isFile()) {
        found.add(f);
      }
    }
  }

  private static long sizeOf(Path f) {
    try {
      return Files.size(f);
    } catch (IOException e) {
      return -1; // reading it will say what is wrong
    }
  }

  /** A URI of a file system other than this machine's ({@code hdfs://}, {@code s3a://}, ...). */
  static boolean isRemote(String input) {
    int colon = input.indexOf("://");
    return colon > 1 && input.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*") && !input.startsWith("file:");
  }

  /** Reads a partition's files into units; a remote file is copied to a local temporary file first. */
  private static Iterator<Unit> read(Iterator<InputFile> it, Map<String, String> conf, long maxBytes, boolean keepNonEnglish,
      String forcedDate) throws IOException {
    ArticleReaders readers = new ArticleReaders(new ArticleReaders.Options(maxBytes, keepNonEnglish));
    List<Unit> out = new ArrayList<>();
    Configuration hadoop = null; // built on the first remote file
    while (it.hasNext()) {
      InputFile f = it.next();
      if (f.from() >= 0) {
        readRange(f, readers, conf, forcedDate, out);
        continue;
      }
      Path local;
      Path tmp = null;
      if (f.local()) {
        local = Path.of(f.file());
      } else {
        if (hadoop == null) {
          hadoop = Splits.hadoop(conf);
        }
        tmp = Files.createTempDirectory("armsledger-spark");
        org.apache.hadoop.fs.Path remote = new org.apache.hadoop.fs.Path(f.file());
        local = tmp.resolve(remote.getName());
        try (var in = remote.getFileSystem(hadoop).open(remote)) {
          Files.copy(in, local);
        } catch (IOException e) {
          out.add(diagnosticUnit(((long) f.index()) << 32, new Diagnostic("unreadable", f.file(), "cannot read: " + e.getMessage())));
          deleteQuietly(tmp);
          continue;
        }
      }
      long[] position = {0};
      String shownLocal = local.toString();
      String localKey = ArticleReaders.fileKey(local);
      readers.read(local, r -> {
        long seq = (((long) f.index()) << 32) | position[0]++;
        if (r.diagnostic() != null) {
          Diagnostic d = r.diagnostic();
          out.add(diagnosticUnit(seq, f.local() ? d : new Diagnostic(d.code(), d.location().replace(shownLocal, f.file()), d.message(), d.severity())));
          return;
        }
        Article a = r.article();
        if (!f.local()) {
          Origin or = a.origin();
          a = new Article(a.id(), new Origin(f.file(), or.format(), or.offset(), or.line(), or.index()), a.text(), a.title(), a.headline(),
              a.published(), a.metadata(), a.uri(), a.outlet(), a.byline(), a.genre(), a.language(), a.sourceMap(), a.fields(), a.syndication(),
              a.key().startsWith(localKey) ? f.file() + a.key().substring(localKey.length()) : a.key());
        }
        out.add(articleUnit(seq, a, forcedDate));
      });
      if (tmp != null) {
        deleteQuietly(tmp);
      }
    }
    return out.iterator();
  }

  /** The lines of a part of a JSON Lines file, numbered as in the whole file. */
  private static void readRange(InputFile f, ArticleReaders readers, Map<String, String> conf, String forcedDate, List<Unit> out) {
    String key = f.local() ? ArticleReaders.fileKey(Path.of(f.file())) : f.file();
    String name = f.file().substring(f.file().lastIndexOf('/') + 1);
    Splits.Lines lines;
    try {
      lines = Splits.lines(f, conf);
    } catch (IOException e) {
      out.add(diagnosticUnit((((long) f.index()) << 32) | (f.linesBefore() + 1), new Diagnostic("unreadable", f.file(), "cannot read: " + e.getMessage())));
      return;
    }
    if (lines == null) {
      return; // one long line crosses the whole range: the range before reads it
    }
    // positions count on from the lines before the range: a range gives at most one result per line
    long[] position = {lines.linesBefore()};
    try (InputStream in = lines.in()) {
      readers.readLines(f.file(), key, name, in, lines.linesBefore(), r -> {
        long seq = (((long) f.index()) << 32) | position[0]++;
        out.add(r.diagnostic() != null ? diagnosticUnit(seq, r.diagnostic()) : articleUnit(seq, r.article(), forcedDate));
      });
    } catch (IOException e) {
      out.add(diagnosticUnit((((long) f.index()) << 32) | position[0], new Diagnostic("unreadable", f.file(), "cannot read: " + e.getMessage())));
    }
  }

  /** An article read, with its probe, archived as the later stages take it. */
  private static Unit articleUnit(long seq, Article a, String forcedDate) {
    Probe p = SyndicationDetector.probe(a);
    // as extract does: the date given on the command line replaces the article's after reading
    Article kept = forcedDate == null ? a : a.withPublished(forcedDate);
    return new Unit(seq, ArticleArchive.write(kept), kept.id(), kept.key(), kept.published(), p.exact(), p.signature(), p.shingles(),
        p.bands(), null, null, null, null);
  }

  private static Unit diagnosticUnit(long seq, Diagnostic d) {
    return new Unit(seq, null, null, null, null, 0, null, 0, null, d.code(), d.location(), d.message(), d.severity().name());
  }

  private static void deleteQuietly(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is the system's to clean
    }
  }

  /** Extracts a partition's articles with the executor's extractor. */
  private static Iterator<Tuple2<Long, Extracted>> extract(Iterator<Tuple2<Long, Tuple2<Tuple2<Unit, Optional<Copies.Named>>, Optional<String>>>> it,
      boolean explain, boolean forStore) {
    Extractor extractor = Models.extractor();
    List<Tuple2<Long, Extracted>> out = new ArrayList<>();
    while (it.hasNext()) {
      var t = it.next();
      Unit u = t._2()._1()._1();
      Article stored = ArticleArchive.read(u.archive());
      Copies.Named copy = t._2()._1()._2().orElse(null);
      Syndication syn = copy == null
          ? SyndicationDetector.settled(stored, null, 0, stored.id(), stored.key())
          : SyndicationDetector.settled(stored, copy.copyOf(), copy.similarity(), copy.originId(), copy.originKey());
      Article a = stored.withSyndication(syn);
      String story = t._2()._2().orElse(a.key());
      Object r = ExtractCommand.process(extractor, a);
      // as ingest stores it: the claims, or an article with no sentences with that note
      StoredDocument doc = forStore ? IngestCommand.stored(r, a, IngestCommand.contentHash(a), Models.version()) : null;
      if (r instanceof Diagnostic d) {
        out.add(new Tuple2<>(u.seq(), new Extracted(u.seq(), null, null, null, doc, null, d.code(), d.location(), d.message(), d.severity().name(), null)));
        continue;
      }
      DocumentResult dr = (DocumentResult) r;
      ArrayList<String> failures = new ArrayList<>();
      for (DocumentResult.Failure f : dr.failures()) {
        // in the executor's log, and counted and printed by the driver
        String line = f.diagnostic(a.location()).toString();
        System.err.println("armsledger: " + line);
        failures.add(line);
      }
      ArrayList<String> claims = new ArrayList<>();
      ArrayList<Report> reports = new ArrayList<>();
      for (Claim c : dr.claims()) {
        claims.add(ExtractCommand.claimLine(a, c, explain));
        reports.add(Report.of(c, a.outlet(), story).stored(IngestCommand.storedId(a.key(), c.id()), a.key()));
      }
      out.add(new Tuple2<>(u.seq(), new Extracted(u.seq(), claims, ArticleJson.line(a, false), reports, doc, dr.stats(), null, null, null, null, failures)));
    }
    return out.iterator();
  }

  private static String diagnosticLine(Extracted e) {
    return diagnosticLine(e.code(), e.location(), e.message(), e.severity());
  }

  private static String diagnosticLine(String code, String location, String message, String severity) {
    var o = JSON.createObjectNode();
    o.put("location", location);
    o.put("code", code);
    o.put("severity", severity.toLowerCase(Locale.ROOT));
    o.put("message", message);
    return o.toString();
  }

  /** What extraction gave, summed over the articles. */
  record Tally(long extracted, long claims, ExtractionStats stats) implements Serializable {
    static final Tally ZERO = new Tally(0, 0, ExtractionStats.ZERO);

    static Tally of(Extracted e) {
      return e.article() == null ? ZERO : new Tally(1, e.claims().size(), e.stats());
    }

    Tally plus(Tally o) {
      return new Tally(extracted + o.extracted, claims + o.claims, stats.plus(o.stats));
    }
  }

  /** An output: its lines, the folder name under DIR, and whether it is also written as Parquet. */
  private record Output(JavaRDD<String> lines, String name, boolean parquet) {}

  /** Lines as JSON Lines part files. */
  private static void writeText(SparkSession spark, JavaRDD<String> lines, String dir, SaveMode mode) {
    spark.createDataset(lines.rdd(), Encoders.STRING()).write().mode(mode).option("compression", "none").text(dir);
  }

  /**
   * Lines as Parquet, the columns inferred from the JSON (every field of every line: nothing is left
   * out, as a fixed schema would leave out a field added later); with no line to infer them from, one
   * {@code json} column of the text.
   */
  private static void writeParquet(SparkSession spark, JavaRDD<String> lines, String dir, SaveMode mode) {
    Dataset<String> ds = spark.createDataset(lines.rdd(), Encoders.STRING());
    Dataset<org.apache.spark.sql.Row> table = spark.read().json(ds);
    if (table.schema().fields().length == 0) {
      table = ds.toDF("json");
    }
    table.write().mode(mode).parquet(dir);
  }

  private static void writeSummary(String file, Summary s, Configuration hadoop) {
    var o = JSON.createObjectNode();
    o.put("files", s.files());
    o.put("articles", s.articles());
    o.put("extracted", s.extracted());
    o.put("skipped", s.skipped());
    o.put("errors", s.errors());
    o.put("sentences_failed", s.failedSentences());
    o.put("claims", s.claims());
    o.put("entries", s.entries());
    o.put("copies", s.copies());
    o.put("sentences", s.stats().sentences());
    o.put("sentences_parsed", s.stats().parsed());
    o.put("tokens", s.stats().tokens());
    var codes = o.putObject("skipped_by_code");
    s.skippedByCode().forEach(codes::put);
    org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(file);
    try (var outStream = p.getFileSystem(hadoop).create(p, true)) {
      outStream.write((o.toPrettyString() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the extracted documents into the store at {@code jdbc} as {@code ingest} does, in input
   * order from the driver, in batches of {@value #STORE_BATCH} per transaction: a document stored
   * before from the same text by the same extractor version is left as it is, so running the job
   * again changes nothing; the ledger groups touched are rebuilt at the end.
   */
  private static Stored store(String jdbc, JavaPairRDD<Long, Extracted> ordered, PrintWriter err) {
    long[] counts = new long[3]; // added, replaced, unchanged
    try (Store st = Store.open(jdbc)) {
      st.copyRule(SyndicationDetector::copySimilarity);
      if (st.dirtyGroups() > 0) {
        st.refresh(n -> {});
      }
      List<StoredDocument> batch = new ArrayList<>();
      Iterator<StoredDocument> docs = ordered.values().filter(e -> e.stored() != null).map(Extracted::stored).toLocalIterator();
      while (docs.hasNext()) {
        StoredDocument d = docs.next();
        Store.Known known = st.known(d.document().doc());
        if (known != null && known.contentHash().equals(d.document().contentHash()) && known.extractor().equals(d.document().extractor())) {
          counts[2]++;
          continue;
        }
        counts[known == null ? 0 : 1]++;
        batch.add(d);
        if (batch.size() >= STORE_BATCH) {
          st.put(batch);
          batch.clear();
        }
      }
      if (!batch.isEmpty()) {
        st.put(batch);
      }
      int groups = st.refresh(n -> {});
      err.printf("armsledger: %s: %d documents added, %d replaced, %d unchanged; %d ledger groups rebuilt%n", st.describe(), counts[0], counts[1],
          counts[2], groups);
      return new Stored(st.describe(), counts[0], counts[1], counts[2], groups);
    }
  }

  private static final int STORE_BATCH = 100;

  /** One extractor per JVM: models load on first use, and the executor's task threads share it. */
  static final class Models {
    private static volatile Extractor extractor;
    private static volatile String version;

    private Models() {}

    /** The extractor version with its lexicon's, as the store records it. */
    static String version() {
      if (version == null) {
        version = IngestCommand.version(Lexicon.standard());
      }
      return version;
    }

    static Extractor extractor() {
      Extractor e = extractor;
      if (e == null) {
        synchronized (Models.class) {
          e = extractor;
          if (e == null) {
            e = new Extractor(new CoreNlpAnalyzer(), Lexicon.standard(), ExtractorConfig.DEFAULT);
            extractor = e;
          }
        }
      }
      return e;
    }
  }
}
