package org.armsledger.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.armsledger.text.Sentence;
import org.armsledger.text.Span;
import org.junit.jupiter.api.Test;

class HeadlinesTest {
  private static String undated(String text) {
    return Headlines.withoutDateline(new Sentence(0, new Span(0, text.length()), text, List.of(), List.of())).text();
  }

  @Test
  void datelinesAreBlankedKeepingOffsets() {
    assertThat(undated("KYIV—The army received new tanks.")).isEqualTo("     The army received new tanks.");
    assertThat(undated("MOSCOW, March 3 (Reuters) - Russia said it would sell jets."))
        .isEqualTo("                            Russia said it would sell jets.");
    assertThat(undated("YEREVAN (Combined Sources)–Azerbaijan protested.")).endsWith("Azerbaijan protested.").hasSize(48);
  }

  @Test
  void anAcronymInACompoundOrAnOrdinarySentenceIsNoDateline() {
    assertThat(undated("NATO–Russia talks on arms sales to Serbia stalled.")).isEqualTo("NATO–Russia talks on arms sales to Serbia stalled.");
    assertThat(undated("Iran – which denies it – sent drones.")).isEqualTo("Iran – which denies it – sent drones.");
    assertThat(undated("The U.S. sent tanks.")).isEqualTo("The U.S. sent tanks.");
  }
}
