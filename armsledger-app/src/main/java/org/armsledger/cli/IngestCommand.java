package org.armsledger.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.armsledger.claim.Claim;
import org.armsledger.claim.ClaimJson;
import org.armsledger.extract.DocumentResult;
import org.armsledger.extract.Extractor;
import org.armsledger.extract.ExtractorConfig;
import org.armsledger.formats.SyndicationDetector;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.ArticleArchive;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.ingest.DocumentDates;
import org.armsledger.ledger.Report;
import org.armsledger.lexicon.Lexicon;
import org.armsledger.nlp.CoreNlpAnalyzer;
import org.armsledger.store.ClaimRecord;
import org.armsledger.store.DocumentRecord;
import org.armsledger.store.Store;
import org.armsledger.store.StoreException;
import org.armsledger.store.StoredDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code armsledger ingest PATH...}: extracts claims and stores articles, evidence sentences and
 * claims, then rebuilds the ledger entries they touch.
 *
 * <p>An article whose content hash and extractor version are already stored is not extracted
 * again; one stored by another extractor version, or changed, has its claims replaced. Each
 * article is committed with its claims in one transaction, so a killed ingest loses at most the
 * articles in flight, and the next run redoes exactly those.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true, description = "Extract claims from articles into the store and update the ledger.")
