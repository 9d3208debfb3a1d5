package db.migration;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Version 5: full-text search over the claims' evidence sentences. SQLite: an FTS5 index with
 * Porter stemming over {@code claims.evidence}, kept in step by triggers. PostgreSQL: a GIN index
 * on the sentences' English {@code tsvector}. Documents get a short public id ({@code article_id},
 * {@code a-} and 16 hex digits of the key's SHA-256) for URLs, since keys hold slashes.
 */
public class V5__sentence_search extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws SQLException {
    boolean postgres = context.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    java.sql.Connection c = context.getConnection();
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE documents ADD COLUMN article_id TEXT");
    }
    java.util.List<String> docs = new java.util.ArrayList<>();
    try (Statement s = c.createStatement(); java.sql.ResultSet rs = s.executeQuery("SELECT doc FROM documents")) {
      while (rs.next()) {
        docs.add(rs.getString(1));
      }
    }
    try (java.sql.PreparedStatement ps = c.prepareStatement("UPDATE documents SET article_id = ? WHERE doc = ?")) {
      for (String d : docs) {
        ps.setString(1, org.armsledger.store.Store.articleId(d));
        ps.setString(2, d);
        ps.addBatch();
      }
      ps.executeBatch();
    }
    try (Statement s = c.createStatement()) {
      s.execute("CREATE INDEX documents_article_id ON documents (article_id)");
      if (postgres) {
        s.execute("CREATE INDEX claims_evidence_fts ON claims USING GIN (to_tsvector('english', evidence))");
        return;
      }
      s.execute("CREATE VIRTUAL TABLE claims_fts USING fts5(evidence, content='claims', content_rowid='rowid', tokenize='porter unicode61')");
      s.execute("CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN"
          + " INSERT INTO claims_fts (rowid, evidence) VALUES (new.rowid, new.evidence); END");
      s.execute("CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN"
          + " INSERT INTO claims_fts (claims_fts, rowid, evidence) VALUES ('delete', old.rowid, old.evidence); END");
      s.execute("CREATE TRIGGER claims_fts_update AFTER UPDATE OF evidence ON claims BEGIN"
          + " INSERT INTO claims_fts (claims_fts, rowid, evidence) VALUES ('delete', old.rowid, old.evidence);"
          + " INSERT INTO claims_fts (rowid, evidence) VALUES (new.rowid, new.evidence); END");
      s.execute("INSERT INTO claims_fts (claims_fts) VALUES ('rebuild')");
    }
  }
}
