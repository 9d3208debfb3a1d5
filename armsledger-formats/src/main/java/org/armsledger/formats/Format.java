package org.armsledger.formats;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The input formats armsledger reads, and how a file's format is decided. */
public enum Format {
  TXT,
  HTML,
  JSONL,
  JSON,
  WARC,
  FEED;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The format a file name says (a trailing .gz ignored), or null. */
  public static Format byName(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".gz")) {
      n = n.substring(0, n.length() - 3);
    }
    int dot = n.lastIndexOf('.');
    String ext = dot < 0 ? "" : n.substring(dot + 1);
    return switch (ext) {
      case "txt", "text" -> TXT;
      case "html", "htm", "xhtml", "shtml" -> HTML;
      case "jsonl", "ndjson", "jsonlines" -> JSONL;
      case "json" -> JSON;
      case "warc" -> WARC;
      case "rss", "atom", "xml", "rdf" -> FEED;
      default -> null;
    };
  }

  /** Whether the bytes start a gzip stream. */
  public static boolean gzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }

  /**
   * The format the content says, from its first bytes (decompressed), or null when it says
   * nothing clear. Strong signatures (WARC/, an HTML doctype or html tag, an RSS, Atom or RDF root)
   * beat the file name.
   */
  public static Format strong(byte[] head) {
    String s = head(head);
    if (s.startsWith("WARC/")) {
      return WARC;
    }
    String l = s.toLowerCase(Locale.ROOT);
    if (l.startsWith("<!doctype html") || l.startsWith("<html")) {
      return HTML;
    }
    if (l.startsWith("<")) {
      String noProlog = l.replaceFirst("^<\\?xml[^>]*>\\s*", "").replaceAll("^(<!--.*?-->\\s*|<\\?[^>]*>\\s*)*", "");
      if (noProlog.startsWith("<rss") || noProlog.startsWith("<feed") || noProlog.startsWith("<rdf:rdf")) {
        return FEED;
      }
    }
    return null;
  }

  /** A weak guess for content whose name says nothing: JSON, HTML-ish markup, else text. */
  public static Format weak(byte[] head) {
    String s = head(head);
    if (s.startsWith("[")) {
      return JSON;
    }
    if (s.startsWith("{")) {
      int nl = s.indexOf('\n');
      String firstLine = nl < 0 ? s : s.substring(0, nl);
      return firstLine.strip().equals("{") ? JSON : JSONL;
    }
    if (s.startsWith("<")) {
      return s.toLowerCase(Locale.ROOT).matches("(?s)^<(\\?xml|rss|feed|rdf).*") ? FEED : HTML;
    }
    return TXT;
  }

  private static String head(byte[] head) {
    String s = new String(head, 0, Math.min(head.length, 4096), StandardCharsets.ISO_8859_1);
    if (s.startsWith("\u00EF\u00BB\u00BF")) {
      s = s.substring(3);
    }
    return s.stripLeading();
  }
}
