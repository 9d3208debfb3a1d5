package org.armsledger.formats;

import java.util.Arrays;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Syndication;

/**
 * Detects copies and near-copies among the articles of a run, online and in input order: each
 * article is compared only with the earlier articles that share a locality-sensitive hash band
 * with it (MinHash, {@value #BANDS} bands of {@value #ROWS} rows), never with all of them, so a
 * million articles cost a million lookups, not half a trillion comparisons. A candidate counts
 * when the estimated Jaccard similarity of their 5-word shingles reaches the threshold, or when
 * the shorter text is almost contained in the longer (an excerpt reposted). Identical texts are
 * found by an exact hash whatever their length.
 *
 * <p>Memory per article: {@value #K} signature bytes plus about {@value #BANDS} x 16 bytes of
 * index, for the last {@link #DEFAULT_WINDOW} articles only (older ones leave the index), so reading
 * runs in bounded memory however many records an input holds. Not thread-safe: call it from the thread that reads the inputs, in input order, and the
 * results are deterministic.
 */
public final class SyndicationDetector {
  static final int BANDS = 20;
  static final int ROWS = 5;
  static final int K = BANDS * ROWS;
  /** Texts with fewer shingles are matched only when identical. */
  static final int MIN_SHINGLES = 8;

  /** How many of the latest articles copies are looked for among, by default. */
  public static final int DEFAULT_WINDOW = 100_000;

  private final double threshold;
  private final double containment;
  private final int window;
  private final MinHash minHash = new MinHash(K);
  // two generations of each index, of window/2 articles each: the older is dropped when the newer
  // fills, so the maps hold at most the last `window` articles
  private IntIntMap bands = new IntIntMap(1 << 12);
  private IntIntMap oldBands = new IntIntMap(16);
  private IntIntMap exact = new IntIntMap(1 << 10);
  private IntIntMap oldExact = new IntIntMap(16);
  // ring buffers indexed by article number modulo the window
  private final String[] ids;
  private final byte[][] signatures;
  private final int[] shingles;
  private final String[] originIds;
  private final String[] originKeys;
  private int n;
  private long copies;
  private long comparisons;

  /** Jaccard threshold 0.5, containment 0.8. */
  public SyndicationDetector() {
    this(0.5, 0.8);
  }

  public SyndicationDetector(double threshold, double containment) {
    this(threshold, containment, DEFAULT_WINDOW);
  }

  /**
   * @param window how many of the latest articles a new one is compared with: memory stays bounded
   *     (about 400 bytes an article) however long the input, and copies further apart in the input
   *     than this are not found
   */
  public SyndicationDetector(double threshold, double containment, int window) {
    if (window < 2) {
      throw new IllegalArgumentException("window must be at least 2");
    }
    this.threshold = threshold;
    this.containment = containment;
    this.window = window;
    ids = new String[window];
    signatures = new byte[window][];
    shingles = new int[window];
    originIds = new String[window];
    originKeys = new String[window];
  }

  /** Articles seen. */
  public int size() {
    return n;
  }

  /** Articles found to copy an earlier one. */
  public long copies() {
    return copies;
  }

  /** Candidate comparisons made (the cost the index saves: all-pairs would be n(n-1)/2). */
  public long comparisons() {
    return comparisons;
  }

  /** Registers {@code a} and says whether it copies an earlier article, and whom it credits. */
  public Syndication observe(Article a) {
    String body = a.title() != null ? a.text().substring(a.title().end()) : a.text();
    RepostStatements.Found stated = RepostStatements.find(a.text());
    String from = stated == null ? null : stated.outlet();
    if (from != null && a.outlet() != null && sameOutlet(from, a.outlet())) {
      from = null; // a wire's own story is not syndicated from itself
    }
    MinHash.Signature sig = minHash.of(body);
    byte[] bytes = sig.bytes();
    if (n > 0 && n % (window / 2) == 0) {
      oldBands = bands;
      bands = new IntIntMap(1 << 12);
      oldExact = exact;
      exact = new IntIntMap(1 << 10);
    }
    int self = add(a.id(), bytes, sig.shingles());
    int best = -1;
    double bestSim = 0;
    int exactKey = fold(sig.exact());
    int same = lookup(exact, oldExact, exactKey);
    // the key is 32 bits of the text's hash: equal signatures and sizes confirm the match
    if (same >= 0 && sig.shingles() > 0 && shingles[slot(same)] == sig.shingles() && Arrays.equals(signatures[slot(same)], bytes)) {
      best = same;
      bestSim = 1.0;
    } else if (sig.shingles() > 0) {
      exact.put(exactKey, self);
    }
    if (best < 0 && sig.shingles() >= MIN_SHINGLES) {
      int[] seen = new int[BANDS];
      int seenN = 0;
      for (int b = 0; b < BANDS; b++) {
        int key = bandKey(sig.mins(), b);
        int other = lookup(bands, oldBands, key);
        bands.put(key, self); // a no-op when the current generation has the band; else keeps it alive
        if (other < 0) {
          continue;
        }
        boolean dup = false;
        for (int i = 0; i < seenN; i++) {
          dup |= seen[i] == other;
        }
        if (dup) {
          continue;
        }
        seen[seenN++] = other;
        comparisons++;
        int o = slot(other);
        double j = MinHash.similarity(bytes, signatures[o]);
        double score = score(j, sig.shingles(), shingles[o], threshold, containment);
        if (score > bestSim || (score >= 0 && best < 0)) {
          best = other;
          bestSim = score;
        }
      }
    }
    int me = slot(self);
    if (best >= 0) {
      int b = slot(best);
      originIds[me] = originIds[b];
      originKeys[me] = originKeys[b];
      copies++;
      return new Syndication(ids[b], round(bestSim), originIds[b], from, stated == null ? null : stated.span(), originKeys[b]);
    }
    originIds[me] = a.id();
    originKeys[me] = a.key();
    return new Syndication(null, 0, a.id(), from, stated == null ? null : stated.span(), a.key());
  }

