package org.armsledger.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.armsledger.extract.DocumentResult;
import org.armsledger.extract.Extractor;
import org.armsledger.extract.ExtractorConfig;
import org.armsledger.formats.ArticleReaders;
import org.armsledger.formats.Links;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.ingest.ReadResult;
import org.armsledger.lexicon.Lexicon;
import org.armsledger.nlp.CoreNlpAnalyzer;
import org.armsledger.store.Store;
import org.armsledger.store.StoredDocument;
import org.armsledger.watch.Alerts;
import org.armsledger.watch.FeedList;
import org.armsledger.watch.Fetcher;

/**
 * One watcher over a store: each {@link #round} fetches every source (several at once, each host
 * one request at a time), follows the links it has not seen to their pages, ingests the articles
 * as they arrive (one extractor, models loaded once), rebuilds the ledger, and sends the alerts of
 * what changed. Everything it learns (validators, seen pages, failures, changes) is stored.
 */
final class Watch {
  /** Fetch failures of a page before it is given up (recorded as failed, not tried again). */
  static final int PAGE_ATTEMPTS = 3;
  private static final int FAILED = -2;

  private final Store st;
  private final Fetcher.Policy policy;
  private final ArticleReaders.Options options;
  private final Alerts.Rule rule;
  private final List<Alerts.Sink> sinks;
  private final PrintWriter err;
  private final int maxItems;
  private final int parallel;
  private final Lexicon lexicon = Lexicon.standard();
  private final String version = IngestCommand.version(lexicon);
  private Extractor extractor;

  Watch(Store st, Fetcher.Policy policy, ArticleReaders.Options options, Alerts.Rule rule, List<Alerts.Sink> sinks, PrintWriter err, int maxItems,
      int parallel) {
    this.st = st;
    this.policy = policy;
    this.options = options;
    this.rule = rule;
    this.sinks = sinks;
    this.err = err;
    this.maxItems = maxItems;
    this.parallel = Math.max(1, parallel);
  }

  /** What a round did. */
  record Round(int sources, int notModified, int failedSources, int newPages, int articles, int claims, List<ObjectNode> alerts, long requests,
      double seconds) {}

  /** A page fetched and read, or the reason it was not; {@code end} marks a source done. */
  private record Page(FeedList.Source source, String url, ReadResult read, String failure, int attempts, boolean end) {}

