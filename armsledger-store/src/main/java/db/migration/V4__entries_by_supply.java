package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.armsledger.ledger.Report;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 4: entries by supply, articles kept, copies across runs.
 *
 * <ul>
 *   <li>A ledger group is relation, supplier, recipient and item kind ({@link Report#kind}); the
 *       systems inside an entry are its lines ({@code entry_lines}). Every claim's and entry's
 *       {@code group_key} is recomputed and every group marked for rebuilding; claims keep the entry
 *       id they had, so the rebuild carries the old ids over and redirects those that merged
 *       ({@code entry_redirects}).
 *   <li>Documents keep the article (compressed, {@code article}), a MinHash signature and its LSH
 *       keys ({@code copy_keys}) so that copies are found across runs, and a {@code note} for
 *       articles stored without claims (no sentences left after cleaning).
 *   <li>Claims carry {@code event_date}, the supply's time (the claim's own, else the article's
 *       date), for the time filters.
 *   <li>{@code settings} records the merge window.
 * </ul>
 */
public class V4__entries_by_supply extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    boolean postgres = c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE documents ADD COLUMN article " + (postgres ? "BYTEA" : "BLOB"));
      s.execute("ALTER TABLE documents ADD COLUMN signature TEXT");
      s.execute("ALTER TABLE documents ADD COLUMN shingles INTEGER");
      s.execute("ALTER TABLE documents ADD COLUMN note TEXT");
      s.execute("CREATE TABLE copy_keys (key INTEGER NOT NULL, doc TEXT NOT NULL)");
      s.execute("CREATE INDEX copy_keys_key ON copy_keys (key)");
      s.execute("CREATE INDEX copy_keys_doc ON copy_keys (doc)");
      s.execute("CREATE INDEX documents_origin ON documents (origin)");

      s.execute("ALTER TABLE claims ADD COLUMN event_date TEXT");
      s.execute("UPDATE claims SET event_date = COALESCE(time_start, published)");
      s.execute("CREATE INDEX claims_event ON claims (event_date, id)");
      s.execute("CREATE INDEX claims_category_event ON claims (category, event_date)");

      s.execute("ALTER TABLE entries ADD COLUMN kind TEXT");
      s.execute("CREATE INDEX entries_event_end ON entries (event_end, id)");
      s.execute("CREATE INDEX entries_kind ON entries (kind, last_reported, id)");
      s.execute("CREATE INDEX entries_kind_event ON entries (kind, event_end)");
      s.execute("CREATE TABLE entry_lines (entry TEXT NOT NULL, line INTEGER NOT NULL, item_key TEXT NOT NULL, designation TEXT,"
          + " category TEXT NOT NULL, status TEXT NOT NULL, claims INTEGER NOT NULL, PRIMARY KEY (entry, line))");
      s.execute("CREATE INDEX entry_lines_item ON entry_lines (item_key, entry)");
      s.execute("CREATE INDEX entry_lines_category ON entry_lines (category, entry)");
      s.execute("CREATE TABLE entry_redirects (old_id TEXT PRIMARY KEY, new_id TEXT, reason TEXT NOT NULL, at TEXT NOT NULL)");
      s.execute("CREATE INDEX entry_redirects_new ON entry_redirects (new_id)");
      s.execute("CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL)");
    }
    rekey(c, "claims", "id");
    rekey(c, "entries", "id");
    try (Statement s = c.createStatement()) {
      s.execute("DELETE FROM dirty_groups");
      s.execute("INSERT INTO dirty_groups (group_key) SELECT DISTINCT group_key FROM claims");
    }
  }

  /** Sets every row's group key from its relation, supplier, recipient and category. */
  private static void rekey(Connection c, String table, String id) throws SQLException {
    Map<String, String> keys = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT " + id + ", relation, supplier, recipient, category FROM " + table + " ORDER BY " + id)) {
      while (rs.next()) {
        keys.put(rs.getString(1), Report.groupKey(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
      }
    }
    try (PreparedStatement ps = c.prepareStatement("UPDATE " + table + " SET group_key = ? WHERE " + id + " = ?")) {
      int n = 0;
      for (Map.Entry<String, String> e : keys.entrySet()) {
        ps.setString(1, e.getValue());
        ps.setString(2, e.getKey());
        ps.addBatch();
        if (++n % 1000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
    }
  }
}