  /**
   * What {@link #observe} looks an article up by, for running the same rule over a cluster (see
   * armsledger-spark): the fold of its exact-text hash, its signature, its shingle count, and its
   * LSH band keys in band order (empty when the body is too short to compare by similarity).
   */
  public record Probe(int exact, byte[] signature, int shingles, int[] bands) implements java.io.Serializable {}

  /** The probe of an article's body, with the keys {@link #observe} uses. */
  public static Probe probe(Article a) {
    String body = a.title() != null ? a.text().substring(a.title().end()) : a.text();
    MinHash.Signature sig = new MinHash(K).of(body);
    int[] bands = new int[sig.shingles() >= MIN_SHINGLES ? BANDS : 0];
    for (int b = 0; b < bands.length; b++) {
      bands[b] = bandKey(sig.mins(), b);
    }
    return new Probe(fold(sig.exact()), sig.bytes(), sig.shingles(), bands);
  }

  /**
   * How {@link #observe} (default thresholds) scores an earlier candidate found through a band:
   * the similarity when it counts as a copy, else a negative number.
   */
  public static double candidateScore(Probe self, Probe earlier) {
    return score(MinHash.similarity(self.signature(), earlier.signature()), self.shingles(), earlier.shingles(), 0.5, 0.8);
  }

  /** Whether two probes are the same text by the exact rule of {@link #observe}. */
  public static boolean sameText(Probe self, Probe earlier) {
    return self.shingles() > 0 && self.exact() == earlier.exact() && self.shingles() == earlier.shingles()
        && Arrays.equals(self.signature(), earlier.signature());
  }

  /**
   * {@link #copySimilarity(String, int, String, int)} on two probes: the similarity when the store
   * links them as copies (default thresholds), else -1.
   */
  public static double copySimilarity(Probe a, Probe b) {
    if (a.shingles() == 0 || b.shingles() == 0) {
      return -1;
    }
    if (Arrays.equals(a.signature(), b.signature()) && a.shingles() == b.shingles()) {
      return 1.0;
    }
    if (a.shingles() < MIN_SHINGLES || b.shingles() < MIN_SHINGLES || a.signature().length != b.signature().length) {
      return -1;
    }
    double score = score(MinHash.similarity(a.signature(), b.signature()), a.shingles(), b.shingles(), 0.5, 0.8);
    return score < 0 ? -1 : round(score);
  }

  /**
   * The syndication {@link #observe} gives an article once its best earlier match is known
   * ({@code copyOf} null when none): the repost statement the text makes, and the origin.
   */
  public static Syndication settled(Article a, String copyOf, double similarity, String originId, String originKey) {
    RepostStatements.Found stated = RepostStatements.find(a.text());
    String from = stated == null ? null : stated.outlet();
    if (from != null && a.outlet() != null && sameOutlet(from, a.outlet())) {
      from = null;
    }
    return new Syndication(copyOf, copyOf == null ? 0 : round(similarity), originId, from, stated == null ? null : stated.span(), originKey);
  }

  /**
   * What finding an article's copies across runs needs (see the store): its signature (hex), its
   * shingle count, and its keys: the exact-text key first, then one key per LSH band when the body
   * is long enough to compare by similarity.
   */
  public record Fingerprint(String signature, int shingles, int[] keys) {}

  /** The fingerprint of an article's body (its text after the title), as {@link #observe} compares it. */
  public static Fingerprint fingerprint(Article a) {
    String body = a.title() != null ? a.text().substring(a.title().end()) : a.text();
    MinHash.Signature sig = new MinHash(K).of(body);
    int[] keys = sig.shingles() >= MIN_SHINGLES ? new int[BANDS + 1] : new int[1];
    keys[0] = fold(MinHash.mix(sig.exact() ^ 0x5DEECE66DL));
    for (int b = 1; b < keys.length; b++) {
      keys[b] = bandKey(sig.mins(), b - 1);
    }
    return new Fingerprint(java.util.HexFormat.of().formatHex(sig.bytes()), sig.shingles(), keys);
  }

