package org.armsledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.armsledger.text.Span;

/**
 * Reads a .txt article: the first line is the title, the rest the body; a leading
 * {@code date YYYY-MM-DD} or a dateline gives the document date.
 *
 * <p>Never throws on bad content: an empty, binary, non-UTF-8 or oversized file gives a
 * {@link Diagnostic}. Stateless and safe to share between threads.
 */
public final class TextArticleReader {
  /** Default limit on a file's size: far above any news article, far below trouble. */
  public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

  /** A first line that labels the page ("Trending", "Breaking news", "Opinion") is not its title. */
  private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
      "(?i)(trending( now)?|breaking( news)?|exclusive|opinion|analysis|live( updates| blog)?|news|world( news)?|video|watch|"
          + "advertisement|sponsored( content)?|editorial|features?|commentary|updated|just in|top stories|latest( news)?)\\s*:?");

  private final long maxBytes;

  public TextArticleReader(long maxBytes) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes must be positive");
    }
    this.maxBytes = maxBytes;
  }

  public ReadResult read(Path file) {
    String location = file.toString();
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String id = dot > 0 ? name.substring(0, dot) : name;
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > maxBytes) {
        return ReadResult.skip("too-large", location, "file is " + size + " bytes, over the limit of " + maxBytes + " (--max-bytes)");
      }
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) maxBytes + 1);
      }
      if (bytes.length > maxBytes) {
        return ReadResult.skip("too-large", location, "file grew over the limit of " + maxBytes + " bytes while read");
      }
    } catch (IOException e) {
      return ReadResult.skip("unreadable", location, "cannot read: " + e.getMessage());
    }
    return read(id, location, bytes);
  }

  /** Reads an article from bytes that came from {@code location}. */
  public ReadResult read(String id, String location, byte[] bytes) {
    if (bytes.length == 0) {
      return ReadResult.skip("empty", location, "file is empty");
    }
    int controls = 0;
    for (byte b : bytes) {
      if (b == 0) {
        return ReadResult.skip("binary", location, "file is binary (contains NUL bytes), not text");
      }
      if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
        controls++;
      }
    }
    if (controls > Math.max(8, bytes.length / 100)) {
      return ReadResult.skip("binary", location, "file is binary (" + controls + " control characters), not text");
    }
    String text = strictUtf8(bytes);
    if (text == null) {
      return ReadResult.skip("encoding", location, "file is not valid UTF-8");
    }
    if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
      text = " " + text.substring(1); // keep offsets: the byte order mark becomes a space
    }
    if (text.isBlank()) {
      return ReadResult.skip("empty", location, "file has only white space");
    }
    return ReadResult.of(article(id, location, text));
  }

  /** The bytes as UTF-8, or null when they are not valid UTF-8. */
  public static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Builds the article of a decoded text: title, date line and dateline. */
  public static Article article(String id, String location, String text) {
    List<Span> metadata = new ArrayList<>();
    String published = null;
    int bodyStart = 0;
    Matcher m = DocumentDates.DATE_LINE.matcher(text);
    if (m.find()) {
      published = m.group(1);
      metadata.add(new Span(m.start(), m.end()));
      bodyStart = m.end();
    }
    Span title = null;
    int i = bodyStart;
    while (i < text.length()) {
      int eol = text.indexOf('\n', i);
      int end = eol < 0 ? text.length() : eol;
      String line = text.substring(i, end);
      if (!line.isBlank() && !LABEL.matcher(line.strip()).matches()) {
        int s = i + (line.length() - line.stripLeading().length());
        int e = i + line.stripTrailing().length();
        title = new Span(s, e);
        break;
      }
      i = end + 1;
    }
    if (published == null) {
      published = DocumentDates.dateline(text);
    }
    return new Article(id, location, text, title, published, metadata);
  }
}
