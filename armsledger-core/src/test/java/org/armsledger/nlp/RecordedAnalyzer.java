package org.armsledger.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.armsledger.text.Analyzer;
import org.armsledger.text.Dependency;
import org.armsledger.text.Sentence;
import org.armsledger.text.Span;
import org.armsledger.text.Token;

/**
 * An {@link Analyzer} that replays CoreNLP parses recorded by {@link ParseRecorder}, so rule tests
 * run on real parses without loading models. Each block of a test document must be one recorded
 * sentence.
 */
public final class RecordedAnalyzer implements Analyzer {
  private record Recorded(List<String[]> tokens, List<Dependency> edges) {}

  private final Map<String, Recorded> byText = new HashMap<>();

  public RecordedAnalyzer(String resource) {
    InputStream in = RecordedAnalyzer.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalArgumentException("no recorded parses at " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String text = null;
      List<String[]> tokens = new ArrayList<>();
      List<Dependency> edges = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.startsWith("# text = ")) {
          text = line.substring(9);
          tokens = new ArrayList<>();
          edges = new ArrayList<>();
        } else if (line.startsWith("T\t")) {
          tokens.add(line.split("\t"));
        } else if (line.startsWith("D\t")) {
          String[] c = line.split("\t");
          edges.add(new Dependency(Integer.parseInt(c[1]), c[2], Integer.parseInt(c[3])));
        } else if (line.isEmpty() && text != null) {
          byText.put(text, new Recorded(tokens, edges));
          text = null;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public List<Sentence> split(String document, Span segment, int firstIndex) {
    return List.of(sentence(document, segment, firstIndex, false));
  }

  @Override
  public Sentence parse(Sentence s) {
    return sentence(s.text(), new Span(0, s.text().length()), s.index(), true).shifted(s.span().start());
  }

  private Sentence sentence(String document, Span segment, int index, boolean parsed) {
    String text = segment.of(document);
    Recorded rec = byText.get(text);
    if (rec == null) {
      throw new IllegalArgumentException("sentence not recorded: " + text);
    }
    List<Token> tokens = new ArrayList<>();
    for (String[] c : rec.tokens()) {
      int start = segment.start() + Integer.parseInt(c[4]);
      int end = segment.start() + Integer.parseInt(c[5]);
      String word = document.substring(start, end);
      tokens.add(new Token(Integer.parseInt(c[1]), word, parsed ? c[2] : word.toLowerCase(java.util.Locale.ROOT), parsed ? c[3] : "", new Span(start, end)));
    }
    return new Sentence(index, segment, text, tokens, parsed ? rec.edges() : List.of());
  }
}
