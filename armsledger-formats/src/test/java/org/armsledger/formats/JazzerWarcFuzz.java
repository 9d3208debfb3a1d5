package org.armsledger.formats;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Coverage-guided fuzzing of the .warc reader (see {@link FuzzSupport}); seeds in JazzerWarcFuzzInputs. */
class JazzerWarcFuzz {
  @FuzzTest(maxExecutions = 10_000, maxDuration = "15m")
  void fuzz(byte[] data) {
    FuzzSupport.read("input.warc", data);
  }
}
