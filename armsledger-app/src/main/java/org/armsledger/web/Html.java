package org.armsledger.web;

import java.util.Locale;

/**
 * HTML built by hand, every piece of article-derived text escaped on the way in: {@link #text} for
 * element content and attribute values, {@link #href} for links (http and https only), {@link #json}
 * for data handed to the page's script inside a non-executed {@code <script type="application/json">}.
 */
final class Html {
  private final StringBuilder sb = new StringBuilder(8192);

  /** Appends markup written in this code (never data). */
  Html raw(String markup) {
    sb.append(markup);
    return this;
  }

  /** Appends text, escaped. */
  Html text(Object value) {
    sb.append(esc(value == null ? "" : String.valueOf(value)));
    return this;
  }

  @Override
  public String toString() {
    return sb.toString();
  }

  /** The text with {@code & < > " '} escaped and control characters dropped: safe in content and in quoted attributes. */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 && c != 0x7f && !(c >= 0x80 && c < 0xa0) || c == '\n' || c == '\t') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }

  /** A URL fit for an href: http(s) only, escaped; null for anything else (javascript:, data:, relative tricks). */
  static String href(String url) {
    if (url == null) {
      return null;
    }
    String u = url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    if (!(lower.startsWith("http://") || lower.startsWith("https://")) || u.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f)) {
      return null;
    }
    return esc(u);
  }

  /** JSON for a {@code <script type="application/json">} element: no "</" can close it, no "<!--" can open a comment. */
  static String json(String json) {
    return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
  }

  /** A path segment or query value, percent-encoded. */
  static String url(String s) {
    return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
  }
}
