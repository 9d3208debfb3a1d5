package org.armsledger.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLException;

/**
 * A polite HTTP client for watching: a clear User-Agent, robots.txt obeyed on every host (and on
 * every redirect's target), one request at a time per host spaced by the rate limit (or the site's
 * Crawl-delay when longer), timeouts, retries with exponential backoff on network errors, 429 and
 * 5xx, a size cap on bodies, redirects followed by hand (at most five), conditional GET.
 * Thread-safe: sources on different hosts are fetched in parallel.
 */
public final class Fetcher {
  public static final String AGENT_TOKEN = "armsledger";
  public static final String USER_AGENT = AGENT_TOKEN + "/0.3 (news reader for arms-transfer research; runs on its user's machine)";
  private static final int MAX_REDIRECTS = 5;

  /** How the fetcher behaves: spacing per host, timeouts, retries and their backoff, body cap. */
  public record Policy(Duration perHost, Duration connectTimeout, Duration requestTimeout, int retries, Duration backoff, long maxBytes) {
    public static final Policy DEFAULT = new Policy(Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofSeconds(30), 2,
        Duration.ofSeconds(2), 10L << 20);
  }

  /** An answer: its status (200 or 304), the URL it came from after redirects, the body and validators. */
  public record Response(int status, String url, byte[] body, String contentType, String etag, String lastModified) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** A fetch that failed: {@code kind} is dns, tls, timeout, refused, network, http, too-large, robots, redirect or url. */
  public static final class FetchException extends Exception {
    public final String kind;
    public final Integer status;

    FetchException(String kind, Integer status, String message) {
      super(message);
      this.kind = kind;
      this.status = status;
    }
  }

  private final Policy policy;
  private final HttpClient http;
  private final Map<String, Robots> robots = new ConcurrentHashMap<>();
  private final Map<String, Object> hostLocks = new ConcurrentHashMap<>();
  private final Map<String, Long> nextAllowed = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();

