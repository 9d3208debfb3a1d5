package org.armsledger.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      Sentence s = nlp.parse(new Sentence(0, new Span(0, line.length()), line, List.of(), List.of()));
      out.add("# text = " + line);
      for (Token t : s.tokens()) {
        out.add("T\t" + t.index() + "\t" + t.lemma() + "\t" + t.tag() + "\t" + t.span().start() + "\t" + t.span().end());
      }
      for (Dependency d : s.edges()) {
        out.add("D\t" + d.governor() + "\t" + d.relation() + "\t" + d.dependent());
      }
      out.add("");
    }
    Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
  }
}
