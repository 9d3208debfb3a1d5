package org.armsledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest {
  private final TextArticleReader reader = new TextArticleReader(1000);

  private ReadResult read(byte[] b) {
    return reader.read("doc", "dir/doc.txt", b);
  }

  @Test
  void badInputsAreDiagnosticsNamingTheFile() {
    assertThat(read(new byte[0]).diagnostic().code()).isEqualTo("empty");
    assertThat(read("  \n ".getBytes(StandardCharsets.UTF_8)).diagnostic().code()).isEqualTo("empty");
    assertThat(read(new byte[] {'a', 0, 'b'}).diagnostic().code()).isEqualTo("binary");
    ReadResult latin1 = read("Caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(latin1.diagnostic().code()).isEqualTo("encoding");
    assertThat(latin1.diagnostic().toString()).startsWith("dir/doc.txt: file is not valid UTF-8");
  }

  @Test
  void aLeadingDateLineGivesTheDateAndTheTitleFollowsIt() {
    String text = " date 2022-12-14 Title words here\nBody.";
    Article a = read(text.getBytes(StandardCharsets.UTF_8)).article();
    assertThat(a.published()).isEqualTo("2022-12-14");
    assertThat(a.title().of(text)).isEqualTo("Title words here");
    assertThat(a.metadata()).hasSize(1);
  }

  @Test
  void datelines() {
    assertThat(TextArticleReader.article("d", "l", "Posted by on November 21, 2023 2:41 pm\nTitle\nBody.").published()).isEqualTo("2023-11-21");
    assertThat(TextArticleReader.article("d", "l", "Title\nSep 9, 2024 18:27\nBody.").published()).isEqualTo("2024-09-09");
    assertThat(TextArticleReader.article("d", "l", "Title\nA long body sentence that mentions November 21, 2023 in passing but is far longer than any dateline would ever be.").published()).isNull();
  }
}
