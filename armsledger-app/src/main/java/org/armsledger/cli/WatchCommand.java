package org.armsledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.armsledger.formats.SyndicationDetector;
import org.armsledger.store.Store;
import org.armsledger.watch.Alerts;
import org.armsledger.watch.FeedList;
import org.armsledger.watch.Fetcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code armsledger watch}: follows feeds and section pages, ingests the new articles they link
 * to, and alerts on what changed in the ledger. State lives in the store, so a restart resumes.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, description = "Follow RSS/Atom feeds and section pages: ingest new articles each round and"
    + " alert on ledger changes (new entries, stage moves, denials, contradictions, independent origins reached).")
final class WatchCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--feeds", paramLabel = "FILE", description = "The sources: one feed or section page URL a line, then optionally the outlet's name.")
  Path feeds;

  @Option(names = "--every", paramLabel = "DURATION", description = "Time between rounds: 90s, 15m, 2h (default: ${DEFAULT-VALUE}).")
  String every = "15m";

  @Option(names = "--once", description = "Run one round and stop (for cron and tests).")
  boolean once;

  @Option(names = "--status", description = "Print each source's last fetch, new articles and errors, and stop.")
  boolean status;

  @Option(names = "--alert", paramLabel = "SINK", description = "Where alerts go: stdout, jsonl:FILE or webhook:URL (repeatable; default: stdout).")
  List<String> alerts = new ArrayList<>();

  @Option(names = "--supplier", description = "Alert only on entries this actor supplies.")
  String supplier;

  @Option(names = "--recipient", description = "Alert only on entries this actor receives.")
  String recipient;

  @Option(names = "--category", description = "Alert only on entries with this item category.")
  String category;

  @Option(names = "--designation", description = "Alert only on entries with a line of this system.")
  String designation;

  @Option(names = "--origins-alert", paramLabel = "N", description = "Alert when an entry reaches N independent origins (default: ${DEFAULT-VALUE}).")
  int originsAlert = 3;

  @Option(names = "--per-host", paramLabel = "DURATION", description = "Least time between two requests to one host (default: ${DEFAULT-VALUE}).")
  String perHost = "1s";

  @Option(names = "--timeout", paramLabel = "DURATION", description = "Time to wait for a host's answer (default: ${DEFAULT-VALUE}).")
  String timeout = "30s";

  @Option(names = "--retries", description = "Retries of a request after a network error, 429 or 5xx (default: ${DEFAULT-VALUE}).")
  int retries = 2;

  @Option(names = "--backoff", paramLabel = "DURATION", description = "First retry's wait, doubled at each retry (default: ${DEFAULT-VALUE}).")
  String backoff = "2s";

  @Option(names = "--max-items", description = "New pages read per source and round, at most (default: ${DEFAULT-VALUE}).")
  int maxItems = 50;

  @Option(names = "--parallel", description = "Sources fetched at once (each host still one request at a time; default: ${DEFAULT-VALUE}).")
  int parallel = 4;

  @Mixin ReaderOptions reader;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (status) {
      try (Store st = store.read()) {
        printStatus(st, out);
      }
      return 0;
    }
    if (feeds == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name the sources to follow with --feeds FILE (or ask for --status)");
    }
    Duration pause = duration("--every", every);
    Fetcher.Policy policy = new Fetcher.Policy(duration("--per-host", perHost), duration("--timeout", timeout), duration("--timeout", timeout),
        Math.max(0, retries), duration("--backoff", backoff), reader.options().maxBytes());
    List<Alerts.Sink> sinks = new ArrayList<>();
    for (String a : alerts.isEmpty() ? List.of("stdout") : alerts) {
      sinks.add(Alerts.sink(a, out));
    }
    CountDownLatch stop = new CountDownLatch(1);
    Thread hook = new Thread(stop::countDown, "armsledger-watch-stop");
    if (!once) {
      Runtime.getRuntime().addShutdownHook(hook);
    }
    try (Store st = store.open()) {
      st.copyRule(SyndicationDetector::copySimilarity);
      org.armsledger.lexicon.Gazetteer names = new org.armsledger.lexicon.Gazetteer(org.armsledger.lexicon.Lexicon.standard());
      Alerts.Rule rule = new Alerts.Rule(actor(st, names, "--supplier", supplier), actor(st, names, "--recipient", recipient), category, designation,
          originsAlert);
      Watch watch = new Watch(st, policy, reader.options(), rule, sinks, err, maxItems, parallel);
      int failures = 0;
      while (true) {
        FeedList.Parsed parsed = FeedList.read(feeds);
        parsed.errors().forEach(e -> err.println("armsledger: " + e));
        if (parsed.sources().isEmpty()) {
          err.println("armsledger: " + feeds + ": no sources to follow");
          return 2;
        }
        Watch.Round r = watch.round(parsed.sources());
        failures = r.failedSources();
        if (once || stop.await(pause.toMillis(), TimeUnit.MILLISECONDS)) {
          break;
        }
      }
      return failures == 0 ? 0 : 1;
    } finally {
      if (!once) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
          // shutting down: the hook has run
        }
      }
    }
  }

  /**
   * The actor an alert filter names: an actor id or name the lexicon knows (the store may not hold
   * it yet: a watch can wait for its first report), else one the store holds.
   */
  static String actor(Store st, org.armsledger.lexicon.Gazetteer names, String option, String nameOrId) {
    if (nameOrId == null) {
      return null;
    }
    org.armsledger.lexicon.Lexicon lexicon = org.armsledger.lexicon.Lexicon.standard();
    String v = nameOrId.strip();
    for (String id : List.of(v, v.toUpperCase(Locale.ROOT), v.toLowerCase(Locale.ROOT))) {
      if (lexicon.actor(id) != null) {
        return id;
      }
    }
    List<org.armsledger.lexicon.Mention> ms = names.find(v, 0);
    if (ms.size() == 1 && ms.get(0).type() == org.armsledger.lexicon.Mention.Type.ACTOR && ms.get(0).text().length() == v.length()) {
      return ms.get(0).actor().id();
    }
    return st.requireActor(option, v);
  }

  private static void printStatus(Store st, PrintWriter out) {
    List<Store.WatchSource> sources = st.watchSources();
    if (sources.isEmpty()) {
      out.println("no sources watched yet (armsledger watch --feeds FILE)");
      return;
    }
    Table t = new Table("SOURCE:60", "OUTLET:24", "KIND:4", "LAST FETCH:19", "LAST OK:19", "HTTP:4", "NEW:5", "ARTICLES:8", "FETCHES:7", "304:6",
        "FAILURES:20", "LAST ERROR:60");
    for (Store.WatchSource s : sources) {
      t.row(s.url(), s.outlet() == null ? "" : s.outlet(), s.kind() == null ? "" : s.kind(), dash(s.lastFetch()), dash(s.lastOk()),
          s.lastStatus() == null ? "-" : String.valueOf(s.lastStatus()), String.valueOf(s.lastNew()), String.valueOf(s.articles()),
          String.valueOf(s.fetches()), String.valueOf(s.notModified()),
          s.failures() + (s.consecutiveFailures() > 0 ? " (" + s.consecutiveFailures() + " in a row)" : ""), s.lastError() == null ? "" : s.lastError());
    }
    t.print(out);
  }

  private static String dash(String s) {
    return s == null ? "-" : s.length() > 19 ? s.substring(0, 19).replace('T', ' ') : s;
  }

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

  /** 90s, 15m, 2h, 500ms; a bare number is seconds. */
  static Duration duration(String option, String v) {
    Matcher m = DURATION.matcher(v.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(option + " takes a duration such as 90s, 15m or 2h, not '" + v + "'");
    }
    double n = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    long ms = (long) (n * switch (unit) {
      case "ms" -> 1;
      case "m" -> 60_000;
      case "h" -> 3_600_000;
      default -> 1000;
    });
    return Duration.ofMillis(ms);
  }

  static String now() {
    return Instant.now().toString();
  }
}
