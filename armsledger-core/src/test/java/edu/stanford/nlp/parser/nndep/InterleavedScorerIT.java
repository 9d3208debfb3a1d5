package edu.stanford.nlp.parser.nndep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.armsledger.nlp.CoreNlpAnalyzer;
import org.armsledger.text.Sentence;
import org.armsledger.text.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fast scorer against CoreNLP's own, both loaded from the real model: bit-identical scores on
 * feature vectors that take both of the stock code's paths (precomputed rows and computed slices,
 * first computed then cached), and identical parses of real sentences. Loads the parser twice
 * (about 1 GB of heap).
 */
class InterleavedScorerIT {
  private static CoreNlpAnalyzer fast;
  private static CoreNlpAnalyzer stock;

  @BeforeAll
  static void load() {
    fast = new CoreNlpAnalyzer();
    stock = new CoreNlpAnalyzer(true);
  }

  private static Classifier classifier(CoreNlpAnalyzer a) throws ReflectiveOperationException {
    Field f = DependencyParser.class.getDeclaredField("classifier");
    f.setAccessible(true);
    return (Classifier) f.get(a.dependencyParser());
  }

  @Test
  void installsOnThisCoreNlpAndLeavesOtherPipelinesAlone() throws Exception {
    assertTrue(fast.fastScoring(), "the scorer must install on the CoreNLP version in use");
    assertInstanceOf(InterleavedScorer.class, classifier(fast));
    assertFalse(stock.fastScoring());
    assertFalse(classifier(stock) instanceof InterleavedScorer, "CoreNLP must not share the replaced parser");
    assertNotSame(fast.dependencyParser(), stock.dependencyParser());
    assertTrue(InterleavedScorer.install(fast.dependencyParser()), "installing twice keeps the one scorer");
    assertInstanceOf(InterleavedScorer.class, classifier(fast));
  }

  @Test
  void scoresAreBitIdentical() throws Exception {
    Classifier ours = classifier(fast);
    Classifier theirs = classifier(stock);
    Field preMapField = Classifier.class.getDeclaredField("preMap");
    preMapField.setAccessible(true);
    @SuppressWarnings("unchecked")
    Map<Integer, Integer> preMap = (Map<Integer, Integer>) preMapField.get(theirs);
    int positions = 48;
    List<List<Integer>> precomputedTokens = new ArrayList<>();
    for (int j = 0; j < positions; j++) {
      precomputedTokens.add(new ArrayList<>());
    }
    for (int key : preMap.keySet()) {
      precomputedTokens.get(key % positions).add(key / positions);
    }
    int vocabulary = theirs.getE().length;
    Random random = new Random(20261129);
    List<int[]> features = new ArrayList<>();
    for (int n = 0; n < 3000; n++) {
      int[] f = new int[positions];
      for (int j = 0; j < positions; j++) {
        List<Integer> pre = precomputedTokens.get(j);
        f[j] = !pre.isEmpty() && random.nextInt(10) < 7 ? pre.get(random.nextInt(pre.size())) : random.nextInt(vocabulary);
      }
      features.add(f);
    }
    int rows = 0;
    for (int pass = 0; pass < 2; pass++) { // the second pass finds the computed slices in the cache
      for (int[] f : features) {
        double[] expected = theirs.computeScores(f);
        assertArrayEquals(expected, ours.computeScores(f), "scores of feature vector " + java.util.Arrays.toString(f));
        rows += expected.length;
      }
    }
    assertEquals(2 * 3000 * theirs.getW2().length, rows);
  }

  @Test
  void parsesOfRealSentencesAreIdentical() throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of("../shared/corpora/seeds"))) {
      files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    assertFalse(files.isEmpty());
    int sentences = 0;
    int edges = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      for (Sentence s : fast.split(text, new Span(0, text.length()), 0)) {
        if (s.tokens().size() > 80) {
          continue;
        }
        Sentence a = fast.parse(s);
        Sentence b = stock.parse(s);
        assertEquals(b.tokens(), a.tokens(), s.text());
        assertEquals(b.edges(), a.edges(), s.text());
        sentences++;
        edges += a.edges().size();
      }
    }
    assertTrue(sentences > 100 && edges > 2000, sentences + " sentences, " + edges + " edges");
  }
}
