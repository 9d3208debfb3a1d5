package org.armsledger.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.armsledger.lexicon.ActorEntry;
import org.armsledger.lexicon.Mention;
import org.armsledger.text.Dependency;

/**
 * Resolves what a frame leaves open: pronouns ("It sold", "supplying it"), definite descriptions
 * ("the group", "the country"), origin adjectives ("Iranian-made drones" names the supplier) and
 * implicit parties that the previous sentences make plain. Stateless; the document's memory is
 * passed in.
 */
final class Resolver {
  private static final Set<String> PERSON_PRONOUNS = Set.of("he", "him", "his", "she", "her");
  private static final Set<String> PREPOSITIONS =
      Set.of("of", "in", "with", "to", "for", "from", "by", "against", "on", "at", "about", "between", "into", "over", "under", "than", "like",
          "through", "via", "across", "toward", "towards", "within", "inside", "near", "after", "before", "during", "amid", "despite", "around", "beyond");
  private static final Set<String> GROUP_DESCRIPTIONS = Set.of("group", "militants", "militia", "rebels", "organization", "organisation", "movement");
  private static final Set<String> COMPANY_DESCRIPTIONS = Set.of("company", "firm", "manufacturer", "concern", "contractor");

  /** Resolves a party, or returns null when it cannot be resolved; {@code other} is excluded. */
  Party resolve(Party p, DocumentMemory memory, int sentenceIndex, ActorEntry other) {
    if (p.resolved()) {
      return p;
    }
    if (p.how().startsWith(FrameFinder.COMPASS)) {
      String prefix = p.how().substring(FrameFinder.COMPASS.length()) + " ";
      for (int i = memory.sentences.size() - 1; i >= 0; i--) {
        for (Mention m : memory.sentences.get(i).mentions()) {
          if (m.type() == Mention.Type.ACTOR && m.actor().isState() && m.actor().name().startsWith(prefix)
              && (other == null || !m.actor().id().equals(other.id()))) {
            return p.resolvedAs(m.actor(), "compass", m.lexiconId());
          }
        }
      }
      return null;
    }
    if (p.how().equals(FrameFinder.PERSON)) {
      ActorEntry a = memory.persons.get(p.text());
      return a == null || other != null && a.id().equals(other.id()) ? null : p.resolvedAs(a, "person", "actor:" + a.id());
    }
    if (p.how().startsWith(FrameFinder.NON_STATE_OF)) {
      ActorEntry g = memory.onlyGroupOf(p.how().substring(FrameFinder.NON_STATE_OF.length()));
      return g == null || other != null && g.id().equals(other.id()) ? null : p.resolvedAs(g, "group-of-state", "actor:" + g.id());
    }
    String w = p.text().toLowerCase(Locale.ROOT);
    if (w.equals("we") || w.equals("us") || w.equals("our")) {
      return null;
    }
    boolean person = PERSON_PRONOUNS.contains(w);
    boolean description = p.how().equals("description");
    java.util.function.Predicate<Mention> fits =
        m -> {
          if (m.type() != Mention.Type.ACTOR || (other != null && m.actor().id().equals(other.id()))) {
            return false;
          }
          if (person) {
            return m.form() == Mention.Form.LEADER;
          }
          if (m.form() == Mention.Form.DEMONYM || m.form() == Mention.Form.LEADER && !description) {
            return m.form() == Mention.Form.LEADER && !description;
          }
          if (description) {
            if (other != null && other.kind() == ActorEntry.Kind.COMPANY && m.actor().id().equals(other.state())) {
              return false; // "KAI signed a deal with the Defence Ministry": another state's ministry than the firm's own
            }
            if (GROUP_DESCRIPTIONS.contains(w)) {
              return m.actor().kind() == ActorEntry.Kind.GROUP;
            }
            if (COMPANY_DESCRIPTIONS.contains(w)) {
              return m.actor().kind() == ActorEntry.Kind.COMPANY;
            }
            return m.actor().isState();
          }
          return true;
        };
    // the same sentence, nearest before the pronoun
    List<DocumentMemory.Seen> seen = memory.sentences;
    DocumentMemory.Seen current = seen.isEmpty() ? null : seen.get(seen.size() - 1);
    Mention nearest = null;
    if (current != null && current.sentence().index() == sentenceIndex) {
      // the nearest subject-like mention before it ("Germany's parliament backed aid to Ukraine the
      // day it rejected ..." is Germany), else the nearest one
      List<Mention> ms = current.mentions();
      for (int k = ms.size() - 1; k >= 0; k--) {
        Mention m = ms.get(k);
        if (m.span().end() <= p.span().start() && fits.test(m)) {
          if (!afterPreposition(current, m) && !describesBefore(current, ms, k)) {
            return p.resolvedAs(m.actor(), "antecedent:" + m.text(), m.lexiconId());
          }
          if (nearest == null) {
            nearest = m;
          }
        }
      }
      boolean subjectPronoun = w.equals("it") || w.equals("they") || w.equals("he") || w.equals("she");
      if (nearest != null && !subjectPronoun) {
        return p.resolvedAs(nearest.actor(), "antecedent:" + nearest.text(), nearest.lexiconId());
      }
      // a subject pronoun ("..., it has begun using small boats") continues an earlier subject before
      // it takes a noun of a phrase in its own sentence ("to Lebanon through Syria")
    }
    // earlier sentences: the subject-like mention (not inside a prepositional phrase) first
    Mention earlierFallback = null;
    for (int i = seen.size() - 1; i >= 0 && i >= seen.size() - 4; i--) {
      DocumentMemory.Seen s = seen.get(i);
      if (s.sentence().index() >= sentenceIndex) {
        continue;
      }
      Mention fallback = null;
      for (Mention m : s.mentions()) {
        if (!fits.test(m)) {
          continue;
        }
        if (!afterPreposition(s, m)) {
          return p.resolvedAs(m.actor(), "antecedent:" + m.text(), m.lexiconId());
        }
        if (fallback == null) {
          fallback = m;
        }
      }
      if (fallback != null) {
        earlierFallback = fallback;
        break;
      }
    }
    Mention chosen = nearest != null ? nearest : earlierFallback;
    if (chosen == null && person && current != null && current.sentence().index() == sentenceIndex) {
      // "he had talks" with no leader named: the state the sentence is about
      for (Mention m : current.mentions()) {
        if (m.type() == Mention.Type.ACTOR && m.actor().isState() && m.form() != Mention.Form.DEMONYM
            && (other == null || !m.actor().id().equals(other.id())) && m.span().end() <= p.span().start() && !afterPreposition(current, m)) {
          chosen = m;
          break;
        }
      }
    }
    return chosen == null ? null : p.resolvedAs(chosen.actor(), "antecedent:" + chosen.text(), chosen.lexiconId());
  }

