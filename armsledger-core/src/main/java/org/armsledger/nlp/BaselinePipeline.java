package org.armsledger.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The plain full CoreNLP pipeline (tokenize, ssplit, pos, lemma, ner, depparse on every sentence),
 * the baseline that benchmarks compare armsledger's gated pipeline against. Thread-safe.
 */
public final class BaselinePipeline {
  private final StanfordCoreNLP pipeline;

  public BaselinePipeline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    p.setProperty("tokenize.language", "en");
    p.setProperty("ner.useSUTime", "true");
    pipeline = new StanfordCoreNLP(p);
  }

  /** Annotates a text fully; returns {tokens, sentences}. */
  public int[] annotate(String text) {
    Annotation ann = new Annotation(text);
    pipeline.annotate(ann);
    return new int[] {
      ann.get(CoreAnnotations.TokensAnnotation.class).size(),
      ann.get(CoreAnnotations.SentencesAnnotation.class).size()
    };
  }
}
