package org.armsledger.formats;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Coverage-guided fuzzing of the .rss reader (see {@link FuzzSupport}); seeds in JazzerFeedFuzzInputs. */
class JazzerFeedFuzz {
  @FuzzTest(maxExecutions = 10_000, maxDuration = "15m")
  void fuzz(byte[] data) {
    // pages and feeds are parsed whole: an 8 KB cap keeps executions fast, the seeds are cut to it too
    FuzzSupport.read("input.rss", java.util.Arrays.copyOf(data, Math.min(data.length, 8 * 1024)));
  }
}
