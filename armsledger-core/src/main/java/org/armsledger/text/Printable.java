package org.armsledger.text;

/**
 * Makes text from inputs safe to print on a terminal or in a one-line message: article titles,
 * outlets and file names are data, and may hold escape sequences (a title change, a screen clear)
 * or line breaks that would forge a diagnostic line.
 */
public final class Printable {
  private Printable() {}

  /** Whether {@code c} is a C0 or C1 control, DEL, or a line or paragraph separator. */
  public static boolean control(int c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029;
  }

  /**
   * The text with every control character removed, except that line breaks and tabs become
   * spaces when {@code oneLine}, and are kept otherwise; null stays null.
   */
  public static String strip(String s, boolean oneLine) {
    if (s == null) {
      return null;
    }
    int i = 0;
    while (i < s.length() && !control(s.charAt(i))) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length());
    sb.append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean breakOrTab = c == '\n' || c == '\t' || c == '\r' || c == 0x2028 || c == 0x2029;
      if (!control(c)) {
        sb.append(c);
      } else if (breakOrTab && oneLine) {
        sb.append(' ');
      } else if (c == '\t') {
        sb.append('\t');
      } else if (breakOrTab && c != '\r') {
        sb.append('\n');
      }
    }
    return sb.toString();
  }

  /** One line: controls removed, line breaks and tabs as spaces. */
  public static String line(String s) {
    return strip(s, true);
  }

  /**
   * A name (a file name, a location) as it can be printed on one line: unchanged when it is plain,
   * else in single quotes with controls escaped ({@code \n}, {@code \t}, {@code \x1b}, {@code \u2028})
   * so that it cannot break or forge a line, and quotes and backslashes escaped.
   */
  public static String quote(String s) {
    if (s == null) {
      return "null";
    }
    boolean plain = true;
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = !control(c) && c != '\'' && c != '\\' && c != '\uFFFD';
    }
    if (plain) {
      return s;
    }
    StringBuilder sb = new StringBuilder("'");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\'' -> sb.append("\\'");
        case '\\' -> sb.append("\\\\");
        default -> {
          if (c < 0x100 && control(c)) {
            sb.append(String.format("\\x%02x", (int) c));
          } else if (control(c)) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('\'').toString();
  }
}
