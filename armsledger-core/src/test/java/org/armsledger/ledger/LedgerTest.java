package org.armsledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LedgerTest {
  private static int n;

  /** A report of KOR -> POL K9 artillery unless changed. */
  private static Report r(String doc, String status, String published, String time, String outlet, String origin) {
    return r(doc, "KOR", "POL", "artillery", "K9", status, false, published, time, outlet, origin, null, null);
  }

  private static Report r(String doc, String sup, String rec, String cat, String des, String status, boolean negated,
      String published, String time, String outlet, String origin, String source, Double qty) {
    n++;
    return new Report("c-" + doc + "-" + n, doc, "transfer", sup, sup + " name", rec, rec + " name", cat, des, "guns",
        qty == null ? null : String.valueOf(qty.intValue()), qty, status, negated, time, time, null, source,
        source == null ? "author" : "official", published, outlet, origin, 0.9, "sentence");
  }

  @Test
  void claimsAboutOneSupplyFromSeveralArticlesMakeOneEntryWithHistoryInTimeOrder() {
    List<Report> rs = List.of(
        r("a", "delivered", "2023-12-05", null, "Defence News", "a"),
        r("b", "agreed", "2022-08-27", null, "Reuters", "b"),
        r("c", "requested", "2022-05-01", null, "Reuters", "c"));
    List<Entry> es = Ledger.merge(rs);
    assertThat(es).hasSize(1);
    Entry e = es.get(0);
    assertThat(e.history()).extracting(Entry.Step::status).containsExactly("requested", "agreed", "delivered");
    assertThat(e.status()).isEqualTo("delivered");
    assertThat(e.firstReported()).isEqualTo("2022-05-01");
    assertThat(e.lastReported()).isEqualTo("2023-12-05");
    assertThat(e.outlets()).isEqualTo(2);
    assertThat(e.outletNames()).containsExactly("Defence News", "Reuters");
    assertThat(e.origins()).isEqualTo(3);
    assertThat(e.orderYear()).isEqualTo("2022");
    assertThat(e.deliveryYears()).containsExactly("2023");
    assertThat(e.members().get(0).reason()).startsWith("starts the entry");
    assertThat(e.members().get(1).reason()).contains("days from the entry's latest claim");
  }

  @Test
  void syndicatedCopiesCountAsOneOrigin() {
    List<Report> rs = List.of(
        r("wire", "delivered", "2024-01-02", null, "AP", "wire"),
        r("copy1", "delivered", "2024-01-02", null, "Local Herald", "wire"),
        r("copy2", "delivered", "2024-01-03", null, "City Times", "wire"));
    Entry e = Ledger.merge(rs).get(0);
    assertThat(e.outlets()).isEqualTo(3);
    assertThat(e.origins()).isEqualTo(1);
    assertThat(e.documents()).isEqualTo(3);
  }

  @Test
  void suppliesYearsApartAreSeparateEntriesAndOtherKindsOrPartiesNeverMerge() {
    List<Report> rs = List.of(
        r("old", "IND", "RUS", "combat_aircraft", "Su-30", "delivered", false, "2023-01-01", "1997", null, "old", null, null),
        r("new", "IND", "RUS", "combat_aircraft", "Su-30", "delivered", false, "2023-02-01", null, null, "new", null, null),
        r("x", "IND", "RUS", "helicopter", "Mi-17", "delivered", false, "2023-02-01", null, null, "x", null, null),
        r("y", "RUS", "IND", "combat_aircraft", "Su-30", "delivered", false, "2023-02-01", null, null, "y", null, null),
        r("z", "IND", "RUS", "combat_aircraft", "Su-30", "delivered", false, "2023-02-01", null, null, "z", null, null).withRelation("assistance"));
    List<Entry> es = Ledger.merge(rs);
    assertThat(es).hasSize(5);
    Entry newer = es.stream().filter(e -> e.members().get(0).doc().equals("new")).findFirst().orElseThrow();
    assertThat(newer.members().get(0).reason()).startsWith("starts a new entry").contains("limit " + Ledger.MAX_GAP_DAYS);
    assertThat(es).extracting(Entry::id).doesNotHaveDuplicates();
  }

  @Test
  void oneEntryPerSupplyWithALinePerSystemAndTheUnnamedClaimsLast() {
    List<Report> rs = List.of(
        r("a", "IRN", "RUS", "uav", null, "delivered", false, "2023-01-01", null, null, "a", null, 400.0),
        r("b", "IRN", "RUS", "uav", null, "agreed", false, "2023-02-01", null, null, "b", null, null),
        r("c", "IRN", "RUS", "uav", "Shahed-136", "delivered", false, "2023-02-01", null, null, "c", null, 100.0),
        r("d", "IRN", "RUS", "uav", "shahed-136", "delivered", false, "2023-03-01", null, null, "d", null, 300.0),
        r("e", "IRN", "RUS", "uav", "Mohajer-6", "agreed", false, "2023-03-05", null, null, "e", null, 20.0));
    List<Entry> es = Ledger.merge(rs);
    assertThat(es).singleElement().satisfies(e -> {
      assertThat(e.kind()).isEqualTo("uav");
      assertThat(e.documents()).isEqualTo(5);
      assertThat(e.designations()).containsExactly("Mohajer-6", "Shahed-136");
      assertThat(e.designation()).isNull();
      assertThat(e.itemLabel()).isEqualTo("Mohajer-6, Shahed-136");
      assertThat(e.lines()).extracting(Entry.Line::label).containsExactly("Mohajer-6", "Shahed-136", "(no system named)");
      Entry.Line shahed = e.lines().get(1);
      assertThat(shahed.claims()).hasSize(2);
      assertThat(shahed.status()).isEqualTo("delivered");
      assertThat(shahed.deliveredQuantity()).isEqualTo(300.0);
      assertThat(shahed.documents()).isEqualTo(2);
      assertThat(e.lines().get(0).status()).isEqualTo("agreed");
      assertThat(e.lines().get(0).orderedQuantity()).isEqualTo(20.0);
      // the systems' numbers add up (300 Shahed), unless the unnamed line gives more (400 drones)
      assertThat(e.deliveredQuantity()).isEqualTo(400.0);
      assertThat(e.orderedQuantity()).isEqualTo(20.0);
      assertThat(e.members()).allSatisfy(m -> assertThat(m.reason()).contains("line "));
    });
  }

  @Test
  void missilesAndFixedWingAircraftAreOneKindEachWhateverTheirCategory() {
    List<Report> rs = List.of(
        r("a", "PRK", "RUS", "ballistic_missile", "KN-23", "delivered", false, "2024-01-10", null, null, "a", null, null),
        r("b", "PRK", "RUS", "missile", null, "delivered", false, "2024-01-12", null, null, "b", null, null),
        r("c", "PRK", "RUS", "ballistic_missile", null, "delivered", false, "2024-01-13", null, null, "c", null, null),
        r("d", "USA", "POL", "combat_aircraft", "F-35", "agreed", false, "2024-01-13", null, null, "d", null, null),
        r("e", "USA", "POL", "trainer_aircraft", null, "agreed", false, "2024-01-14", null, null, "e", null, null),
        r("f", "USA", "POL", "helicopter", "AH-64", "agreed", false, "2024-01-14", null, null, "f", null, null));
    List<Entry> es = Ledger.merge(rs);
    assertThat(es).extracting(Entry::kind).containsExactlyInAnyOrder("missiles", "fixed_wing", "helicopter");
    Entry missiles = es.stream().filter(e -> e.kind().equals("missiles")).findFirst().orElseThrow();
    assertThat(missiles.claims()).isEqualTo(3);
    assertThat(missiles.category()).isEqualTo("ballistic_missile");
    assertThat(missiles.lines()).extracting(Entry.Line::label).containsExactly("KN-23", "(no system named)");
  }

  @Test
  void theGroupsFirstEntryIsNamedByTheGroupAloneSoEarlierClaimsDoNotRenameIt() {
    Report late = r("late", "delivered", "2023-06-01", null, null, "late");
    Report early = r("early", "agreed", "2022-01-01", null, null, "early");
    Report muchLater = r("x", "delivered", "2030-01-01", null, null, "x");
    String alone = Ledger.merge(List.of(late)).get(0).id();
    assertThat(Ledger.merge(List.of(early, late)).get(0).id()).isEqualTo(alone);
    List<Entry> two = Ledger.merge(List.of(early, late, muchLater));
    assertThat(two).hasSize(2);
    assertThat(two.get(0).id()).isEqualTo(alone);
    assertThat(two.get(1).id()).isNotEqualTo(alone);
  }

  @Test
  void theWindowIsAParameter() {
    List<Report> rs = List.of(
        r("a", "delivered", "2022-01-01", null, null, "a"),
        r("b", "delivered", "2022-03-01", null, null, "b"));
    assertThat(Ledger.merge(rs, 30)).hasSize(2);
    assertThat(Ledger.merge(rs, 90)).hasSize(1);
    assertThat(Ledger.merge(rs, 30).get(1).members().get(0).reason()).contains("limit 30");
    assertThatThrownBy(() -> Ledger.merge(rs, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDenialBesideDeliveryReportsIsAContradictionAndDoesNotUndoTheDelivery() {
    List<Report> rs = List.of(
        r("a", "IRN", "RUS", "uav", null, "delivered", false, "2022-10-01", null, "BBC", "a", "US officials", null),
        r("b", "IRN", "RUS", "uav", null, "denied", false, "2022-10-02", null, "IRNA", "b", "Iran's foreign ministry", null));
    Entry e = Ledger.merge(rs).get(0);
    assertThat(e.status()).isEqualTo("delivered");
    assertThat(e.disputed()).isTrue();
    assertThat(e.contradictions()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo("denial");
      assertThat(c.description()).contains("Iran's foreign ministry");
      assertThat(c.claims()).hasSize(2);
    });
  }

  @Test
  void aRejectionFollowedByDeliveryIsAContradictionAndTheLatestHaltIsTheStatus() {
    Entry rejected = Ledger.merge(List.of(
        r("a", "rejected", "2022-01-01", null, null, "a"),
        r("b", "delivered", "2022-06-01", null, null, "b"))).get(0);
    assertThat(rejected.contradictions()).extracting(Entry.Contradiction::kind).containsExactly("rejected-then-delivered");
    assertThat(rejected.status()).isEqualTo("delivered");

    Entry halted = Ledger.merge(List.of(
        r("a", "agreed", "2022-01-01", null, null, "a"),
        r("b", "halted", "2022-06-01", null, null, "b"))).get(0);
    assertThat(halted.status()).isEqualTo("halted");
    assertThat(halted.disputed()).isFalse();
  }

  @Test
  void negatedClaimsCountAsRefusalsOrDenials() {
    Entry e = Ledger.merge(List.of(
        r("a", "DEU", "UKR", "cruise_missile", "Taurus", "planned", true, "2024-02-01", null, null, "a", "Olaf Scholz", null))).get(0);
    assertThat(e.status()).isEqualTo("rejected");
  }

  @Test
  void quantitiesSplitIntoOrderedAndDelivered() {
    Entry e = Ledger.merge(List.of(
        r("a", "KOR", "POL", "artillery", "K9", "agreed", false, "2022-08-01", null, null, "a", null, 212.0),
        r("b", "KOR", "POL", "artillery", "K9", "delivered", false, "2022-12-01", null, null, "b", null, 24.0))).get(0);
    assertThat(e.orderedQuantity()).isEqualTo(212.0);
    assertThat(e.deliveredQuantity()).isEqualTo(24.0);
    assertThat(e.quantities()).extracting(Entry.QuantityReport::text).containsExactly("212", "24");
  }

  @Test
  void theResultDoesNotDependOnInputOrder() {
    List<Report> rs = new ArrayList<>();
    String[] st = {"requested", "agreed", "delivered", "denied", "halted"};
    for (int i = 0; i < 60; i++) {
      String year = String.valueOf(2010 + (i % 14));
      rs.add(r("d" + i, i % 3 == 0 ? "CHN" : "RUS", "SRB", "air_defense", i % 2 == 0 ? "FK-3" : null, st[i % st.length], false,
          i % 7 == 0 ? null : year + "-0" + (1 + i % 9) + "-15", null, i % 4 == 0 ? null : "outlet" + (i % 5), "o" + (i % 11), null, null));
    }
    String expected = Ledger.merge(rs).stream().map(LedgerJson::line).toList().toString();
    Random random = new Random(7);
    for (int k = 0; k < 5; k++) {
      List<Report> shuffled = new ArrayList<>(rs);
      Collections.shuffle(shuffled, random);
      assertThat(Ledger.merge(shuffled).stream().map(LedgerJson::line).toList().toString()).isEqualTo(expected);
    }
  }

  @Test
  void entriesSurviveAJsonRoundTrip() {
    Entry e = Ledger.merge(List.of(
        r("a", "IRN", "RUS", "uav", "Shahed-136", "delivered", false, "2022-10-01", "2022-09", "BBC", "a", "US officials", 400.0),
        r("b", "IRN", "RUS", "uav", "Shahed-136", "denied", false, "2022-10-02", null, null, "b", "Tehran", null))).get(0);
    assertThat(LedgerJson.read(LedgerJson.line(e))).isEqualTo(e);
  }

  @Test
  void summariesCarryCountsNotClaimIds() throws Exception {
    Entry e = Ledger.merge(List.of(
        r("a", "IRN", "RUS", "uav", "Shahed-136", "delivered", false, "2022-10-01", "2022-09", "BBC", "a", "US officials", null),
        r("b", "IRN", "RUS", "uav", "Shahed-136", "agreed", false, "2022-11-02", null, null, "b", "Tehran", null),
        r("c", "IRN", "RUS", "uav", null, "agreed", false, "2022-11-05", null, null, "c", "Tehran", null))).get(0);
    String json = LedgerJson.line(e.summary());
    com.fasterxml.jackson.databind.JsonNode o = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
    assertThat(o.path("members").isMissingNode()).isTrue();
    o.path("history").forEach(step -> assertThat(step.has("claims")).isFalse());
    assertThat(o.path("lines").size()).isEqualTo(2);
    assertThat(o.path("lines").get(0).path("claim_count").asInt()).isEqualTo(e.lines().get(0).claims().size()).isEqualTo(2);
    assertThat(o.path("lines").get(1).path("claim_count").asInt()).isEqualTo(1);
    assertThat(o.path("lines").get(0).has("claims")).isFalse();
    Entry back = LedgerJson.read(json);
    assertThat(back.isSummary()).isTrue();
    assertThat(back.lines()).extracting(Entry.Line::label).containsExactly("Shahed-136", "(no system named)");
    assertThat(back.history()).extracting(Entry.Step::status).containsExactly("delivered", "agreed");
    assertThat(back.claims()).isEqualTo(3);
    assertThat(back.lines()).extracting(Entry.Line::claimCount).containsExactly(2, 1);
    assertThat(back).isEqualTo(e.summary());
  }

  @Test
  void anAuthorWithoutOutletIsNamedByTheFileNotTheFolders() {
    assertThat(Ledger.docLabel("file:///home/ana/news/2024/report.txt")).isEqualTo("report.txt");
    assertThat(Ledger.docLabel("file:///data/dump.jsonl:17")).isEqualTo("dump.jsonl:17");
    assertThat(Ledger.docLabel("doc7")).isEqualTo("doc7");
    assertThat(Ledger.docLabel(null)).isEqualTo("?");
  }

  @Test
  void partialDatesCoverTheirWholePeriod() {
    assertThat(Ledger.interval("2023", null)[1] - Ledger.interval("2023", null)[0]).isEqualTo(364);
    assertThat(Ledger.interval("2024-02", null)[1] - Ledger.interval("2024-02", null)[0]).isEqualTo(28);
    assertThat(Ledger.interval("2020", "2022")[1]).isEqualTo(Ledger.interval("2022-12-31", null)[0]);
    assertThat(Ledger.interval("soon", null)).isNull();
  }
}
