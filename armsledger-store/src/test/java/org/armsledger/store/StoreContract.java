package org.armsledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.armsledger.ledger.Entry;
import org.armsledger.ledger.Report;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every store must do, run against SQLite and PostgreSQL by its subclasses. */
abstract class StoreContract {
  /** A JDBC URL or file of a new, empty database. */
  abstract String newDatabase();

  String db;
  Store store;

  @BeforeEach
  void open() {
    db = newDatabase();
    store = Store.open(db);
  }

  @AfterEach
  void close() {
    store.close();
  }

  static Report report(String doc, int n, String sup, String rec, String cat, String des, String status, String published, String outlet, String origin) {
    return new Report("c-" + doc + "-" + n, doc, "transfer", sup, sup.equals("KOR") ? "South Korea" : sup + " name", rec,
        rec.equals("POL") ? "Poland" : rec + " name", cat, des, des == null ? cat : des, n == 0 ? "48 howitzers" : null, n == 0 ? 48.0 : null,
        status, false, null, null, null, n == 1 ? "a defence ministry spokesman" : null, n == 1 ? "official" : "author", published, outlet,
        origin, 0.8, "Sentence " + n + " of " + doc + ".");
  }

  static StoredDocument doc(String doc, String hash, String published, String outlet, String origin, Report... reports) {
    List<ClaimRecord> cs = new ArrayList<>();
    for (int i = 0; i < reports.length; i++) {
      cs.add(new ClaimRecord(reports[i], 10 * i, 10 * i + reports[i].evidence().length(), 100 + 10 * i, null,
          "{\"id\":\"" + reports[i].claimId() + "\",\"doc\":\"" + doc + "\"}"));
    }
    return new StoredDocument(new DocumentRecord(doc, doc, hash, "t-" + hash, "test-1", "Title of " + doc, "https://example.org/" + doc, outlet,
        null, published, "news", "en", doc + ".html", "html", doc + ".html", origin, origin.equals(doc) ? null : origin, null,
        origin.equals(doc) ? null : 0.93, reports.length), cs);
  }

  void putSample() {
    store.put(List.of(
        doc("a", "h-a", "2022-08-27", "Reuters", "a",
            report("a", 0, "KOR", "POL", "artillery", "K9", "agreed", "2022-08-27", "Reuters", "a"),
            report("a", 1, "KOR", "POL", "combat_aircraft", "FA-50", "agreed", "2022-08-27", "Reuters", "a")),
        doc("b", "h-b", "2022-12-06", "Defence24", "b",
            report("b", 0, "KOR", "POL", "artillery", "K9", "delivered", "2022-12-06", "Defence24", "b")),
        doc("b-copy", "h-bc", "2022-12-07", "Local Wire", "b",
            report("b-copy", 0, "KOR", "POL", "artillery", "K9", "delivered", "2022-12-07", "Local Wire", "b")),
        doc("c", "h-c", "2023-03-01", null, "c",
            report("c", 0, "USA", "POL", "armored_vehicle", "M1 Abrams", "agreed", "2023-03-01", null, "c"))));
  }

  @Test
  void claimsFromSeveralDocumentsMergeIntoEntriesWithIndependentOriginCounts() {
    putSample();
    assertThat(store.dirtyGroups()).isEqualTo(3);
    assertThat(store.refresh(n -> {})).isEqualTo(3);
    assertThat(store.dirtyGroups()).isZero();
    List<Entry> es = store.entries(Filter.ALL, 100, 0);
    assertThat(es).hasSize(3);
    Entry k9 = es.stream().filter(e -> "K9".equals(e.designation())).findFirst().orElseThrow();
    assertThat(k9.claims()).isEqualTo(3);
    assertThat(k9.status()).isEqualTo("delivered");
    assertThat(k9.outlets()).isEqualTo(3);
    assertThat(k9.origins()).isEqualTo(2);
    assertThat(k9.history()).extracting(Entry.Step::status).containsExactly("agreed", "delivered");
    assertThat(es.get(0).designation()).isEqualTo("M1 Abrams"); // latest reported first
    assertThat(store.claimsOfEntry(k9.id())).extracting(StoredClaim::id).containsExactlyInAnyOrder("c-a-0", "c-b-0", "c-b-copy-0");
  }

