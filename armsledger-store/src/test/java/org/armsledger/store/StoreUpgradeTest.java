package org.armsledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.armsledger.ledger.Entry;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store written by the previous release (schema 3, entries keyed by designation; see
 * {@code src/test/resources/stores/README.md}) is upgraded in place, on SQLite and on PostgreSQL:
 * nothing stored is lost, entries are rebuilt by supply with lines, every old entry id still
 * resolves (kept, or redirected to the entry that holds its claims), and the store takes new
 * articles afterwards.
 */
class StoreUpgradeTest {
  static final String FIXTURE = "/stores/release-0.2.9.db";
  static final List<String> TABLES = List.of("documents", "sentences", "claims", "entries", "dirty_groups", "actors");

  @TempDir Path dir;

  @Test
  void anSqliteStoreOfTheLastReleaseIsUpgradedInPlace() throws Exception {
    Path file = dir.resolve("old.db");
    try (InputStream in = StoreUpgradeTest.class.getResourceAsStream(FIXTURE)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    Map<String, String> before = oldLedger("jdbc:sqlite:" + file);
    checkUpgrade(file.toString(), before);
  }

  @Test
  void aPostgresStoreOfTheLastReleaseIsUpgradedInPlace() throws Exception {
    Path file = dir.resolve("old.db");
    try (InputStream in = StoreUpgradeTest.class.getResourceAsStream(FIXTURE)) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    String pg = TestPostgres.newDatabase("armsledger_upgrade");
    // the schema the last release made, then its rows
    Flyway.configure().dataSource(pg, null, null).locations("classpath:db/migration").target("3").load().migrate();
    try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + file); Connection to = DriverManager.getConnection(pg)) {
      for (String t : TABLES) {
        copy(from, to, t);
      }
    }
    Map<String, String> before = oldLedger("jdbc:sqlite:" + file);
    assertThat(oldLedger(pg)).isEqualTo(before);
    checkUpgrade(pg, before);
  }

  private static void checkUpgrade(String spec, Map<String, String> before) throws SQLException {
    assertThat(before).hasSize(12);
    try (Store st = Store.open(spec)) {
      Map<String, Object> stats = st.stats();
      assertThat(stats).containsEntry("documents", 5L).containsEntry("claims", 15L);
      List<Entry> entries = st.entries(Filter.ALL, 100, 0);
      assertThat(st.dirtyGroups()).isZero();
      // Turkey's two drone systems for Niger: one entry, two lines, one of the two old ids kept
      Entry niger = entries.stream().filter(e -> e.supplierId().equals("TUR") && e.recipientId().equals("NER")).findFirst().orElseThrow();
      assertThat(entries.stream().filter(e -> e.supplierId().equals("TUR") && e.recipientId().equals("NER"))).hasSize(1);
      assertThat(niger.lines()).extracting(Entry.Line::label).containsExactly("Bayraktar Akinci", "Bayraktar TB2");
      List<String> nigerOld = before.entrySet().stream().filter(e -> e.getValue().startsWith("TUR NER")).map(Map.Entry::getKey).toList();
      assertThat(nigerOld).hasSize(2).contains(niger.id());
      // North Korea's missiles to Russia, "missile" and "ballistic_missile" entries before: one now
      assertThat(entries.stream().filter(e -> e.supplierId().equals("PRK") && e.kind().equals("missiles"))).singleElement()
          .satisfies(e -> assertThat(e.claims()).isEqualTo(3));
      // every old id resolves: still an entry, or redirected to one
      for (String old : before.keySet()) {
        if (st.entry(old).isPresent()) {
          continue;
        }
        Store.Redirect r = st.redirect(old).orElseThrow(() -> new AssertionError(old + " neither kept nor redirected"));
        assertThat(st.entry(r.newId())).as("redirect of %s", old).isPresent();
        assertThat(r.reason()).contains(r.newId());
      }
      assertThat(entries.stream().mapToInt(Entry::claims).sum()).isEqualTo(15);
      assertThat(st.windowDays()).isEqualTo(org.armsledger.ledger.Ledger.MAX_GAP_DAYS);
      // old documents kept no text; they stay readable, and new documents are stored whole
      assertThat(stats).containsEntry("articles_kept", 0L);
      st.put(List.of(StoreContract.withExtras(StoreContract.doc("new", "h-new", "2024-02-02", null, "new",
          StoreContract.report("new", 0, "TUR", "NER", "uav", "Bayraktar TB2", "delivered", "2024-02-02", null, "new")), "text", "abcd", 1)));
      assertThat(st.entry(niger.id())).hasValueSatisfying(e -> assertThat(e.claims()).isEqualTo(3));
    }
    try (Store st = Store.open(spec)) {
      assertThat(st.countEntries(Filter.ALL)).isEqualTo(st.entries(Filter.ALL, 100, 0).size());
    }
  }

  /** Entry id to "SUPPLIER RECIPIENT item" as the old store holds it. */
  private static Map<String, String> oldLedger(String jdbc) throws SQLException {
    Map<String, String> m = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(jdbc); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id, supplier, recipient, COALESCE(designation, category) FROM entries")) {
      while (rs.next()) {
        m.put(rs.getString(1), rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
      }
    }
    return m;
  }

  private static void copy(Connection from, Connection to, String table) throws SQLException {
    try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
      ResultSetMetaData md = rs.getMetaData();
      List<String> cols = new ArrayList<>();
      for (int i = 1; i <= md.getColumnCount(); i++) {
        cols.add(md.getColumnName(i));
      }
      String sql = "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES (" + String.join(",", cols.stream().map(c -> "?").toList()) + ")";
      try (PreparedStatement ps = to.prepareStatement(sql)) {
        while (rs.next()) {
          for (int i = 1; i <= cols.size(); i++) {
            Object v = rs.getObject(i);
            ps.setObject(i, v instanceof Integer n && isDouble(to, table, cols.get(i - 1)) ? (Object) n.doubleValue() : v);
          }
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
  }

  private static boolean isDouble(Connection to, String table, String col) throws SQLException {
    try (ResultSet rs = to.getMetaData().getColumns(null, null, table, col)) {
      return rs.next() && rs.getString("TYPE_NAME").startsWith("float");
    }
  }
}
