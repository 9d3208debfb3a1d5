package org.armsledger.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.armsledger.extract.Headlines;
import org.armsledger.lexicon.Gazetteer;
import org.armsledger.lexicon.Lexicon;
import org.armsledger.text.Dependency;
import org.armsledger.text.Sentence;
import org.armsledger.text.Span;
import org.armsledger.text.Token;

/**
 * Records CoreNLP parses of the sentences in a text file (one per line) as a fixture that rule
 * tests replay without loading models. Not a test: run it by hand when sentences are added.
 *
 * <pre>java -cp ... org.armsledger.nlp.ParseRecorder sentences.txt out.parses</pre>
 */
public final class ParseRecorder {
  private ParseRecorder() {}

  public static void main(String[] args) throws IOException {
    CoreNlpAnalyzer nlp = new CoreNlpAnalyzer();
    Gazetteer gazetteer = new Gazetteer(Lexicon.standard());
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      record(out, nlp.parse(new Sentence(0, new Span(0, line.length()), line, List.of(), List.of())));
      // a title-case headline is parsed in sentence case (Headlines): record that text's parse too
      Sentence split = nlp.split(line, new Span(0, line.length()), 0).get(0);
      Sentence cased = Headlines.forParsing(split, gazetteer.find(line, 0));
      if (!cased.text().equals(line)) {
        record(out, nlp.parse(cased));
      }
    }
    Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
  }

  private static void record(List<String> out, Sentence s) {
    out.add("# text = " + s.text());
    for (Token t : s.tokens()) {
      out.add("T\t" + t.index() + "\t" + t.lemma() + "\t" + t.tag() + "\t" + t.span().start() + "\t" + t.span().end());
    }
    for (Dependency d : s.edges()) {
      out.add("D\t" + d.governor() + "\t" + d.relation() + "\t" + d.dependent());
    }
    out.add("");
  }
}
