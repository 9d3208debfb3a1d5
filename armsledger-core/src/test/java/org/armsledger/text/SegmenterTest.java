package org.armsledger.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {
  private static List<String> segments(String text) {
    List<Block> blocks = List.of(new Block(new Span(0, text.length()), null));
    return new Segmenter().segments(text, blocks).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void cutsGluedSentences() {
    assertThat(segments("Iran sent drones.The shipment arrived.")).containsExactly("Iran sent drones.", "The shipment arrived.");
  }

  @Test
  void keepsNamesWithInnerFullStops() {
    assertThat(segments("Caliber.Az reports it.")).containsExactly("Caliber.Az reports it.");
  }

  @Test
  void leavesBulletMarksOut() {
    assertThat(segments("• Poland sent tanks")).containsExactly("Poland sent tanks");
  }

  @Test
  void joinsHardWrappedLinesBackIntoTheirParagraph() {
    String text = "Kenya buys armoured vehicles\n"
        + "NAIROBI, May 2 Kenya has received the first of twelve armoured\n"
        + "vehicles from South Africa, the defence ministry said on Tuesday,\n"
        + "adding that the rest would arrive by the end of the year and that crews\n"
        + "Were already training.\n"
        + "\n"
        + "A second paragraph.";
    List<Block> blocks = new Cleaner().clean(text, new Span(0, 28), List.of());
    List<String> got = new Segmenter().segments(text, blocks).stream().map(x -> x.of(text)).toList();
    assertThat(got).hasSize(3);
    assertThat(got.get(0)).isEqualTo("Kenya buys armoured vehicles"); // a headline stays apart
    assertThat(got.get(1)).startsWith("NAIROBI").endsWith("Were already training.").contains("armoured\nvehicles");
    assertThat(got.get(2)).isEqualTo("A second paragraph.");
  }
}
