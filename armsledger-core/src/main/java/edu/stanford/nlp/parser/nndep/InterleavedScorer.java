package edu.stanford.nlp.parser.nndep;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A drop-in replacement for the scoring step of CoreNLP's neural dependency parser (4.5.x) that
 * computes exactly the same numbers, faster. It lives in CoreNLP's package because the step it
 * replaces, {@code Classifier.computeScores(int[])}, is package-private; it is installed into a
 * loaded {@link DependencyParser} by {@link #install}, which leaves the parser alone (and returns
 * false) when the parser's layout is not the one this was written against.
 *
 * <p>What the stock classifier does per parser transition: sum one hidden-layer slice per input
 * feature (a precomputed double row from a boxed {@code HashMap}, or a float slice from a shared,
 * synchronised LRU cache of 5,000, computed as {@code W1 x E[tok]} on a miss), add the bias, cube,
 * then one dot product per transition label against {@code W2}. The dot products are chains of
 * dependent floating-point additions, so the CPU waits on each add. This class:
 *
 * <ul>
 *   <li>walks W1 and W2 transposed, so that the inner loops run across rows (independent sums the
 *       CPU overlaps, over contiguous memory) while each row's sum still adds its terms in the
 *       stock code's order: every result is bit for bit the stock one (Java floating point is
 *       strict);
 *   <li>finds precomputed rows in an open-addressing {@code int} table instead of a boxed map;
 *   <li>keeps computed slices in a per-thread direct-mapped cache (no lock); a slice is the same
 *       float array whether it comes from a cache or is computed again, so which cache holds it
 *       cannot change a score.
 * </ul>
 *
 * <p>Thread-safe: the weights are read-only, the caches are per thread.
 */
public final class InterleavedScorer extends Classifier {
  private static final int CACHE_BITS = 13;

  /** W1 transposed: a column of the stock matrix is a row here. */
  private final float[][] w1t;
  /** W2 transposed and in double (exact). */
  private final double[][] w2t;
  private final int labels;
  private final float[][] e;
  private final float[] b1;
  private final double[][] saved;
  private final int[] preKeys;
  private final int[] preRows;
  private final int preMask;
  private final int hiddenSize;
  private final int numTokens;
  private final int embeddingSize;
  private final ThreadLocal<SliceCache> slices = ThreadLocal.withInitial(() -> new SliceCache());

  private InterleavedScorer(Config config, Classifier stock, double[][] saved, Map<Integer, Integer> preMap) {
    super(config, stock.getE(), stock.getW1(), stock.getb1(), stock.getW2(), List.of());
    this.w1t = transpose(stock.getW1());
    this.w2t = transposeToDouble(stock.getW2());
    this.labels = stock.getW2().length;
    this.e = stock.getE();
    this.b1 = stock.getb1();
    this.saved = saved;
    this.hiddenSize = config.hiddenSize;
    this.numTokens = config.numTokens;
    this.embeddingSize = config.embeddingSize;
    int size = Integer.highestOneBit(Math.max(16, preMap.size() * 2)) << 1;
    preKeys = new int[size];
    preRows = new int[size];
    java.util.Arrays.fill(preKeys, -1);
    preMask = size - 1;
    for (Map.Entry<Integer, Integer> en : preMap.entrySet()) {
      int slot = mix(en.getKey()) & preMask;
      while (preKeys[slot] != -1) {
        slot = (slot + 1) & preMask;
      }
      preKeys[slot] = en.getKey();
      preRows[slot] = en.getValue();
    }
  }

  /**
   * Replaces {@code parser}'s classifier by an interleaved scorer over the same weights. Returns
   * false, changing nothing, when the parser is not laid out as in CoreNLP 4.5.x (fields renamed,
   * precomputation not done): the stock classifier then stays in use.
   */
  public static boolean install(DependencyParser parser) {
    try {
      Field classifierField = DependencyParser.class.getDeclaredField("classifier");
      Field configField = DependencyParser.class.getDeclaredField("config");
      Field savedField = Classifier.class.getDeclaredField("saved");
      Field preMapField = Classifier.class.getDeclaredField("preMap");
      for (Field f : List.of(classifierField, configField, savedField, preMapField)) {
        f.setAccessible(true);
      }
      Classifier stock = (Classifier) classifierField.get(parser);
      Config config = (Config) configField.get(parser);
      if (stock == null || stock instanceof InterleavedScorer || config.numCached <= 0) {
        return stock instanceof InterleavedScorer; // numCached 0 sums in double: not what this replicates
      }
      double[][] saved = (double[][]) savedField.get(stock);
      @SuppressWarnings("unchecked")
      Map<Integer, Integer> preMap = (Map<Integer, Integer>) preMapField.get(stock);
      if (saved == null || preMap == null || stock.getW1().length != config.hiddenSize) {
        return false;
      }
      InterleavedScorer scorer = new InterleavedScorer(config, stock, saved, preMap);
      freeTrainingState(scorer);
      classifierField.set(parser, scorer);
      return true;
    } catch (ReflectiveOperationException | RuntimeException ex) {
      return false;
    }
  }