  public Fetcher(Policy policy) {
    this.policy = policy;
    this.http = HttpClient.newBuilder().connectTimeout(policy.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** HTTP requests sent so far (robots.txt included). */
  public long requests() {
    return requests.get();
  }

  /** GET with the validators (null: unconditional); redirects followed, robots obeyed. */
  public Response get(String url, String etag, String lastModified) throws FetchException {
    String at = url;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      URI u = uri(at);
      if (!robotsFor(u).allows(pathOf(u))) {
        throw new FetchException("robots", null, "robots.txt of " + u.getHost() + " disallows " + pathOf(u));
      }
      HttpResponse<InputStream> r = send(u, hop == 0 ? etag : null, hop == 0 ? lastModified : null);
      int status = r.statusCode();
      if (status >= 300 && status < 400 && status != 304) {
        String loc = r.headers().firstValue("location").orElse(null);
        close(r);
        if (loc == null) {
          throw new FetchException("http", status, "HTTP " + status + " without a Location");
        }
        at = u.resolve(loc.strip()).toString();
        continue;
      }
      if (status == 304) {
        close(r);
        return new Response(304, at, new byte[0], null, etag, lastModified);
      }
      if (status != 200) {
        close(r);
        throw new FetchException("http", status, "HTTP " + status);
      }
      byte[] body = read(r);
      return new Response(200, at, body, r.headers().firstValue("content-type").orElse(null), r.headers().firstValue("etag").orElse(null),
          r.headers().firstValue("last-modified").orElse(null));
    }
    throw new FetchException("redirect", null, "more than " + MAX_REDIRECTS + " redirects");
  }

  private static URI uri(String s) throws FetchException {
    String problem = FeedList.check(s);
    if (problem != null) {
      throw new FetchException("url", null, problem + ": " + org.armsledger.text.Printable.line(s));
    }
    return URI.create(s);
  }

  private static String pathOf(URI u) {
    String p = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
    return u.getRawQuery() == null ? p : p + "?" + u.getRawQuery();
  }

  private static String hostKey(URI u) {
    return u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getHost().toLowerCase(Locale.ROOT) + (u.getPort() < 0 ? "" : ":" + u.getPort());
  }

  /** The host's robots.txt, fetched once per fetcher. */
  Robots robotsFor(URI u) throws FetchException {
    String key = hostKey(u);
    Robots known = robots.get(key);
    if (known != null) {
      return known;
    }
    Robots r;
    try {
      HttpResponse<InputStream> resp = send(URI.create(key + "/robots.txt"), null, null);
      int s = resp.statusCode();
      if (s == 200) {
        r = Robots.parse(new String(read(resp), StandardCharsets.UTF_8), AGENT_TOKEN);
      } else {
        close(resp);
        if (s >= 500) {
          // RFC 9309: an unreachable robots.txt disallows the whole site until it answers (asked again next round)
          throw new FetchException("http", s, "robots.txt answered HTTP " + s + ": the site is not read until it answers");
        }
        r = Robots.ALLOW_ALL; // unavailable (4xx): no rules
      }
    } catch (FetchException e) {
      if (e.kind.equals("too-large")) {
        r = Robots.ALLOW_ALL;
      } else {
        throw e; // the host cannot be reached: the source's error says why
      }
    }
    robots.put(key, r);
    return r;
  }

  /** One request (with retries), after waiting for the host's turn. */
  private HttpResponse<InputStream> send(URI u, String etag, String lastModified) throws FetchException {
    FetchException last = null;
    for (int attempt = 0; attempt <= policy.retries(); attempt++) {
      if (attempt > 0) {
        sleep(policy.backoff().toMillis() << (attempt - 1));
      }
      waitTurn(u);
      HttpRequest.Builder b = HttpRequest.newBuilder(u).timeout(policy.requestTimeout()).header("User-Agent", USER_AGENT)
          .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/html;q=0.9, */*;q=0.5").GET();
      if (etag != null) {
        b.header("If-None-Match", etag);
      }
      if (lastModified != null) {
        b.header("If-Modified-Since", lastModified);
      }
      try {
        requests.incrementAndGet();
        HttpResponse<InputStream> r = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        int s = r.statusCode();
        if ((s == 429 || s >= 500) && attempt < policy.retries()) {
          close(r);
          last = new FetchException("http", s, "HTTP " + s);
          continue;
        }
        return r;
      } catch (HttpConnectTimeoutException e) {
        last = new FetchException("timeout", null, "connection timed out after " + policy.connectTimeout().toSeconds() + " s");
      } catch (HttpTimeoutException e) {
        last = new FetchException("timeout", null, "no answer within " + policy.requestTimeout().toSeconds() + " s");
      } catch (ConnectException e) {
        last = new FetchException("refused", null, "connection refused");
      } catch (SSLException e) {
        throw new FetchException("tls", null, "TLS failed: " + e.getMessage());
      } catch (IOException e) {
        if (e.getCause() instanceof UnknownHostException || e instanceof UnknownHostException) {
          throw new FetchException("dns", null, "unknown host " + u.getHost());
        }
        if (e.getCause() instanceof SSLException s) {
          throw new FetchException("tls", null, "TLS failed: " + s.getMessage());
        }
        last = new FetchException("network", null, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new FetchException("network", null, "interrupted");
      }
    }
    throw last;
  }

  /** Waits until the host may be asked again: the rate limit, or the site's Crawl-delay when longer (at most 30 s). */
  private void waitTurn(URI u) {
    String key = hostKey(u);
    Object lock = hostLocks.computeIfAbsent(key, k -> new Object());
    synchronized (lock) {
      long now = System.nanoTime();
      long at = nextAllowed.getOrDefault(key, now);
      if (at > now) {
        sleep((at - now) / 1_000_000);
      }
      long gap = policy.perHost().toNanos();
      Robots r = robots.get(key);
      if (r != null && r.crawlDelay() != null) {
        gap = Math.max(gap, (long) (Math.min(30, r.crawlDelay()) * 1e9));
      }
      nextAllowed.put(key, System.nanoTime() + gap);
    }
  }

  private byte[] read(HttpResponse<InputStream> r) throws FetchException {
    try (InputStream in = r.body()) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[16384];
      long total = 0;
      for (int n; (n = in.read(buf)) >= 0; ) {
        total += n;
        if (total > policy.maxBytes()) {
          throw new FetchException("too-large", null, "body over the limit of " + policy.maxBytes() + " bytes");
        }
        out.write(buf, 0, n);
      }
      return out.toByteArray();
    } catch (HttpTimeoutException e) {
      throw new FetchException("timeout", null, "body not received within " + policy.requestTimeout().toSeconds() + " s");
    } catch (IOException e) {
      throw new FetchException("network", null, "body cut short: " + e.getMessage());
    }
  }

  private static void close(HttpResponse<InputStream> r) {
    try {
      r.body().close();
    } catch (IOException ignored) {
      // the connection is dropped
    }
  }

  private static void sleep(long ms) {
    if (ms <= 0) {
      return;
    }
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
