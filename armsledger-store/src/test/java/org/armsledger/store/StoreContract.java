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
    assertThat(abrams.members()).extracting(Entry.Member::claim).containsExactly("c-c-5");
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
    assertThat(store.entry(k9.id())).contains(k9);
    assertThat(store.entry("e-missing")).isEmpty();
    StoredClaim c = store.claim("c-a-0").orElseThrow();
    assertThat(c.entry()).isEqualTo(k9.id());
    assertThat(c.json()).contains("\"doc\":\"a\"");
    Map<String, Object> d = store.document("b-copy");
    assertThat(d).containsEntry("origin", "b").containsEntry("outlet", "Local Wire");
    assertThat(((Number) d.get("similarity")).doubleValue()).isEqualTo(0.93);
    assertThat(store.originOfText("t-h-b", "zzz")).isEqualTo("b");
    assertThat(store.originOfText("t-h-b", "b")).isNull();
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
}
