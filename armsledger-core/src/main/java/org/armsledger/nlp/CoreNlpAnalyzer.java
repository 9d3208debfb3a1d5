package org.armsledger.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
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
 * <p>Models load once, in the constructor (a few seconds). CoreNLP's annotators are thread-safe,
 * so one instance serves all threads.
 */
public final class CoreNlpAnalyzer implements Analyzer {
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP parser;

  public CoreNlpAnalyzer() {
    Properties split = new Properties();
    split.setProperty("annotators", "tokenize,ssplit");
    split.setProperty("tokenize.language", "en");
    split.setProperty("tokenize.options", "untokenizable=noneKeep");
    splitter = new StanfordCoreNLP(split);
    Properties parse = new Properties();
    parse.setProperty("annotators", "tokenize,ssplit,pos,lemma,depparse");
    parse.setProperty("tokenize.language", "en");
    parse.setProperty("tokenize.options", "untokenizable=noneKeep");
    parse.setProperty("ssplit.isOneSentence", "true");
    parser = new StanfordCoreNLP(parse);
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
    parser.annotate(ann);
    List<CoreMap> sentences = ann.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences.isEmpty()) {
      return sentence;
    }
    CoreMap s = sentences.get(0);
    int offset = sentence.span().start();
    List<Token> tokens = new ArrayList<>();
    for (CoreLabel l : s.get(CoreAnnotations.TokensAnnotation.class)) {
      tokens.add(token(tokens.size(), l, offset, sentence.text(), l.tag() == null ? "" : l.tag()));
    }
    SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
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
