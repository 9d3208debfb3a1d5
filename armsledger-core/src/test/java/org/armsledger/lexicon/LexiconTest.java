package org.armsledger.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
  @Test
  void theStandardLexiconIsBroad() {
    Lexicon l = Lexicon.standard();
    assertThat(l.weapons()).hasSizeGreaterThanOrEqualTo(1500);
    // every category but 'unspecified' (support with no item named) has systems
    Set<String> withSystems = new HashSet<>();
    l.weapons().forEach(w -> withSystems.add(w.category()));
    Set<String> expected = new HashSet<>(Lexicon.CATEGORIES);
    expected.remove("unspecified");
    assertThat(withSystems).containsAll(expected);
    // an export version is its own system of its family
    assertThat(l.weapons()).anySatisfy(w -> {
      assertThat(w.designation()).isEqualTo("Su-30MKI");
      assertThat(w.family()).isEqualTo("Su-30");
    });
    assertThat(l.actorCount(ActorEntry.Kind.STATE)).isGreaterThanOrEqualTo(197); // UN members and observers, Taiwan, Kosovo
    assertThat(l.actorCount(ActorEntry.Kind.GROUP)).isGreaterThanOrEqualTo(80);
    assertThat(l.actorCount(ActorEntry.Kind.COMPANY) + l.exporterCount()).isGreaterThanOrEqualTo(150);
    for (String id : new String[] {"GHA", "SEN", "ZMB", "ALB", "GTM", "XKX", "TWN", "PSE", "VAT"}) {
      assertThat(l.actor(id)).as(id).isNotNull();
    }
    assertThat(l.actor("boko-haram").state()).isEqualTo("NGA");
    assertThat(l.actor("general-atomics").state()).isEqualTo("USA");
    Set<String> categories = new HashSet<>();
    l.weapons().forEach(w -> categories.add(w.category()));
    assertThat(categories).contains("uav", "ballistic_missile", "air_defense", "combat_aircraft", "helicopter", "naval", "artillery", "armored_vehicle", "small_arms", "ammunition");
    assertThat(l.versions()).containsKeys("actors", "weapons", "categories", "predicates", "cues");
  }

  @Test
  void stateOwnedExportersActForTheirStatePrivateCompaniesForThemselves() {
    Gazetteer g = new Gazetteer(Lexicon.standard());
    assertThat(g.find("Rosoboronexport", 0).get(0).actor().id()).isEqualTo("RUS");
    assertThat(g.find("Naval Group", 0).get(0).actor().id()).isEqualTo("naval-group");
    assertThat(g.find("Roketsan", 0).get(0).actor().id()).isEqualTo("TUR"); // an exporter row
    assertThat(g.find("Senegal and Ghana", 0)).extracting(m -> m.actor().id()).containsExactly("SEN", "GHA");
  }

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aMalformedRowNamesTheFileAndLine() {
    assertThatThrownBy(
            () ->
                Lexicon.load(
                    f -> f.equals("weapons.tsv")
                        ? text("# armsledger-lexicon weapons 2\nX-1\tlaser\tX\t-\t-\ttest\n")
                        : Lexicon.class.getResourceAsStream("/org/armsledger/lexicon/" + f)))
        .isInstanceOf(LexiconException.class)
        .hasMessage("weapons.tsv:2: unknown category 'laser'");
  }

  @Test
  void aMissingHeaderIsAnError() {
    assertThatThrownBy(
            () ->
                Lexicon.load(
                    f -> f.equals("cues.tsv") ? text("embed\tconsider\tconsidered\n") : Lexicon.class.getResourceAsStream("/org/armsledger/lexicon/" + f)))
        .isInstanceOf(LexiconException.class)
        .hasMessageStartingWith("cues.tsv:1: header must be");
  }
}
