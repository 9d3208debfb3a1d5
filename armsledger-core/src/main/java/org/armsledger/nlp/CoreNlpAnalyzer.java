package org.armsledger.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.InterleavedScorer;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.armsledger.text.Analyzer;
import org.armsledger.text.Dependency;
import org.armsledger.text.Sentence;
import org.armsledger.text.Span;
import org.armsledger.text.Token;

/**
 * CoreNLP 4.5.10 behind the {@link Analyzer} interface: tokenize+ssplit for every sentence,
 * pos+lemma+depparse (enhanced++ graph) only for the sentences the caller asks to parse.
 *
 * <p>The dependency parser is CoreNLP's neural parser with its model, run as its annotator runs it,
 * with two differences that leave every parse as it was: it scores with {@link InterleavedScorer}
 * (CoreNLP's numbers, computed faster), and it builds only the enhanced++ graph that extraction
 * reads (the annotator builds five: collapsed, basic, cc-processed, enhanced, enhanced++).
 *
 * <p>Models load once, in the constructor (a few seconds). CoreNLP's annotators and parser are
 * thread-safe, so one instance serves all threads.
 */
public final class CoreNlpAnalyzer implements Analyzer {
  private final StanfordCoreNLP splitter;
  /** tokenize, ssplit (one sentence): the tokens a parse starts from. */
  private final StanfordCoreNLP tokenizer;
  /** pos, lemma. */
  private final StanfordCoreNLP tagger;
  /** depparse as CoreNLP's annotator runs it, with the stock parser; else null. */
  private final StanfordCoreNLP stockDepparse;
  /** Our own instance of the parser, null with the stock parser (the annotator's then). */
  private final DependencyParser dependencyParser;
  private final boolean fastScoring;

  /** The analyzer with the fast parser ({@link InterleavedScorer}, enhanced++ graph only). */
  public CoreNlpAnalyzer() {
    this(false);
  }

  /**
   * @param stockParser parse with CoreNLP's depparse annotator as it comes (stock scorer, all five
   *     graphs): the same parses, slower; for benchmarks and tests that compare the two
   */
  public CoreNlpAnalyzer(boolean stockParser) {
    Properties split = new Properties();
    split.setProperty("annotators", "tokenize,ssplit");
    split.setProperty("tokenize.language", "en");
    split.setProperty("tokenize.options", "untokenizable=noneKeep");
    splitter = new StanfordCoreNLP(split);
    Properties one = new Properties();
    one.setProperty("annotators", "tokenize,ssplit");
    one.setProperty("tokenize.language", "en");
    one.setProperty("tokenize.options", "untokenizable=noneKeep");
    one.setProperty("ssplit.isOneSentence", "true");
    tokenizer = new StanfordCoreNLP(one);
    Properties parse = new Properties();
    parse.setProperty("annotators", "pos,lemma");
    parse.setProperty("enforceRequirements", "false"); // the tokens come from the tokenizer, designations mended
    tagger = new StanfordCoreNLP(parse);
    if (stockParser) {
      Properties dep = new Properties();
      dep.setProperty("annotators", "depparse");
      dep.setProperty("enforceRequirements", "false"); // the tags come from the tagger, mended
      stockDepparse = new StanfordCoreNLP(dep);
      dependencyParser = null;
      fastScoring = false;
    } else {
      // the model and properties of the depparse annotator's defaults, in an instance of our own
      stockDepparse = null;
      dependencyParser = InterleavedScorer.loadUnshared(DependencyParser.DEFAULT_MODEL, new Properties());
      fastScoring = InterleavedScorer.install(dependencyParser);
      if (!fastScoring) {
        System.err.println("armsledger: warning: CoreNLP's dependency parser is not laid out as in 4.5.x; parsing with its own, slower scorer");
      }
    }
  }

  /** Whether the parser scores with {@link InterleavedScorer}. */
  public boolean fastScoring() {
    return fastScoring;
  }

