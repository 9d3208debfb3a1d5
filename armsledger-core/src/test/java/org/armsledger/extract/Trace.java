package org.armsledger.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.armsledger.lexicon.Gazetteer;
import org.armsledger.lexicon.Lexicon;
import org.armsledger.lexicon.Mention;
import org.armsledger.nlp.CoreNlpAnalyzer;
import org.armsledger.text.Dependency;
import org.armsledger.text.Sentence;
import org.armsledger.text.Span;

/**
 * A developer's tool, not a test: prints, for each line of a file (one sentence a line), the
 * lexicon mentions, the gate's verdict, the dependency edges and the frames found.
 *
 * <pre>java -cp ... org.armsledger.extract.Trace sentences.txt</pre>
 */
public final class Trace {
  private Trace() {}

  public static void main(String[] args) throws Exception {
    Lexicon lexicon = Lexicon.standard();
    Gazetteer gazetteer = new Gazetteer(lexicon);
    FrameFinder frames = new FrameFinder(lexicon);
    StatusRules statuses = new StatusRules(lexicon);
    CoreNlpAnalyzer analyzer = new CoreNlpAnalyzer();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      System.out.println("=== " + line);
      List<Sentence> ss = analyzer.split(line, new Span(0, line.length()), 0);
      for (Sentence s : ss) {
        List<Mention> ms = gazetteer.find(s.text(), s.span().start());
        List<String> mt = new ArrayList<>();
        for (Mention m : ms) {
          mt.add(m.type() + ":" + m.text() + (m.type() == Mention.Type.ACTOR ? "=" + m.actor().id() + "/" + m.form() : "=" + m.category()));
        }
        System.out.println("  mentions " + mt + " gate " + new Gate().passes(s, ms));
        Sentence p = Extractor.parse(analyzer, s, ms);
        StringBuilder b = new StringBuilder("  deps");
        for (Dependency d : p.edges()) {
          b.append(' ').append(d.relation()).append('(')
              .append(d.governor() < 0 ? "ROOT" : p.token(d.governor()).text() + "/" + p.token(d.governor()).tag())
              .append(',').append(p.token(d.dependent()).text()).append('/').append(p.token(d.dependent()).tag()).append(')');
        }
        System.out.println(b);
        SentenceView v = new SentenceView(p, ms);
        for (Frame f : frames.find(v)) {
          StatusRules.Result st = statuses.status(v, f.token(), f.predicate());
          System.out.println("  FRAME " + f.rule() + " " + f.predicate().id() + " sup=" + f.suppliers().stream().map(x -> x.text() + "/" + x.how()).toList()
              + " rec=" + f.recipients().stream().map(x -> x.text() + "/" + x.how()).toList()
              + " items=" + f.items().stream().map(x -> x.text() + ":" + x.category()).toList() + " status=" + st.status() + (st.negated() ? " NEG" : "") + " " + st.cues());
        }
      }
    }
  }
}
