package org.armsledger.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sentence of a document with its tokens and, once parsed, its dependency graph.
 *
 * <p>Immutable and safe to share between threads. Navigation methods return edges in the order of
 * the graph's edge list, which is deterministic for a given parse.
 */
public final class Sentence {
  private final int index;
  private final Span span;
  private final String text;
  private final List<Token> tokens;
  private final List<Dependency> edges;
  private final Map<Integer, List<Dependency>> out = new HashMap<>();
  private final Map<Integer, List<Dependency>> in = new HashMap<>();

  /**
   * Creates a sentence.
   *
   * @param index position of the sentence in its document, from 0
   * @param span where it stands in the document text
   * @param text the sentence text, equal to {@code span.of(document)}
   * @param tokens its tokens in order
   * @param edges its dependency edges; empty when the sentence was not parsed
   */
  public Sentence(int index, Span span, String text, List<Token> tokens, List<Dependency> edges) {
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("sentence text does not fit its span " + span);
    }
    this.index = index;
    this.span = span;
    this.text = text;
    this.tokens = List.copyOf(tokens);
    this.edges = List.copyOf(edges);
    for (Dependency d : this.edges) {
      if (d.dependent() >= this.tokens.size() || d.governor() >= this.tokens.size()) {
        throw new IllegalArgumentException("edge outside sentence: " + d);
      }
      out.computeIfAbsent(d.governor(), k -> new ArrayList<>()).add(d);
      in.computeIfAbsent(d.dependent(), k -> new ArrayList<>()).add(d);
    }
  }

  public int index() {
    return index;
  }

  public Span span() {
    return span;
  }

  public String text() {
    return text;
  }

  public List<Token> tokens() {
    return tokens;
  }

  public List<Dependency> edges() {
    return edges;
  }

  public boolean isParsed() {
    return !edges.isEmpty();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** Edges leaving token {@code i}. */
  public List<Dependency> children(int i) {
    return out.getOrDefault(i, Collections.emptyList());
  }

  /** Edges arriving at token {@code i} (several in an enhanced graph). */
  public List<Dependency> parents(int i) {
    return in.getOrDefault(i, Collections.emptyList());
  }

  /** Document text between two token indexes, both included. */
  public String textOf(int from, int to) {
    return text.substring(tokens.get(from).span().start() - span.start(), tokens.get(to).span().end() - span.start());
  }

  /** The tokens whose span overlaps {@code s}, as a half-open index range, or null if none do. */
  public int[] tokenRange(Span s) {
    int first = -1;
    int last = -1;
    for (Token t : tokens) {
      if (t.span().overlaps(s)) {
        if (first < 0) {
          first = t.index();
        }
        last = t.index();
      }
    }
    return first < 0 ? null : new int[] {first, last + 1};
  }

  /** The same sentence moved {@code by} characters later in its document. */
  public Sentence shifted(int by) {
    List<Token> moved = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      moved.add(new Token(t.index(), t.text(), t.lemma(), t.tag(), new Span(t.span().start() + by, t.span().end() + by)));
    }
    return new Sentence(index, new Span(span.start() + by, span.end() + by), text, moved, edges);
  }

  @Override
  public String toString() {
    return index + ":" + text;
  }
}
