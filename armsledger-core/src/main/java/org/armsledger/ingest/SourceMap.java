package org.armsledger.ingest;

import java.util.Arrays;
import org.armsledger.text.Span;

/**
 * Maps offsets of an article's text back to offsets in its raw input (characters of the decoded
 * file or record payload: the HTML source for a web page, the file for a .txt article).
 *
 * <p>Built as segments: text offset {@code t} in a segment starting at text offset {@code ts} and
 * raw offset {@code rs} maps to {@code rs + (t - ts)}, capped at the segment's raw end. Text the
 * reader generated (paragraph breaks, a title taken from metadata) maps to nothing (-1).
 * Immutable.
 */
public final class SourceMap {
  /** The text is the raw input: offsets map to themselves. */
  public static final SourceMap IDENTITY = new SourceMap(null, null, null, null);
  /** Offsets cannot be mapped finer than the record (see the article's {@link Origin}). */
  public static final SourceMap NONE = new SourceMap(new int[0], new int[0], new int[0], new int[0]);

  private final int[] textStart;
  private final int[] textEnd;
  private final int[] rawStart;
  private final int[] rawEnd;

  private SourceMap(int[] textStart, int[] textEnd, int[] rawStart, int[] rawEnd) {
    this.textStart = textStart;
    this.textEnd = textEnd;
    this.rawStart = rawStart;
    this.rawEnd = rawEnd;
  }

  /** The raw offset of a text offset, or -1 when that text has no raw counterpart. */
  public int raw(int textOffset) {
    if (textStart == null) {
      return textOffset;
    }
    int i = Arrays.binarySearch(textStart, textOffset);
    if (i < 0) {
      i = -i - 2; // the segment starting before
    }
    if (i < 0 || textOffset >= textEnd[i]) {
      return -1;
    }
    return Math.min(rawStart[i] + (textOffset - textStart[i]), rawEnd[i]);
  }

  /**
   * The raw span of a text span: from the first mapped character to the end of the last mapped
   * one, or null when none of it maps.
   */
  public Span raw(Span text) {
    if (textStart == null) {
      return text;
    }
    int lo = Arrays.binarySearch(textStart, text.start());
    lo = lo < 0 ? Math.max(0, -lo - 2) : lo;
    int start = -1;
    int end = -1;
    for (int i = lo; i < textStart.length && textStart[i] < text.end(); i++) {
      if (textEnd[i] <= text.start()) {
        continue;
      }
      int s = rawStart[i] + Math.max(0, text.start() - textStart[i]);
      int e = Math.min(rawEnd[i], rawStart[i] + (Math.min(text.end(), textEnd[i]) - textStart[i]));
      if (start < 0) {
        start = Math.min(s, rawEnd[i]);
      }
      end = Math.max(end, e);
    }
    return start < 0 || end < start ? null : new Span(start, end);
  }

  /**
   * The segments as four arrays (text starts, text ends, raw starts, raw ends), for storing; null
   * for {@link #IDENTITY}.
   */
  public int[][] segments() {
    return textStart == null ? null : new int[][] {textStart.clone(), textEnd.clone(), rawStart.clone(), rawEnd.clone()};
  }

  /** The map {@link #segments()} gave; null gives {@link #IDENTITY}. */
  public static SourceMap of(int[][] segments) {
    if (segments == null) {
      return IDENTITY;
    }
    if (segments.length != 4 || segments[1].length != segments[0].length || segments[2].length != segments[0].length
        || segments[3].length != segments[0].length) {
      throw new IllegalArgumentException("a source map is four arrays of one length");
    }
    Builder b = new Builder();
    for (int i = 0; i < segments[0].length; i++) {
      b.add(segments[0][i], segments[1][i], segments[2][i], segments[3][i]);
    }
    return b.build();
  }

  /** Collects segments in text order. */
  public static final class Builder {
    private int[] ts = new int[16];
    private int[] te = new int[16];
    private int[] rs = new int[16];
    private int[] re = new int[16];
    private int n;

    /** Text {@code [textStart, textEnd)} came from raw {@code [rawStart, rawEnd)}. */
    public Builder add(int textStart, int textEnd, int rawStart, int rawEnd) {
      if (textEnd <= textStart || rawStart < 0 || rawEnd < rawStart) {
        return this;
      }
      if (n > 0 && textStart < te[n - 1]) {
        throw new IllegalArgumentException("segments must come in text order");
      }
      if (n == ts.length) {
        ts = Arrays.copyOf(ts, n * 2);
        te = Arrays.copyOf(te, n * 2);
        rs = Arrays.copyOf(rs, n * 2);
        re = Arrays.copyOf(re, n * 2);
      }
      ts[n] = textStart;
      te[n] = textEnd;
      rs[n] = rawStart;
      re[n] = rawEnd;
      n++;
      return this;
    }

    public SourceMap build() {
      return new SourceMap(Arrays.copyOf(ts, n), Arrays.copyOf(te, n), Arrays.copyOf(rs, n), Arrays.copyOf(re, n));
    }
  }
}
