package org.armsledger.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.SparkSession;
import org.armsledger.cli.Main;
import org.armsledger.formats.ArticleReaders;
import org.armsledger.store.Store;
import org.armsledger.store.TestPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spark extract --jdbc}: the job's result in a real PostgreSQL store is what {@code ingest}
 * puts in a new SQLite store from the same inputs, and running the job again changes nothing.
 */
class SparkStoreIT {
  @TempDir Path tmp;

  @Test
  void theJobStoresWhatIngestStoresAndARerunAddsNothing() {
    String seeds = "../shared/corpora/seeds";
    String pg = TestPostgres.newDatabase("spark");
    SparkSession spark = SparkSession.builder().master("local[2]").appName("armsledger-store-test").config("spark.ui.enabled", "false")
        .getOrCreate();
    SparkExtract.Summary first;
    SparkExtract.Summary again;
    try {
      first = SparkExtract.run(spark, options(seeds, tmp.resolve("one"), pg), new PrintWriter(new StringWriter(), true));
      again = SparkExtract.run(spark, options(seeds, tmp.resolve("two"), pg), new PrintWriter(new StringWriter(), true));
    } finally {
      spark.stop();
    }
    assertThat(first.stored().added()).isEqualTo(5);
    assertThat(first.stored().groups()).isPositive();
    assertThat(again.stored().added()).isZero();
    assertThat(again.stored().replaced()).isZero();
    assertThat(again.stored().unchanged()).isEqualTo(5);
    assertThat(again.stored().groups()).isZero();

    Path sqlite = tmp.resolve("ingest.db");
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "ingest", "--db", sqlite.toString(), seeds);
    assertThat(code).isZero();
    Set<String> fromJob = entries(pg);
    assertThat(fromJob).hasSizeGreaterThan(10).isEqualTo(entries(sqlite.toString()));
    try (Store a = Store.open(pg, Store.Mode.READ); Store b = Store.open(sqlite.toString(), Store.Mode.READ)) {
      Map<String, Object> sa = a.stats();
      Map<String, Object> sb = b.stats();
      for (String k : List.of("documents", "claims", "entries", "independent_origins")) {
        assertThat(String.valueOf(sa.get(k))).as(k).isEqualTo(String.valueOf(sb.get(k)));
      }
    }
  }

  private static SparkExtract.Options options(String input, Path out, String jdbc) {
    return new SparkExtract.Options(List.of(input), out.toString(), 3, false, false, null, ArticleReaders.Options.DEFAULT.maxBytes(), false, jdbc);
  }

  /** The store's ledger as {@code ledger --json} lists it. */
  private static Set<String> entries(String db) {
    StringWriter out = new StringWriter();
    Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "ledger", "--db", db, "--json", "--limit", "0");
    return new TreeSet<>(out.toString().lines().toList());
  }
}
