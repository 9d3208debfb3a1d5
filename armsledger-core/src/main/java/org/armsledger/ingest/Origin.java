package org.armsledger.ingest;

/**
 * Where an article came from in its raw input, for provenance and diagnostics.
 *
 * @param file the input file as given (a path)
 * @param format the reader that read it: txt, html, jsonl, json, warc, feed
 * @param offset byte offset of the record in the file (a WARC record), or -1
 * @param line 1-based line of the record (a JSON Lines record), or -1
 * @param index 1-based position of the record among its file's records (a feed entry, an
 *     element of a JSON array), or -1
 */
public record Origin(String file, String format, long offset, long line, long index) {
  public Origin {
    if (file == null || format == null) {
      throw new IllegalArgumentException("origin needs a file and a format");
    }
  }

  /** A whole file. */
  public static Origin file(String file, String format) {
    return new Origin(file, format, -1, -1, -1);
  }

  public static Origin line(String file, String format, long line) {
    return new Origin(file, format, -1, line, -1);
  }

  public static Origin offset(String file, String format, long offset) {
    return new Origin(file, format, offset, -1, -1);
  }

  public static Origin entry(String file, String format, long index) {
    return new Origin(file, format, -1, -1, index);
  }

  /** The record's place in its file: {@code :LINE}, {@code @OFFSET}, {@code #INDEX}, or empty for a whole file. */
  public String position() {
    if (line > 0) {
      return ":" + line;
    }
    if (offset >= 0) {
      return "@" + offset;
    }
    return index > 0 ? "#" + index : "";
  }

  /** {@code file}, {@code file:LINE}, {@code file@OFFSET} or {@code file#INDEX}. */
  @Override
  public String toString() {
    return file + position();
  }
}
