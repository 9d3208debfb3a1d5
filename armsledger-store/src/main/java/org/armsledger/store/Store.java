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
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
  private static final TypedNull NULL_BYTES = new TypedNull(Types.BINARY);

  private final HikariDataSource ds;
  private final String description;
  private final boolean postgres;
  private final Path file;
  private final boolean readOnly;
  private StoredDocument.CopyRule copyRule = StoredDocument.CopyRule.IDENTICAL;

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
      cfg.setMaximumPoolSize(4); // WAL: readers run beside each other and beside the one writer
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

  /**
   * Writes documents with their claims in one transaction: a document already stored is replaced
   * with its claims and sentences; every ledger group its old or new claims belong to is marked
   * dirty. A claim stored again under the same id keeps the entry it was in, so rebuilt entries keep
   * their ids. Documents with a fingerprint are linked to their copies among everything stored
   * (see {@link #relinkCopies}).
   */
  public void put(List<StoredDocument> docs) {
    inTransaction("storing " + (docs.size() == 1 ? Printable.quote(docs.get(0).document().doc()) : docs.size() + " documents"), c -> {
      String now = Instant.now().toString();
      try (PreparedStatement oldGroups = c.prepareStatement("SELECT DISTINCT group_key FROM claims WHERE doc = ?");
          PreparedStatement oldEntries = c.prepareStatement("SELECT id, entry FROM claims WHERE doc = ? AND entry IS NOT NULL");
          PreparedStatement oldOrigin = c.prepareStatement("SELECT origin, signature FROM documents WHERE doc = ? AND signature IS NOT NULL");
          PreparedStatement delClaims = c.prepareStatement("DELETE FROM claims WHERE doc = ?");
          PreparedStatement delSentences = c.prepareStatement("DELETE FROM sentences WHERE doc = ?");
          PreparedStatement delKeys = c.prepareStatement("DELETE FROM copy_keys WHERE doc = ?");
          PreparedStatement delDoc = c.prepareStatement("DELETE FROM documents WHERE doc = ?");
          PreparedStatement insDoc = c.prepareStatement(
              "INSERT INTO documents (doc, name, content_hash, text_hash, extractor, title, uri, outlet, byline, published, genre, language,"
                  + " file, format, location, origin, duplicate_of, syndicated_from, similarity, sentences, claims, ingested_at, article,"
                  + " signature, shingles, note, article_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
          PreparedStatement insKey = c.prepareStatement("INSERT INTO copy_keys (key, doc) VALUES (?,?)");
          PreparedStatement insSentence = c.prepareStatement(
              "INSERT INTO sentences (doc, start_offset, end_offset, text, raw_start, raw_end) VALUES (?,?,?,?,?,?)"
                  + " ON CONFLICT (doc, start_offset, end_offset) DO NOTHING");
          PreparedStatement insClaim = c.prepareStatement(
              "INSERT INTO claims (id, doc, group_key, entry, relation, supplier, supplier_name, recipient, recipient_name, category,"
                  + " designation, item_key, item_text, quantity_text, quantity_value, status, negated, time_text, time_start, time_end,"
                  + " source_name, source_kind, published, outlet, origin, confidence, ev_start, ev_end, evidence, json, event_date)"
                  + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (id) DO NOTHING");
          PreparedStatement dirty = c.prepareStatement("INSERT INTO dirty_groups (group_key) VALUES (?) ON CONFLICT (group_key) DO NOTHING");
          PreparedStatement actor = c.prepareStatement("INSERT INTO actors (id, name, kind) VALUES (?,?,?) ON CONFLICT (id) DO NOTHING");
          PreparedStatement countDoc = c.prepareStatement("SELECT COUNT(*) FROM claims WHERE doc = ?");
          PreparedStatement bump = c.prepareStatement("UPDATE counters SET value = value + ? WHERE name = 'claims'")) {
        long claimDelta = 0;
        TreeSet<String> groups = new TreeSet<>();
        TreeSet<String> actors = new TreeSet<>();
        List<Relink> relink = new ArrayList<>();
        for (StoredDocument sd : docs) {
          DocumentRecord d = sd.document();
          oldGroups.setString(1, d.doc());
          try (ResultSet rs = oldGroups.executeQuery()) {
            while (rs.next()) {
              groups.add(rs.getString(1));
            }
          }
          Map<String, String> priorEntry = new HashMap<>();
          oldEntries.setString(1, d.doc());
          try (ResultSet rs = oldEntries.executeQuery()) {
            while (rs.next()) {
              priorEntry.put(rs.getString(1), rs.getString(2));
            }
          }
          String previousOrigin = null;
          String previousSignature = null;
          oldOrigin.setString(1, d.doc());
          try (ResultSet rs = oldOrigin.executeQuery()) {
            if (rs.next()) {
              previousOrigin = rs.getString(1);
              previousSignature = rs.getString(2);
            }
          }
          for (PreparedStatement del : List.of(delClaims, delSentences, delKeys, delDoc)) {
            del.setString(1, d.doc());
            int n = del.executeUpdate();
            if (del == delClaims) {
              claimDelta -= n;
            }
          }
          StoredDocument.Fingerprint fp = sd.fingerprint();
          bind(insDoc, d.doc(), d.name(), d.contentHash(), d.textHash(), d.extractor(), d.title(), d.uri(), d.outlet(), d.byline(), d.published(),
              d.genre(), d.language(), d.file(), d.format(), d.location(), d.origin(), d.duplicateOf(), d.syndicatedFrom(), num(d.similarity()),
              d.sentences(), sd.claims().size(), now, sd.article() == null ? NULL_BYTES : sd.article(), fp == null ? null : fp.signature(),
              fp == null ? NULL_INTEGER : (Object) fp.shingles(), sd.note(), articleId(d.doc()));
          insDoc.executeUpdate();
          if (fp != null) {
            for (int k : new java.util.TreeSet<>(java.util.Arrays.stream(fp.keys()).boxed().toList())) {
              bind(insKey, (long) k, d.doc());
              insKey.addBatch();
            }
            insKey.executeBatch();
            // a document whose text changed may have held its story together: its story is worked out again
            relink.add(new Relink(d, fp, previousOrigin, previousSignature != null && !previousSignature.equals(fp.signature())));
          }
          for (ClaimRecord cr : sd.claims()) {
            Report r = cr.report();
            bind(insSentence, d.doc(), cr.evidenceStart(), cr.evidenceEnd(), r.evidence(), num(cr.rawStart()), num(cr.rawEnd()));
            insSentence.addBatch();
            bind(insClaim, r.claimId(), r.doc(), r.groupKey(), priorEntry.get(r.claimId()), r.relation(), r.supplierId(), r.supplierName(),
                r.recipientId(), r.recipientName(), r.category(), r.designation(), itemKey(r.designation()), r.itemText(), r.quantityText(),
                num(r.quantityValue()), r.status(), r.negated() ? 1 : 0, r.timeText(), r.timeStart(), r.timeEnd(), r.sourceName(),
                r.sourceKind(), r.published() == null ? "" : r.published(), r.outlet(), r.origin(), r.confidence(),
                cr.evidenceStart(), cr.evidenceEnd(), r.evidence(), cr.json(), r.when() == null ? "" : r.when());
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
          insSentence.executeBatch();
          insClaim.executeBatch();
          if (!sd.claims().isEmpty()) {
            // batch counts are not reliable across drivers (rewritten batches say "no info"): count what is there
            countDoc.setString(1, d.doc());
            try (ResultSet rs = countDoc.executeQuery()) {
              rs.next();
              claimDelta += rs.getLong(1);
            }
          }
        }
        if (claimDelta != 0) {
          bump.setLong(1, claimDelta);
          bump.executeUpdate();
        }
        actor.executeBatch();
        for (Relink r : relink) {
          relinkCopies(c, r, groups);
        }
        for (String g : groups) {
          dirty.setString(1, g);
          dirty.addBatch();
        }
        dirty.executeBatch();
      }
    });
  }

  /**
   * Links a document just written to its copies among every stored document, so that copies count
   * as one origin whatever run or order they arrived in. Two documents are copies when they share
   * an LSH key and the {@link #copyRule} finds them similar; copies of copies are one story. The
   * origin of a story is its earliest published document (undated ones last, then by key), and every
   * document of the story points at it; claims follow, and the groups they are in are marked for
   * rebuilding. Only documents with a fingerprint take part (stores written before version 4 keep
   * the origins their runs gave).
   *
   * <p>A new document (or one stored again with the same text) only adds links: the stories it
   * touches are joined, with no comparison among their members. One whose text changed may have
   * been the only link between parts of its story, so the story's links are found again pairwise.
   */
  private void relinkCopies(Connection c, Relink r, Set<String> groups) throws SQLException {
    String doc = r.document().doc();
    String previousOrigin = r.previousOrigin();
    boolean changed = r.changed();
    StoredDocument.Fingerprint self = r.fingerprint();
    List<Integer> keys = new ArrayList<>(new TreeSet<>(java.util.Arrays.stream(self.keys()).boxed().toList()));
    // the stories this document touches: its own before (it may have been replaced) and its neighbours'
    Set<String> origins = new TreeSet<>();
    origins.add(doc);
    if (previousOrigin != null) {
      origins.add(previousOrigin);
    }
    Map<String, Double> nearSim = new HashMap<>();
    if (!keys.isEmpty()) {
      for (Copy n : copies(c, COPY_COLUMNS + " WHERE d.signature IS NOT NULL AND d.doc <> ? AND d.doc IN (SELECT doc FROM copy_keys WHERE key IN ("
          + marks(keys.size()) + "))", concat(doc, keys)).values()) {
        double sim = copyRule.similarity(self.signature(), self.shingles(), n.signature, n.shingles);
        if (sim >= 0) {
          nearSim.put(n.doc, sim);
          origins.add(n.origin);
        }
      }
    }
    Map<String, Copy> story = copies(c, COPY_COLUMNS + " WHERE d.signature IS NOT NULL AND (d.origin IN (" + marks(origins.size()) + ") OR d.doc = ?)",
        concat(origins, doc));
    Copy current = story.get(doc);
    if (story.size() == 1 && current.origin.equals(doc) && current.duplicateOf == null) {
      return; // alone, and already its own origin
    }
    if (!changed) {
      // links only added: the stories touched are one now
      Map<String, Double> best = new HashMap<>();
      story.values().forEach(x -> {
        if (x.similarity != null) {
          best.put(x.doc, x.similarity);
        }
      });
      nearSim.forEach((n, sim) -> {
        best.merge(doc, sim, Math::max);
        best.merge(n, sim, Math::max);
      });
      settle(c, List.of(new ArrayList<>(story.values())), best, groups);
      return;
    }
    // which of them share a key
    Map<String, Set<Long>> keysOf = new HashMap<>();
    List<String> members = new ArrayList<>(story.keySet());
    for (int i = 0; i < members.size(); i += 500) {
      List<String> part = members.subList(i, Math.min(members.size(), i + 500));
      try (PreparedStatement ps = c.prepareStatement("SELECT doc, key FROM copy_keys WHERE doc IN (" + marks(part.size()) + ")")) {
        bind(ps, part.toArray());
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            keysOf.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getLong(2));
          }
        }
      }
    }
    // copies of copies: union-find over the pairs that share a key and are similar
    Map<String, String> parent = new HashMap<>();
    Map<String, Double> best = new HashMap<>();
    members.forEach(m -> parent.put(m, m));
    for (int i = 0; i < members.size(); i++) {
      Copy a = story.get(members.get(i));
      Set<Long> ka = keysOf.getOrDefault(a.doc, Set.of());
      for (int j = i + 1; j < members.size(); j++) {
        Copy b = story.get(members.get(j));
        Set<Long> kb = keysOf.getOrDefault(b.doc, Set.of());
        if (java.util.Collections.disjoint(ka, kb)) {
          continue;
        }
        double sim = copyRule.similarity(a.signature, a.shingles, b.signature, b.shingles);
        if (sim < 0) {
          continue;
        }
        best.merge(a.doc, sim, Math::max);
        best.merge(b.doc, sim, Math::max);
        parent.put(find(parent, a.doc), find(parent, b.doc));
      }
    }
    Map<String, List<Copy>> components = new TreeMap<>();
    for (String m : members) {
      components.computeIfAbsent(find(parent, m), k -> new ArrayList<>()).add(story.get(m));
    }
    settle(c, components.values(), best, groups);
  }

  /**
   * Points every document of each story at the story's origin, its earliest published document
   * (undated last, then by key), and moves their claims' origin along, marking their groups.
   */
  private static void settle(Connection c, java.util.Collection<List<Copy>> components, Map<String, Double> best, Set<String> groups)
      throws SQLException {
    try (PreparedStatement upDoc = c.prepareStatement("UPDATE documents SET origin = ?, duplicate_of = ?, similarity = ? WHERE doc = ?");
        PreparedStatement upClaims = c.prepareStatement("UPDATE claims SET origin = ? WHERE doc = ?");
        PreparedStatement groupsOf = c.prepareStatement("SELECT DISTINCT group_key FROM claims WHERE doc = ?")) {
      for (List<Copy> comp : components) {
        Copy first = comp.stream().min(java.util.Comparator.comparing((Copy x) -> x.published == null || x.published.isEmpty() ? 1 : 0)
            .thenComparing(x -> x.published == null ? "" : x.published).thenComparing(x -> x.doc)).orElseThrow();
        for (Copy x : comp) {
          String origin = first.doc;
          String dup = x == first ? null : first.name;
          Double sim = x == first ? null : round(best.get(x.doc));
          if (origin.equals(x.origin) && java.util.Objects.equals(dup, x.duplicateOf) && java.util.Objects.equals(sim, x.similarity)) {
            continue;
          }
          bind(upDoc, origin, dup, num(sim), x.doc);
          upDoc.executeUpdate();
          if (!origin.equals(x.origin)) {
            bind(upClaims, origin, x.doc);
            upClaims.executeUpdate();
            groupsOf.setString(1, x.doc);
            try (ResultSet rs = groupsOf.executeQuery()) {
              while (rs.next()) {
                groups.add(rs.getString(1));
              }
            }
          }
        }
      }
    }
  }

  /** A document written by {@link #put} that takes part in copy detection. */
  private record Relink(DocumentRecord document, StoredDocument.Fingerprint fingerprint, String previousOrigin, boolean changed) {}

  /** The columns of a {@link Copy}, in its order. */
  private static final String COPY_COLUMNS = "SELECT d.doc, d.signature, d.shingles, d.published, d.origin, d.name, d.duplicate_of, d.similarity"
      + " FROM documents d";

  /** A stored document as copy detection sees it. */
  private record Copy(String doc, String signature, int shingles, String published, String origin, String name, String duplicateOf,
      Double similarity) {}

  private static Map<String, Copy> copies(Connection c, String sql, List<?> args) throws SQLException {
    Map<String, Copy> out = new TreeMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, args.toArray());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Object sim = rs.getObject(8);
          out.put(rs.getString(1), new Copy(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
              rs.getString(7), sim == null ? null : ((Number) sim).doubleValue()));
        }
      }
    }
    return out;
  }

  private static String find(Map<String, String> parent, String x) {
    String p = parent.get(x);
    while (!p.equals(parent.get(p))) {
      p = parent.get(p);
    }
    parent.put(x, p);
    return p;
  }

  private static Double round(Double v) {
    return v == null ? null : Math.round(v * 1000) / 1000.0;
  }

  private static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  private static List<Object> concat(Object first, java.util.Collection<?> rest) {
    List<Object> out = new ArrayList<>();
    out.add(first);
    for (Object o : rest) {
      out.add(o instanceof Integer i ? (Object) (long) i : o);
    }
    return out;
  }

  private static List<Object> concat(java.util.Collection<?> first, Object last) {
    List<Object> out = new ArrayList<>(first);
    out.add(last);
    return out;
  }

  /** How {@link #put} decides that two fingerprints are copies (the reader module's MinHash rule; by default identical signatures). */
  public void copyRule(StoredDocument.CopyRule rule) {
    this.copyRule = rule;
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
   *
   * <p>Ids are kept: each rebuilt entry takes its own id (the one {@link Ledger} gives it) when some
   * of its claims had it, else the id that most of its claims had before (claims remember their
   * entry), each old id at most once; an entry none of whose claims had one gets the
   * id {@link Ledger} gives it. An old id that no entry keeps any more (entries merged, or split)
   * is recorded as a redirect to the entry that now holds most of its claims, so that it still
   * resolves ({@link #redirect}).
   */
  public int refresh(IntConsumer progress) {
    int done = 0;
    int window = windowDays();
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
        String now = Instant.now().toString();
        try (PreparedStatement read = c.prepareStatement(
                "SELECT id, doc, relation, supplier, supplier_name, recipient, recipient_name, category, designation, item_text,"
                    + " quantity_text, quantity_value, status, negated, time_text, time_start, time_end, source_name, source_kind,"
                    + " published, outlet, origin, confidence, evidence, entry FROM claims WHERE group_key = ?");
            PreparedStatement oldIds = c.prepareStatement("SELECT id FROM entries WHERE group_key = ?");
            PreparedStatement delLines = c.prepareStatement("DELETE FROM entry_lines WHERE entry IN (SELECT id FROM entries WHERE group_key = ?)");
            PreparedStatement delEntries = c.prepareStatement("DELETE FROM entries WHERE group_key = ?");
            PreparedStatement taken = c.prepareStatement("SELECT group_key FROM entries WHERE id = ?");
            PreparedStatement insEntry = c.prepareStatement(
                "INSERT INTO entries (id, group_key, relation, supplier, supplier_name, recipient, recipient_name, category, designation,"
                    + " item_key, status, disputed, first_reported, last_reported, event_start, event_end, claims, documents, outlets,"
                    + " origins, json, kind, summary) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
            PreparedStatement insLine = c.prepareStatement(
                "INSERT INTO entry_lines (entry, line, item_key, designation, category, status, claims) VALUES (?,?,?,?,?,?,?)");
            PreparedStatement setEntry = c.prepareStatement("UPDATE claims SET entry = ? WHERE id = ?");
            PreparedStatement unRedirect = c.prepareStatement("DELETE FROM entry_redirects WHERE old_id = ?");
            PreparedStatement delRedirect = c.prepareStatement("DELETE FROM entry_redirects WHERE old_id = ?");
            PreparedStatement insRedirect = c.prepareStatement("INSERT INTO entry_redirects (old_id, new_id, reason, at) VALUES (?,?,?,?)");
            PreparedStatement chain = c.prepareStatement("UPDATE entry_redirects SET new_id = ? WHERE new_id = ?");
            PreparedStatement clean = c.prepareStatement("DELETE FROM dirty_groups WHERE group_key = ?")) {
          for (String key : keys) {
            // the mark is taken first: a group another process rebuilt meanwhile is skipped, and on
            // PostgreSQL the row lock keeps two processes from rebuilding one group at once
            clean.setString(1, key);
            if (clean.executeUpdate() == 0) {
              continue;
            }
            List<Report> reports = new ArrayList<>();
            Map<String, String> prior = new HashMap<>();
            read.setString(1, key);
            try (ResultSet rs = read.executeQuery()) {
              while (rs.next()) {
                Report r = report(rs);
                reports.add(r);
                if (rs.getString(25) != null) {
                  prior.put(r.claimId(), rs.getString(25));
                }
              }
            }
            Set<String> old = new TreeSet<>(prior.values());
            oldIds.setString(1, key);
            try (ResultSet rs = oldIds.executeQuery()) {
              while (rs.next()) {
                old.add(rs.getString(1));
              }
            }
            delLines.setString(1, key);
            delLines.executeUpdate();
            delEntries.setString(1, key);
            delEntries.executeUpdate();
            List<Entry> built = reports.isEmpty() ? List.of() : Ledger.mergeGroup(reports, window);
            List<Entry> entries = keepIds(built, prior, id -> {
              taken.setString(1, id);
              try (ResultSet rs = taken.executeQuery()) {
                return rs.next();
              }
            });
            for (Entry e : entries) {
              bind(insEntry, e.id(), e.groupKey(), e.relation(), e.supplierId(), e.supplierName(), e.recipientId(), e.recipientName(),
                  e.category(), e.designation(), itemKey(e.designation()), e.status(), e.disputed() ? 1 : 0,
                  e.firstReported() == null ? "" : e.firstReported(), e.lastReported() == null ? "" : e.lastReported(),
                  e.eventStart(), e.eventEnd(), e.claims(), e.documents(), e.outlets(), e.origins(), LedgerJson.line(e), e.kind(),
                  LedgerJson.line(e.summary()));
              insEntry.addBatch();
              for (int i = 0; i < e.lines().size(); i++) {
                Entry.Line l = e.lines().get(i);
                bind(insLine, e.id(), i + 1, itemKey(l.designation()), l.designation(), l.category(), l.status(), l.claimCount());
                insLine.addBatch();
              }
              for (Entry.Member m : e.members()) {
                setEntry.setString(1, e.id());
                setEntry.setString(2, m.claim());
                setEntry.addBatch();
              }
              unRedirect.setString(1, e.id());
              unRedirect.addBatch();
            }
            unRedirect.executeBatch();
            insEntry.executeBatch();
            insLine.executeBatch();
            setEntry.executeBatch();
            Set<String> kept = new HashSet<>();
            entries.forEach(e -> kept.add(e.id()));
            for (String o : old) {
              if (kept.contains(o)) {
                continue;
              }
              taken.setString(1, o);
              try (ResultSet rs = taken.executeQuery()) {
                if (rs.next()) {
                  continue; // alive in another group
                }
              }
              Entry to = heir(o, entries, prior);
              String reason = to == null
                  ? "its claims are no longer in the ledger (their articles were read again and no longer give them)"
                  : "its claims are now in " + to.id() + " (" + to.supplierName() + " -> " + to.recipientName() + ", " + to.itemLabel()
                      + "): entries were merged or split when the ledger was rebuilt";
              delRedirect.setString(1, o);
              delRedirect.executeUpdate();
              bind(insRedirect, o, to == null ? null : to.id(), reason, now);
              insRedirect.executeUpdate();
              if (to != null) {
                bind(chain, to.id(), o);
                chain.executeUpdate();
              }
            }
          }
        }
      });
      done += keys.size();
      progress.accept(done);
    }
  }

  private interface IdCheck {
    boolean inUse(String id) throws SQLException;
  }

  /**
   * The entries with the ids their claims had: pairs (entry, old id) by how many of the entry's
   * claims had that id, most first (ties: the smaller id), each entry and each old id used once;
   * the others keep the id the ledger gave them unless another group's entry holds it.
   */
  private static List<Entry> keepIds(List<Entry> built, Map<String, String> prior, IdCheck inUse) throws SQLException {
    record Pair(int entry, String id, int count) {}
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < built.size(); i++) {
      Map<String, Integer> n = new TreeMap<>();
      for (Entry.Member m : built.get(i).members()) {
        String p = prior.get(m.claim());
        if (p != null) {
          n.merge(p, 1, Integer::sum);
        }
      }
      for (Map.Entry<String, Integer> e : n.entrySet()) {
        pairs.add(new Pair(i, e.getKey(), e.getValue()));
      }
    }
    pairs.sort(java.util.Comparator.comparingInt((Pair p) -> -p.count()).thenComparing(Pair::id).thenComparingInt(Pair::entry));
    String[] ids = new String[built.size()];
    Set<String> used = new HashSet<>();
    // an entry whose own id (the one the ledger gives it) some of its claims had keeps that one: a
    // supply split by a narrower window and merged back gets its id back, whatever the claims' order
    for (Pair p : pairs) {
      if (ids[p.entry()] == null && p.id().equals(built.get(p.entry()).id()) && !used.contains(p.id()) && !inUse.inUse(p.id())) {
        ids[p.entry()] = p.id();
        used.add(p.id());
      }
    }
    for (Pair p : pairs) {
      // an id another group's entry holds (a claim that moved there) stays with it
      if (ids[p.entry()] == null && !used.contains(p.id()) && !inUse.inUse(p.id())) {
        ids[p.entry()] = p.id();
        used.add(p.id());
      }
    }
    List<Entry> out = new ArrayList<>();
    for (int i = 0; i < built.size(); i++) {
      Entry e = built.get(i);
      String id = ids[i];
      if (id == null) {
        id = e.id();
        for (int k = 2; used.contains(id) || inUse.inUse(id); k++) {
          id = Ledger.id(e.groupKey() + "|" + e.members().get(0).claim() + "|" + k);
        }
        used.add(id);
      }
      out.add(id.equals(e.id()) ? e : e.withId(id));
    }
    return out;
  }

  /** The entry now holding most of the claims an old id had (ties: the earlier entry); else the group's first entry, or null. */
  private static Entry heir(String oldId, List<Entry> entries, Map<String, String> prior) {
    Entry best = null;
    int most = 0;
    for (Entry e : entries) {
      int n = 0;
      for (Entry.Member m : e.members()) {
        if (oldId.equals(prior.get(m.claim()))) {
          n++;
        }
      }
      if (n > most) {
        best = e;
        most = n;
      }
    }
    return best != null ? best : entries.isEmpty() ? null : entries.get(0);
  }

  /** Where an entry id that is no longer in the ledger went. */
  public record Redirect(String oldId, String newId, String reason, String at) {}

  /** The redirect recorded for an id, if it names an entry that was merged or split away. */
  public Optional<Redirect> redirect(String id) {
    return query("reading redirect " + id, "SELECT old_id, new_id, reason, at FROM entry_redirects WHERE old_id = ?", List.of(id),
        rs -> new Redirect(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).stream().findFirst();
  }

  // ---------------------------------------------------------------- settings

  /** The merge window the store's entries are built with (days). */
  public int windowDays() {
    Integer recorded = recordedWindow();
    return recorded == null ? Ledger.MAX_GAP_DAYS : recorded;
  }

  /** The window recorded in the store, or null when none was (the default applies). */
  private Integer recordedWindow() {
    List<String> v = query("reading settings", "SELECT value FROM settings WHERE name = 'window_days'", List.of(), rs -> rs.getString(1));
    return v.isEmpty() ? null : Integer.parseInt(v.get(0));
  }

  /**
   * Records a new merge window; when it differs from the store's, every group is marked for
   * rebuilding (the next {@link #refresh} rebuilds the whole ledger). Returns the previous window.
   */
  public int windowDays(int days) {
    if (days < 1) {
      throw new IllegalArgumentException("--window-days must be at least 1, not " + days);
    }
    Integer recorded = recordedWindow();
    int before = recorded == null ? Ledger.MAX_GAP_DAYS : recorded;
    if (recorded != null && recorded == days) {
      return before;
    }
    inTransaction("recording the merge window", c -> {
      try (PreparedStatement del = c.prepareStatement("DELETE FROM settings WHERE name = 'window_days'");
          PreparedStatement ins = c.prepareStatement("INSERT INTO settings (name, value) VALUES ('window_days', ?)");
          Statement s = c.createStatement()) {
        del.executeUpdate();
        ins.setString(1, String.valueOf(days));
        ins.executeUpdate();
        if (before != days) {
          s.executeUpdate("INSERT INTO dirty_groups (group_key) SELECT DISTINCT group_key FROM claims"
              + " WHERE group_key NOT IN (SELECT group_key FROM dirty_groups)");
        }
      }
    });
    return before;
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

  /** Entries matching the filter as {@linkplain Entry#summary() summaries}, latest reported first (ties: id descending); {@link #entry} gives one whole. */
  public List<Entry> entries(Filter f, int limit, int offset) {
    return entries(f, "last_reported", true, limit, offset);
  }

  /**
   * As {@link #entries(Filter, String, boolean, int, int)}, the summaries as the JSON the store
   * keeps (what {@code LedgerJson.line} of the summary gives), for answers that pass them on as
   * they are.
   */
  public List<String> entriesJson(Filter f, String sort, boolean descending, int limit, int offset) {
    String column = ENTRY_SORTS.get(sort);
    if (column == null) {
      throw new IllegalArgumentException("unknown sort '" + Printable.line(sort) + "' (one of: " + String.join(", ", new TreeSet<>(ENTRY_SORTS.keySet())) + ")");
    }
    ensureFresh();
    List<Object> args = new ArrayList<>();
    String where = whereEntries(f, args);
    args.add(limit);
    args.add(offset);
    String dir = descending ? " DESC" : " ASC";
    String nulls = column.startsWith("event_") ? "CASE WHEN " + column + " IS NULL OR " + column + " = '' THEN 1 ELSE 0 END, " : "";
    return query("listing entries", "SELECT COALESCE(summary, json) FROM entries" + where + " ORDER BY " + nulls + column + dir + ", id" + dir
        + " LIMIT ? OFFSET ?", args, rs -> rs.getString(1));
  }

  /** An entry as a graph edge: the columns the network needs, no JSON to read. */
  public record Edge(String id, String supplier, String supplierName, String recipient, String recipientName, String kind, String category,
      List<String> designations, String relation, String status, int origins, int claims, boolean disputed) {
    /** The systems (up to three), else the category: as {@link Entry#itemLabel}. */
    public String item() {
      return Entry.itemLabel(designations, category);
    }
  }

  /** The matching entries as edges, most independent origins first (ties: id), at most {@code limit}. */
  public List<Edge> edges(Filter f, int limit) {
    ensureFresh();
    List<Object> args = new ArrayList<>();
    String where = whereEntries(f, args);
    args.add(limit);
    List<Object[]> rows = query("listing edges", "SELECT id, supplier, supplier_name, recipient, recipient_name, kind, category, relation, status,"
        + " origins, claims, disputed FROM entries" + where + " ORDER BY origins DESC, id LIMIT ?", args,
        rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
            rs.getString(8), rs.getString(9), rs.getInt(10), rs.getInt(11), rs.getInt(12) != 0});
    Map<String, List<String>> systems = new HashMap<>();
    for (int i = 0; i < rows.size(); i += 500) {
      List<Object> ids = rows.subList(i, Math.min(rows.size(), i + 500)).stream().map(r -> r[0]).toList();
      stream("listing edge systems", "SELECT entry, designation FROM entry_lines WHERE designation IS NOT NULL AND entry IN (" + marks(ids.size())
          + ") ORDER BY entry, item_key", ids, rs -> systems.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
    }
    List<Edge> out = new ArrayList<>(rows.size());
    for (Object[] r : rows) {
      out.add(new Edge((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6],
          systems.getOrDefault((String) r[0], List.of()), (String) r[7], (String) r[8], (Integer) r[9], (Integer) r[10], (Boolean) r[11]));
    }
    return out;
  }

  /** The orders entries can be listed in (API and web sort keys to columns). */
  public static final Map<String, String> ENTRY_SORTS = Map.of(
      "last_reported", "last_reported", "first_reported", "first_reported", "supply_start", "event_start", "supply_end", "event_end",
      "claims", "claims", "origins", "origins", "outlets", "outlets", "status", "status", "supplier", "supplier_name", "recipient", "recipient_name");

  /**
   * Entries matching the filter in the order of {@code sort} (a key of {@link #ENTRY_SORTS}),
   * ties by id; unknown dates last.
   */
  public List<Entry> entries(Filter f, String sort, boolean descending, int limit, int offset) {
    return entriesJson(f, sort, descending, limit, offset).stream().map(LedgerJson::read).toList();
  }

  /** What a ledger can be broken down by (facet name to column). */
  public static final Map<String, String> FACETS = new java.util.LinkedHashMap<>();

  static {
    FACETS.put("supplier", "supplier");
    FACETS.put("recipient", "recipient");
    FACETS.put("relation", "relation");
    FACETS.put("category", "category");
    FACETS.put("kind", "kind");
    FACETS.put("status", "status");
    FACETS.put("disputed", "disputed");
    FACETS.put("supply_year", "SUBSTR(event_start, 1, 4)");
  }

  /** One value of a facet: the value as filters take it, a label for people, and how many entries have it. */
  public record FacetValue(String value, String label, long count) {}

  /** The commonest values of a facet among the entries matching the filter, most first (ties by value), at most {@code limit}. */
  public List<FacetValue> facet(Filter f, String facet, int limit) {
    String column = FACETS.get(facet);
    if (column == null) {
      throw new IllegalArgumentException("unknown facet '" + Printable.line(facet) + "' (one of: " + String.join(", ", FACETS.keySet()) + ")");
    }
    ensureFresh();
    List<Object> args = new ArrayList<>();
    String where = whereEntries(f, args);
    String label = switch (facet) {
      case "supplier" -> "MIN(supplier_name)";
      case "recipient" -> "MIN(recipient_name)";
      default -> "MIN(" + column + ")";
    };
    args.add(limit);
    return query("counting entries by " + facet, "SELECT " + column + ", " + label + ", COUNT(*) FROM entries" + where + " GROUP BY " + column
        + " ORDER BY COUNT(*) DESC, " + column + " LIMIT ?", args, rs -> new FacetValue(rs.getString(1), rs.getString(2), rs.getLong(3)));
  }

  /** Claims per period of the supply's time and status: month ({@code YYYY-MM}) or year when the claim gives only a year. */
  public record TimelineRow(String period, String status, long claims) {}

  /** Claims matching the filter counted by the month of the supply's time (its own, else the article's date) and by status, in time order. */
  public List<TimelineRow> timeline(Filter f) {
    ensureFresh();
    List<Object> args = new ArrayList<>();
    String where = whereClaims(f, args);
    String cond = (where.isEmpty() ? " WHERE " : where + " AND ") + "event_date <> ''";
    return query("counting claims by month", "SELECT SUBSTR(event_date, 1, 7) AS period, status, COUNT(*) FROM claims" + cond
        + " GROUP BY SUBSTR(event_date, 1, 7), status ORDER BY period, status", args, rs -> new TimelineRow(rs.getString(1), rs.getString(2), rs.getLong(3)));
  }

  /** Actors whose id or name contains {@code q} (any case), by name. */
  public List<ActorRow> findActors(String q, int limit) {
    String like = "%" + likeEscape(q.toLowerCase(Locale.ROOT)) + "%";
    return query("searching actors", "SELECT id, name, kind FROM actors WHERE LOWER(id) LIKE ? ESCAPE '!' OR LOWER(name) LIKE ? ESCAPE '!' ORDER BY name LIMIT ?",
        List.of(like, like, limit), rs -> new ActorRow(rs.getString(1), rs.getString(2), rs.getString(3)));
  }

  /** A system named in the ledger and how many entries have a line of it. */
  public record DesignationHit(String designation, long entries) {}

  /** Designations containing {@code q} (any case), most entries first. */
  public List<DesignationHit> findDesignations(String q, int limit) {
    ensureFresh();
    String like = "%" + likeEscape(q.toLowerCase(Locale.ROOT)) + "%";
    return query("searching designations", "SELECT MIN(designation), COUNT(*) FROM entry_lines WHERE item_key LIKE ? ESCAPE '!' AND item_key <> ''"
        + " GROUP BY item_key ORDER BY COUNT(*) DESC, item_key LIMIT ?", List.of(like, limit), rs -> new DesignationHit(rs.getString(1), rs.getLong(2)));
  }

  /** A claim whose evidence sentence matches a full-text query. */
  public record SentenceHit(String claim, String entry, String doc, String sentence, double rank) {}

  /**
   * Claims whose evidence sentence matches {@code q}, best first: SQLite's FTS5 (bm25) or
   * PostgreSQL's full-text search (English stemming, ts_rank). The words of {@code q} must all occur;
   * operators in it are taken as words.
   */
  public List<SentenceHit> searchSentences(String q, int limit) {
    ensureFresh();
    List<String> words = new ArrayList<>();
    for (String w : q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    if (words.isEmpty()) {
      return List.of();
    }
    if (postgres) {
      return query("searching sentences", "SELECT c.id, c.entry, c.doc, c.evidence, ts_rank(to_tsvector('english', c.evidence), q) AS r"
          + " FROM claims c, plainto_tsquery('english', ?) q WHERE to_tsvector('english', c.evidence) @@ q ORDER BY r DESC, c.id LIMIT ?",
          List.of(String.join(" ", words), limit), rs -> new SentenceHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5)));
    }
    String match = String.join(" ", words.stream().map(w -> "\"" + w + "\"").toList());
    return query("searching sentences", "SELECT c.id, c.entry, c.doc, c.evidence, f.rank FROM claims_fts f JOIN claims c ON c.rowid = f.rowid"
        + " WHERE claims_fts MATCH ? ORDER BY f.rank, c.id LIMIT ?", List.of(match, limit),
        rs -> new SentenceHit(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), -rs.getDouble(5)));
  }

  private static String likeEscape(String s) {
    return s.replace("!", "!!").replace("%", "!%").replace("_", "!_");
  }

  /** The {@linkplain Entry#summary() summaries} of every matching entry, streamed in the order of {@link #entries}. */
  public void forEachSummary(Filter f, Consumer<Entry> sink) {
    forEach(f, "COALESCE(summary, json)", sink);
  }

  /** Every matching entry, streamed in the order of {@link #entries}. */
  public void forEachEntry(Filter f, Consumer<Entry> sink) {
    forEach(f, "json", sink);
  }

  private void forEach(Filter f, String column, Consumer<Entry> sink) {
    ensureFresh();
    List<Object> args = new ArrayList<>();
    String where = whereEntries(f, args);
    stream("listing entries", "SELECT " + column + " FROM entries" + where + " ORDER BY last_reported DESC, id DESC", args,
        rs -> sink.accept(LedgerJson.read(rs.getString(1))));
  }

  public long countEntries(Filter f) {
    ensureFresh();
    List<Object> args = new ArrayList<>();
    String where = whereEntries(f, args);
    return query("counting entries", "SELECT COUNT(*) FROM entries" + where, args, rs -> rs.getLong(1)).get(0);
  }

  /** Claims matching the filter (dates are the articles' dates), latest first. */
  public List<StoredClaim> claims(Filter f, int limit, int offset) {
    ensureFresh();
    List<Object> args = new ArrayList<>();
    String where = whereClaims(f, args);
    args.add(limit);
    args.add(offset);
    return query("listing claims", "SELECT id, entry, doc, json FROM claims" + where + " ORDER BY published DESC, id DESC LIMIT ? OFFSET ?",
        args, Store::storedClaim);
  }

  public long countClaims(Filter f) {
    ensureFresh();
    List<Object> args = new ArrayList<>();
    String where = whereClaims(f, args);
    if (where.isEmpty()) {
      // kept by every write (V8), not counted row by row
      return query("counting claims", "SELECT value FROM counters WHERE name = 'claims'", List.of(), rs -> rs.getLong(1)).get(0);
    }
    return query("counting claims", "SELECT COUNT(*) FROM claims" + where, args, rs -> rs.getLong(1)).get(0);
  }

  public Optional<Entry> entry(String id) {
    ensureFresh();
    return query("reading entry " + id, "SELECT json FROM entries WHERE id = ?", List.of(id), rs -> LedgerJson.read(rs.getString(1)))
        .stream().findFirst();
  }

  /** An entry's JSON as the store keeps it (what {@code LedgerJson.line} gave), for answers that pass it on. */
  public Optional<String> entryJson(String id) {
    ensureFresh();
    return query("reading entry " + id, "SELECT json FROM entries WHERE id = ?", List.of(id), rs -> rs.getString(1)).stream().findFirst();
  }

  public boolean hasEntry(String id) {
    ensureFresh();
    return !query("reading entry " + id, "SELECT 1 FROM entries WHERE id = ?", List.of(id), rs -> 1).isEmpty();
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
        String name = rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT);
        if (!name.equals("article") && !name.equals("signature")) {
          m.put(name, rs.getObject(i));
        }
      }
      return m;
    });
    return rows.isEmpty() ? Map.of() : rows.get(0);
  }

  /** A document's public id: {@code a-} and 16 hex digits of its key's SHA-256 (keys hold slashes and colons, awkward in URLs). */
  public static String articleId(String doc) {
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "a-" + java.util.HexFormat.of().formatHex(h, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** The document key of a public article id, when stored. */
  public Optional<String> documentOfArticleId(String articleId) {
    return query("finding article " + articleId, "SELECT doc FROM documents WHERE article_id = ? ORDER BY doc LIMIT 1", List.of(articleId),
        rs -> rs.getString(1)).stream().findFirst();
  }

  /** The stored article of a document (as {@code ArticleArchive} wrote it), when the store kept it. */
  public Optional<byte[]> article(String doc) {
    return query("reading article " + doc, "SELECT article FROM documents WHERE doc = ? AND article IS NOT NULL", List.of(doc),
        rs -> rs.getBytes(1)).stream().findFirst();
  }

  /** Documents whose key or name is {@code keyOrName}, keys sorted (a name may belong to several). */
  public List<String> documents(String keyOrName) {
    return query("finding document " + keyOrName, "SELECT doc FROM documents WHERE doc = ? OR name = ? ORDER BY doc", List.of(keyOrName, keyOrName),
        rs -> rs.getString(1));
  }

  /** Documents whose key is {@code prefix} or begins with it (the records of one input file), in key order. */
  public List<String> documentsWithPrefix(String prefix) {
    return query("finding documents of " + prefix, "SELECT doc FROM documents WHERE doc = ? OR doc LIKE ? ESCAPE '!' ORDER BY doc",
        List.of(prefix, likeEscape(prefix) + "%"), rs -> rs.getString(1));
  }

  /** Every stored document key with whether its article is kept, in key order. */
  public void forEachDocument(java.util.function.BiConsumer<String, Boolean> sink) {
    stream("listing documents", "SELECT doc, CASE WHEN article IS NULL THEN 0 ELSE 1 END FROM documents ORDER BY doc", List.of(),
        rs -> sink.accept(rs.getString(1), rs.getInt(2) == 1));
  }

  /** The claims read from a document, by evidence offset. */
  public List<StoredClaim> claimsOfDocument(String doc) {
    ensureFresh();
    return query("reading claims of " + doc, "SELECT id, entry, doc, json FROM claims WHERE doc = ? ORDER BY ev_start, id", List.of(doc),
        Store::storedClaim);
  }

  /** Totals and breakdowns for {@code armsledger stats}, in display order. */
  public Map<String, Object> stats() {
    ensureFresh();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("database", description);
    m.put("documents", scalar("SELECT COUNT(*) FROM documents"));
    m.put("documents_with_claims", scalar("SELECT COUNT(*) FROM documents WHERE claims > 0"));
    m.put("documents_without_sentences", scalar("SELECT COUNT(*) FROM documents WHERE note = 'no-sentences'"));
    m.put("articles_kept", scalar("SELECT COUNT(*) FROM documents WHERE article IS NOT NULL"));
    m.put("merge_window_days", (long) windowDays());
    m.put("redirected_entry_ids", scalar("SELECT COUNT(*) FROM entry_redirects"));
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

  /** The WHERE clause of an entry query: categories and designations through the entries' lines, times on the supply or the reports. */
  private static String whereEntries(Filter f, List<Object> args) {
    List<String> w = common(f, args);
    if (f.disputed() != null) {
      w.add("disputed = ?");
      args.add(f.disputed() ? 1 : 0);
    }
    if (f.category() != null) {
      // an entry's lines are all of its kind: the kind column selects, and only the kinds that
      // gather several categories (missiles, fixed-wing aircraft) need a look at the lines
      String kind = Report.kind(f.category());
      w.add("kind = ?");
      args.add(kind);
      if (!kind.equals(f.category())) {
        w.add("EXISTS (SELECT 1 FROM entry_lines l WHERE l.entry = entries.id AND l.category = ?)");
        args.add(f.category());
      }
    }
    if (f.designation() != null) {
      w.add("id IN (SELECT entry FROM entry_lines WHERE item_key = ?)");
      args.add(f.designation().toLowerCase(Locale.ROOT));
    }
    if (f.since() != null) {
      w.add("event_end >= ?");
      args.add(f.since());
    }
    if (f.until() != null) {
      w.add("event_start < ?");
      args.add(f.untilExclusive());
    }
    reported(f, args, w, "last_reported", "first_reported");
    return w.isEmpty() ? "" : " WHERE " + String.join(" AND ", w);
  }

  /** The WHERE clause of a claim query: times on the claim's own time (else its article's date), or on the article's date. */
  private static String whereClaims(Filter f, List<Object> args) {
    List<String> w = common(f, args);
    if (f.category() != null) {
      w.add("category = ?");
      args.add(f.category());
    }
    if (f.designation() != null) {
      w.add("item_key = ?");
      args.add(f.designation().toLowerCase(Locale.ROOT));
    }
    if (f.since() != null) {
      w.add("event_date >= ?");
      args.add(f.since());
    }
    if (f.until() != null) {
      w.add("event_date <> ''");
      w.add("event_date < ?");
      args.add(f.untilExclusive());
    }
    reported(f, args, w, "published", "published");
    return w.isEmpty() ? "" : " WHERE " + String.join(" AND ", w);
  }

  private static List<String> common(Filter f, List<Object> args) {
    List<String> w = new ArrayList<>();
    if (f.supplier() != null) {
      w.add("supplier = ?");
      args.add(f.supplier());
    }
    if (f.recipient() != null) {
      w.add("recipient = ?");
      args.add(f.recipient());
    }
    if (f.status() != null) {
      w.add("status = ?");
      args.add(f.status());
    }
    if (f.relation() != null) {
      w.add("relation = ?");
      args.add(f.relation());
    }
    return w;
  }

  private static void reported(Filter f, List<Object> args, List<String> w, String lastDate, String firstDate) {
    if (f.reportedSince() != null) {
      w.add(lastDate + " >= ?");
      args.add(f.reportedSince());
    }
    if (f.reportedUntil() != null) {
      w.add(firstDate + " <> ''");
      w.add(firstDate + " < ?");
      args.add(f.reportedUntilExclusive());
    }
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
      } else if (v instanceof byte[] b) {
        ps.setBytes(i + 1, b);
      } else {
        throw new IllegalArgumentException("cannot bind " + v.getClass());
      }
    }
  }

  // ---------------------------------------------------------------- watch: sources, seen pages, changes

  /**
   * What {@code armsledger watch} knows of a source: its conditional-GET validators, the outcome of
   * its last fetch and its counts.
   */
  public record WatchSource(String url, String outlet, String kind, String etag, String lastModified, String lastFetch, String lastOk,
      Integer lastStatus, String lastError, long fetches, long notModified, long failures, int consecutiveFailures, String nextTry, long articles,
      int lastNew) {
    public static WatchSource fresh(String url, String outlet) {
      return new WatchSource(url, outlet, null, null, null, null, null, null, null, 0, 0, 0, 0, null, 0, 0);
    }

    /** After an answer at {@code now}: 200 with the feed's kind and validators, or 304 keeping them. */
    public WatchSource answered(String outlet, String kind, String etag, String lastModified, String now, int status) {
      return new WatchSource(url, outlet, kind, etag, lastModified, now, now, status, null, fetches + 1, notModified + (status == 304 ? 1 : 0), failures, 0,
          nextTry, articles, lastNew);
    }

    /** After a failed fetch at {@code now}: the HTTP status when there was one, and why. */
    public WatchSource failed(String outlet, String kind, String now, Integer status, String why) {
      return new WatchSource(url, outlet, kind, etag, lastModified, now, lastOk, status, why, fetches + 1, notModified, failures + 1,
          consecutiveFailures + 1, nextTry, articles, lastNew);
    }

    /** With the articles a round ingested from it. */
    public WatchSource withNewArticles(int n) {
      return new WatchSource(url, outlet, kind, etag, lastModified, lastFetch, lastOk, lastStatus, lastError, fetches, notModified, failures,
          consecutiveFailures, nextTry, articles + n, n);
    }
  }

  private static final String WATCH_COLUMNS = "url, outlet, kind, etag, last_modified, last_fetch, last_ok, last_status, last_error, fetches,"
      + " not_modified, failures, consecutive_failures, next_try, articles, last_new";

  private static WatchSource watchSource(ResultSet rs) throws SQLException {
    int status = rs.getInt(8);
    Integer lastStatus = rs.wasNull() ? null : status;
    return new WatchSource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
        lastStatus, rs.getString(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getInt(13), rs.getString(14), rs.getLong(15), rs.getInt(16));
  }

  public Optional<WatchSource> watchSource(String url) {
    return query("reading watch source", "SELECT " + WATCH_COLUMNS + " FROM watch_sources WHERE url = ?", List.of(url), Store::watchSource)
        .stream().findFirst();
  }

  public List<WatchSource> watchSources() {
    return query("reading watch sources", "SELECT " + WATCH_COLUMNS + " FROM watch_sources ORDER BY url", List.of(), Store::watchSource);
  }

  public void saveWatchSource(WatchSource w) {
    inTransaction("recording watch source " + Printable.quote(w.url()), c -> {
      try (PreparedStatement del = c.prepareStatement("DELETE FROM watch_sources WHERE url = ?");
          PreparedStatement ins = c.prepareStatement("INSERT INTO watch_sources (" + WATCH_COLUMNS + ") VALUES (" + marks(16) + ")")) {
        bind(del, w.url());
        del.executeUpdate();
        bind(ins, w.url(), w.outlet(), w.kind(), w.etag(), w.lastModified(), w.lastFetch(), w.lastOk(),
            w.lastStatus() == null ? NULL_INTEGER : w.lastStatus(), w.lastError(), w.fetches(), w.notModified(), w.failures(),
            w.consecutiveFailures(), w.nextTry(), w.articles(), w.lastNew());
        ins.executeUpdate();
      }
    });
  }

  /** A page {@code watch} met: its outcome ("ingested", "skipped: ...", "failed: ...") and how often it was tried. */
  public record SeenPage(String url, String source, String firstSeen, String outcome, int attempts, String doc) {
    public boolean failed() {
      return outcome.startsWith("failed");
    }
  }

  public Optional<SeenPage> seen(String url) {
    return query("reading seen page", "SELECT url, source, first_seen, outcome, attempts, doc FROM watch_seen WHERE url = ?", List.of(url),
        rs -> new SeenPage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6))).stream().findFirst();
  }

  /** Pages whose fetch failed fewer than {@code maxAttempts} times: tried again in the next round. */
  public List<SeenPage> failedPages(int maxAttempts) {
    return query("reading failed pages", "SELECT url, source, first_seen, outcome, attempts, doc FROM watch_seen WHERE outcome LIKE 'failed%' AND attempts < ?"
        + " ORDER BY first_seen, url", List.of(maxAttempts),
        rs -> new SeenPage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6)));
  }

  public void markSeen(SeenPage p) {
    inTransaction("recording seen page " + Printable.quote(p.url()), c -> {
      try (PreparedStatement del = c.prepareStatement("DELETE FROM watch_seen WHERE url = ?");
          PreparedStatement ins = c.prepareStatement("INSERT INTO watch_seen (url, source, first_seen, outcome, attempts, doc) VALUES (?, ?, ?, ?, ?, ?)")) {
        bind(del, p.url());
        del.executeUpdate();
        bind(ins, p.url(), p.source(), p.firstSeen(), p.outcome(), p.attempts(), p.doc());
        ins.executeUpdate();
      }
    });
  }

  /** An entry's state as a round of {@code watch} compares it: stage, independent origins, claims, contradictions. */
  public record EntryState(String id, String groupKey, String status, int origins, int claims, boolean disputed) {}

  /** Every entry's state, by id. */
  public Map<String, EntryState> entryStates() {
    ensureFresh();
    Map<String, EntryState> out = new HashMap<>();
    stream("reading entry states", "SELECT id, group_key, status, origins, claims, disputed FROM entries", List.of(),
        rs -> out.put(rs.getString(1), new EntryState(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6) != 0)));
    return out;
  }

  /** A change in the ledger found by a round of {@code watch}: its id, time, entry, kind and the whole alert as JSON. */
  public record Change(String id, String at, String entry, String kind, String json) {}

  public void addChanges(List<Change> changes) {
    if (changes.isEmpty()) {
      return;
    }
    inTransaction("recording " + changes.size() + " ledger changes", c -> {
      try (PreparedStatement del = c.prepareStatement("DELETE FROM changes WHERE id = ?");
          PreparedStatement ins = c.prepareStatement("INSERT INTO changes (id, at, entry, kind, json) VALUES (?, ?, ?, ?, ?)")) {
        for (Change ch : changes) {
          bind(del, ch.id());
          del.executeUpdate();
          bind(ins, ch.id(), ch.at(), ch.entry(), ch.kind(), ch.json());
          ins.executeUpdate();
        }
      }
    });
  }

  /** Changes recorded after {@code since} (an ISO instant; null: all), oldest first, at most {@code limit}. */
  public List<Change> changes(String since, int limit) {
    List<Object> args = new ArrayList<>();
    String where = "";
    if (since != null) {
      where = " WHERE at > ?";
      args.add(since);
    }
    args.add(limit);
    return query("reading changes", "SELECT id, at, entry, kind, json FROM changes" + where + " ORDER BY at, id LIMIT ?", args,
        rs -> new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
  }

  /** The latest {@code limit} changes recorded after {@code since} (null: all), latest first. */
  public List<Change> latestChanges(String since, int limit) {
    List<Object> args = new ArrayList<>();
    if (since != null) {
      args.add(since);
    }
    args.add(limit);
    return query("reading changes", "SELECT id, at, entry, kind, json FROM changes" + (since == null ? "" : " WHERE at > ?")
        + " ORDER BY at DESC, id DESC LIMIT ?", args, rs -> new Change(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
  }

  public long countChanges(String since) {
    return since == null ? scalar("SELECT COUNT(*) FROM changes")
        : query("counting changes", "SELECT COUNT(*) FROM changes WHERE at > ?", List.of(since), rs -> rs.getLong(1)).get(0);
  }

  @Override
  public void close() {
    ds.close();
  }
}
