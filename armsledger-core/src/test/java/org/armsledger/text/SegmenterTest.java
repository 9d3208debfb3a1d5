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
}
