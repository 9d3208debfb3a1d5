package org.armsledger.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Spark jobs submitted from the driver at the same time (a SparkContext takes jobs from several
 * threads): for small independent jobs, whose cost is mostly scheduling, planning and committing,
 * this overlaps one's waiting with another's tasks. {@link #await} waits for all of them and
 * rethrows the first failure, after the others have ended.
 */
final class Jobs {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final ExecutorService pool;
  private final List<Future<?>> submitted = new ArrayList<>();

  Jobs(int threads) {
    int n = POOLS.incrementAndGet();
    AtomicInteger thread = new AtomicInteger();
    pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "armsledger-jobs-" + n + "-" + thread.incrementAndGet());
      t.setDaemon(true); // a job that never ends must not keep the JVM up after the driver gave up
      return t;
    });
  }

  /** Starts {@code work}; its value is {@link #get}'s after {@link #await}. */
  <T> Future<T> submit(Callable<T> work) {
    Future<T> f = pool.submit(work);
    submitted.add(f);
    return f;
  }

  /** Starts {@code work}, which gives nothing back. */
  Future<?> submit(Runnable work) {
    Future<?> f = pool.submit(work);
    submitted.add(f);
    return f;
  }

  /** Waits for every job; the first failure (in submission order) is thrown once all have ended. */
  void await() {
    RuntimeException first = null;
    try {
      for (Future<?> f : submitted) {
        try {
          f.get();
        } catch (ExecutionException | CancellationException e) {
          if (first == null) {
            first = unwrap(e);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          for (Future<?> g : submitted) {
            g.cancel(true);
          }
          throw new IllegalStateException("interrupted while waiting for Spark jobs", e);
        }
      }
    } finally {
      pool.shutdown();
    }
    if (first != null) {
      throw first;
    }
  }

  /** The value of a job that {@link #await} saw end well. */
  static <T> T get(Future<T> f) {
    if (!f.isDone()) {
      throw new IllegalStateException("get before await");
    }
    try {
      return f.get();
    } catch (ExecutionException | CancellationException e) {
      throw unwrap(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static RuntimeException unwrap(Exception e) {
    Throwable c = e instanceof ExecutionException ? e.getCause() : e;
    if (c instanceof RuntimeException r) {
      return r;
    }
    if (c instanceof Error err) {
      throw err;
    }
    return new IllegalStateException(c.getMessage(), c);
  }
}
