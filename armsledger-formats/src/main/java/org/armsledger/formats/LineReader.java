package org.armsledger.formats;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads lines of bytes with a bound on their length: a 2 GB line costs no more memory than the
 * bound (its bytes are skipped and it is reported as too long).
 */
final class LineReader {
  /** Returned for a line longer than the bound; its bytes were skipped. */
  static final byte[] TOO_LONG = new byte[0];

  private final InputStream in;
  private final int max;
  private final byte[] buf = new byte[64 * 1024];
  private int pos;
  private int len;
  private long line;

  LineReader(InputStream in, int max) {
    this(in, max, 0);
  }

  /** A reader of a part of a file that starts after {@code linesBefore} lines: its first line is numbered one more. */
  LineReader(InputStream in, int max, long linesBefore) {
    this.in = in;
    this.max = max;
    this.line = linesBefore;
  }

  /** The 1-based number of the line last returned. */
  long line() {
    return line;
  }

  /** The next line without its line end, {@link #TOO_LONG}, or null at the end of input. */
  byte[] next() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == len) {
        len = in.read(buf);
        pos = 0;
        if (len <= 0) {
          len = 0;
          if (!any) {
            return null;
          }
          break;
        }
      }
      any = true;
      int start = pos;
      while (pos < len && buf[pos] != '\n') {
        pos++;
      }
      int n = pos - start;
      if (!tooLong) {
        if (out.size() + n > max) {
          tooLong = true;
          out.reset();
        } else {
          out.write(buf, start, n);
        }
      }
      if (pos < len) {
        pos++; // the newline
        break;
      }
    }
    line++;
    if (tooLong) {
      return TOO_LONG;
    }
    byte[] b = out.toByteArray();
    int end = b.length;
    if (end > 0 && b[end - 1] == '\r') {
      return java.util.Arrays.copyOf(b, end - 1);
    }
    return b;
  }
}