  Round round(List<FeedList.Source> sources) {
    long t0 = System.nanoTime();
    String at = WatchCommand.now();
    Map<String, Store.EntryState> before = st.entryStates();
    Fetcher fetcher = new Fetcher(policy);
    LinkedBlockingQueue<Page> pages = new LinkedBlockingQueue<>(64);
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(parallel, sources.size()));
    Map<String, int[]> perSource = new LinkedHashMap<>(); // articles ingested per source
    int[] notModified = {0};
    int[] failed = {0};
    for (FeedList.Source s : sources) {
      perSource.put(s.url(), new int[1]);
      pool.submit(() -> {
        try {
          fetchSource(fetcher, s, pages, notModified, failed);
        } catch (RuntimeException e) {
          synchronized (failed) {
            failed[0]++;
          }
          err.println("armsledger: " + s.url() + ": " + e);
        } finally {
          put(pages, new Page(s, null, null, null, 0, true));
        }
      });
    }
    pool.shutdown();
    // ingest as pages arrive, on this thread: one extractor, the store written in order
    Set<String> roundDocs = new HashSet<>();
    int done = 0;
    int articles = 0;
    int claims = 0;
    int newPages = 0;
    while (done < sources.size()) {
      Page p = take(pages);
      if (p.end()) {
        done++;
        continue;
      }
      newPages++;
      String outcome;
      String doc = null;
      if (p.failure() != null) {
        outcome = "failed: " + p.failure();
        err.println("armsledger: " + p.url() + ": " + p.failure() + (p.attempts() >= PAGE_ATTEMPTS ? " (given up after " + p.attempts() + " tries)" : ""));
      } else if (p.read().article() == null) {
        Diagnostic d = p.read().diagnostic();
        outcome = "skipped: " + d.code();
        err.println("armsledger: " + d);
      } else {
        Article a = p.read().article();
        doc = a.key();
        int n = ingest(a);
        outcome = n == FAILED ? "skipped: extraction failed" : n >= 0 ? "ingested" : "unchanged";
        if (n >= 0) {
          articles++;
          perSource.get(p.source().url())[0]++;
          claims += n;
          roundDocs.add(a.key());
        }
      }
      Store.SeenPage prev = st.seen(p.url()).orElse(null);
      st.markSeen(new Store.SeenPage(p.url(), p.source().url(), prev == null ? at : prev.firstSeen(), outcome, p.attempts(), doc));
    }
    try {
      pool.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    st.refresh(n -> {});
    for (Map.Entry<String, int[]> e : perSource.entrySet()) {
      st.watchSource(e.getKey()).ifPresent(w -> st.saveWatchSource(w.withNewArticles(e.getValue()[0])));
    }
    List<ObjectNode> alerts = Alerts.compute(st, before, st.entryStates(), roundDocs, rule, at);
    // each change's position: the round's instant and its place in the round, so pages of changes never split a round
    List<Store.Change> changes = new ArrayList<>();
    for (int i = 0; i < alerts.size(); i++) {
      ObjectNode a = alerts.get(i);
      changes.add(new Store.Change(a.get("id").asText(), at + "#" + String.format(Locale.ROOT, "%05d", i), a.path("entry").path("id").asText(),
          a.get("kind").asText(), a.toString()));
    }
    st.addChanges(changes);
    for (Alerts.Sink s : sinks) {
      try {
        s.send(alerts);
      } catch (IOException | RuntimeException e) {
        err.println("armsledger: alerts to " + s.name() + " failed: " + e.getMessage() + " (they are kept in the store: serve /changes)");
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    Round r = new Round(sources.size(), notModified[0], failed[0], newPages, articles, claims, alerts, fetcher.requests(), secs);
    err.printf(Locale.ROOT, "armsledger: round at %s: %d sources (%d unchanged, %d failed), %d new pages, %d articles ingested, %d claims,"
        + " %d alerts, %d requests (%.1f s, peak heap %.0f MB)%n", at, r.sources(), r.notModified(), r.failedSources(), r.newPages(), r.articles(),
        r.claims(), alerts.size(), r.requests(), secs, BenchCommand.peakHeapMb());
    err.flush();
    return r;
  }

  /** Fetches one source and its new pages into the queue; records the source's state. */
  private void fetchSource(Fetcher fetcher, FeedList.Source s, LinkedBlockingQueue<Page> pages, int[] notModified, int[] failed) {
    Store.WatchSource w = st.watchSource(s.url()).orElse(Store.WatchSource.fresh(s.url(), s.outlet()));
    String now = WatchCommand.now();
    List<Links.Item> items = new ArrayList<>();
    String kind = w.kind();
    try {
      Fetcher.Response r = fetcher.get(s.url(), w.etag(), w.lastModified());
      if (r.status() == 304) {
        synchronized (notModified) {
          notModified[0]++;
        }
        w = w.answered(s.outlet(), w.kind(), w.etag(), w.lastModified(), now, 304);
      } else {
        boolean feed = Links.isFeed(r.body(), r.contentType());
        kind = feed ? "feed" : "page";
        items = feed ? Links.fromFeed(r.body(), r.url()) : Links.fromPage(r.text(), r.url());
        w = w.answered(s.outlet(), kind, r.etag(), r.lastModified(), now, 200);
      }
    } catch (Fetcher.FetchException | IllegalArgumentException e) {
      synchronized (failed) {
        failed[0]++;
      }
      String why = e instanceof Fetcher.FetchException f ? f.kind + ": " + f.getMessage() : "bad-feed: " + e.getMessage();
      Integer status = e instanceof Fetcher.FetchException f ? f.status : null;
      err.println("armsledger: " + s.url() + ": " + why + " (tried again next round)");
      w = w.failed(s.outlet(), kind, now, status, why);
    }
    st.saveWatchSource(w);
    // the new links, then the pages that failed before and may be tried again
    List<String> todo = new ArrayList<>();
    Map<String, Integer> attempts = new LinkedHashMap<>();
    for (Links.Item it : items) {
      if (todo.size() >= maxItems) {
        break;
      }
      Store.SeenPage seen = st.seen(it.url()).orElse(null);
      if (seen == null) {
        todo.add(it.url());
        attempts.put(it.url(), 0);
      }
    }
    for (Store.SeenPage f : st.failedPages(PAGE_ATTEMPTS)) {
      if (f.source().equals(s.url()) && !attempts.containsKey(f.url())) {
        todo.add(f.url());
        attempts.put(f.url(), f.attempts());
      }
    }
    for (String url : todo) {
      try {
        Fetcher.Response r = fetcher.get(url, null, null);
        put(pages, new Page(s, url, Links.page(r.body(), r.contentType(), r.url().equals(url) ? url : r.url(), s.outlet(), options.maxBytes()),
            null, attempts.get(url) + 1, false));
      } catch (Fetcher.FetchException e) {
        if (e.kind.equals("robots")) {
          // recorded as skipped, so it is not asked for again: the site said no
          put(pages, new Page(s, url, ReadResult.skip("robots", url, e.getMessage()), null, attempts.get(url) + 1, false));
        } else {
          put(pages, new Page(s, url, null, e.kind + ": " + e.getMessage(), attempts.get(url) + 1, false));
        }
      }
    }
  }

  /** Extracts and stores one article; the number of claims, or -1 when the store has it unchanged. */
  private int ingest(Article a) {
    String hash = IngestCommand.contentHash(a);
    Store.Known known = st.known(a.key());
    if (known != null && known.contentHash().equals(hash) && known.extractor().equals(version)) {
      return -1;
    }
    if (extractor == null) {
      extractor = new Extractor(new CoreNlpAnalyzer(), lexicon, ExtractorConfig.DEFAULT);
    }
    Object r = ExtractCommand.process(extractor, a);
    StoredDocument doc = IngestCommand.stored(r, a, hash, version);
    if (doc == null) {
      err.println("armsledger: " + r);
      return FAILED;
    }
    st.put(List.of(doc));
    if (r instanceof DocumentResult dr) {
      for (DocumentResult.Failure f : dr.failures()) {
        err.println("armsledger: " + f.diagnostic(a.location()));
      }
      return dr.claims().size();
    }
    return 0;
  }

  private static void put(LinkedBlockingQueue<Page> q, Page p) {
    try {
      q.put(p);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Page take(LinkedBlockingQueue<Page> q) {
    try {
      return q.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
