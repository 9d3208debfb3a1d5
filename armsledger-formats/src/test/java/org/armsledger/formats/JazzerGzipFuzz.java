package org.armsledger.formats;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.GZIPOutputStream;

/**
 * Coverage-guided fuzzing of gzipped inputs: a payload of any format, compressed, then cut or
 * corrupted at a fuzzed place, under a fuzzed name (see {@link FuzzSupport}).
 */
class JazzerGzipFuzz {
  private static final String[] NAMES = {"input.jsonl.gz", "input.json.gz", "input.warc.gz", "input.txt.gz", "input.html.gz", "input.gz"};

  @FuzzTest(maxExecutions = 10_000, maxDuration = "15m")
  void fuzz(FuzzedDataProvider in) throws IOException {
    String name = NAMES[in.consumeInt(0, NAMES.length - 1)];
    int damage = in.consumeInt(0, 3);
    int where = in.consumeInt(0, Integer.MAX_VALUE);
    byte value = in.consumeByte();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(in.consumeRemainingAsBytes());
    }
    byte[] data = out.toByteArray();
    int at = where % data.length;
    switch (damage) {
      case 1 -> data = java.util.Arrays.copyOf(data, at); // truncated
      case 2 -> data[at] = value; // a corrupt byte
      case 3 -> data = concat(data, data); // two members
      default -> { }
    }
    FuzzSupport.read(name, data);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, r, a.length, b.length);
    return r;
  }
}
