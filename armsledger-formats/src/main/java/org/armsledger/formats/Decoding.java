package org.armsledger.formats;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a web page or feed into text when the charset may be missing or wrong. In
 * order: a byte order mark; valid UTF-8 (a declaration of ISO-8859-1 on UTF-8 bytes is a common
 * lie, and non-ASCII bytes that decode as UTF-8 are almost never anything else); the declared
 * charset (HTTP header, then {@code <meta charset>}); windows-1252, which decodes any byte.
 */
public final class Decoding {
  private Decoding() {}

  /** The text and how it was decoded. */
  public record Decoded(String text, String charset, String declared, boolean overridden) {}

  private static final Pattern META_CHARSET =
      Pattern.compile("(?i)<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]{2,40})");
  private static final Pattern HEADER_CHARSET = Pattern.compile("(?i)charset\\s*=\\s*[\"']?([A-Za-z0-9_:.\\-]{2,40})");

  /** The charset named in a Content-Type value, or null. */
  public static String headerCharset(String contentType) {
    if (contentType == null) {
      return null;
    }
    Matcher m = HEADER_CHARSET.matcher(contentType);
    return m.find() ? m.group(1) : null;
  }

  /**
   * Decodes {@code bytes}; {@code declared} is the transport's charset (HTTP header), or null. For
   * HTML, a {@code <meta charset>} in the first 2 KB counts as declared when the header says
   * nothing.
   */
  public static Decoded decode(byte[] bytes, String declared, boolean html) {
    if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      return new Decoded(" " + utf8Lenient(bytes, 3), "UTF-8", declared, false);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
      return new Decoded(" " + new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE", declared, false);
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
      return new Decoded(" " + new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE", declared, false);
    }
    String decl = declared;
    if (decl == null && html) {
      String head = new String(bytes, 0, Math.min(bytes.length, 2048), StandardCharsets.ISO_8859_1);
      Matcher m = META_CHARSET.matcher(head);
      if (m.find()) {
        decl = m.group(1);
      }
    }
    String utf8 = strictUtf8(bytes);
    if (utf8 != null) {
      boolean declaredOther = decl != null && !isUtf8Name(decl) && !isAscii(bytes);
      return new Decoded(utf8, "UTF-8", decl, declaredOther);
    }
    Charset cs = charset(decl);
    if (cs != null && !cs.equals(StandardCharsets.UTF_8)) {
      return new Decoded(new String(bytes, cs), cs.name(), decl, false);
    }
    Charset w1252 = Charset.forName("windows-1252");
    return new Decoded(new String(bytes, w1252), w1252.name(), decl, decl != null);
  }

  private static boolean isUtf8Name(String n) {
    String k = n.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    return k.equals("utf8") || k.equals("unicode11utf8");
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static Charset charset(String name) {
    if (name == null) {
      return null;
    }
    try {
      String k = name.toLowerCase(Locale.ROOT);
      // as browsers do: latin-1 and ASCII labels mean windows-1252
      if (k.equals("iso-8859-1") || k.equals("latin1") || k.equals("us-ascii") || k.equals("ascii") || k.equals("iso8859-1")) {
        return Charset.forName("windows-1252");
      }
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null; // unknown or illegal name: treated as undeclared
    }
  }

  /** The bytes as UTF-8, or null when they are not valid UTF-8. */
  static String strictUtf8(byte[] bytes) {
    return org.armsledger.ingest.TextArticleReader.strictUtf8(bytes);
  }

  private static String utf8Lenient(byte[] bytes, int from) {
    return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
  }
}
