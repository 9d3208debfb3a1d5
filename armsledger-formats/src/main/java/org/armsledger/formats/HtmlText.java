package org.armsledger.formats;

import java.util.Set;
import org.armsledger.ingest.SourceMap;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes the text of an HTML element as plain text with paragraph breaks, word by word, recording
 * where each word stands in the raw HTML (jsoup's source positions) in a {@link SourceMap}.
 * Iterative: deep trees cannot overflow the stack.
 */
final class HtmlText {
  /** Elements whose start and end break paragraphs. */
  static final Set<String> BLOCKS =
      Set.of(
          "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
          "blockquote", "section", "article", "header", "footer", "main", "aside", "nav", "table",
          "tr", "td", "th", "pre", "figure", "figcaption", "address", "hr", "form", "fieldset",
          "details", "summary", "center");
  /** Elements whose content is never text. */
  static final Set<String> SKIPPED =
      Set.of("script", "style", "noscript", "template", "svg", "math", "button", "select", "textarea", "iframe", "object", "head", "canvas", "video", "audio");

  private final StringBuilder out;
  private final SourceMap.Builder map;
  private final String raw;
  /** How far ahead of the last placed word a word is looked for in the raw HTML. */
  private static final int SEARCH_WINDOW = 20_000;
  private int cursor; // raw offset after the last word placed
  private int pendingBreak; // newlines owed before the next word
  private boolean pendingSpace;

  HtmlText(StringBuilder out, SourceMap.Builder map, String raw) {
    this.out = out;
    this.map = map;
    this.raw = raw;
  }

  /** Appends the text of {@code root} to the output, after a paragraph break if there is text already. */
  void append(Element root) {
    paragraph();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element e) {
              String tag = e.normalName();
              if (SKIPPED.contains(tag)) {
                return FilterResult.SKIP_ENTIRELY;
              }
              if (tag.equals("br")) {
                pendingBreak = Math.max(pendingBreak, 1);
              } else if (BLOCKS.contains(tag)) {
                paragraph();
              }
            } else if (node instanceof TextNode t) {
              text(t);
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              paragraph();
            }
            return FilterResult.CONTINUE;
          }
        },
        root);
    pendingBreak = 0;
    pendingSpace = false;
  }

  /** Words are looked for in the raw HTML from here on (the body's start, past the head's title). */
  void searchFrom(int rawOffset) {
    cursor = Math.max(0, rawOffset);
  }

  /** Appends generated text (a title taken from metadata): it maps to nothing in the raw input. */
  void appendGenerated(String s) {
    paragraph();
    String t = s.replaceAll("\\s+", " ").strip();
    if (t.isEmpty()) {
      return;
    }
    flushSeparators();
    out.append(t);
  }

  void paragraph() {
    pendingBreak = 2;
  }

  private void flushSeparators() {
    if (out.length() > 0) {
      if (pendingBreak > 0) {
        out.append(pendingBreak >= 2 ? "\n\n" : "\n");
      } else if (pendingSpace) {
        out.append(' ');
      }
    }
    pendingBreak = 0;
    pendingSpace = false;
  }

  private void text(TextNode t) {
    String s = t.getWholeText();
    int[] toRaw = alignment(t, s);
    int rawEnd = t.sourceRange().isTracked() ? t.sourceRange().endPos() : -1;
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        pendingSpace = true;
        i++;
        continue;
      }
      int j = i;
      while (j < n && !Character.isWhitespace(s.charAt(j)) && s.charAt(j) != '\u00A0') {
        j++;
      }
      flushSeparators();
      int ts = out.length();
      out.append(s, i, j);
      if (toRaw != null) {
        int rs = toRaw[i];
        int re = j < toRaw.length ? toRaw[j] : rawEnd;
        map.add(ts, out.length(), rs, Math.max(rs, re));
        cursor = Math.max(rs, re);
      } else if (raw != null) {
        // a node readability rebuilt from a fragment has positions in that fragment, not in the
        // page: find the word in the page instead, going forward from the last word placed
        int at = raw.indexOf(s.substring(i, j), cursor);
        if (at >= 0 && at - cursor <= SEARCH_WINDOW) {
          map.add(ts, out.length(), at, at + (j - i));
          cursor = at + (j - i);
        }
      }
      i = j;
    }
  }

  /**
   * For each character of the decoded text, its offset in the raw HTML (entities undone), or null
   * when the node has no tracked position or the two cannot be aligned.
   */
  private int[] alignment(TextNode t, String decoded) {
    if (raw == null || !t.sourceRange().isTracked()) {
      return null;
    }
    int rs = t.sourceRange().startPos();
    int re = t.sourceRange().endPos();
    if (rs < 0 || re > raw.length() || re < rs) {
      return null;
    }
    int[] a = new int[decoded.length() + 1];
    int i = rs;
    int j = 0;
    while (i < re && j < decoded.length()) {
      char c = raw.charAt(i);
      if (c == '&') {
        int semi = raw.indexOf(';', i);
        if (semi > i && semi - i <= 32 && semi < re) {
          String ent = Parser.unescapeEntities(raw.substring(i, semi + 1), false);
          if (ent.length() >= 1 && ent.length() <= 2 && !ent.equals(raw.substring(i, semi + 1))) {
            for (int k = 0; k < ent.length() && j < decoded.length(); k++) {
              a[j++] = i;
            }
            i = semi + 1;
            continue;
          }
        }
      }
      if (c == '\r' && decoded.charAt(j) != '\r') {
        i++; // CR LF became LF
        continue;
      }
      if (c != decoded.charAt(j)) {
        return null; // the positions are not this node's: it was rebuilt
      }
      a[j++] = i++;
    }
    if (j != decoded.length()) {
      return null;
    }
    a[decoded.length()] = re;
    return a;
  }
}
