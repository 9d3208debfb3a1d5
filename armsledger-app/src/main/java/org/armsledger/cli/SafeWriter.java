package org.armsledger.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * What the commands print to a terminal, made harmless: article titles, outlets and names are
 * data, and an escape sequence in one (a title change, a screen clear, a cursor move) must not
 * reach the terminal. C0 controls other than line feed and tab are dropped; C1 controls (U+0080 to
 * U+009F, which some terminals read as CSI and OSC) and DEL are written as the six characters
 * {@code \}{@code u0085}: inside a JSON string that is the same character, in a table it is visible.
 */
final class SafeWriter extends FilterWriter {
  SafeWriter(Writer out) {
    super(out);
  }

  @Override
  public void write(int c) throws IOException {
    if (c == '\n' || c == '\t') {
      out.write(c);
    } else if (c < 0x20) {
      return; // ESC, BEL, CR, backspace...: dropped
    } else if (c >= 0x7F && c <= 0x9F) {
      out.write(String.format("\\u%04x", c));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    int start = off;
    int end = off + len;
    for (int i = off; i < end; i++) {
      char c = cbuf[i];
      if (c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F) {
        out.write(cbuf, start, i - start);
        write(c);
        start = i + 1;
      }
    }
    out.write(cbuf, start, end - start);
  }

  @Override
  public void write(String str, int off, int len) throws IOException {
    write(str.toCharArray(), off, len);
  }
}
