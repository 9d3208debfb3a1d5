package org.armsledger.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer G = new Gazetteer(Lexicon.standard());

  private static List<String> found(String text) {
    return G.find(text, 0).stream()
        .map(m -> m.type() + ":" + (m.actor() != null ? m.actor().id() : m.weapon() != null ? m.weapon().designation() : m.category()) + "=" + m.text())
        .toList();
  }

  @Test
  void designationsMatchWhateverTheHyphenation() {
    assertThat(found("Su-35 and Su 35 and S-400s")).containsExactly("WEAPON:Su-35=Su-35", "WEAPON:Su-35=Su 35", "WEAPON:S-400=S-400s");
  }

  @Test
  void wordAliasesMatchOnlyWithTheirCapitals() {
    assertThat(found("Patriot batteries")).contains("WEAPON:Patriot=Patriot");
    assertThat(found("a patriot and an arrow")).isEmpty();
    assertThat(found("the US and us")).containsExactly("ACTOR:USA=US");
  }

  @Test
  void civilGoodsAndAirlinesAreNotMaterielOrStates() {
    assertThat(found("Venezuela will import medical equipment and farm machinery")).containsExactly("ACTOR:VEN=Venezuela");
    assertThat(found("Air India will buy 50 aircraft")).isEmpty();
    assertThat(found("Turkish Airlines ordered jets")).isEmpty();
    assertThat(found("the airline ordered ten aircraft")).isEmpty();
    assertThat(found("India ordered ten transport aircraft")).contains("ACTOR:IND=India", "ITEM:other_aircraft=transport aircraft");
    assertThat(found("the Argentine Air Force")).containsExactly("ACTOR:ARG=Argentine Air Force");
    assertThat(found("the first lot of BRAHMOS missiles")).contains("WEAPON:BrahMos=BRAHMOS");
    assertThat(found("the South China Sea")).isEmpty();
  }

  @Test
  void longestMatchAndInstitutions() {
    assertThat(found("the Russian army and Iranian technicians")).containsExactly("ACTOR:RUS=Russian army", "ACTOR:IRN=Iranian technicians");
    assertThat(found("anti-ship ballistic cruise missiles")).containsExactly("ITEM:anti_ship_missile=anti-ship ballistic cruise missiles");
  }

  @Test
  void modifiersRefineTheHeadsCategory() {
    assertThat(found("supersonic anti-ship missiles")).containsExactly("ITEM:anti_ship_missile=anti-ship missiles");
    assertThat(found("nuclear, technology")).containsExactly("ITEM:nuclear=nuclear", "ITEM:technology=technology");
  }

  @Test
  void offsetsPointIntoTheDocument() {
    Mention m = G.find("Egypt bought Rafales", 100).get(1);
    assertThat(m.span().start()).isEqualTo(113);
    assertThat(m.weapon().designation()).isEqualTo("Rafale");
  }
}