  private static boolean afterPreposition(DocumentMemory.Seen s, Mention m) {
    String before = s.sentence().text().substring(0, m.span().start() - s.sentence().span().start()).toLowerCase(Locale.ROOT);
    String trimmed = before.stripTrailing();
    if (trimmed.endsWith(",") || trimmed.endsWith(";") || trimmed.endsWith(":")) {
      return false; // "According to Tass, Belarus said": a new clause starts
    }
    String[] words = trimmed.split("[^\\p{L}']+");
    for (int k = words.length - 1; k >= 0 && k >= words.length - 2; k--) {
      if (PREPOSITIONS.contains(words[k])) {
        return true;
      }
      if (!DETERMINERS.contains(words[k])) {
        return false; // only a determiner may stand between the preposition and the name
      }
    }
    return false;
  }

  /**
   * True when mention {@code k} is the owner in an appositive that describes the actor named just
   * before it: "Hanwha Aerospace, South Korea's largest defence firm, says it ...": "it" is the firm.
   */
  private static boolean describesBefore(DocumentMemory.Seen s, List<Mention> ms, int k) {
    if (k == 0 || ms.get(k - 1).type() != Mention.Type.ACTOR) {
      return false;
    }
    int base = s.sentence().span().start();
    String text = s.sentence().text();
    Mention m = ms.get(k);
    String between = text.substring(Math.max(0, ms.get(k - 1).span().end() - base), Math.max(0, m.span().start() - base));
    String after = text.substring(Math.min(text.length(), m.span().end() - base));
    return between.matches("\\s*(\\([^)]*\\)\\s*)?,\\s*") && (after.startsWith("'s") || after.startsWith("’s"));
  }

  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her");

  /**
   * The state an origin adjective on the frame's items names ("Iranian ballistic missiles",
   * "Iran-sourced missiles", "Russian-manufactured Su-35"), or null.
   */
  Party origin(SentenceView v, Frame f) {
    return origin(v, f.items());
  }

