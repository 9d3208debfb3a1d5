package org.armsledger.formats;

/**
 * MinHash signatures of a text's word shingles: {@code k} minimums of independent 64-bit hashes
 * of every run of {@link #SHINGLE} consecutive words (lower-cased letters and digits), each kept
 * as its low byte (b-bit MinHash: 8 bits per value, so a signature is {@code k} bytes). Two
 * signatures agree at a position with probability J + (1 - J)/256, J the Jaccard similarity of
 * the shingle sets. Deterministic: fixed seeds.
 */
public final class MinHash {
  /** Words per shingle. */
  public static final int SHINGLE = 5;

  private final int k;
  private final long[] seeds;

  public MinHash(int k) {
    this.k = k;
    this.seeds = new long[k];
    long s = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < k; i++) {
      s = mix(s + 0x632BE59BD9B4E019L);
      seeds[i] = s | 1;
    }
  }

  /** A signature and the number of distinct-ish shingles it summarises. */
  public record Signature(int[] mins, int shingles, long exact) {
    /** The b-bit (8-bit) form stored by the index. */
    public byte[] bytes() {
      byte[] b = new byte[mins.length];
      for (int i = 0; i < mins.length; i++) {
        b[i] = (byte) mins[i];
      }
      return b;
    }
  }

  /** The signature of {@code text}; {@code exact} is a hash of the whole normalised word sequence. */
  public Signature of(CharSequence text) {
    long[] words = words(text);
    int[] mins = new int[k];
    java.util.Arrays.fill(mins, Integer.MAX_VALUE);
    long exact = 0x84222325CBF29CE4L;
    for (long w : words) {
      exact = mix(exact ^ w);
    }
    int n = Math.max(0, words.length - SHINGLE + 1);
    if (words.length > 0 && n == 0) {
      n = 1; // a text shorter than a shingle is one shingle
    }
    long[] minsLong = new long[k];
    java.util.Arrays.fill(minsLong, Long.MAX_VALUE);
    for (int i = 0; i < n; i++) {
      long h = 0;
      for (int j = i; j < Math.min(words.length, i + SHINGLE); j++) {
        h = mix(h * 31 + words[j]);
      }
      for (int f = 0; f < k; f++) {
        long v = mix(h ^ seeds[f]) & Long.MAX_VALUE;
        if (v < minsLong[f]) {
          minsLong[f] = v;
        }
      }
    }
    for (int f = 0; f < k; f++) {
      mins[f] = (int) (minsLong[f] ^ (minsLong[f] >>> 32));
    }
    return new Signature(mins, n, exact);
  }

  /** Estimated Jaccard similarity of two 8-bit signatures. */
  public static double similarity(byte[] a, byte[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    double p = (double) same / a.length;
    return Math.max(0, (p - 1.0 / 256) / (1 - 1.0 / 256));
  }

  private static long[] words(CharSequence text) {
    long[] out = new long[64];
    int n = 0;
    int i = 0;
    int len = text.length();
    while (i < len) {
      while (i < len && !Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (i >= len) {
        break;
      }
      long h = 0xCBF29CE484222325L;
      while (i < len && Character.isLetterOrDigit(text.charAt(i))) {
        h = (h ^ Character.toLowerCase(text.charAt(i))) * 0x100000001B3L;
        i++;
      }
      if (n == out.length) {
        out = java.util.Arrays.copyOf(out, n * 2);
      }
      out[n++] = mix(h);
    }
    return java.util.Arrays.copyOf(out, n);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}
