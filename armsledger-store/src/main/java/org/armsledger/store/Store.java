package org.armsledger.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.armsledger.ledger.Entry;
import org.armsledger.ledger.Ledger;
import org.armsledger.ledger.LedgerJson;
import org.armsledger.ledger.Report;
import org.armsledger.text.Printable;
import org.flywaydb.core.Flyway;

/**
 * The claim and ledger store over JDBC: an SQLite file (WAL journal) or a PostgreSQL server, the
 * schema migrated by Flyway on open.
 *
 * <p>Writes go through {@link #put}: each call is one transaction that replaces its documents'
 * claims and marks the ledger groups they touch dirty. {@link #refresh} rebuilds dirty groups'
 * entries in transactions that also clear the marks, so after a crash the marks say what is left
 * to do. Queries refresh first, so they never see stale entries. Not thread-safe: one thread
 * writes; the connection pool serves that thread's reads.
 */
public final class Store implements AutoCloseable {
  /** The default database: an SQLite file in the working folder. */
  public static final String DEFAULT_FILE = "armsledger.db";

  private static final int REFRESH_BATCH = 200;
  /** How long a writer waits for another process's write transaction before giving up. */
  static final int BUSY_TIMEOUT_MS = 60_000;
  /** How many times a transaction that lost a race (a deadlock, a serialization failure, a busy store) is retried. */
  private static final int RETRIES = 5;
  /** After rebuilding this many groups, refresh the planner's statistics so filters pick the selective index. */
  private static final int ANALYZE_AFTER = 1000;
  /** A null of a given SQL type: PostgreSQL refuses an untyped (VARCHAR) null in a numeric column. */
  private record TypedNull(int type) {}

  private static final TypedNull NULL_DOUBLE = new TypedNull(Types.DOUBLE);
  private static final TypedNull NULL_INTEGER = new TypedNull(Types.INTEGER);

  private final HikariDataSource ds;
  private final String description;
  private final boolean postgres;
  private final Path file;
  private final boolean readOnly;

  private Store(HikariDataSource ds, String description, boolean postgres, Path file, boolean readOnly) {
    this.ds = ds;
    this.description = description;
    this.postgres = postgres;
    this.file = file;
    this.readOnly = readOnly;
  }

  /** How a command uses the store. */
  public enum Mode {
    /** Writes (ingest): an SQLite file is created when missing. */
    WRITE,
    /**
     * Reads (ledger, claims, show, stats, export): a missing SQLite file is an error, never a new
     * empty store; a file or folder that cannot be written is opened read-only.
     */
    READ
  }

  /** {@link #open(String, Mode)} for writing. */
  public static Store open(String spec) {
    return open(spec, Mode.WRITE);
  }