  /** The dependency parser in use (for tests). */
  public DependencyParser dependencyParser() throws ReflectiveOperationException {
    if (dependencyParser != null) {
      return dependencyParser;
    }
    Field annotators = AnnotationPipeline.class.getDeclaredField("annotators");
    annotators.setAccessible(true);
    for (Object a : (List<?>) annotators.get(stockDepparse)) {
      if (a instanceof DependencyParseAnnotator) {
        Field f = DependencyParseAnnotator.class.getDeclaredField("parser");
        f.setAccessible(true);
        return (DependencyParser) f.get(a);
      }
    }
    throw new NoSuchFieldException("no dependency parser in the pipeline");
  }

  @Override
  public List<Sentence> split(String document, Span segment, int firstIndex) {
    Annotation ann = new Annotation(segment.of(document));
    splitter.annotate(ann);
    List<Sentence> out = new ArrayList<>();
    int index = firstIndex;
    for (CoreMap s : ann.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      int start = segment.start() + labels.get(0).beginPosition();
      int end = segment.start() + labels.get(labels.size() - 1).endPosition();
      List<Token> tokens = new ArrayList<>(labels.size());
      for (CoreLabel l : labels) {
        tokens.add(token(tokens.size(), l, segment.start(), ann.get(CoreAnnotations.TextAnnotation.class), ""));
      }
      Span span = new Span(start, end);
      out.add(new Sentence(index++, span, span.of(document), tokens, List.of()));
    }
    return out;
  }

  /** A token of {@code annotated}, a text that starts at document offset {@code offset}. */
  private static Token token(int index, CoreLabel l, int offset, String annotated, String tag) {
    Span span = new Span(offset + l.beginPosition(), offset + l.endPosition());
    String text = annotated.substring(l.beginPosition(), l.endPosition());
    if (text.isEmpty()) {
      text = l.word();
    }
    String lemma = l.lemma() != null ? l.lemma() : text;
    return new Token(index, text, lemma.toLowerCase(Locale.ROOT), tag, span);
  }

  @Override
  public Sentence parse(Sentence sentence) {
    Annotation ann = new Annotation(sentence.text());
    tokenizer.annotate(ann);
    List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences.isEmpty()) {
      return sentence;
    }
    CoreMap s = sentences.get(0);
    List<CoreLabel> joined = TokenMends.mend(s.get(CoreAnnotations.TokensAnnotation.class));
    s.set(CoreAnnotations.TokensAnnotation.class, joined);
    s.set(CoreAnnotations.TokenEndAnnotation.class, joined.size());
    ann.set(CoreAnnotations.TokensAnnotation.class, joined);
    tagger.annotate(ann);
    TokenMends.retag(joined);
    if (stockDepparse != null) {
      stockDepparse.annotate(ann);
    }
    int offset = sentence.span().start();
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
      tokens.add(token(tokens.size(), l, offset, sentence.text(), l.tag() == null ? "" : l.tag()));
    }
    SemanticGraph g = dependencyParser == null
        ? s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class)
        // as the depparse annotator builds its enhanced++ graph (extra dependencies: NONE)
        : SemanticGraphFactory.makeFromTree(dependencyParser.predict(s), SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS,
            GrammaticalStructure.Extras.NONE, null);
    List<Dependency> edges = new ArrayList<>();
    if (g != null) {
      for (IndexedWord root : g.getRoots()) {
        edges.add(new Dependency(-1, "root", root.index() - 1));
      }
      for (SemanticGraphEdge e : g.edgeListSorted()) {
        int gov = e.getGovernor().index() - 1;
        int dep = e.getDependent().index() - 1;
        if (gov != dep && gov >= 0 && dep >= 0 && gov < tokens.size() && dep < tokens.size()) {
          edges.add(new Dependency(gov, e.getRelation().toString(), dep));
        }
      }
    }
    return new Sentence(sentence.index(), sentence.span(), sentence.text(), tokens, edges);
  }
}
