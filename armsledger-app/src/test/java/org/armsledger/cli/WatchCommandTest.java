package org.armsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WatchCommandTest {
  @Test
  void durationsReadAsUsersWriteThem() {
    assertThat(WatchCommand.duration("--every", "15m").toMinutes()).isEqualTo(15);
    assertThat(WatchCommand.duration("--every", "90").toSeconds()).isEqualTo(90);
    assertThat(WatchCommand.duration("--every", "250ms").toMillis()).isEqualTo(250);
    assertThat(WatchCommand.duration("--every", "2h").toHours()).isEqualTo(2);
    assertThatThrownBy(() -> WatchCommand.duration("--every", "soon")).hasMessageContaining("--every takes a duration");
  }
}