  /**
   * Opens (creating and migrating as needed) the store named by {@code spec}: a JDBC URL
   * ({@code jdbc:postgresql://host:port/db?user=..&password=..}, {@code jdbc:sqlite:FILE}) or the
   * path of an SQLite file; null means {@value #DEFAULT_FILE}.
   */
  public static Store open(String spec, Mode mode) {
    String s = spec == null ? DEFAULT_FILE : spec;
    HikariConfig cfg = new HikariConfig();
    String description;
    Path file = null;
    boolean readOnly = false;
    if (s.startsWith("jdbc:postgresql:")) {
      cfg.setJdbcUrl(s);
      if (!s.contains("reWriteBatchedInserts")) {
        cfg.addDataSourceProperty("reWriteBatchedInserts", "true"); // batches as multi-row INSERTs
      }
      cfg.setMaximumPoolSize(4);
      description = "PostgreSQL " + s.replaceAll("password=[^&]*", "password=***");
    } else {
      String name = s.startsWith("jdbc:sqlite:") ? s.substring("jdbc:sqlite:".length()) : s;
      file = Path.of(name);
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new IllegalArgumentException("no folder for the database file: " + Printable.quote(parent.toString()));
      }
      if (Files.isDirectory(file)) {
        throw new IllegalArgumentException("the database " + Printable.quote(name) + " is a folder, not an SQLite file");
      }
      if (mode == Mode.READ && !Files.exists(file)) {
        throw new IllegalArgumentException("no store at " + Printable.quote(name)
            + ": ingest articles into it first (armsledger ingest PATH --db " + name + "), or name the store with --db or $ARMSLEDGER_DB");
      }
      readOnly = mode == Mode.READ && (!Files.isWritable(file) || parent != null && !Files.isWritable(parent));
      if (readOnly) {
        // WAL needs its -shm file beside the store: a store that cannot be written is read as an
        // immutable file (what a crashed run left is not rebuilt then)
        cfg.setJdbcUrl("jdbc:sqlite:file:" + file.toAbsolutePath() + "?immutable=1");
        cfg.addDataSourceProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        cfg.setReadOnly(true);
      } else {
        cfg.setJdbcUrl("jdbc:sqlite:" + name);
        cfg.addDataSourceProperty("journal_mode", "WAL");
        cfg.addDataSourceProperty("synchronous", "NORMAL");
        // a writer waits for another (a second ingest, a query rebuilding entries) instead of failing
        cfg.addDataSourceProperty("busy_timeout", String.valueOf(BUSY_TIMEOUT_MS));
        // write transactions take the write lock when they begin: a transaction that read first and
        // then writes cannot fail with SQLITE_BUSY_SNAPSHOT because another process committed
        cfg.addDataSourceProperty("transaction_mode", "IMMEDIATE");
      }
      cfg.setMaximumPoolSize(2);
      description = "SQLite " + name + (readOnly ? " (read-only)" : "");
    }
    cfg.setPoolName("armsledger");
    cfg.setAutoCommit(true);
    cfg.setInitializationFailTimeout(-1); // errors come from the first use, with their cause
    HikariDataSource ds;
    try {
      ds = new HikariDataSource(cfg);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("cannot open database " + s.replaceAll("password=[^&]*", "password=***") + ": " + rootMessage(e), e);
    }
    try {
      Flyway fw = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load();
      if (readOnly) {
        if (fw.info().pending().length > 0) {
          throw new IllegalStateException("the store was written by an older armsledger and needs migrating, but it cannot be written");
        }
      } else {
        fw.migrate();
      }
    } catch (RuntimeException e) {
      ds.close();
      throw new IllegalArgumentException("cannot open database " + description + ": " + explain(e), e);
    }
    return new Store(ds, description, s.startsWith("jdbc:postgresql:"), file, readOnly);
  }

  /** The SQLite file, or null for PostgreSQL. */
  public Path file() {
    return file;
  }

  /** The SQLite file with its journal files (which an output must never overwrite); empty for PostgreSQL. */
  public List<Path> files() {
    if (file == null) {
      return List.of();
    }
    return List.of(file, Path.of(file + "-wal"), Path.of(file + "-shm"), Path.of(file + "-journal"));
  }

  /** Whether the store was opened read-only (its file or folder cannot be written). */
  public boolean readOnly() {
    return readOnly;
  }

  /** A database error in words a user acts on: a full disk, a store that is not a database, a store another process holds. */
  static String explain(Throwable e) {
    String m = rootMessage(e);
    String all = String.valueOf(m) + " " + String.valueOf(e.getMessage());
    if (all.contains("SQLITE_FULL") || all.contains("disk is full") || all.contains("No space left") || all.contains("could not extend file")
        || all.contains("53100")) {
      return "the disk is full (" + m + ")";
    }
    if (all.contains("SQLITE_IOERR") || all.contains("disk I/O error") || all.contains("File too large")) {
      return "the store could not be written to disk: the disk is full, or a file-size limit was reached (" + m + ")";
    }
    if (all.contains("SQLITE_NOTADB") || all.contains("file is not a database")) {
      return "the file is not an armsledger store (not an SQLite database)";
    }
    if (all.contains("SQLITE_BUSY")) {
      return "another process holds the store (an ingest?) for longer than " + BUSY_TIMEOUT_MS / 1000 + " s: try again when it ends (" + m + ")";
    }
    if (all.contains("SQLITE_READONLY") || all.contains("attempt to write a readonly database")) {
      return "the store cannot be written (" + m + ")";
    }
    return m;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** Which database this is, password hidden. */
  public String describe() {
    return description;
  }

  // ---------------------------------------------------------------- writing

  /** What the store holds for a document: its content hash and the extractor version that read it; null when absent. */
  public record Known(String contentHash, String extractor) {}

  public Known known(String doc) {
    return query("reading document " + doc, "SELECT content_hash, extractor FROM documents WHERE doc = ?", List.of(doc),
        rs -> new Known(rs.getString(1), rs.getString(2))).stream().findFirst().orElse(null);
  }

  /** The origin of a stored document with this folded-text hash (other than {@code doc}), or null. */
  public String originOfText(String textHash, String doc) {
    return query("looking up text hash", "SELECT origin FROM documents WHERE text_hash = ? AND doc <> ? ORDER BY doc LIMIT 1",
        List.of(textHash, doc), rs -> rs.getString(1)).stream().findFirst().orElse(null);
  }

  /**
   * Writes documents with their claims in one transaction: a document already stored is replaced
   * with its claims and sentences; every ledger group its old or new claims belong to is marked dirty.
   */
  public void put(List<StoredDocument> docs) {
    inTransaction("storing " + (docs.size() == 1 ? Printable.quote(docs.get(0).document().doc()) : docs.size() + " documents"), c -> {
      String now = Instant.now().toString();
      try (PreparedStatement oldGroups = c.prepareStatement("SELECT DISTINCT group_key FROM claims WHERE doc = ?");
          PreparedStatement delClaims = c.prepareStatement("DELETE FROM claims WHERE doc = ?");
          PreparedStatement delSentences = c.prepareStatement("DELETE FROM sentences WHERE doc = ?");
          PreparedStatement delDoc = c.prepareStatement("DELETE FROM documents WHERE doc = ?");
          PreparedStatement insDoc = c.prepareStatement(
              "INSERT INTO documents (doc, name, content_hash, text_hash, extractor, title, uri, outlet, byline, published, genre, language,"
                  + " file, format, location, origin, duplicate_of, syndicated_from, similarity, sentences, claims, ingested_at)"
                  + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
          PreparedStatement insSentence = c.prepareStatement(
              "INSERT INTO sentences (doc, start_offset, end_offset, text, raw_start, raw_end) VALUES (?,?,?,?,?,?)"
                  + " ON CONFLICT (doc, start_offset, end_offset) DO NOTHING");
          PreparedStatement insClaim = c.prepareStatement(
              "INSERT INTO claims (id, doc, group_key, entry, relation, supplier, supplier_name, recipient, recipient_name, category,"
                  + " designation, item_key, item_text, quantity_text, quantity_value, status, negated, time_text, time_start, time_end,"
                  + " source_name, source_kind, published, outlet, origin, confidence, ev_start, ev_end, evidence, json)"
                  + " VALUES (?,?,?,NULL,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING");
          PreparedStatement dirty = c.prepareStatement("INSERT INTO dirty_groups (group_key) VALUES (?) ON CONFLICT (group_key) DO NOTHING");
          PreparedStatement actor = c.prepareStatement("INSERT INTO actors (id, name, kind) VALUES (?,?,?) ON CONFLICT (id) DO NOTHING")) {
        TreeSet<String> groups = new TreeSet<>();
        TreeSet<String> actors = new TreeSet<>();
        for (StoredDocument sd : docs) {
          DocumentRecord d = sd.document();
          oldGroups.setString(1, d.doc());
          try (ResultSet rs = oldGroups.executeQuery()) {
            while (rs.next()) {
              groups.add(rs.getString(1));
            }
          }
          for (PreparedStatement del : List.of(delClaims, delSentences, delDoc)) {
            del.setString(1, d.doc());
            del.executeUpdate();
          }
          bind(insDoc, d.doc(), d.name(), d.contentHash(), d.textHash(), d.extractor(), d.title(), d.uri(), d.outlet(), d.byline(), d.published(),
              d.genre(), d.language(), d.file(), d.format(), d.location(), d.origin(), d.duplicateOf(), d.syndicatedFrom(), num(d.similarity()),
              d.sentences(), sd.claims().size(), now);
          insDoc.executeUpdate();
          for (ClaimRecord cr : sd.claims()) {
            Report r = cr.report();
            bind(insSentence, d.doc(), cr.evidenceStart(), cr.evidenceEnd(), r.evidence(), num(cr.rawStart()), num(cr.rawEnd()));
            insSentence.addBatch();
            bind(insClaim, r.claimId(), r.doc(), r.groupKey(), r.relation(), r.supplierId(), r.supplierName(), r.recipientId(),
                r.recipientName(), r.category(), r.designation(), itemKey(r.designation()), r.itemText(), r.quantityText(),
                num(r.quantityValue()), r.status(), r.negated() ? 1 : 0, r.timeText(), r.timeStart(), r.timeEnd(), r.sourceName(),
                r.sourceKind(), r.published() == null ? "" : r.published(), r.outlet(), r.origin(), r.confidence(),
                cr.evidenceStart(), cr.evidenceEnd(), r.evidence(), cr.json());
            insClaim.addBatch();
            groups.add(r.groupKey());
            if (actors.add(r.supplierId())) {
              bind(actor, r.supplierId(), r.supplierName(), kind(r.supplierId()));
              actor.addBatch();
            }
            if (actors.add(r.recipientId())) {
              bind(actor, r.recipientId(), r.recipientName(), kind(r.recipientId()));
              actor.addBatch();
            }
          }
        }
        insSentence.executeBatch();
        insClaim.executeBatch();
        actor.executeBatch();
        for (String g : groups) {
          dirty.setString(1, g);
          dirty.addBatch();
        }
        dirty.executeBatch();
      }
    });
  }

  /** {@code state} for an ISO alpha-3 id, else {@code non-state}. */
  public static String kind(String actorId) {
    return actorId.matches("[A-Z]{3}") ? "state" : "non-state";
  }

  private static Object num(Double d) {
    return d == null ? NULL_DOUBLE : d;
  }

  private static Object num(Integer n) {
    return n == null ? NULL_INTEGER : n;
  }

  private static String itemKey(String designation) {
    return designation == null ? "" : designation.toLowerCase(Locale.ROOT);
  }

  /** Ledger groups waiting for their entries to be rebuilt. */
  public int dirtyGroups() {
    return query("counting dirty groups", "SELECT COUNT(*) FROM dirty_groups", List.of(), rs -> rs.getInt(1)).get(0);
  }

  /**
   * Rebuilds the entries of every dirty group, {@value #REFRESH_BATCH} groups per transaction;
   * {@code progress} gets the number of groups done after each transaction. Returns the groups rebuilt.
   */
  public int refresh(IntConsumer progress) {
    int done = 0;
    while (true) {
      List<String> keys = query("reading dirty groups", "SELECT group_key FROM dirty_groups ORDER BY group_key LIMIT " + REFRESH_BATCH,
          List.of(), rs -> rs.getString(1));
      if (keys.isEmpty()) {
        if (done >= ANALYZE_AFTER) {
          analyze();
        }
        return done;
      }
      inTransaction("rebuilding ledger entries", c -> {
        try (PreparedStatement read = c.prepareStatement(
                "SELECT id, doc, relation, supplier, supplier_name, recipient, recipient_name, category, designation, item_text,"
                    + " quantity_text, quantity_value, status, negated, time_text, time_start, time_end, source_name, source_kind,"
                    + " published, outlet, origin, confidence, evidence FROM claims WHERE group_key = ?");
            PreparedStatement delEntries = c.prepareStatement("DELETE FROM entries WHERE group_key = ?");
            PreparedStatement insEntry = c.prepareStatement(
                "INSERT INTO entries (id, group_key, relation, supplier, supplier_name, recipient, recipient_name, category, designation,"
                    + " item_key, status, disputed, first_reported, last_reported, event_start, event_end, claims, documents, outlets,"
                    + " origins, json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            PreparedStatement setEntry = c.prepareStatement("UPDATE claims SET entry = ? WHERE id = ?");
            PreparedStatement clean = c.prepareStatement("DELETE FROM dirty_groups WHERE group_key = ?")) {
          for (String key : keys) {
            // the mark is taken first: a group another process rebuilt meanwhile is skipped, and on
            // PostgreSQL the row lock keeps two processes from rebuilding one group at once
            clean.setString(1, key);
            if (clean.executeUpdate() == 0) {
              continue;
            }
            List<Report> reports = new ArrayList<>();
            read.setString(1, key);
            try (ResultSet rs = read.executeQuery()) {
              while (rs.next()) {
                reports.add(report(rs));
              }
            }
            delEntries.setString(1, key);
            delEntries.executeUpdate();
            if (!reports.isEmpty()) {
              for (Entry e : Ledger.mergeGroup(reports)) {
                bind(insEntry, e.id(), e.groupKey(), e.relation(), e.supplierId(), e.supplierName(), e.recipientId(), e.recipientName(),
                    e.category(), e.designation(), itemKey(e.designation()), e.status(), e.disputed() ? 1 : 0,
                    e.firstReported() == null ? "" : e.firstReported(), e.lastReported() == null ? "" : e.lastReported(),
                    e.eventStart(), e.eventEnd(), e.claims(), e.documents(), e.outlets(), e.origins(), LedgerJson.line(e));
                insEntry.addBatch();
                for (Entry.Member m : e.members()) {
                  setEntry.setString(1, e.id());
                  setEntry.setString(2, m.claim());
                  setEntry.addBatch();
                }
              }
              insEntry.executeBatch();
              setEntry.executeBatch();
            }
          }
        }
      });
      done += keys.size();
      progress.accept(done);
    }
  }

  private void analyze() {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      if (postgres) {
        // also sets the visibility map, so that counts are index-only scans after a bulk load
        s.execute("VACUUM ANALYZE claims");
        s.execute("VACUUM ANALYZE entries");
      } else {
        s.execute("ANALYZE");
      }
    } catch (SQLException e) {
      throw new StoreException("updating planner statistics", e);
    }
  }

  private static Report report(ResultSet rs) throws SQLException {
    Object qv = rs.getObject(12);
    String published = rs.getString(20);
    return new Report(
        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
        rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11), qv == null ? null : ((Number) qv).doubleValue(),
        rs.getString(13), rs.getInt(14) != 0, rs.getString(15), rs.getString(16), rs.getString(17), rs.getString(18),
        rs.getString(19), published == null || published.isEmpty() ? null : published, rs.getString(21), rs.getString(22),
        rs.getDouble(23), rs.getString(24));
  }

  // ---------------------------------------------------------------- reading

  /**
   * The stored actor id for an id or a name, matched without regard to case ("russia", "RUS");
   * the input itself when nothing matches.
   */
  public String resolveActor(String nameOrId) {
    return nameOrId == null ? null : lookupActor(nameOrId).orElse(nameOrId.trim());
  }

  /** The stored actor whose id or name is {@code nameOrId}, without regard to case. */
  private Optional<String> lookupActor(String nameOrId) {
    String k = nameOrId.trim().toLowerCase(Locale.ROOT);
    return query("resolving actor", "SELECT id FROM actors WHERE LOWER(id) = ? OR LOWER(name) = ? ORDER BY id LIMIT 1", List.of(k, k),
        rs -> rs.getString(1)).stream().findFirst();
  }


  /**
   * The stored actor id for an id or a name, or an error that names the nearest stored actors when
   * nothing matches (a typo must not read as an empty ledger).
   */
  public String requireActor(String option, String nameOrId) {
    if (nameOrId == null) {
      return null;
    }
    Optional<String> hit = lookupActor(nameOrId);
    if (hit.isPresent()) {
      return hit.get();
    }
    String k = nameOrId.trim().toLowerCase(Locale.ROOT);
    java.util.function.ToIntFunction<ActorRow> far = a -> Math.min(distance(k, a.name().toLowerCase(Locale.ROOT)), distance(k, a.id().toLowerCase(Locale.ROOT)));
    List<ActorRow> all = actors();
    List<String> near = all.stream()
        .filter(a -> far.applyAsInt(a) <= Math.max(2, k.length() / 3))
        .sorted(java.util.Comparator.comparingInt(far).thenComparing(ActorRow::id))
        .limit(3)
        .map(a -> a.name() + " (" + a.id() + ")")
        .toList();
    throw new IllegalArgumentException(option + " '" + Printable.line(nameOrId) + "' matches no actor in the store"
        + (near.isEmpty() ? " (" + all.size() + " actors stored; `armsledger stats` lists the commonest)" : "; did you mean " + String.join(" or ", near) + "?"));
  }

  /** Levenshtein distance, for suggestions. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        cur[j] = Math.min(Math.min(cur[j - 1], prev[j]) + 1, prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  /** An actor: id, name and kind (state or non-state). */
  public record ActorRow(String id, String name, String kind) {}

  public List<ActorRow> actors() {
    return query("reading actors", "SELECT id, name, kind FROM actors ORDER BY id", List.of(),
        rs -> new ActorRow(rs.getString(1), rs.getString(2), rs.getString(3)));
  }

  /** Entries matching the filter, latest reported first (ties: id descending). */
  public List<Entry> entries(Filter f, int limit, int offset) {
    ensureFresh();
    List<Object> args = new ArrayList<>();
    String where = where(f, args, "last_reported", "first_reported");
    args.add(limit);
    args.add(offset);
    return query("listing entries", "SELECT json FROM entries" + where + " ORDER BY last_reported DESC, id DESC LIMIT ? OFFSET ?", args,
        rs -> LedgerJson.read(rs.getString(1)));
  }

  /** Every matching entry, streamed in the order of {@link #entries}. */
  public void forEachEntry(Filter f, Consumer<Entry> sink) {
    ensureFresh();
    List<Object> args = new ArrayList<>();
    String where = where(f, args, "last_reported", "first_reported");
    stream("exporting entries", "SELECT json FROM entries" + where + " ORDER BY last_reported DESC, id DESC", args,
        rs -> sink.accept(LedgerJson.read(rs.getString(1))));
  }

  public long countEntries(Filter f) {
    ensureFresh();
    List<Object> args = new ArrayList<>();
    String where = where(f, args, "last_reported", "first_reported");
    return query("counting entries", "SELECT COUNT(*) FROM entries" + where, args, rs -> rs.getLong(1)).get(0);
  }

  /** Claims matching the filter (dates are the articles' dates), latest first. */
  public List<StoredClaim> claims(Filter f, int limit, int offset) {
    ensureFresh();
    List<Object> args = new ArrayList<>();
    String where = where(f, args, "published", "published");
    args.add(limit);
    args.add(offset);
    return query("listing claims", "SELECT id, entry, doc, json FROM claims" + where + " ORDER BY published DESC, id DESC LIMIT ? OFFSET ?",
        args, Store::storedClaim);
  }

  public long countClaims(Filter f) {
    ensureFresh();
    List<Object> args = new ArrayList<>();
    String where = where(f, args, "published", "published");
    return query("counting claims", "SELECT COUNT(*) FROM claims" + where, args, rs -> rs.getLong(1)).get(0);
  }

  public Optional<Entry> entry(String id) {
    ensureFresh();
    return query("reading entry " + id, "SELECT json FROM entries WHERE id = ?", List.of(id), rs -> LedgerJson.read(rs.getString(1)))
        .stream().findFirst();
  }

  public Optional<StoredClaim> claim(String id) {
    ensureFresh();
    return query("reading claim " + id, "SELECT id, entry, doc, json FROM claims WHERE id = ?", List.of(id), Store::storedClaim)
        .stream().findFirst();
  }

  /** The claims of an entry, in no particular order. */
  public List<StoredClaim> claimsOfEntry(String entryId) {
    ensureFresh();
    return query("reading claims of " + entryId, "SELECT id, entry, doc, json FROM claims WHERE entry = ?", List.of(entryId),
        Store::storedClaim);
  }

  /** Stored metadata of a document, as column name to value; empty when absent. */
  public Map<String, Object> document(String doc) {
    List<Map<String, Object>> rows = query("reading document " + doc, "SELECT * FROM documents WHERE doc = ?", List.of(doc), rs -> {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
        m.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
      }
      return m;
    });
    return rows.isEmpty() ? Map.of() : rows.get(0);
  }

  /** Totals and breakdowns for {@code armsledger stats}, in display order. */
  public Map<String, Object> stats() {
    ensureFresh();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("database", description);
    m.put("documents", scalar("SELECT COUNT(*) FROM documents"));
    m.put("documents_with_claims", scalar("SELECT COUNT(*) FROM documents WHERE claims > 0"));
    m.put("claims", scalar("SELECT COUNT(*) FROM claims"));
    m.put("entries", scalar("SELECT COUNT(*) FROM entries"));
    m.put("disputed_entries", scalar("SELECT COUNT(*) FROM entries WHERE disputed = 1"));
    m.put("actors", scalar("SELECT COUNT(*) FROM actors"));
    m.put("outlets", scalar("SELECT COUNT(DISTINCT outlet) FROM documents WHERE outlet IS NOT NULL"));
    m.put("independent_origins", scalar("SELECT COUNT(DISTINCT origin) FROM documents"));
    m.put("first_published", query("dates", "SELECT MIN(published) FROM documents WHERE published IS NOT NULL", List.of(), rs -> rs.getString(1)).get(0));
    m.put("last_published", query("dates", "SELECT MAX(published) FROM documents WHERE published IS NOT NULL", List.of(), rs -> rs.getString(1)).get(0));
    m.put("entries_by_status", counts("SELECT status, COUNT(*) FROM entries GROUP BY status ORDER BY COUNT(*) DESC, status"));
    m.put("claims_by_relation", counts("SELECT relation, COUNT(*) FROM claims GROUP BY relation ORDER BY COUNT(*) DESC, relation"));
    m.put("entries_by_category", counts("SELECT category, COUNT(*) FROM entries GROUP BY category ORDER BY COUNT(*) DESC, category"));
    m.put("top_suppliers", counts("SELECT supplier_name, COUNT(*) FROM entries GROUP BY supplier_name ORDER BY COUNT(*) DESC, supplier_name LIMIT 10"));
    m.put("top_recipients", counts("SELECT recipient_name, COUNT(*) FROM entries GROUP BY recipient_name ORDER BY COUNT(*) DESC, recipient_name LIMIT 10"));
    m.put("documents_by_extractor", counts("SELECT extractor, COUNT(*) FROM documents GROUP BY extractor ORDER BY extractor"));
    m.put("documents_by_format", counts("SELECT COALESCE(format, '?'), COUNT(*) FROM documents GROUP BY COALESCE(format, '?') ORDER BY COUNT(*) DESC"));
    return m;
  }

  private long scalar(String sql) {
    return query("statistics", sql, List.of(), rs -> rs.getLong(1)).get(0);
  }

  private Map<String, Long> counts(String sql) {
    Map<String, Long> m = new LinkedHashMap<>();
    stream("statistics", sql, List.of(), rs -> m.put(rs.getString(1), rs.getLong(2)));
    return m;
  }

  private static StoredClaim storedClaim(ResultSet rs) throws SQLException {
    return new StoredClaim(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
  }

  /** Entries are derived data: rebuild what a crashed or running ingest left dirty before reading them. */
  private void ensureFresh() {
    if (!readOnly && dirtyGroups() > 0) {
      refresh(n -> {});
    }
  }

  private static String where(Filter f, List<Object> args, String lastDate, String firstDate) {
    List<String> w = new ArrayList<>();
    if (f.supplier() != null) {
      w.add("supplier = ?");
      args.add(f.supplier());
    }
    if (f.recipient() != null) {
      w.add("recipient = ?");
      args.add(f.recipient());
    }
    if (f.category() != null) {
      w.add("category = ?");
      args.add(f.category());
    }
    if (f.designation() != null) {
      w.add("item_key = ?");
      args.add(f.designation().toLowerCase(Locale.ROOT));
    }
    if (f.status() != null) {
      w.add("status = ?");
      args.add(f.status());
    }
    if (f.since() != null) {
      w.add(lastDate + " >= ?");
      args.add(f.since());
    }
    if (f.until() != null) {
      w.add(firstDate + " <> ''");
      w.add(firstDate + " < ?");
      args.add(f.untilExclusive());
    }
    return w.isEmpty() ? "" : " WHERE " + String.join(" AND ", w);
  }

  // ---------------------------------------------------------------- JDBC plumbing

  private interface Work {
    void run(Connection c) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws.
   * A transaction that lost a race with another process (SQLite busy, a PostgreSQL deadlock or
   * serialization failure, two writers inserting one key) is retried: every write is idempotent.
   */
  private void inTransaction(String doing, Work work) {
    for (int attempt = 1; ; attempt++) {
      try {
        once(work);
        return;
      } catch (SQLException e) {
        if (attempt >= RETRIES || !transient_(e)) {
          throw new StoreException(doing, e);
        }
        try {
          Thread.sleep(50L * attempt);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new StoreException(doing, e);
        }
      }
    }
  }

  private void once(Work work) throws SQLException {
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        work.run(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback();
        } catch (SQLException r) {
          e.addSuppressed(r); // "no transaction is active" after a failed commit: the first error is the one to tell
        }
        throw e;
      } finally {
        try {
          c.setAutoCommit(true);
        } catch (SQLException ignored) {
          // the connection is broken: the pool drops it
        }
      }
    }
  }

  /** Whether a failed transaction may succeed when run again. */
  private static boolean transient_(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String m = String.valueOf(e.getMessage());
    return state.equals("40001") || state.equals("40P01") || state.equals("23505") || m.contains("SQLITE_BUSY") || m.contains("database is locked");
  }

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private interface RowSink {
    void accept(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String doing, String sql, List<?> args, Row<T> row) {
    List<T> out = new ArrayList<>();
    stream(doing, sql, args, rs -> out.add(row.read(rs)));
    return out;
  }

  private void stream(String doing, String sql, List<?> args, RowSink sink) {
    try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args.toArray());
      ps.setFetchSize(500);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          sink.accept(rs);
        }
      }
    } catch (SQLException e) {
      throw new StoreException(doing, e);
    }
  }

  private static void bind(PreparedStatement ps, Object... values) throws SQLException {
    for (int i = 0; i < values.length; i++) {
      Object v = values[i];
      if (v == null) {
        ps.setNull(i + 1, Types.VARCHAR);
      } else if (v instanceof TypedNull t) {
        ps.setNull(i + 1, t.type());
      } else if (v instanceof String s) {
        ps.setString(i + 1, s);
      } else if (v instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else if (v instanceof Long n) {
        ps.setLong(i + 1, n);
      } else if (v instanceof Double d) {
        ps.setDouble(i + 1, d);
      } else {
        throw new IllegalArgumentException("cannot bind " + v.getClass());
      }
    }
  }

  @Override
  public void close() {
    ds.close();
  }
}