  /**
   * A parser of the caller's own, loaded as CoreNLP's cache of parsers loads one but not taken
   * from or put in that cache: every pipeline in the JVM that asks for the same model shares the
   * cached instance, and installing this scorer must not reach into theirs.
   */
  public static DependencyParser loadUnshared(String model, Properties props) {
    DependencyParser parser = new DependencyParser(props);
    parser.loadModelFile(model, false);
    return parser;
  }

  /** The gradient histories every Classifier allocates (tens of MB) are never used for parsing. */
  private static void freeTrainingState(Classifier c) {
    for (String name : List.of("eg2W1", "eg2W2", "eg2E", "eg2b1", "cache")) {
      try {
        Field f = Classifier.class.getDeclaredField(name);
        f.setAccessible(true);
        f.set(c, null);
      } catch (ReflectiveOperationException | RuntimeException ignored) {
        // only memory is at stake
      }
    }
  }

  @Override
  double[] computeScores(int[] feature) {
    SliceCache cache = slices.get();
    double[] hidden = cache.hidden; // the thread's scratch row: a parse makes one call per transition
    java.util.Arrays.fill(hidden, 0.0);
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int tok = feature[j];
      int index = tok * numTokens + j;
      int row = precomputed(index);
      if (row >= 0) {
        double[] s = saved[row];
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += s[i];
        }
      } else {
        float[] slice = cache.get(index);
        if (slice == null) {
          slice = slice(e[tok], offset, cache.acc);
          cache.put(index, slice);
        }
        for (int i = 0; i < hiddenSize; i++) {
          hidden[i] += slice[i];
        }
      }
      offset += embeddingSize;
    }
    for (int i = 0; i < hiddenSize; i++) {
      hidden[i] += b1[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    return output(hidden);
  }

  private int precomputed(int index) {
    int slot = mix(index) & preMask;
    while (true) {
      int k = preKeys[slot];
      if (k == index) {
        return preRows[slot];
      }
      if (k == -1) {
        return -1;
      }
      slot = (slot + 1) & preMask;
    }
  }

  private static int mix(int x) {
    int h = x * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * {@code W1[:, offset .. offset+embeddingSize) x vector}: each row summed in double in column
   * order, of float products, as the stock code does; stored as float. Walks W1 transposed, so the
   * inner loop runs across rows (independent sums over contiguous memory) instead of along one.
   */
  private float[] slice(float[] vector, int offset, double[] acc) {
    java.util.Arrays.fill(acc, 0.0);
    for (int j = 0; j < vector.length; j++) {
      float v = vector[j];
      float[] column = w1t[offset + j];
      for (int i = 0; i < hiddenSize; i++) {
        acc[i] += column[i] * v;
      }
    }
    float[] out = new float[hiddenSize];
    for (int i = 0; i < hiddenSize; i++) {
      out[i] = (float) acc[i];
    }
    return out;
  }

  /**
   * {@code W2 x hidden}: one score per transition, each a dot product summed in index order. Walks
   * W2 transposed and widened to double (exact), so the inner loop runs across transitions: plain
   * double arithmetic on independent sums, which the JIT turns into vector instructions.
   */
  private double[] output(double[] hidden) {
    double[] out = new double[labels];
    for (int k = 0; k < hidden.length; k++) {
      double h = hidden[k];
      double[] column = w2t[k];
      for (int l = 0; l < labels; l++) {
        out[l] += h * column[l];
      }
    }
    return out;
  }

  private static float[][] transpose(float[][] m) {
    float[][] t = new float[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[i].length; j++) {
        t[j][i] = m[i][j];
      }
    }
    return t;
  }

  /** {@code m} transposed, each value widened to double (which is exact). */
  private static double[][] transposeToDouble(float[][] m) {
    float[][] t = transpose(m);
    double[][] d = new double[t.length][];
    for (int i = 0; i < t.length; i++) {
      d[i] = new double[t[i].length];
      for (int j = 0; j < t[i].length; j++) {
        d[i][j] = t[i][j];
      }
    }
    return d;
  }

  /**
   * A thread's computed slices, direct-mapped (a key's slot holds the last slice stored there), and
   * its scratch rows.
   */
  private final class SliceCache {
    private final int[] keys = new int[1 << CACHE_BITS];
    private final float[][] values = new float[1 << CACHE_BITS][];
    final double[] hidden = new double[hiddenSize];
    final double[] acc = new double[hiddenSize];

    SliceCache() {
      java.util.Arrays.fill(keys, -1);
    }

    float[] get(int key) {
      int slot = mix(key) & (keys.length - 1);
      return keys[slot] == key ? values[slot] : null;
    }

    void put(int key, float[] value) {
      int slot = mix(key) & (keys.length - 1);
      keys[slot] = key;
      values[slot] = value;
    }
  }
}
