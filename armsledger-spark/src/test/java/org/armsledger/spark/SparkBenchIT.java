package org.armsledger.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * {@code spark bench} as a user runs it: warm-up runs with the JIT's share, alternating timed runs
 * of local[1] and local[2], and the check that both give the same claims. No timing is asserted.
 */
class SparkBenchIT {
  @Test
  void timesBothMastersReportsTheJitAndFindsTheSameClaims() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkMain.execute(new PrintWriter(out, true), new PrintWriter(err, true),
        "bench", "--cores", "2", "--warm-up", "1", "--max-warm-up", "2", "--settled", "1", "--runs", "2", "../shared/corpora/seeds");
    String o = out.toString();
    assertThat(code).as(o + err).isZero();
    // --settled 1: the JIT always counts as settled, so exactly the one warm-up asked for
    assertThat(o).containsPattern("warm-up 1: [0-9.]+ s, JIT compiling \\d+% of the cores").doesNotContain("warm-up 2:");
    assertThat(o).contains("warm-up (1 runs of local[2], models loaded)", "4 partitions in every run");
    assertThat(o).containsPattern("run 1: local\\[1\\] [0-9.]+ s \\(\\d+ tokens/s\\), local\\[2\\] [0-9.]+ s \\(\\d+ tokens/s\\): [0-9.]+x; JIT compiling");
    assertThat(o).containsPattern("run 2: local\\[1\\]");
    assertThat(o).containsPattern("spark local\\[2\\]: median [0-9.]+ s, \\d+ tokens/s, [1-9]\\d* of \\d+ sentences parsed");
    assertThat(o).containsPattern("scaling: local\\[2\\] runs [0-9.]+x as fast as local\\[1\\] \\(medians of 2\\)");
    assertThat(o).contains("same claims with local[1] and local[2]: yes");
  }

  @Test
  void refusesAWarmUpCeilingBelowTheFloor() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkMain.execute(new PrintWriter(out, true), new PrintWriter(err, true),
        "bench", "--warm-up", "3", "--max-warm-up", "2", "../shared/corpora/seeds");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--max-warm-up must be at least --warm-up");
  }
}
