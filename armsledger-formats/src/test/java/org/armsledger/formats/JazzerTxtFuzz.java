package org.armsledger.formats;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Coverage-guided fuzzing of the .txt reader (see {@link FuzzSupport}); seeds in JazzerTxtFuzzInputs. */
class JazzerTxtFuzz {
  @FuzzTest(maxExecutions = 10_000, maxDuration = "15m")
  void fuzz(byte[] data) {
    FuzzSupport.read("input.txt", data);
  }
}
