package org.armsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bench command as a user runs it: what it reports, and that one and two threads give the same
 * claims. No timing is asserted (speed lives in the benchmark's own output, not in tests).
 */
class BenchCommandIT {
  @TempDir Path dir;

  @Test
  void reportsBothThreadCountsTheParsedShareAndTheSameClaims() throws IOException {
    // our own sentences, about pairs other than the development sets'
    Files.writeString(dir.resolve("a.txt"), "Corvettes for Ghana\ndate 2024-03-02\n"
        + "South Korea delivered two corvettes to Ghana in March, the navy said. The ships will patrol the Gulf of Guinea.\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("b.txt"), "Helicopters for Peru\ndate 2023-11-20\n"
        + "Peru has signed a deal to buy 12 helicopters from Russia, according to the defence ministry. Officials did not give a price.\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("c.txt"), "Weather\nRain is expected across the north on Tuesday. Temperatures will fall overnight.\n", StandardCharsets.UTF_8);

    Cli r = Cli.run("bench", "--threads", "2", "--warm-up-docs", "3", "--baseline-docs", "0", dir.toString());

    assertThat(r.code()).as(r.err()).isZero();
    String out = r.out();
    assertThat(out).contains("corpus: 3 documents");
    assertThat(out).containsPattern("armsledger \\(1 thread\\): [0-9.]+ s, [0-9.]+ docs/s, [0-9]+ tokens/s");
    Matcher m = Pattern.compile("armsledger \\(2 threads\\): .* (\\d+) of (\\d+) sentences parsed \\([0-9.]+%\\), (\\d+) claims").matcher(out);
    assertThat(m.find()).as(out).isTrue();
    assertThat(Integer.parseInt(m.group(1))).isPositive().isLessThanOrEqualTo(Integer.parseInt(m.group(2)));
    assertThat(Integer.parseInt(m.group(3))).isGreaterThanOrEqualTo(2); // Korea -> Ghana, Russia -> Peru
    assertThat(out).containsPattern("scaling: 2 threads run [0-9.]+x as fast as 1");
    assertThat(out).containsPattern("same claims single- and multi-threaded: yes \\(\\d+ claim lines\\)");
    // with no baseline sample there is no ratio to report, and the run still ends well
    assertThat(out).contains("plain CoreNLP: not run (--baseline-docs 0)").doesNotContain("speed-up over");
    assertThat(out).containsPattern("peak heap: \\d+ MB");
  }
}
