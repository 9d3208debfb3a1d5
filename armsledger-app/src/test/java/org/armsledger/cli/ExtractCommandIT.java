package org.armsledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command on good and bad inputs: every input accounted for, one line per problem. */
class ExtractCommandIT {
  @TempDir Path dir;

  @Test
  void badInputsAreSkippedWithAOneLineReasonAndTheRestIsProcessed() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "Frigates for Egypt\ndate 2021-04-01\nItaly delivered two FREMM frigates to Egypt in April.\n", StandardCharsets.UTF_8);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("binary.txt"), new byte[] {1, 2, 0, 3, 4});
    Files.write(dir.resolve("latin1.txt"), "Caf\u00e9 \u00e0 Paris\nLe Rafale.".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(dir.resolve("huge.txt"), "x".repeat(5000), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("junk.txt"), "0\n2K\nShare\n", StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), "extract", dir.toString(), dir.resolve("missing.txt").toString(), "--max-bytes", "4000");
    assertThat(code).isEqualTo(1);
    String e = err.toString();
    assertThat(e).contains("missing.txt: no such file or folder [missing]");
    assertThat(e).contains("empty.txt: file is empty [empty]");
    assertThat(e).contains("binary.txt: file is binary");
    assertThat(e).contains("latin1.txt: file is not valid UTF-8");
    assertThat(e).contains("huge.txt: file is 5000 bytes, over the limit of 4000");
    assertThat(e).contains("junk.txt: no article sentences left after cleaning [no-sentences]");
    assertThat(e).contains("7 files read, 1 extracted, 6 skipped");
    assertThat(e).doesNotContain("Exception");
    assertThat(out.toString()).contains("\"supplier\":{\"id\":\"ITA\"").contains("\"recipient\":{\"id\":\"EGY\"").contains("\"start\":\"2021-04\"");
  }

  @Test
  void explainAddsTheRuleLexiconAndPath() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Tanks\nPoland sent Ukraine 200 T-72 tanks.\n", StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "extract", "--explain", dir.resolve("a.txt").toString());
    assertThat(code).isZero();
    assertThat(out.toString()).contains("\"explain\":{\"rule\":\"give.active").contains("pred:send/v").contains("weapon:T-72").contains("\"path\":\"sent");
  }
}