  /**
   * The similarity of two fingerprints when they are copies by the rule of {@link #observe} (Jaccard
   * estimate at least {@code threshold}, or the shorter almost contained in the longer, or identical
   * texts), else -1.
   */
  public static double copySimilarity(String sigA, int shinglesA, String sigB, int shinglesB, double threshold, double containment) {
    if (shinglesA == 0 || shinglesB == 0) {
      return -1;
    }
    if (sigA.equals(sigB) && shinglesA == shinglesB) {
      return 1.0;
    }
    if (shinglesA < MIN_SHINGLES || shinglesB < MIN_SHINGLES) {
      return -1;
    }
    byte[] a = java.util.HexFormat.of().parseHex(sigA);
    byte[] b = java.util.HexFormat.of().parseHex(sigB);
    if (a.length != b.length) {
      return -1;
    }
    double score = score(MinHash.similarity(a, b), shinglesA, shinglesB, threshold, containment);
    return score < 0 ? -1 : round(score);
  }
  /**
   * The rule both {@link #observe} and {@link #copySimilarity} apply: the Jaccard estimate when it
   * reaches the threshold, or when the shorter text (of 30 shingles or more) is almost contained
   * in the longer; else -1.
   */
  private static double score(double j, int shinglesA, int shinglesB, double threshold, double containment) {
    if (j >= threshold) {
      return j;
    }
    return contained(j, shinglesA, shinglesB) >= containment && Math.min(shinglesA, shinglesB) >= 30 ? j : -1;
  }


  /** {@link #copySimilarity} with the default thresholds (0.5, containment 0.8). */
  public static double copySimilarity(String sigA, int shinglesA, String sigB, int shinglesB) {
    return copySimilarity(sigA, shinglesA, sigB, shinglesB, 0.5, 0.8);
  }

  /** An article number from the current or the previous generation, or -1 when absent or out of the window. */
  private int lookup(IntIntMap current, IntIntMap previous, int key) {
    int v = current.get(key);
    if (v < 0) {
      v = previous.get(key);
    }
    return v >= 0 && v > n - 1 - window ? v : -1;
  }

  private int slot(int article) {
    return article % window;
  }

  /** |A ∩ B| / min(|A|, |B|) from the Jaccard estimate and the set sizes. */
  static double contained(double j, int a, int b) {
    if (a == 0 || b == 0) {
      return 0;
    }
    double inter = j * (a + b) / (1 + j);
    return Math.min(1, inter / Math.min(a, b));
  }

  private int add(String id, byte[] sig, int sh) {
    if (n == Integer.MAX_VALUE) {
      throw new IllegalStateException("more than 2^31 articles in one run");
    }
    int i = slot(n);
    ids[i] = id;
    signatures[i] = sig;
    shingles[i] = sh;
    return n++;
  }

  private static int bandKey(int[] mins, int band) {
    long h = 0x9E3779B97F4A7C15L * (band + 1);
    for (int r = 0; r < ROWS; r++) {
      h = MinHash.mix(h ^ mins[band * ROWS + r]);
    }
    return fold(h);
  }

  /** A 64-bit hash as a non-empty 32-bit map key. */
  private static int fold(long h) {
    int key = (int) (h ^ (h >>> 32));
    return key == IntIntMap.EMPTY ? 1 : key;
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  static boolean sameOutlet(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    String y = b.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
  }

  /** Open addressing int to int map, first value per key kept (values are article indexes; -1 means absent). */
  static final class IntIntMap {
    static final int EMPTY = 0;
    private int[] keys;
    private int[] vals;
    private int size;

    IntIntMap(int cap) {
      keys = new int[cap];
      vals = new int[cap];
    }

    int get(int key) {
      int mask = keys.length - 1;
      for (int i = MinHashMix.spread(key) & mask; ; i = (i + 1) & mask) {
        if (keys[i] == EMPTY) {
          return -1;
        }
        if (keys[i] == key) {
          return vals[i];
        }
      }
    }

    void put(int key, int val) {
      if ((size + 1) * 2 > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      for (int i = MinHashMix.spread(key) & mask; ; i = (i + 1) & mask) {
        if (keys[i] == EMPTY) {
          keys[i] = key;
          vals[i] = val;
          size++;
          return;
        }
        if (keys[i] == key) {
          return; // the first article with this band stays
        }
      }
    }

    private void grow() {
      int[] ok = keys;
      int[] ov = vals;
      keys = new int[ok.length * 2];
      vals = new int[ok.length * 2];
      size = 0;
      for (int i = 0; i < ok.length; i++) {
        if (ok[i] != EMPTY) {
          put(ok[i], ov[i]);
        }
      }
    }
  }

  private static final class MinHashMix {
    static int spread(int h) {
      h ^= h >>> 16;
      h *= 0x85EBCA6B;
      h ^= h >>> 13;
      return h;
    }
  }
}