public final class IngestCommand implements Callable<Integer> {
  /** Changes whenever extraction can give different claims for the same article: bump with rule changes. */
  static final String EXTRACTOR = "armsledger-extract/0.3.108";

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "Article files or folders, as for extract. None with --reextract: re-read every article the store keeps.")
  List<java.nio.file.Path> paths = List.of();

  @Mixin StoreOption store;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Document date for every input, overriding what the files say.")
  String date;

  @Option(names = "--threads", description = "Worker threads (default: available processors).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Mixin ReaderOptions reader;

  @Option(names = "--reextract", description = "Extract every article again, even when the store has it from this extractor version;"
      + " with no PATH, from the articles the store keeps (no original files needed).")
  boolean reextract;

  @Option(names = "--window-days", paramLabel = "DAYS", description = "Merge window: claims of one supply more than DAYS apart are separate"
      + " entries (default: the store's, else 1096, three years). A new value is recorded in the store and rebuilds the whole ledger.")
  Integer windowDays;

  @Option(names = "--progress", negatable = true, description = "Show a progress bar (default: when standard error is a terminal).")
  Boolean progress;

  @Option(names = "--verbose", description = "Stack traces with errors; reading speed per format.")
  boolean verbose;

  private Extractor extractor;
  private String version;
  private int added;
  private int replaced;
  private int unchanged;
  private int claims;
  private int withoutSentences;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    String forcedDate = date == null ? null : DocumentDates.parseUserDate(date);
    Lexicon lexicon = Lexicon.standard();
    version = version(lexicon);
    Reading reading = new Reading(reader.options(), err);
    boolean bar = progress != null ? progress : System.console() != null;
    long t0 = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try (Store st = store.open();
        ProgressBar pb = bar
            ? new ProgressBarBuilder().setTaskName("ingest").setInitialMax(-1).setUnit(" articles", 1).showSpeed()
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err)).build()
            : null) {
      if (paths.isEmpty() && !reextract) {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name the files or folders to ingest (or --reextract to re-read the store's articles)");
      }
      st.copyRule(SyndicationDetector::copySimilarity);
      int left = st.dirtyGroups();
      if (left > 0) {
        err.printf("armsledger: completing %d ledger groups left by an interrupted run%n", left);
        st.refresh(n -> {});
      }
      if (windowDays != null) {
        int before = st.windowDays(windowDays);
        if (before != windowDays) {
          err.printf("armsledger: merge window changed from %d to %d days: the whole ledger is rebuilt%n", before, windowDays);
        }
      }
      try {
        if (paths.isEmpty()) {
          extractAndStore(reading, st, pb, pool, lexicon, forcedDate, sink -> fromStore(st, reading, sink));
        } else {
          extractAndStore(reading, st, pb, pool, lexicon, forcedDate, sink -> reading.run(paths, st.files(), sink));
        }
      } catch (StoreException e) {
        // each article is committed whole with its claims: what was stored stays, and is consistent
        err.printf("armsledger: %s%narmsledger: stopped: %d articles were added and %d replaced in this run before it, each whole with its claims;"
            + " the store is consistent; %s, then run the same ingest again to add the rest (stored articles are not read twice)%n",
            e.getMessage(), added, replaced, e.diskFull() ? "free disk space" : "fix the cause");
        return 2;
      }
      if (pb != null) {
        pb.setExtraMessage(" ledger");
      }
      int groups = st.refresh(n -> {});
      double s = (System.nanoTime() - t0) / 1e9;
      err.printf(Locale.ROOT,
          "armsledger: %d files read, %d articles: %d added, %d replaced, %d unchanged, %d skipped; %d claims stored; %d ledger groups rebuilt (%.1f s, peak heap %.0f MB)%n",
          reading.files, reading.articles, added, replaced, unchanged, reading.skipped(), claims, groups, s, BenchCommand.peakHeapMb());
      Map<String, Object> stats = st.stats();
      err.printf("armsledger: %s now holds %s documents, %s claims, %s ledger entries (%s disputed)%n",
          st.describe(), stats.get("documents"), stats.get("claims"), stats.get("entries"), stats.get("disputed_entries"));
      if (withoutSentences > 0) {
        err.printf("armsledger: %d of the articles stored hold no sentences to read (kept with that note)%n", withoutSentences);
      }
      reading.printDetails(verbose);
    } finally {
      pool.shutdownNow();
    }
    return reading.errors == 0 ? 0 : 1;
  }

  /** Every article the store keeps, in key order; documents stored without their text (by a release before 0.3) are reported once. */
  private void fromStore(Store st, Reading reading, java.util.function.Consumer<Article> sink) {
    List<String> kept = new ArrayList<>();
    int[] missing = {0};
    st.forEachDocument((doc, hasArticle) -> {
      if (hasArticle) {
        kept.add(doc);
      } else {
        missing[0]++;
      }
    });
    if (missing[0] > 0) {
      spec.commandLine().getErr().printf("armsledger: %d stored documents have no kept text (stored by an older release): ingest their files again"
          + " to re-read them%n", missing[0]);
    }
    for (String doc : kept) {
      byte[] bytes = st.article(doc).orElse(null);
      if (bytes == null) {
        continue;
      }
      reading.files++;
      try {
        Article a = ArticleArchive.read(bytes);
        reading.articles++;
        sink.accept(a);
      } catch (IllegalArgumentException e) {
        reading.diagnostic(new Diagnostic("bad-stored-article", doc, e.getMessage()));
      }
    }
  }

  /** Extracts what the store lacks on the pool (a bounded window in flight), and stores each article in input order. */
  private void extractAndStore(Reading reading, Store st, ProgressBar pb, ExecutorService pool, Lexicon lexicon, String forcedDate,
      java.util.function.Consumer<java.util.function.Consumer<Article>> source) {
    ArrayDeque<Future<Object>> window = new ArrayDeque<>();
    int inFlight = Math.max(4, threads * 4);
    source.accept(a -> {
      Article article = forcedDate != null ? a.withPublished(forcedDate) : a;
      String hash = contentHash(article);
      Store.Known known = st.known(article.key());
      if (!reextract && known != null && known.contentHash().equals(hash) && known.extractor().equals(version)) {
        unchanged++;
        step(pb);
        return;
      }
      Extractor x = extractor(lexicon);
      window.add(pool.submit(() -> new Object[] {ExtractCommand.process(x, article), hash, known != null, article}));
      while (window.size() >= inFlight) {
        store(window.poll(), st, reading, pb);
      }
    });
    while (!window.isEmpty()) {
      store(window.poll(), st, reading, pb);
    }
  }

  private Extractor extractor(Lexicon lexicon) {
    if (extractor == null) {
      extractor = new Extractor(new CoreNlpAnalyzer(), lexicon, ExtractorConfig.DEFAULT);
    }
    return extractor;
  }

  private static void step(ProgressBar pb) {
    if (pb != null) {
      pb.step();
    }
  }

  private void store(Future<Object> f, Store st, Reading reading, ProgressBar pb) {
    Object r;
    try {
      r = f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("extraction failed", e.getCause());
    }
    step(pb);
    Object[] o = (Object[]) r;
    if (o[0] instanceof Diagnostic d) {
      if (!d.code().equals("no-sentences")) {
        reading.diagnostic(d);
        return; // a failure another run may get past: not stored, read again next time
      }
      // an article with nothing to read is stored as such (kept, with the reason) and not read again
      spec.commandLine().getErr().println("armsledger: " + d + " (stored without claims; not read again)");
      withoutSentences++;
    }
    st.put(List.of(stored(o[0], (Article) o[3], (String) o[1], version)));
    if ((Boolean) o[2]) {
      replaced++;
    } else {
      added++;
    }
    if (o[0] instanceof DocumentResult dr) {
      claims += dr.claims().size();
      reading.sentenceFailures(dr);
    }
  }

  /**
   * What extraction gave for an article, as the store keeps it: its claims, or for an article with
   * no sentences to read ({@code no-sentences}) the article with that note. Other diagnostics are
   * not stored (the article is read again next time): null.
   */
  public static StoredDocument stored(Object extracted, Article a, String hash, String version) {
    if (extracted instanceof DocumentResult dr) {
      return record(dr, hash, version);
    }
    return extracted instanceof Diagnostic d && d.code().equals("no-sentences") ? document(a, hash, List.of(), 0, "no-sentences", version) : null;
  }

  /**
   * The stored form of an extracted article. Its origin is settled by the store, which links it to
   * its copies among everything stored ({@link Store#put}); the article itself is kept.
   */
  static StoredDocument record(DocumentResult dr, String hash, String version) {
    Article a = dr.article();
    String origin = a.key();
    List<ClaimRecord> cs = new ArrayList<>();
    TreeSet<String> sentences = new TreeSet<>();
    for (Claim c : dr.claims()) {
      String id = storedId(a.key(), c.id());
      ObjectNode json = ClaimJson.tree(c, false);
      json.put("id", id);
      ObjectNode provenance = ExtractCommand.provenance(a, c);
      json.set("provenance", provenance);
      JsonNode raw = provenance.path("raw");
      cs.add(new ClaimRecord(Report.of(c, a.outlet(), origin).stored(id, a.key()), c.evidence().start(), c.evidence().end(),
          raw.isObject() ? raw.get("start").asInt() : null, raw.isObject() ? raw.get("end").asInt() : null, json.toString()));
      sentences.add(c.evidence().start() + ":" + c.evidence().end());
    }
    return document(a, hash, cs, sentences.size(), null, version);
  }

  static StoredDocument document(Article a, String hash, List<ClaimRecord> cs, int sentences, String note, String version) {
    var syn = a.syndication();
    SyndicationDetector.Fingerprint f = SyndicationDetector.fingerprint(a);
    return new StoredDocument(new DocumentRecord(a.key(), a.id(), hash, sha(fold(a.text())), version, a.headline(), a.uri(), a.outlet(),
        a.byline(), a.published(), a.genre().label(), a.language(), a.origin().file(), a.origin().format(), a.location(), a.key(), null,
        syn == null ? null : syn.syndicatedFrom(), null, sentences), cs, ArticleArchive.write(a),
        new StoredDocument.Fingerprint(f.signature(), f.shingles(), f.keys()), note);
  }

  /**
   * A claim's id in the store: its extraction id (which names the document by its file name, so two
   * files of one name could share it) made unique by the document's source key.
   */
  public static String storedId(String key, String claimId) {
    return "c-" + sha(key + "|" + claimId).substring(0, 16);
  }

  /** The extractor version with the versions of the lexicon files it reads. */
  public static String version(Lexicon lexicon) {
    StringBuilder sb = new StringBuilder(EXTRACTOR);
    lexicon.versions().forEach((k, v) -> sb.append(';').append(k).append('=').append(v));
    return sb.toString();
  }

  /** Hash of everything extraction reads: id, title, text, date, uri, outlet, genre, language. */
  public static String contentHash(Article a) {
    return sha(String.join("\u0000", String.valueOf(a.id()), String.valueOf(a.headline()), a.text(), String.valueOf(a.published()),
        String.valueOf(a.uri()), String.valueOf(a.outlet()), a.genre().label(), String.valueOf(a.language())));
  }

  private static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
  }

  private static String sha(String s) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
