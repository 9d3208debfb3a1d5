package org.armsledger.cli;

import io.javalin.Javalin;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.armsledger.ledger.Entry;
import org.armsledger.store.Filter;
import org.armsledger.store.Store;
import org.armsledger.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code armsledger bench-serve}: a bounded load run of the web API over loopback. Starts the
 * server on a free port over the store, then {@code --clients} concurrent clients request a mix of
 * the entries, claims, entry and graph routes with random filters for {@code --seconds}, and
 * prints throughput, p50/p99 per route and the errors.
 */
@Command(name = "bench-serve", mixinStandardHelpOptions = true, description = "Load-test the REST API over loopback: requests/s and p50/p99 per route.")
final class BenchServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--seconds", description = "How long the load runs (default: ${DEFAULT-VALUE}).")
  int seconds = 30;

  @Option(names = "--clients", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
  int clients = 8;

  @Option(names = "--seed", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed = 11;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Store st = store.read()) {
      List<String> actors = st.actors().stream().map(Store.ActorRow::id).toList();
      List<String> entryIds = st.entries(Filter.ALL, 2000, 0).stream().map(Entry::id).toList();
      if (actors.isEmpty() || entryIds.isEmpty()) {
        throw new IllegalArgumentException("the store holds no entries to query: ingest articles (or run bench-store --db FILE) first");
      }
      Javalin app = new WebApp(st, store.spec(), null, Files.createTempDirectory("armsledger-bench-serve")).create().start("127.0.0.1", 0);
      String base = "http://127.0.0.1:" + app.port();
      Map<String, Function<Random, String>> routes = new LinkedHashMap<>();
      routes.put("entries", r -> "/api/v1/entries?limit=50" + (r.nextBoolean() ? "&supplier=" + pick(r, actors) : "&recipient=" + pick(r, actors)));
      routes.put("entries unfiltered", r -> "/api/v1/entries?limit=50&offset=" + 50 * r.nextInt(10));
      routes.put("claims", r -> "/api/v1/claims?limit=50&recipient=" + pick(r, actors));
      routes.put("entry", r -> "/api/v1/entries/" + pick(r, entryIds));
      routes.put("graph", r -> "/api/v1/graph?limit=200&supplier=" + pick(r, actors));
      List<String> names = new ArrayList<>(routes.keySet());
      Map<String, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
      names.forEach(n -> latencies.put(n, new ConcurrentLinkedQueue<>()));
      AtomicLong errors = new AtomicLong();
      AtomicLong bytes = new AtomicLong();
      ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(2)).build();
      // warm up: every route a few times
      Random warm = new Random(seed);
      for (int i = 0; i < 20; i++) {
        for (String n : names) {
          http.send(HttpRequest.newBuilder(URI.create(base + routes.get(n).apply(warm))).build(), HttpResponse.BodyHandlers.discarding());
        }
      }
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      ExecutorService pool = Executors.newFixedThreadPool(clients);
      long t0 = System.nanoTime();
      for (int c = 0; c < clients; c++) {
        long s = seed + c;
        pool.submit(() -> {
          Random r = new Random(s);
          byte[] buffer = new byte[1 << 16];
          while (System.nanoTime() < end) {
            String name = names.get(r.nextInt(names.size()));
            String path = routes.get(name).apply(r);
            long a = System.nanoTime();
            try {
              // the whole body is read (into one reused buffer: the client should not cost the server its CPU)
              HttpResponse<InputStream> resp = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
                  HttpResponse.BodyHandlers.ofInputStream());
              long n = 0;
              try (InputStream in = resp.body()) {
                for (int k; (k = in.read(buffer)) >= 0; ) {
                  n += k;
                }
              }
              latencies.get(name).add(System.nanoTime() - a);
              bytes.addAndGet(n);
              if (resp.statusCode() != 200) {
                errors.incrementAndGet();
                if (firstErrors.size() < 5) {
                  firstErrors.add(resp.statusCode() + " " + path);
                }
              }
            } catch (Exception e) {
              errors.incrementAndGet();
              if (firstErrors.size() < 5) {
                firstErrors.add(e + " " + path);
              }
            }
          }
          return null;
        });
      }
      pool.shutdown();
      pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
      double wall = (System.nanoTime() - t0) / 1e9;
      app.stop();
      long total = latencies.values().stream().mapToLong(ConcurrentLinkedQueue::size).sum();
      out.printf(Locale.ROOT, "store: %s; %d clients for %.1f s over loopback%n", st.describe(), clients, wall);
      out.printf(Locale.ROOT, "requests: %d (%.0f/s), errors: %d, %.1f MB answered%n", total, total / wall, errors.get(), bytes.get() / 1048576.0);
      List<Long> all = new ArrayList<>();
      for (String n : names) {
        long[] ns = latencies.get(n).stream().mapToLong(Long::longValue).sorted().toArray();
        Arrays.stream(ns).forEach(all::add);
        if (ns.length > 0) {
          out.printf(Locale.ROOT, "%-20s %7d requests  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms%n", n, ns.length, pct(ns, 0.5), pct(ns, 0.99),
              ns[ns.length - 1] / 1e6);
        }
      }
      long[] a = all.stream().mapToLong(Long::longValue).sorted().toArray();
      if (a.length > 0) {
        out.printf(Locale.ROOT, "all routes           p50 %.2f ms, p99 %.2f ms%n", pct(a, 0.5), pct(a, 0.99));
      }
      firstErrors.forEach(e -> out.println("error: " + e));
      return errors.get() == 0 ? 0 : 1;
    }
  }

  private static String pick(Random r, List<String> values) {
    return URLEncoder.encode(values.get(r.nextInt(values.size())), StandardCharsets.UTF_8);
  }

  private static double pct(long[] sorted, double q) {
    return sorted[Math.max(0, (int) Math.ceil(sorted.length * q) - 1)] / 1e6;
  }
}
