package org.armsledger.formats;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Coverage-guided fuzzing of the .json reader (see {@link FuzzSupport}); seeds in JazzerJsonFuzzInputs. */
class JazzerJsonFuzz {
  @FuzzTest(maxExecutions = 10_000, maxDuration = "15m")
  void fuzz(byte[] data) {
    FuzzSupport.read("input.json", data);
  }
}