  @Test
  void watchStateAndChangesAreKeptAndPaged() {
    assertThat(store.watchSources()).isEmpty();
    Store.WatchSource w = new Store.WatchSource("https://news.example/rss", "Example", "feed", "\"v1\"", "Mon, 01 Jan 2024 00:00:00 GMT",
        "2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z", 200, null, 1, 0, 0, 0, null, 3, 3);
    store.saveWatchSource(w);
    store.saveWatchSource(new Store.WatchSource(w.url(), w.outlet(), w.kind(), w.etag(), w.lastModified(), "2024-01-02T00:00:00Z", w.lastOk(), null,
        "dns: unknown host news.example", 2, 0, 1, 1, null, 3, 0));
    Store.WatchSource back = store.watchSource(w.url()).orElseThrow();
    assertThat(back.lastStatus()).isNull();
    assertThat(back.failures()).isEqualTo(1);
    assertThat(back.etag()).isEqualTo("\"v1\"");
    assertThat(store.watchSources()).hasSize(1);
    store.markSeen(new Store.SeenPage("https://news.example/a", w.url(), "2024-01-01T00:00:00Z", "failed: timeout", 1, null));
    store.markSeen(new Store.SeenPage("https://news.example/b", w.url(), "2024-01-01T00:00:00Z", "ingested", 1, "https://news.example/b"));
    assertThat(store.failedPages(3)).extracting(Store.SeenPage::url).containsExactly("https://news.example/a");
    store.markSeen(new Store.SeenPage("https://news.example/a", w.url(), "2024-01-01T00:00:00Z", "failed: timeout", 3, null));
    assertThat(store.failedPages(3)).isEmpty();
    List<Store.Change> changes = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      changes.add(new Store.Change("ch-" + i, "2024-01-02T00:00:00Z#0000" + i, "e-" + i, "new-entry", "{\"n\":" + i + "}"));
    }
    store.addChanges(changes);
    store.addChanges(changes.subList(0, 1)); // again: kept once
    assertThat(store.countChanges(null)).isEqualTo(5);
    List<Store.Change> first = store.changes("2024-01-01T00:00:00Z", 3);
    assertThat(first).extracting(Store.Change::id).containsExactly("ch-0", "ch-1", "ch-2");
    assertThat(store.changes(first.get(2).at(), 3)).extracting(Store.Change::id).containsExactly("ch-3", "ch-4");
    assertThat(store.countChanges("2024-01-02T00:00:00Z#00002")).isEqualTo(2);
    assertThat(store.latestChanges(null, 2)).extracting(Store.Change::id).containsExactly("ch-4", "ch-3");
    assertThat(store.latestChanges("2024-01-02T00:00:00Z#00002", 10)).extracting(Store.Change::id).containsExactly("ch-4", "ch-3");
    putSample();
    assertThat(store.entryStates()).hasSize(3).allSatisfy((id, e) -> assertThat(e.claims()).isPositive());
  }

  @Test
  void filtersSelectEntriesAndClaims() {
    putSample();
    assertThat(store.entries(new Filter("KOR", null, null, null, null, null, null), 100, 0)).hasSize(2);
    assertThat(store.entries(new Filter(null, "POL", "artillery", null, null, null, null), 100, 0)).hasSize(1);
    assertThat(store.entries(new Filter(null, null, null, "k9", null, null, null), 100, 0)).extracting(Entry::designation).containsExactly("K9");
    assertThat(store.entries(new Filter(null, null, null, null, "agreed", null, null), 100, 0)).extracting(Entry::designation)
        .containsExactlyInAnyOrder("FA-50", "M1 Abrams");
    assertThat(store.entries(new Filter(null, null, null, null, null, "2023", null), 100, 0)).extracting(Entry::designation).containsExactly("M1 Abrams");
    assertThat(store.entries(new Filter(null, null, null, null, null, null, "2022-08"), 100, 0)).extracting(Entry::designation)
        .containsExactlyInAnyOrder("K9", "FA-50");
    assertThat(store.countEntries(new Filter("KOR", null, null, null, null, null, null))).isEqualTo(2);
    assertThat(store.claims(new Filter(null, null, null, "K9", "delivered", null, null), 10, 0)).extracting(StoredClaim::id)
        .containsExactly("c-b-copy-0", "c-b-0");
    assertThat(store.countClaims(new Filter(null, null, null, null, null, "2022-12", "2022-12"))).isEqualTo(2);
    assertThat(store.claims(Filter.ALL, 2, 1)).hasSize(2);
    assertThat(store.resolveActor("south korea")).isEqualTo("KOR");
    assertThat(store.resolveActor("pol")).isEqualTo("POL");
    assertThat(store.resolveActor("Atlantis")).isEqualTo("Atlantis");
    assertThat(store.actors()).extracting(Store.ActorRow::kind).containsOnly("state");
  }

  @Test
  void aDocumentPutAgainReplacesItsClaimsAndTheEntriesFollow() {
    putSample();
    store.refresh(n -> {});
    // the same document, read by a newer extractor, now gives a halt instead of an agreement
    store.put(List.of(doc("c", "h-c", "2023-03-01", null, "c",
        report("c", 5, "USA", "POL", "armored_vehicle", "M1 Abrams", "halted", "2023-04-01", null, "c"))));
    assertThat(store.countClaims(Filter.ALL)).isEqualTo(5);
    Entry abrams = store.entries(new Filter(null, null, null, "M1 Abrams", null, null, null), 10, 0).get(0);
    assertThat(abrams.status()).isEqualTo("halted");
    assertThat(store.entry(abrams.id()).orElseThrow().members()).extracting(Entry.Member::claim).containsExactly("c-c-5");
    // and a document that loses all its claims takes its entries with it
    store.put(List.of(doc("a", "h-a2", "2022-08-27", "Reuters", "a")));
    assertThat(store.entries(new Filter(null, null, null, "FA-50", null, null, null), 10, 0)).isEmpty();
    assertThat(store.known("a")).isEqualTo(new Store.Known("h-a2", "test-1"));
    assertThat(store.stats()).containsEntry("documents", 4L).containsEntry("claims", 3L);
  }

  @Test
  void putIsIdempotentAndAllOrNothing() {
    putSample();
    putSample();
    assertThat(store.countClaims(Filter.ALL)).isEqualTo(5);
    assertThat(store.countEntries(Filter.ALL)).isEqualTo(3);
    Report broken = new Report("c-bad", "bad", "transfer", "FRA", "France", "IND", "India", "combat_aircraft", "Rafale", null, null, null,
        "delivered", false, null, null, null, null, "author", "2020-01-01", null, "bad", 0.5, null); // no evidence: NOT NULL
    assertThatThrownBy(() -> store.put(List.of(
            doc("ok", "h-ok", "2020-01-01", null, "ok", report("ok", 0, "FRA", "IND", "combat_aircraft", "Rafale", "delivered", "2020-01-01", null, "ok")),
            new StoredDocument(doc("bad", "h-bad", null, null, "bad").document(), List.of(new ClaimRecord(broken, 0, 1, null, null, "{}"))))))
        .isInstanceOf(StoreException.class);
    assertThat(store.known("ok")).isNull();
    assertThat(store.countClaims(Filter.ALL)).isEqualTo(5);
  }

  @Test
  void dirtyGroupsSurviveAClosedStoreAndReadsRebuildThem() {
    putSample();
    store.close();
    store = Store.open(db);
    assertThat(store.dirtyGroups()).isEqualTo(3);
    assertThat(store.countEntries(Filter.ALL)).isEqualTo(3);
    assertThat(store.dirtyGroups()).isZero();
  }

  @Test
  void entriesClaimsAndDocumentsCanBeShown() {
    putSample();
    Entry k9 = store.entries(new Filter(null, null, null, "K9", null, null, null), 1, 0).get(0);
    // lists give summaries: the whole entry less its members, the history's claim ids and minor sources
    assertThat(k9.isSummary()).isTrue();
    Entry whole = store.entry(k9.id()).orElseThrow();
    assertThat(whole.isSummary()).isFalse();
    assertThat(whole.summary()).isEqualTo(k9);
    assertThat(k9.claims()).isEqualTo(whole.members().size()).isEqualTo(3);
    assertThat(store.entry("e-missing")).isEmpty();
    StoredClaim c = store.claim("c-a-0").orElseThrow();
    assertThat(c.entry()).isEqualTo(k9.id());
    assertThat(c.json()).contains("\"doc\":\"a\"");
    Map<String, Object> d = store.document("b-copy");
    assertThat(d).containsEntry("origin", "b").containsEntry("outlet", "Local Wire");
    assertThat(((Number) d.get("similarity")).doubleValue()).isEqualTo(0.93);
  }

  @Test
  void statsCountWhatIsStored() {
    putSample();
    Map<String, Object> s = store.stats();
    assertThat(s).containsEntry("documents", 4L).containsEntry("claims", 5L).containsEntry("entries", 3L)
        .containsEntry("independent_origins", 3L).containsEntry("outlets", 3L).containsEntry("first_published", "2022-08-27");
    assertThat(s.get("entries_by_status")).isEqualTo(Map.of("agreed", 2L, "delivered", 1L));
  }

  @Test
  void aBadFilterIsAClearError() {
    assertThatThrownBy(() -> new Filter(null, null, null, null, null, "last year", null))
        .hasMessageContaining("not a date").hasMessageContaining("last year");
    assertThatThrownBy(() -> new Filter(null, null, null, null, "deliverd", null, null)).hasMessageContaining("unknown status 'deliverd'");
    assertThatThrownBy(() -> new Filter(null, null, "drones", null, null, null, null)).hasMessageContaining("unknown category 'drones'");
  }

  // ---------------------------------------------------------------- entries by supply, ids, windows, times, articles, copies

  static StoredDocument withExtras(StoredDocument d, String text, String signature, int... keys) {
    return new StoredDocument(d.document(), d.claims(), text == null ? null : text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        signature == null ? null : new StoredDocument.Fingerprint(signature, 40, keys), null);
  }

  static Report timed(Report r, String time) {
    return new Report(r.claimId(), r.doc(), r.relation(), r.supplierId(), r.supplierName(), r.recipientId(), r.recipientName(), r.category(),
        r.designation(), r.itemText(), r.quantityText(), r.quantityValue(), r.status(), r.negated(), time, time, null, r.sourceName(),
        r.sourceKind(), r.published(), r.outlet(), r.origin(), r.confidence(), r.evidence());
  }

  @Test
  void twoSystemsOfOneKindAreOneEntryWithTwoLinesFoundByEitherNameOrCategory() {
    store.put(List.of(
        doc("x", "h-x", "2023-05-01", null, "x",
            report("x", 0, "USA", "POL", "combat_aircraft", "F-35", "agreed", "2023-05-01", null, "x"),
            report("x", 2, "USA", "POL", "trainer_aircraft", null, "agreed", "2023-05-01", null, "x")),
        doc("y", "h-y", "2023-06-01", null, "y",
            report("y", 0, "USA", "POL", "combat_aircraft", "F-16", "delivered", "2023-06-01", null, "y"))));
    List<Entry> es = store.entries(Filter.ALL, 10, 0);
    assertThat(es).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("fixed_wing");
      assertThat(e.lines()).extracting(Entry.Line::label).containsExactly("F-16", "F-35", "(no system named)");
      assertThat(e.lines()).extracting(Entry.Line::status).containsExactly("delivered", "agreed", "agreed");
    });
    String id = es.get(0).id();
    assertThat(store.entries(new Filter(null, null, null, "f-35", null, null, null), 10, 0)).extracting(Entry::id).containsExactly(id);
    assertThat(store.entries(new Filter(null, null, "trainer_aircraft", null, null, null, null), 10, 0)).extracting(Entry::id).containsExactly(id);
    assertThat(store.countEntries(new Filter(null, null, "helicopter", null, null, null, null))).isZero();
    assertThat(store.countEntries(new Filter(null, null, null, "F-22", null, null, null))).isZero();
  }

  @Test
  void anEntryKeepsItsIdWhenEarlierClaimsJoinAndMergedIdsRedirect() {
    store.put(List.of(doc("late", "h-l", "2023-06-01", null, "late",
        report("late", 0, "KOR", "POL", "artillery", "K9", "delivered", "2023-06-01", null, "late"))));
    String id = store.entries(Filter.ALL, 10, 0).get(0).id();
    store.put(List.of(doc("early", "h-e", "2022-07-01", null, "early",
        report("early", 0, "KOR", "POL", "artillery", "K9", "agreed", "2022-07-01", null, "early"))));
    assertThat(store.entries(Filter.ALL, 10, 0)).singleElement().satisfies(e -> {
      assertThat(e.id()).isEqualTo(id);
      assertThat(e.claims()).isEqualTo(2);
    });
    // a report years before starts an entry of its own; a claim between them later merges the two
    store.put(List.of(doc("old", "h-o", "2018-01-01", null, "old",
        report("old", 0, "KOR", "POL", "artillery", "K9", "considered", "2018-01-01", null, "old"))));
    List<Entry> two = store.entries(Filter.ALL, 10, 0);
    assertThat(two).hasSize(2).extracting(Entry::id).contains(id);
    String older = two.stream().map(Entry::id).filter(x -> !x.equals(id)).findFirst().orElseThrow();
    store.put(List.of(doc("mid", "h-m", "2020-06-01", null, "mid",
        report("mid", 0, "KOR", "POL", "artillery", "K9", "requested", "2020-06-01", null, "mid"))));
    List<Entry> one = store.entries(Filter.ALL, 10, 0);
    assertThat(one).hasSize(1);
    String kept = one.get(0).id();
    assertThat(kept).isIn(id, older);
    String gone = kept.equals(id) ? older : id;
    assertThat(store.entry(gone)).isEmpty();
    assertThat(store.redirect(gone)).hasValueSatisfying(r -> {
      assertThat(r.newId()).isEqualTo(kept);
      assertThat(r.reason()).contains(kept).contains("merged or split");
    });
    assertThat(store.redirect(kept)).isEmpty();
    assertThat(store.stats()).containsEntry("redirected_entry_ids", 1L);
  }

  @Test
  void theMergeWindowIsRecordedAndANewOneRebuildsTheLedger() {
    store.put(List.of(
        doc("a", "h-a", "2022-01-01", null, "a", report("a", 0, "KOR", "POL", "artillery", "K9", "agreed", "2022-01-01", null, "a")),
        doc("b", "h-b", "2022-06-01", null, "b", report("b", 0, "KOR", "POL", "artillery", "K9", "delivered", "2022-06-01", null, "b"))));
    assertThat(store.countEntries(Filter.ALL)).isEqualTo(1);
    String wide = store.entries(Filter.ALL, 10, 0).get(0).id();
    assertThat(store.windowDays()).isEqualTo(org.armsledger.ledger.Ledger.MAX_GAP_DAYS);
    assertThat(store.windowDays(30)).isEqualTo(org.armsledger.ledger.Ledger.MAX_GAP_DAYS);
    assertThat(store.dirtyGroups()).isEqualTo(1);
    List<Entry> split = store.entries(Filter.ALL, 10, 0);
    assertThat(split).hasSize(2);
    assertThat(store.entry(split.get(0).id()).orElseThrow().members().get(0).reason()).contains("limit 30");
    store.close();
    store = Store.open(db);
    assertThat(store.windowDays()).isEqualTo(30);
    assertThat(store.windowDays(30)).isEqualTo(30);
    assertThat(store.dirtyGroups()).isZero();
    assertThatThrownBy(() -> store.windowDays(0)).hasMessageContaining("--window-days");
    assertThat(store.stats()).containsEntry("merge_window_days", 30L);
    // merged back, the supply has its id again (not whichever of the two parts' ids sorts first)
    String other = split.stream().map(Entry::id).filter(id -> !id.equals(wide)).findFirst().orElseThrow();
    store.windowDays(org.armsledger.ledger.Ledger.MAX_GAP_DAYS);
    assertThat(store.entries(Filter.ALL, 10, 0)).extracting(Entry::id).containsExactly(wide);
    assertThat(store.redirect(other)).hasValueSatisfying(r -> assertThat(r.newId()).isEqualTo(wide));
  }

  @Test
  void timeFiltersSelectBySupplyTimeAndReportedFiltersByReportDate() {
    // reported in 2023 about deliveries in 2019; reported in 2021 about a 2021 order
    store.put(List.of(
        doc("a", "h-a", "2023-03-01", null, "a",
            timed(report("a", 0, "RUS", "IND", "air_defense", "S-400", "delivered", "2023-03-01", null, "a"), "2019")),
        doc("b", "h-b", "2021-05-01", null, "b",
            report("b", 0, "FRA", "IND", "combat_aircraft", "Rafale", "agreed", "2021-05-01", null, "b"))));
    assertThat(store.entries(new Filter(null, null, null, null, null, "2019", "2019"), 10, 0)).extracting(Entry::designation).containsExactly("S-400");
    assertThat(store.entries(new Filter(null, null, null, null, null, "2021", null), 10, 0)).extracting(Entry::designation).containsExactly("Rafale");
    assertThat(store.entries(new Filter(null, null, null, null, null, null, null, "2023", null), 10, 0)).extracting(Entry::designation)
        .containsExactly("S-400");
    assertThat(store.entries(new Filter(null, null, null, null, null, null, null, null, "2022"), 10, 0)).extracting(Entry::designation)
        .containsExactly("Rafale");
    assertThat(store.countClaims(new Filter(null, null, null, null, null, null, "2020"))).isEqualTo(1);
    assertThat(store.countClaims(new Filter(null, null, null, null, null, null, null, "2023-01", null))).isEqualTo(1);
    assertThatThrownBy(() -> new Filter(null, null, null, null, null, null, null, "2024", "2020")).hasMessageContaining("--reported-since");
  }

  @Test
  void articlesAreKeptAndDocumentsWithoutSentencesAreStoredAsSuch() {
    store.put(List.of(withExtras(doc("a", "h-a", "2022-01-01", null, "a",
        report("a", 0, "KOR", "POL", "artillery", "K9", "agreed", "2022-01-01", null, "a")), "the kept article", null)));
    StoredDocument empty = doc("blank", "h-blank", null, null, "blank");
    store.put(List.of(new StoredDocument(empty.document(), List.of(), "nothing".getBytes(java.nio.charset.StandardCharsets.UTF_8), null,
        "no-sentences")));
    assertThat(store.article("a")).hasValueSatisfying(b -> assertThat(new String(b, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("the kept article"));
    assertThat(store.article("missing")).isEmpty();
    assertThat(store.documents("a")).containsExactly("a");
    assertThat(store.claimsOfDocument("a")).extracting(StoredClaim::id).containsExactly("c-a-0");
    List<String> seen = new ArrayList<>();
    store.forEachDocument((d, kept) -> seen.add(d + "=" + kept));
    assertThat(seen).containsExactly("a=true", "blank=true");
    assertThat(store.known("blank")).isEqualTo(new Store.Known("h-blank", "test-1"));
    assertThat(store.document("blank")).containsEntry("note", "no-sentences").doesNotContainKey("article");
    assertThat(store.stats()).containsEntry("documents_without_sentences", 1L).containsEntry("articles_kept", 2L);
  }

  @Test
  void copiesAreLinkedAcrossPutsAndTheEarliestPublishedIsTheOriginInAnyOrder() {
    List<List<StoredDocument>> orders = List.of(
        List.of(copyDoc("wire", "2024-03-02"), copyDoc("paper", "2024-03-01"), copyDoc("blog", "2024-03-05")),
        List.of(copyDoc("blog", "2024-03-05"), copyDoc("wire", "2024-03-02"), copyDoc("paper", "2024-03-01")));
    List<String> ledgers = new ArrayList<>();
    for (List<StoredDocument> order : orders) {
      store.close();
      db = newDatabase();
      store = Store.open(db);
      for (StoredDocument d : order) {
        store.put(List.of(d)); // one put per run
      }
      store.put(List.of(withExtras(doc("other", "h-other", "2024-03-03", null, "other",
          report("other", 0, "KOR", "POL", "artillery", "K9", "delivered", "2024-03-03", null, "other")), "x", "ffff", 99)));
      assertThat(store.document("wire")).containsEntry("origin", "paper").containsEntry("duplicate_of", "paper");
      assertThat(store.document("blog")).containsEntry("origin", "paper");
      assertThat(store.document("paper")).containsEntry("origin", "paper").containsEntry("duplicate_of", null);
      assertThat(store.document("other")).containsEntry("origin", "other");
      Entry e = store.entries(Filter.ALL, 10, 0).get(0);
      assertThat(e.documents()).isEqualTo(4);
      assertThat(e.origins()).isEqualTo(2);
      ledgers.add(e.id() + " " + e.origins() + " " + e.members().size());
    }
    assertThat(ledgers.get(1)).isEqualTo(ledgers.get(0));
  }

  /** A document whose body is one story: same signature and LSH keys as the other copies. */
  private static StoredDocument copyDoc(String name, String published) {
    return withExtras(doc(name, "h-" + name, published, name + " outlet", name,
        report(name, 0, "KOR", "POL", "artillery", "K9", "delivered", published, name + " outlet", name)), "story", "abcd", 7, 8, 9);
  }

  @Test
  void aDocumentWhoseTextChangedNoLongerHoldsItsStoryTogether() {
    // a -- b share key 1, b -- c share key 2: one story through b
    store.put(List.of(withExtras(doc("a", "h-a", "2024-01-01", null, "a"), "t", "abcd", 1)));
    store.put(List.of(withExtras(doc("c", "h-c", "2024-01-03", null, "c"), "t", "abcd", 2)));
    assertThat(store.document("c")).containsEntry("origin", "c");
    store.put(List.of(withExtras(doc("b", "h-b", "2024-01-02", null, "b"), "t", "abcd", 1, 2)));
    assertThat(store.document("b")).containsEntry("origin", "a");
    assertThat(store.document("c")).containsEntry("origin", "a");
    // b stored again with another text: a and c are two stories again
    store.put(List.of(withExtras(doc("b", "h-b2", "2024-01-02", null, "b"), "t", "ffff", 3)));
    assertThat(store.document("a")).containsEntry("origin", "a");
    assertThat(store.document("b")).containsEntry("origin", "b").containsEntry("duplicate_of", null);
    assertThat(store.document("c")).containsEntry("origin", "c");
    assertThat(store.stats()).containsEntry("independent_origins", 3L);
  }

  @Test
  void entriesSortFacetsTimelineAndSearchServeTheWebApplication() {
    putSample();
    List<Entry> byClaims = store.entries(Filter.ALL, "claims", true, 10, 0);
    assertThat(byClaims.get(0).designation()).isEqualTo("K9");
    assertThat(store.entries(Filter.ALL, "supplier", false, 10, 0).get(0).supplierName()).isEqualTo("South Korea");
    assertThat(store.entries(Filter.ALL, "supply_start", false, 1, 0).get(0).eventStart()).isEqualTo("2022-08-27");
    assertThatThrownBy(() -> store.entries(Filter.ALL, "id; DROP TABLE claims", true, 10, 0)).hasMessageContaining("unknown sort");

    assertThat(store.facet(Filter.ALL, "supplier", 10)).containsExactly(
        new Store.FacetValue("KOR", "South Korea", 2), new Store.FacetValue("USA", "USA name", 1));
    assertThat(store.facet(new Filter("KOR", null, null, null, null, null, null), "status", 10)).extracting(Store.FacetValue::value)
        .containsExactly("agreed", "delivered");
    assertThat(store.facet(Filter.ALL, "disputed", 10)).containsExactly(new Store.FacetValue("0", "0", 3));
    assertThatThrownBy(() -> store.facet(Filter.ALL, "json", 10)).hasMessageContaining("unknown facet");

    assertThat(store.timeline(Filter.ALL)).containsExactly(
        new Store.TimelineRow("2022-08", "agreed", 2), new Store.TimelineRow("2022-12", "delivered", 2), new Store.TimelineRow("2023-03", "agreed", 1));
    assertThat(store.timeline(new Filter(null, null, "armored_vehicle", null, null, null, null))).hasSize(1);

    assertThat(store.findActors("korea", 5)).extracting(Store.ActorRow::id).containsExactly("KOR");
    assertThat(store.findActors("100%_", 5)).isEmpty();
    assertThat(store.findDesignations("abr", 5)).containsExactly(new Store.DesignationHit("M1 Abrams", 1));
    List<Store.SentenceHit> hits = store.searchSentences("sentences OF b-copy", 10);
    assertThat(hits).extracting(Store.SentenceHit::claim).containsExactly("c-b-copy-0");
    assertThat(store.searchSentences("sentence\" (OF", 10)).hasSize(5);
    assertThat(store.searchSentences("   ", 10)).isEmpty();
    // replaced claims leave the index with them
    store.put(List.of(doc("b-copy", "h-bc2", "2022-12-07", "Local Wire", "b")));
    assertThat(store.searchSentences("b-copy", 10)).isEmpty();
  }

  @Test
  void theUnfilteredClaimCountIsKeptExactByEveryWrite() throws Exception {
    putSample();
    putSample(); // the same documents again: replaced, not added
    store.put(List.of(doc("a", "h-a3", "2022-08-27", "Reuters", "a",
        report("a", 0, "KOR", "POL", "artillery", "K9", "agreed", "2022-08-27", "Reuters", "a"))));
    store.put(List.of(doc("c", "h-c3", "2023-03-01", null, "c")));
    // the kept count against a real count of the rows
    long rows = store.claims(Filter.ALL, 1000, 0).size();
    assertThat(rows).isEqualTo(3);
    assertThat(store.countClaims(Filter.ALL)).isEqualTo(rows);
    assertThat(store.stats()).containsEntry("claims", rows);
  }
}