  /** The state an origin adjective on these items names, or null. */
  Party origin(SentenceView v, List<ItemArg> items) {
    for (ItemArg item : items) {
      if (v.out(item.head()).stream().anyMatch(d -> d.relation().startsWith("acl") && CAPTURED.contains(v.lemma(d.dependent())))) {
        return null; // "French rifles seized in Libya were handed over to Sudan": whoever hands them on, not their maker
      }
    }
    for (ItemArg item : items) {
      if (items.size() > 1 && v.in(item.head()).stream().anyMatch(d -> d.relation().endsWith(":with"))) {
        continue; // "a submarine with a German-made engine": the part's origin is not the whole's
      }
      // parse: a demonym modifying the item, or a name under a participle modifying it
      for (Dependency d : v.out(item.head())) {
        Party p = originAt(v, d.dependent(), d.relation());
        if (p != null) {
          return p;
        }
        if (d.relation().startsWith("acl") && MADE_IN.contains(v.lemma(d.dependent()))) {
          // "The howitzers, made in South Korea, were shipped to Estonia"
          for (Dependency d2 : v.out(d.dependent())) {
            Mention m = v.mentionAt(d2.dependent());
            if (d2.relation().equals("obl:in") && m != null && m.type() == Mention.Type.ACTOR && m.actor().isState()) {
              return FrameFinder.party(m, "origin");
            }
          }
        }
        if (d.relation().equals("amod") || d.relation().equals("nmod:of") || d.relation().equals("compound")) {
          for (Dependency d2 : v.out(d.dependent())) {
            Party p2 = originAt(v, d2.dependent(), d2.relation());
            if (p2 != null) {
              return p2;
            }
          }
        }
      }
      // text: "<Demonym|Name>[-made|-built|...] [adjectives] item"
      String before = v.sentence.text().substring(0, item.span().start() - v.sentence.span().start());
      for (Mention m : v.mentions) {
        if (m.type() != Mention.Type.ACTOR || m.span().end() > item.span().start() || !m.actor().isState()) {
          continue;
        }
        String between = before.substring(m.span().end() - v.sentence.span().start());
        // the words between may be a designation ("Chinese-built Type 054A/P frigate")
        if (between.matches("(?i)(-?(made|built|manufactured|produced|sourced|supplied|designed|origin))?[\\s-]+([\\p{L}-]+\\s+){0,2}((?=\\S*\\p{L})(?=\\S*\\p{N})\\S+\\s+)?")
            && (m.form() == Mention.Form.DEMONYM || between.startsWith("-"))) {
          return FrameFinder.party(m, "origin");
        }
      }
    }
    return null;
  }

  /** Participles that say the items were taken from their owner. */
  private static final java.util.Set<String> CAPTURED =
      java.util.Set.of("seize", "capture", "confiscate", "loot", "steal", "intercept", "abandon", "recover");

  /** Participles of making whose in-phrase names where items come from: "made in South Korea". */
  private static final java.util.Set<String> MADE_IN = java.util.Set.of("make", "build", "manufacture", "produce", "assemble");

  private static Party originAt(SentenceView v, int t, String relation) {
    if (!(relation.equals("amod") || relation.equals("compound") || relation.equals("obl") || relation.equals("nmod:poss"))) {
      return null;
    }
    Mention m = v.mentionAt(t);
    if (m != null && m.type() == Mention.Type.ACTOR && m.actor().isState()
        && (m.form() == Mention.Form.DEMONYM || relation.equals("obl"))) {
      return FrameFinder.party(m, "origin");
    }
    return null;
  }

  /**
   * The party a previous claim or the document's usual pairing gives for the open role: the
   * supplier of {@code known} as recipient (or the recipient of {@code known} as supplier).
   */
  ActorEntry implicit(DocumentMemory memory, int sentenceIndex, ActorEntry known, boolean knownIsRecipient, List<ActorEntry> inSentence) {
    return implicit(memory, sentenceIndex, known, knownIsRecipient, inSentence, false);
  }

  /** As above; with {@code claimsOnly}, only a counterpart of a claim just made, never a co-occurring actor. */
  ActorEntry implicit(DocumentMemory memory, int sentenceIndex, ActorEntry known, boolean knownIsRecipient, List<ActorEntry> inSentence, boolean claimsOnly) {
    for (int i = memory.claims.size() - 1; i >= 0; i--) {
      DocumentMemory.Said c = memory.claims.get(i);
      if (c.sentence() < sentenceIndex - 3) {
        break;
      }
      ActorEntry same = knownIsRecipient ? c.recipient() : c.supplier();
      ActorEntry otherSide = knownIsRecipient ? c.supplier() : c.recipient();
      if (same.id().equals(known.id()) && !otherSide.id().equals(known.id())) {
        return otherSide;
      }
    }
    if (claimsOnly) {
      return null;
    }
    // the partner this actor is most often named with, if it is named here too or often before
    Map<String, ActorEntry> candidates = new HashMap<>();
    for (DocumentMemory.Seen s : memory.sentences) {
      for (Mention m : s.mentions()) {
        if (m.type() == Mention.Type.ACTOR && !m.actor().id().equals(known.id()) && m.form() != Mention.Form.DEMONYM) {
          candidates.putIfAbsent(m.actor().id(), m.actor());
        }
      }
    }
    ActorEntry best = null;
    int bestScore = 0;
    List<String> here = new ArrayList<>();
    inSentence.forEach(a -> here.add(a.id()));
    for (ActorEntry c : candidates.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).toList()) {
      int together = memory.together(known.id(), c.id());
      int score = together + (here.contains(c.id()) ? 1 : 0);
      boolean credible = here.contains(c.id()) ? together >= 2 : together >= 3;
      if (credible && score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }
}
