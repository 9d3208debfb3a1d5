package org.armsledger.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TimeResolverTest {
  private final TimeResolver r = new TimeResolver();

  private String start(String sentence, String published) {
    List<TimeResolver.Found> f = r.find(sentence, published);
    return f.isEmpty() ? "none" : String.valueOf(f.get(0).resolvedStart());
  }

  @Test
  void resolvesAgainstTheDocumentDateNeverTheClock() {
    assertThat(start("In 2019, Russia rejected the request.", null)).isEqualTo("2019");
    assertThat(start("Earlier this year, pilots trained in Russia.", "2022-12-14")).isEqualTo("2022");
    assertThat(start("The jets will arrive around the new year.", "2023-11-24")).isEqualTo("2024");
    assertThat(start("The jets will arrive early in the new year.", "2024-01-10")).isEqualTo("2024");
    assertThat(start("In early November, Iran admitted it.", "2022-12-14")).isEqualTo("2022-11");
    assertThat(start("In December, Iran admitted it.", "2023-02-01")).isEqualTo("2022-12");
    assertThat(start("Last year Egypt ordered frigates.", "2021-06-30")).isEqualTo("2020");
    assertThat(start("Chile bought most of its arms from Israel between 2015 and 2019.", null)).isEqualTo("2015");
    assertThat(new TimeResolver().find("Chile bought most of its arms from Israel between 2015 and 2019.", null).get(0).resolvedEnd()).isEqualTo("2019");
    assertThat(start("The plant could open as early as 2027.", null)).isEqualTo("2027");
    assertThat(start("Spain will deliver the first radar this week.", "2019-07-09")).isEqualTo("2019-07");
    assertThat(start("Kenya received two patrol boats last week.", "2020-03-03")).isEqualTo("2020-02");
    assertThat(start("Poland on Friday signed a deal for tanks.", "2025-08-03")).isEqualTo("2025-08-01");
    assertThat(start("Kenya said on Friday it bought the boats in 2019.", "2025-08-03")).isEqualTo("2019");
    assertThat(start("Britain will send the tanks in the coming weeks.", "2023-01-16")).isEqualTo("2023-01");
  }

  @Test
  void relativeTimesWithoutADocumentDateKeepTheirTextOnly() {
    List<TimeResolver.Found> f = r.find("Earlier this year, Iran announced a deal.", null);
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.text()).isEqualTo("Earlier this year");
      assertThat(x.resolvedStart()).isNull();
    });
  }

  @Test
  void mayTheModalIsNotAMonth() {
    assertThat(start("Russia may provide air defense.", "2023-11-21")).isEqualTo("none");
    assertThat(start("The jets arrived in May 2021.", null)).isEqualTo("2021-05");
  }
}
