package org.armsledger.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.armsledger.lexicon.Lexicon;
import org.armsledger.lexicon.Predicate;
import org.armsledger.text.Dependency;
import org.armsledger.text.Token;

/**
 * Status and negation of a frame, from its predicate, the modals on it, and the verbs, nouns and
 * adjectives that embed it ("is considering providing", "rejected Tehran's request", "concerned
 * that Russia will supply"), walking up the dependency graph until a reporting verb.
 *
 * <p>Stateless apart from the lexicon; safe to share between threads.
 */
final class StatusRules {
  /** Relations climbed from a predicate towards what embeds it. */
  private static final Set<String> CLIMB = Set.of("xcomp", "ccomp", "advcl", "acl", "obj", "obl", "nmod", "amod", "csubj", "dep", "nsubj:pass");
  private static final Set<String> ORDER_CHANGERS = Set.of("considered", "requested", "offered", "planned", "rejected", "denied", "halted", "agreed");

  private final Lexicon lexicon;

  StatusRules(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The result: status, negation and the cues that decided them. */
  record Result(String status, boolean negated, List<String> cues) {}

  Result status(SentenceView v, int t, Predicate p) {
    List<String> cues = new ArrayList<>();
    String status = p.status();
    boolean explicit = false;
    boolean negated = false;
    String own = modal(v, t);
    if (own != null) {
      status = combine(status, own);
      cues.add("modal:" + own);
    }
    negated |= negatedAt(v, t);
    int cur = t;
    int clauseHead = t;
    for (int hop = 0; hop < 7; hop++) {
      Dependency up = null;
      for (Dependency in : v.in(cur)) {
        if (CLIMB.contains(in.relation()) || CLIMB.contains(in.base())) {
          if (in.relation().equals("nsubj:pass") && !v.sentence.token(cur).isNoun()) {
            continue;
          }
          up = in;
          break;
        }
      }
      if (up == null) {
        break;
      }
      int g = up.governor();
      String lemma = v.lemma(g);
      String embed = lexicon.embedStatus(lemma);
      Predicate np = v.sentence.token(g).isNoun() ? lexicon.noun(lemma) : null;
      String report = lexicon.reportKind(lemma);
      if (embed != null && !("possible".equals(embed) && report != null)) {
        // an embedding verb or noun: the outer cue decides
        if (!(embed.equals("delivered") && !status.equals("delivered"))) {
          status = embed;
        }
        explicit |= ORDER_CHANGERS.contains(embed);
        cues.add("embed:" + lemma);
      } else if (np != null && np.frame() == Predicate.Frame.EXCHANGE && status.equals(p.status())) {
        status = "agreed";
        cues.add("deal:" + lemma);
      } else if (report != null) {
        if (report.equals("concern") && !explicit && !past(v, clauseHead)) {
          status = "possible";
          cues.add("concern:" + lemma);
        }
        break;
      }
      String m = modal(v, g);
      if (m != null) {
        status = combine(status, m);
        cues.add("modal:" + m + "@" + lemma);
      }
      if (conditional(v, cur)) {
        status = "possible";
        cues.add("conditional");
      }
      negated |= negatedAt(v, g) && embed == null;
      cur = g;
      clauseHead = g;
    }
    if (conditional(v, cur)) {
      status = "possible";
      cues.add("conditional");
    }
    if (status.equals("rejected") || status.equals("denied") || status.equals("halted")) {
      negated = false;
    }
    return new Result(status, negated, cues);
  }

  /** A modal's effect: "could" makes anything possible; "will" makes a plain supply planned. */
  private static String combine(String status, String modal) {
    if (modal.equals("possible")) {
      return "possible";
    }
    if (modal.equals("planned") && status.equals("delivered")) {
      return "planned";
    }
    return status;
  }

  private String modal(SentenceView v, int t) {
    String out = null;
    for (Dependency d : v.out(t)) {
      if (!(d.relation().equals("aux") || d.relation().equals("advmod") || d.relation().equals("amod"))) {
        continue;
      }
      String s = lexicon.modalStatus(v.word(d.dependent()));
      if (s != null && (out == null || s.equals("possible"))) {
        out = s;
      }
    }
    return out;
  }

  private boolean negatedAt(SentenceView v, int t) {
    for (Dependency d : v.out(t)) {
      if ((d.relation().equals("advmod") || d.relation().equals("aux") || d.relation().equals("det") || d.relation().equals("cc:preconj"))
          && lexicon.isNegation(v.word(d.dependent()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean conditional(SentenceView v, int t) {
    for (Dependency d : v.out(t)) {
      if (d.relation().equals("mark")) {
        String w = v.lemma(d.dependent());
        if (w.equals("if") || w.equals("whether") || w.equals("unless")) {
          return true;
        }
      }
    }
    return false;
  }

  /** A clause in the past (warned that technicians traveled): a concern about it does not make it possible. */
  private static boolean past(SentenceView v, int t) {
    Token tok = v.sentence.token(t);
    if (tok.tag().equals("VBD")) {
      return true;
    }
    for (Dependency d : v.out(t)) {
      if (d.relation().startsWith("aux")) {
        String w = v.lemma(d.dependent());
        if (w.equals("will") || w.equals("could") || w.equals("may") || w.equals("might") || w.equals("would")) {
          return false;
        }
        if (w.equals("have") && tok.tag().equals("VBN") || v.sentence.token(d.dependent()).tag().equals("VBD")) {
          return true;
        }
      }
    }
    return false;
  }
}
