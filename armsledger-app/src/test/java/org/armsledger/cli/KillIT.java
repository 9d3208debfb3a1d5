package org.armsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed with SIGKILL (kill -9) at several points, then run to the end, leaves exactly
 * the store an uninterrupted ingest of the same input gives: nothing lost, nothing duplicated.
 * The killed ingests run in child JVMs; the reference runs in this one.
 */
class KillIT {
  @TempDir Path dir;

  @Test
  void killedIngestsCompleteToTheSameStore() throws Exception {
    Path news = dir.resolve("news.jsonl");
    try (var lines = Files.lines(Path.of("../shared/corpora/bbc-news.jsonl"), StandardCharsets.UTF_8)) {
      Files.write(news, lines.limit(400).toList(), StandardCharsets.UTF_8);
    }
    String[] inputs = {news.toString(), LedgerIT.SEEDS.toString(), LedgerIT.NEWS.toString()};

    String reference = dir.resolve("reference.db").toString();
    Cli ref = Cli.run(concat(new String[] {"ingest", "--db", reference}, inputs));
    assertThat(ref.code()).as(ref.err()).isZero();
    long total = count(reference, "SELECT COUNT(*) FROM documents");
    assertThat(total).isGreaterThan(300);

    String db = dir.resolve("killed.db").toString();
    List<Long> killedAt = new ArrayList<>();
    for (long threshold : new long[] {40, 200, total - 30}) {
      Process p = child(db, inputs).process();
      long seen = waitFor(db, p, threshold);
      assertThat(p.isAlive()).as("ingest still running when %d documents were stored", seen).isTrue();
      p.destroyForcibly(); // SIGKILL on Unix
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isEqualTo(137);
      killedAt.add(seen);
    }
    assertThat(killedAt).isSorted();

    Jvm.Result last = child(db, inputs).await(300);
    assertThat(last.code()).as(last.err()).isZero();
    assertThat(last.err()).containsPattern("\\d+ articles: \\d+ added, 0 replaced, \\d+ unchanged");

    assertThat(count(db, "SELECT COUNT(*) FROM documents")).isEqualTo(total);
    assertThat(count(db, "SELECT COUNT(*) FROM dirty_groups")).isZero();
    assertThat(Cli.run("claims", "--db", db, "--json", "--limit", "0").out())
        .isEqualTo(Cli.run("claims", "--db", reference, "--json", "--limit", "0").out());
    assertThat(Cli.run("ledger", "--db", db, "--json", "--limit", "0").out())
        .isEqualTo(Cli.run("ledger", "--db", reference, "--json", "--limit", "0").out());
    assertThat(count(db, "SELECT COUNT(*) FROM sentences")).isEqualTo(count(reference, "SELECT COUNT(*) FROM sentences"));
  }

  private static String[] concat(String[] a, String[] b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** {@code armsledger ingest} in a child JVM on the launcher's classpath. */
  private static Jvm.Child child(String db, String[] inputs) throws IOException {
    return Jvm.start("2g", 0, null, concat(new String[] {"ingest", "--no-progress", "--threads", "2", "--db", db}, inputs));
  }

  /** Polls the store until it holds {@code threshold} documents or the child ends; returns the count seen. */
  private static long waitFor(String db, Process p, long threshold) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    long n = 0;
    while (p.isAlive() && System.nanoTime() < deadline) {
      try {
        n = count(db, "SELECT COUNT(*) FROM documents");
      } catch (SQLException notYet) {
        n = 0; // no file or no schema yet
      }
      if (n >= threshold) {
        return n;
      }
      Thread.sleep(10);
    }
    return n;
  }

  private static long count(String db, String sql) throws SQLException {
    if (!Files.exists(Path.of(db))) {
      throw new SQLException("no database yet");
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
