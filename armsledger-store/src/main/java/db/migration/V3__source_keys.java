package db.migration;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 3: documents are keyed by their source, not by their name. Until version 2 a document's
 * key was its file name without extension or the record's own id, so {@code a/report.txt} and
 * {@code b/report.txt} overwrote each other. From here {@code documents.doc} (and the {@code doc}
 * and {@code origin} columns that point at it) hold the source key: the input file's absolute
 * {@code file:} URI with the record's position ({@code :LINE}, {@code @OFFSET}, {@code #INDEX}); the
 * old id stays as {@code documents.name}. Relative paths of old stores are resolved against the
 * folder the migration runs in, the folder ingests ran from in the usual case, so that re-ingesting
 * the same files finds them unchanged. Every ledger group is marked for rebuilding.
 */
public class V3__source_keys extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE documents ADD COLUMN name TEXT");
      s.execute("UPDATE documents SET name = doc");
    }
    Map<String, String> keys = new LinkedHashMap<>();
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT doc, file, location FROM documents ORDER BY doc")) {
      while (rs.next()) {
        String key = key(rs.getString(2), rs.getString(3));
        if (key != null && !key.equals(rs.getString(1))) {
          keys.put(rs.getString(1), key);
        }
      }
    }
    List<String> updates = List.of(
        "UPDATE documents SET doc = ? WHERE doc = ?",
        "UPDATE documents SET origin = ? WHERE origin = ?",
        "UPDATE sentences SET doc = ? WHERE doc = ?",
        "UPDATE claims SET doc = ? WHERE doc = ?",
        "UPDATE claims SET origin = ? WHERE origin = ?");
    for (String sql : updates) {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (Map.Entry<String, String> e : keys.entrySet()) {
          ps.setString(1, e.getValue());
          ps.setString(2, e.getKey());
          ps.addBatch();
        }
        ps.executeBatch();
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("INSERT INTO dirty_groups (group_key) SELECT DISTINCT group_key FROM claims"
          + " WHERE group_key NOT IN (SELECT group_key FROM dirty_groups)");
    }
  }

  /** The source key of a document stored with {@code file} and {@code location} (file plus position), or null. */
  static String key(String file, String location) {
    if (file == null || location == null || !location.startsWith(file)) {
      return null;
    }
    try {
      return Path.of(file).toAbsolutePath().normalize().toUri() + location.substring(file.length());
    } catch (InvalidPathException e) {
      return null;
    }
  }
}
