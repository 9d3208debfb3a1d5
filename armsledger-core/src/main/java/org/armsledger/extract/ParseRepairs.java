package org.armsledger.extract;

import java.util.ArrayList;
import java.util.List;
import org.armsledger.text.Dependency;
import org.armsledger.text.Sentence;
import org.armsledger.text.Token;

/**
 * Mends parser errors that hide a supply from the frames, where the error is recognisable from the
 * parse alone. Stateless.
 */
final class ParseRepairs {
  /** Verbs whose complement is a clause of its own. */
  private static final java.util.Set<String> REPORTING =
      java.util.Set.of("say", "report", "claim", "believe", "think", "know", "tell", "state", "add", "note", "confirm", "deny", "announce",
          "reveal", "show", "suggest", "indicate", "allege", "assert", "insist", "argue", "write", "warn", "estimate", "find", "learn", "hear", "see");

  private ParseRepairs() {}

  static Sentence repair(Sentence p) {
    return agentTo(reducedRelative(p));
  }

  /**
   * "The rifles were supplied by Belgian companies to the Dutch army": CoreNLP hangs the to-phrase on
   * the agent noun. A to-phrase on the by-agent of a passive verb that has no to-phrase of its own is
   * the verb's.
   */
  static Sentence agentTo(Sentence p) {
    List<Dependency> edges = p.edges();
    for (Dependency agent : edges) {
      if (!agent.relation().equals("obl:agent") || agent.governor() < 0) {
        continue;
      }
      int verb = agent.governor();
      if (p.children(verb).stream().anyMatch(d -> d.relation().equals("obl:to"))) {
        continue;
      }
      for (Dependency to : p.children(agent.dependent())) {
        if (to.relation().equals("nmod:to") && to.dependent() > agent.dependent()) {
          List<Dependency> mended = new ArrayList<>(edges.size());
          for (Dependency d : edges) {
            if (d != to) {
              mended.add(d);
            }
          }
          mended.add(new Dependency(verb, "obl:to", to.dependent()));
          return new Sentence(p.index(), p.span(), p.text(), p.tokens(), mended);
        }
      }
    }
    return p;
  }

  /**
   * "The U.S. has stopped the delivery of interceptors intended for Ukraine": CoreNLP often reads the
   * reduced relative as a clause of its own ("[the delivery] intended for Ukraine", the noun its
   * subject, hung on the verb by dep or ccomp), which leaves the verb without its object. When a
   * bare past participle of destination or use ("drones used by Russia"; no auxiliary, no marker) has a subject noun between it and
   * a verb left of both that has no object, the noun is that verb's object and the participle
   * modifies the noun.
   */
  static Sentence reducedRelative(Sentence p) {
    List<Dependency> edges = p.edges();
    for (Dependency subj : edges) {
      if (!subj.relation().equals("nsubj") || subj.governor() < 0) {
        continue;
      }
      int participle = subj.governor();
      int noun = subj.dependent();
      Token pt = p.token(participle);
      if (!pt.tag().equals("VBN") || !(FrameFinder.DESTINED.contains(pt.lemma()) || FrameFinder.USED.contains(pt.lemma())) || noun > participle || !p.token(noun).isNoun()) {
        continue;
      }
      boolean bare = p.children(participle).stream()
          .noneMatch(d -> d.relation().startsWith("aux") || d.relation().equals("cop") || d.relation().equals("mark") || d.relation().equals("obj"));
      Dependency hook = null;
      for (Dependency in : p.parents(participle)) {
        if (in.governor() >= 0 && in.governor() < noun && (in.relation().equals("dep") || in.relation().equals("ccomp") || in.relation().equals("xcomp"))
            && p.token(in.governor()).isVerb()) {
          hook = in;
        }
      }
      if (!bare || hook == null) {
        continue;
      }
      int verb = hook.governor();
      if (REPORTING.contains(p.token(verb).lemma()) || p.children(verb).stream().anyMatch(d -> d.relation().equals("obj"))) {
        // "officials said the shipment delivered to Kyiv [was late]": a clause after a reporting verb is one
        continue;
      }
      List<Dependency> mended = new ArrayList<>(edges.size());
      for (Dependency d : edges) {
        if (d == subj || d == hook) {
          continue;
        }
        mended.add(d);
      }
      mended.add(new Dependency(verb, "obj", noun));
      mended.add(new Dependency(noun, "acl", participle));
      return reducedRelative(new Sentence(p.index(), p.span(), p.text(), p.tokens(), mended));
    }
    return p;
  }
}
