package org.armsledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.armsledger.ledger.Entry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keys, migrations, read-only use and concurrent use of one SQLite store. */
class StoreReliabilityTest {
  @TempDir Path dir;

  @Test
  void aVersionTwoStoreIsMigratedToSourceKeysAndItsLedgerRebuilt() throws Exception {
    Path file = dir.resolve("old.db");
    String url = "jdbc:sqlite:" + file;
    Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").target("2").load().migrate();
    Path rel = Path.of("corpus/a/report.txt");
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.executeUpdate("INSERT INTO documents (doc, content_hash, text_hash, extractor, file, format, location, origin, sentences, claims, ingested_at)"
          + " VALUES ('report', 'h1', 't1', 'x', '" + rel + "', 'txt', '" + rel + "', 'report', 1, 1, 'now'),"
          + " ('dump:3', 'h2', 't2', 'x', 'feeds/dump.jsonl', 'jsonl', 'feeds/dump.jsonl:3', 'report', 1, 1, 'now')");
      s.executeUpdate("INSERT INTO sentences (doc, start_offset, end_offset, text) VALUES ('report', 0, 9, 'Sentence.')");
      s.executeUpdate("INSERT INTO claims (id, doc, group_key, relation, supplier, supplier_name, recipient, recipient_name, category, item_key,"
          + " status, negated, source_kind, published, origin, confidence, ev_start, ev_end, evidence, json)"
          + " VALUES ('c-1', 'report', 'transfer|TUR|KEN|c:uav', 'transfer', 'TUR', 'Turkey', 'KEN', 'Kenya', 'uav', '', 'delivered', 0, 'author',"
          + " '2024-03-02', 'report', 0.9, 0, 9, 'Sentence.', '{}'),"
          + " ('c-2', 'dump:3', 'transfer|TUR|KEN|c:uav', 'transfer', 'TUR', 'Turkey', 'KEN', 'Kenya', 'uav', '', 'delivered', 0, 'author',"
          + " '2024-03-03', 'report', 0.9, 0, 9, 'Sentence.', '{}')");
    }
    try (Store st = Store.open(file.toString())) {
      String key = rel.toAbsolutePath().normalize().toUri().toString();
      String key2 = Path.of("feeds/dump.jsonl").toAbsolutePath().normalize().toUri() + ":3";
      assertThat(st.document(key)).containsEntry("name", "report").containsEntry("origin", key);
      assertThat(st.document(key2)).containsEntry("name", "dump:3").containsEntry("origin", key); // a copy keeps pointing at its origin
      assertThat(st.claim("c-1").orElseThrow().doc()).isEqualTo(key);
      List<Entry> entries = st.entries(Filter.ALL, 10, 0);
      assertThat(entries).hasSize(1);
      assertThat(entries.get(0).documents()).isEqualTo(2);
      assertThat(entries.get(0).origins()).isEqualTo(1);
      assertThat(st.dirtyGroups()).isZero();
    }
  }

  @Test
  void queriesNeverCreateAStoreAndReadOnlyFilesAreOpenedReadOnly() throws Exception {
    Path missing = dir.resolve("typo.db");
    assertThatThrownBy(() -> Store.open(missing.toString(), Store.Mode.READ)).hasMessageContaining("no store at").hasMessageContaining("typo.db");
    assertThat(Files.exists(missing)).isFalse();

    Path folder = Files.createDirectories(dir.resolve("ro"));
    Path file = folder.resolve("s.db");
    try (Store st = Store.open(file.toString())) {
      st.put(List.of(StoreContract.doc("a", "h-a", "2022-08-27", "Reuters", "a",
          StoreContract.report("a", 0, "KOR", "POL", "artillery", "K9", "agreed", "2022-08-27", "Reuters", "a"))));
      assertThat(st.entries(Filter.ALL, 10, 0)).hasSize(1);
    }
    Files.deleteIfExists(Path.of(file + "-wal"));
    Files.deleteIfExists(Path.of(file + "-shm"));
    file.toFile().setWritable(false, false);
    folder.toFile().setWritable(false, false);
    try {
      boolean root = Files.isWritable(folder); // root writes anyway: then the store is simply writable
      try (Store st = Store.open(file.toString(), Store.Mode.READ)) {
        assertThat(st.readOnly()).isEqualTo(!root);
        assertThat(st.entries(Filter.ALL, 10, 0)).hasSize(1);
        assertThat(st.requireActor("--supplier", "south korea")).isEqualTo("KOR");
      }
    } finally {
      folder.toFile().setWritable(true, false);
      file.toFile().setWritable(true, false);
    }
  }

  @Test
  void anUnknownActorIsAnErrorSuggestingTheNearestStoredOnes() {
    try (Store st = Store.open(dir.resolve("s.db").toString())) {
      st.put(List.of(StoreContract.doc("a", "h-a", "2022-08-27", "Reuters", "a",
          StoreContract.report("a", 0, "KOR", "POL", "artillery", "K9", "agreed", "2022-08-27", "Reuters", "a"))));
      assertThatThrownBy(() -> st.requireActor("--recipient", "Polnd")).hasMessage("--recipient 'Polnd' matches no actor in the store; did you mean Poland (POL)?");
      assertThatThrownBy(() -> st.requireActor("--supplier", "Atlantis")).hasMessageContaining("matches no actor").hasMessageContaining("2 actors stored");
      assertThat(st.requireActor("--supplier", "kor")).isEqualTo("KOR");
    }
  }

  @Test
  void aSinceAfterTheUntilIsRefused() {
    assertThatThrownBy(() -> new Filter(null, null, null, null, null, "2024", "2020")).hasMessageContaining("--since 2024 is after --until 2020");
    assertThat(new Filter(null, null, null, null, null, "2024-05", "2024").since()).isEqualTo("2024-05");
  }

  @Test
  void twoProcessesWritingAndQueryingOneStoreNeverFail() throws Exception {
    String file = dir.resolve("shared.db").toString();
    try (Store a = Store.open(file); Store b = Store.open(file); Store reader = Store.open(file, Store.Mode.READ)) {
      ExecutorService pool = Executors.newFixedThreadPool(3);
      AtomicBoolean writing = new AtomicBoolean(true);
      List<Future<?>> writers = new ArrayList<>();
      for (Store w : List.of(a, b)) {
        String tag = w == a ? "a" : "b";
        writers.add(pool.submit(() -> {
          for (int i = 0; i < 150; i++) {
            String doc = tag + i;
            w.put(List.of(StoreContract.doc(doc, "h-" + doc, "2022-08-27", "Outlet " + tag, doc,
                StoreContract.report(doc, 0, "KOR", "POL", i % 2 == 0 ? "artillery" : "armored_vehicle", i % 2 == 0 ? "K9" : "K2", "agreed", "2022-08-27", "Outlet " + tag, doc))));
            if (i % 25 == 0) {
              w.refresh(n -> {});
            }
          }
          return null;
        }));
      }
      Future<Integer> queries = pool.submit(() -> {
        int n = 0;
        while (writing.get()) {
          reader.entries(Filter.ALL, 50, 0); // rebuilds dirty groups: a write racing the writers
          reader.countClaims(Filter.ALL);
          n++;
        }
        return n;
      });
      for (Future<?> f : writers) {
        f.get(120, TimeUnit.SECONDS);
      }
      writing.set(false);
      assertThat(queries.get(60, TimeUnit.SECONDS)).isPositive();
      pool.shutdown();
      assertThat(reader.countClaims(Filter.ALL)).isEqualTo(300);
      List<Entry> entries = reader.entries(Filter.ALL, 10, 0);
      assertThat(entries).extracting(Entry::claims).containsExactlyInAnyOrder(150, 150);
    }
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM dirty_groups")) {
      rs.next();
      assertThat(rs.getInt(1)).isZero();
    }
  }
}
