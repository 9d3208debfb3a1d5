package org.armsledger.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.armsledger.attribution.Quote;
import org.armsledger.attribution.SourceKinds;
import org.armsledger.claim.Source;
import org.armsledger.lexicon.ActorEntry;
import org.armsledger.lexicon.Lexicon;
import org.armsledger.lexicon.Mention;
import org.armsledger.text.Dependency;
import org.armsledger.text.Token;

/**
 * Who a claim comes from: the subject of a reporting verb that embeds the supply ("Reuters
 * reported that", "US warns"), "according to X", "X, citing Y" chains, the speaker of a quotation
 * the sentence stands in, a party's own admission or denial; the author when nobody is cited.
 * Stateless apart from the lexicon; the document's memory is passed in.
 */
final class Attributor {
  private static final Set<String> SPEAKER_NP = Set.of("compound", "amod", "nummod", "det", "nmod:poss", "flat", "case", "conj:and", "cc", "advmod");
  private static final Set<String> PARTY_VERBS = Set.of("deny", "admit", "acknowledge", "own", "announce", "confirm", "claim");
  /** Verbs of accusing: without an object their subject is the accused, not the accuser. */
  private static final Set<String> ACCUSE = Set.of("accuse", "blame", "suspect", "charge");
  /** Verbs whose passive ("is said to", "is believed to") hides who says it. */
  private static final Set<String> HEARSAY =
      Set.of("say", "report", "believe", "think", "allege", "rumour", "rumor", "understand", "claim", "know", "expect", "suspect", "estimate", "consider");
  private static final Set<String> VAGUE = Set.of("information", "intelligence", "report", "reports", "data", "evidence", "this", "that", "it", "which", "what",
      "analysis", "study", "statement", "assessment", "investigation", "documents", "document");

  /** Nouns for a body that compiles or publishes what is reported: "data compiled by an independent institute". */
  private static final Set<String> ORGANISATIONS = Set.of("institute", "institution", "organisation", "organization", "group", "centre", "center",
      "agency", "monitor", "watchdog", "body", "consultancy", "firm", "researcher", "university", "laboratory", "observatory");

  private final Lexicon lexicon;
  private final SourceKinds kinds;
  private final org.armsledger.lexicon.Gazetteer gazetteer;

  Attributor(Lexicon lexicon) {
    this.lexicon = lexicon;
    this.kinds = new SourceKinds(lexicon.sourceKinds());
    this.gazetteer = new org.armsledger.lexicon.Gazetteer(lexicon);
  }

  /** The states or groups a quoted speaker's words name ("Belarusian defence ministry spokesman Ivan Petrov": Belarus). */
  private List<ActorEntry> actorsNamed(String who, List<ActorEntry> otherwise) {
    if (!otherwise.isEmpty() || who == null) {
      return otherwise;
    }
    List<ActorEntry> out = new ArrayList<>();
    for (Mention m : gazetteer.find(who, 0)) {
      if (m.type() == Mention.Type.ACTOR && !out.contains(m.actor())) {
        out.add(m.actor());
      }
    }
    return out;
  }

  /** A speaker found for a sentence: its words and where the attribution stands. */
  record Speaker(String name, String text, List<String> chain, boolean person, List<ActorEntry> actors) {}

  Speaker speaker(SentenceView v, int predicate, List<Quote> quotes, DocumentMemory memory) {
    Speaker acting = speechActSubject(v, predicate, memory);
    if (acting != null) {
      return acting;
    }
    if (v.sentence.token(predicate).isNoun()) {
      // "weapons transfers it said Moscow had made to Armenia": the noun's relative clause says who reports it
      for (int r : v.children(predicate, "acl:relcl")) {
        if (v.sentence.token(r).isVerb() && lexicon.reportKind(v.lemma(r)) != null && !v.children(r, "ccomp").isEmpty()) {
          for (int subj : v.children(r, "nsubj")) {
            if (v.sentence.token(subj).isPronoun()) {
              // "Azerbaijan made a protest over weapons transfers it said ...": "it" is the subject before
              for (Dependency d : v.sentence.edges()) {
                Mention m = v.mentionAt(d.dependent());
                if (d.relation().equals("nsubj") && d.dependent() < subj && m != null && m.type() == Mention.Type.ACTOR) {
                  subj = d.dependent();
                }
              }
            }
            Speaker sp = np(v, subj, memory, v.word(r));
            if (sp != null) {
              return sp;
            }
          }
        }
      }
    }
    // reporting verbs above the predicate
    int cur = predicate;
    Set<Integer> visited = new HashSet<>();
    List<Integer> deferred = new ArrayList<>();
    for (int hop = 0; hop < 8 && visited.add(cur); hop++) {
      // "US officials said that ..., according to The Guardian": the officials said it, the paper reports them
      boolean saidBySubject = cur != predicate && lexicon.reportKind(v.lemma(cur)) != null && !v.children(cur, "nsubj").isEmpty();
      for (int acc : saidBySubject ? List.<Integer>of() : accordingTo(v, cur)) {
        // ... or the parser hung the trailing according-to on the clause the officials said
        Dependency up = firstParent(v, cur);
        boolean trailing = acc > cur && up != null && up.relation().equals("ccomp") && lexicon.reportKind(v.lemma(up.governor())) != null
            && !v.children(up.governor(), "nsubj").isEmpty();
        if (trailing) {
          deferred.add(acc);
          continue;
        }
        Speaker s = np(v, acc, memory, "according to");
        if (s != null) {
          return s;
        }
      }
      // "..., the ministry said": the reporting verb parsed as parataxis below the clause
      for (Dependency d : v.out(cur)) {
        boolean below = d.relation().equals("parataxis") || d.relation().equals("dep");
        if (below && lexicon.reportKind(v.lemma(d.dependent())) != null) {
          for (int s : v.children(d.dependent(), "nsubj")) {
            Speaker sp = np(v, s, memory, v.word(d.dependent()));
            if (sp != null) {
              return withCitations(v, d.dependent(), sp, memory);
            }
          }
          // "..., Defense Minister Aleksandar Vulin said on Sunday", the speaker parsed as an apposition before the verb
          Speaker sp = appositionBefore(v, d.dependent(), memory);
          if (sp != null) {
            return withCitations(v, d.dependent(), sp, memory);
          }
        }
      }
      String lemma = v.lemma(cur);
      // "Kanani rejected US allegations that Iranian personnel are in Crimea to help Moscow": who dismisses the allegation speaks
      boolean dismissing = DISMISSING.contains(lemma) && v.children(cur, "obj").stream().anyMatch(o -> ALLEGATION_NOUNS.contains(v.lemma(o)));
      // "Seoul and Washington have voiced worries about possible Russian transfers": who voices the worry speaks
      boolean voicing = VOICING.contains(lemma) && v.children(cur, "obj").stream().anyMatch(o -> WORRIES.contains(v.lemma(o)));
      boolean reporting = cur != predicate && (lexicon.reportKind(lemma) != null || PARTY_VERBS.contains(lemma) || dismissing || voicing);
      if (reporting && v.out(cur).stream().anyMatch(d -> d.relation().equals("compound:prt") && v.lemma(d.dependent()).equalsIgnoreCase("off"))) {
        reporting = false; // "the navy showed off newly acquired corvettes" shows them, it says nothing
      }
      if (reporting && ACCUSE.contains(lemma) && v.children(cur, "obj").isEmpty()) {
        reporting = false; // "Eritrea accused of sending arms" (a headline's passive): the subject is the accused
      }
      if (reporting) {
        List<Integer> subj = v.children(cur, "nsubj");
        boolean passive = HEARSAY.contains(lemma) && v.out(cur).stream().anyMatch(d -> d.relation().equals("aux:pass"));
        if (subj.isEmpty() && !passive) {
          subj = v.children(cur, "nsubj:pass");
        }
        if (passive && subj.isEmpty()) {
          // "Iran is said to be supporting Russia": the subject is what is said, not who says it
          Dependency up = firstParent(v, cur);
          if (up == null) {
            break;
          }
          cur = up.governor();
          continue;
        }
        if (subj.isEmpty() && !passive && cur > 0 && v.sentence.token(cur - 1).isNoun()) {
          // "On Wednesday Russia's defense ministry denied ...", the subject parsed as the on-phrase:
          // the noun phrase ending right before the verb and hung on it is who speaks
          int before = cur - 1;
          int verb = cur;
          if (v.in(before).stream().anyMatch(d -> d.governor() == verb && d.relation().startsWith("obl"))) {
            subj = List.of(before);
          }
        }
        int at = cur;
        for (int k = 0; subj.isEmpty() && k < 3; k++) {
          Dependency up = firstParent(v, at);
          if (up == null) {
            break;
          }
          at = up.governor();
          boolean reporter = lexicon.reportKind(v.lemma(at)) != null;
          if (up.relation().equals("dep") && !reporter) {
            break; // "..., adding that ...": the subject of the clause reported on is not the speaker
          }
          subj = v.children(at, "nsubj");
          if (subj.isEmpty() && reporter) {
            Speaker sp = appositionBefore(v, at, memory); // "..., Defense Minister Aleksandar Vulin said, adding that ..."
            if (sp != null) {
              return withCitations(v, at, sp, memory);
            }
          }
        }
        for (int s : subj) {
          Speaker sp = np(v, s, memory, v.word(cur));
          if (sp != null) {
            return withAccordingTo(v, FrameFinder.concat(accordingTo(v, cur), deferred), withCitations(v, cur, sp, memory), memory);
          }
        }
      }
      for (Dependency as : v.out(cur)) {
        // "As Vucic explained at the show, he is negotiating ...": the as-clause's speaker
        boolean asClause = as.relation().startsWith("advcl") && lexicon.reportKind(v.lemma(as.dependent())) != null
            && v.out(as.dependent()).stream().anyMatch(m -> m.relation().equals("mark") && v.lemma(m.dependent()).equalsIgnoreCase("as"));
        if (asClause) {
          for (int s : v.children(as.dependent(), "nsubj")) {
            Speaker sp = np(v, s, memory, v.word(as.dependent()));
            if (sp != null) {
              return sp;
            }
          }
        }
      }
      Dependency up = firstParent(v, cur);
      if (up == null && cur == predicate && v.sentence.token(cur).isNoun()) {
        // "Analysts say the arrival of the drones is expected to boost the army": a supply noun as the
        // subject is reported as its clause is
        up = v.in(cur).stream().filter(d -> d.relation().startsWith("nsubj") && d.governor() >= 0).findFirst().orElse(null);
      }
      if (up == null) {
        break;
      }
      cur = up.governor();
    }
    // "according to" hung anywhere in the sentence ("..., with a value of EUR 3.1 billion, according to a statement by Saab")
    for (Dependency d : v.sentence.edges()) {
      if (d.relation().endsWith(":according_to")) {
        Speaker sp = np(v, d.dependent(), memory, "according to");
        if (sp == null) {
          for (Dependency by : v.out(d.dependent())) {
            if (by.relation().equals("nmod:by") || by.relation().equals("nmod:from") || by.relation().equals("nmod:of")) {
              sp = np(v, by.dependent(), memory, "according to");
              if (sp != null) {
                break;
              }
            }
          }
        }
        if (sp != null) {
          return sp;
        }
      }
    }
    // a trailing "..., the Pentagon said." the parser hung somewhere else (on a noun, as dep)
    for (Dependency d : v.sentence.edges()) {
      int r = d.dependent();
      boolean trailing = (d.relation().equals("dep") || d.relation().equals("parataxis")) && r > predicate
          && lexicon.reportKind(v.lemma(r)) != null && v.sentence.token(r).isVerb();
      if (trailing) {
        for (int subj : v.children(r, "nsubj")) {
          Speaker sp = np(v, subj, memory, v.word(r));
          if (sp != null) {
            return withCitations(v, r, sp, memory);
          }
        }
      }
    }
    // "..., Russia's Kommersant newspaper reported on Thursday." with the parser lost in a dateline:
    // the noun phrase between the last comma and a closing reporting verb is who speaks
    Speaker closing = closingSpeaker(v, predicate, memory);
    if (closing != null) {
      return closing;
    }
    // a quotation the predicate stands in
    int offset = v.sentence.token(predicate).span().start();
    for (Quote q : quotes) {
      if (q.span().start() <= offset && offset < q.span().end() && q.speaker() != null) {
        String who = resolvePronoun(q.speaker(), memory);
        return new Speaker(who, q.attribution(), List.of(), true, actorsNamed(who, pronounActors(q.speaker(), who, memory)));
      }
    }
    return null;
  }

  private Speaker closingSpeaker(SentenceView v, int predicate, DocumentMemory memory) {
    int n = v.sentence.tokens().size();
    for (int r0 = n - 1; r0 > predicate + 1; r0--) {
      if (!v.sentence.token(r0).isVerb() || lexicon.reportKind(v.lemma(r0)) == null) {
        continue;
      }
      // ", the State Department and Pentagon have announced": step back over the auxiliaries
      int r = r0;
      while (r - 1 > predicate + 1 && Set.of("have", "has", "had").contains(v.word(r - 1).toLowerCase(Locale.ROOT))) {
        r--;
      }
      if (!v.sentence.token(r - 1).isNoun()) {
        continue;
      }
      // a parenthetical ", Seoul's defense ministry said, marking ...": the verb closes the sentence or a comma follows it
      // (within a time phrase: "said on Friday,")
      boolean closes = r0 >= n - 6 && r0 + 1 < n && !v.sentence.token(r0 + 1).isVerb() || r0 + 1 >= n;
      for (int k = r0 + 1; k < Math.min(n, r0 + 5) && !closes; k++) {
        closes = v.word(k).equals(",");
      }
      if (!closes) {
        continue;
      }
      // the phrase before the verb runs back to a comma, within a few words
      int start = r - 1;
      while (start > predicate && start > r - 7 && !v.word(start - 1).equals(",")) {
        start--;
      }
      if (start <= predicate || !v.word(start - 1).equals(",")) {
        return null;
      }
      // its head: the noun whose governor lies outside the phrase ("a French source close to the matter told")
      int head = r - 1;
      final int lo = start;
      final int hi = r;
      for (int k = start; k < r; k++) {
        boolean outside = v.in(k).stream().anyMatch(d -> d.governor() < lo || d.governor() >= hi);
        if (v.sentence.token(k).isNoun() && outside) {
          head = k;
          break;
        }
      }
      Speaker sp = np(v, head, memory, v.word(r0));
      if (sp == null && head != r - 1) {
        sp = np(v, r - 1, memory, v.word(r0));
      }
      return sp;
    }
    return null;
  }

  /** A proper-noun phrase attached as an apposition just before a reporting verb. */
  private Speaker appositionBefore(SentenceView v, int verb, DocumentMemory memory) {
    for (Dependency d : v.sentence.edges()) {
      if (d.relation().equals("appos") && d.dependent() < verb && verb - d.dependent() <= 2 && v.sentence.token(d.dependent()).tag().startsWith("NNP")) {
        return np(v, d.dependent(), memory, v.word(verb));
      }
    }
    return null;
  }

  private static Dependency firstParent(SentenceView v, int t) {
    for (Dependency in : v.in(t)) {
      String r = in.relation();
      if (!r.startsWith("nsubj") && !r.equals("root") && !r.startsWith("conj")) {
        return in;
      }
    }
    // "the package includes ammunition and brings the total to $18 billion, the Pentagon said":
    // a coordinated clause is reported as its first conjunct is
    for (Dependency in : v.in(t)) {
      if (in.relation().startsWith("conj") && in.governor() >= 0 && v.sentence.token(in.governor()).isVerb() && v.sentence.token(t).isVerb()) {
        return in;
      }
    }
    return null;
  }

  private static List<Integer> accordingTo(SentenceView v, int t) {
    List<Integer> out = new ArrayList<>();
    for (Dependency d : v.out(t)) {
      if (d.relation().endsWith(":according_to")) {
        out.add(d.dependent());
      }
    }
    return out;
  }

  /** The speaker with the sources an according-to on its reporting verb names, outermost first, in its chain. */
  private Speaker withAccordingTo(SentenceView v, List<Integer> according, Speaker sp, DocumentMemory memory) {
    List<String> outer = new ArrayList<>();
    for (int acc : according) {
      Speaker s = np(v, acc, memory, "according to");
      if (s != null) {
        outer.add(s.name());
      }
    }
    if (outer.isEmpty()) {
      return sp;
    }
    List<String> chain = new ArrayList<>(outer);
    chain.addAll(sp.chain().isEmpty() ? List.of(sp.name()) : sp.chain());
    return new Speaker(sp.name(), sp.text(), chain, sp.person(), sp.actors());
  }

  /** Verbs by which a source names its own source: "Reuters, citing six sources", "the FT, quoting people familiar". */
  private static final Set<String> CITING = Set.of("cite", "quote");

  private Speaker withCitations(SentenceView v, int verb, Speaker sp, DocumentMemory memory) {
    List<String> chain = new ArrayList<>();
    for (Dependency d : v.out(verb)) {
      if (CITING.contains(v.lemma(d.dependent())) && (d.base().equals("advcl") || d.base().equals("xcomp") || d.base().equals("dep"))) {
        for (int o : v.children(d.dependent(), "obj")) {
          Speaker cited = np(v, o, memory, "citing");
          if (cited != null) {
            chain.add(cited.name());
          }
        }
      }
    }
    // "Kyodo News reported, citing government sources": CoreNLP may read the gerund as an adjective of
    // the cited noun, and that noun as the reporting verb's object
    for (int o : chain.isEmpty() ? v.children(verb, "obj") : List.<Integer>of()) {
      if (v.children(o, "amod").stream().anyMatch(a -> CITING.contains(v.lemma(a)) && v.sentence.token(a).tag().equals("VBG"))) {
        Speaker cited = np(v, o, memory, "citing");
        if (cited != null && cited.name() != null) {
          chain.add(cited.name().replaceFirst("(?i)^(citing|quoting)\\s+", ""));
        }
      }
    }
    // "Reuters news agency, citing six separate sources, reported": the citation may hang on the subject
    if (chain.isEmpty()) {
      for (int s : v.children(verb, "nsubj")) {
        for (Dependency d : v.out(s)) {
          if (CITING.contains(v.lemma(d.dependent()))) {
            for (int o : v.children(d.dependent(), "obj")) {
              Speaker cited = np(v, o, memory, "citing");
              if (cited != null) {
                chain.add(cited.name());
              }
            }
          }
        }
      }
    }
    if (chain.isEmpty()) {
      return sp;
    }
    chain.add(0, sp.name());
    return new Speaker(sp.name(), sp.text(), chain, sp.person(), sp.actors());
  }

  /** The speaker noun phrase headed by {@code head}, or null when it is not a plausible speaker. */
  private Speaker np(SentenceView v, int head, DocumentMemory memory, String verb) {
    Token h = v.sentence.token(head);
    String w = h.text().toLowerCase(Locale.ROOT);
    boolean owned = v.children(head, "amod", "compound", "nmod:poss").stream()
        .anyMatch(c -> v.mentionAt(c) != null && v.mentionAt(c).type() == Mention.Type.ACTOR);
    if (VAGUE.contains(w) && !owned && !h.tag().equals("WDT")) {
      // "the WSJ report", "Sipri's analysis", "a report by Amnesty": the named owner speaks
      for (Dependency d : v.out(head)) {
        boolean named = d.relation().equals("compound") || d.relation().equals("nmod:poss") || d.relation().equals("nmod:by") || d.relation().equals("nmod:from");
        if (named && v.sentence.token(d.dependent()).tag().startsWith("NNP")) {
          return np(v, d.dependent(), memory, verb);
        }
        if (d.relation().startsWith("acl")) {
          // "a report published by The Wall Street Journal": who published it
          for (Dependency by : v.out(d.dependent())) {
            boolean agent = by.relation().equals("obl:agent") || by.relation().equals("obl:by");
            // "data compiled by an independent institute": an organisation named by its kind speaks too
            boolean body = ORGANISATIONS.contains(v.lemma(by.dependent()).toLowerCase(Locale.ROOT));
            if (agent && (v.sentence.token(by.dependent()).tag().startsWith("NNP") || body)) {
              return np(v, by.dependent(), memory, verb);
            }
          }
        }
      }
    }
    if (w.equals("it") && memory.lastSpeaker != null && !memory.lastSpeaker.equals(memory.lastPersonSpeaker)) {
      // "The Ministry statement said ... It stresses that ...": the organisation or text that spoke last
      return new Speaker(memory.lastSpeaker, h.text() + " " + verb, List.of(), false, memory.lastSpeakerActors);
    }
    if (VAGUE.contains(w) && !owned || h.tag().equals("WDT")) {
      return null; // "intelligence reported" is vague; "Ukrainian intelligence reported" is a source
    }
    if (h.isPronoun()) {
      String who = resolvePronoun(h.text(), memory);
      return new Speaker(who, h.text() + " " + verb, List.of(), true, pronounActors(h.text(), who, memory));
    }
    TreeSet<Integer> toks = new TreeSet<>();
    collect(v, head, toks, 0);
    if (BODIES.contains(v.lemma(head).toLowerCase(Locale.ROOT))) {
      for (int of : v.childrenLike(head, "nmod:of")) {
        collect(v, of, toks, 1); // "a panel of UN experts", "a group of analysts": the body by whom it is made of
      }
    }
    for (int t = head - 1; t > toks.first(); t--) {
      if (v.sentence.token(t).text().equals(",")) {
        // "a deal worth about $700 million, two people familiar with the matter said", the amount
        // misread as the speaker's modifier: the speaker starts after the last comma before its head,
        // unless what is before it names someone ("Ivan Petrov, a spokesman, said")
        boolean names = false;
        for (int x : toks.headSet(t, false)) {
          names |= v.sentence.token(x).tag().startsWith("NNP") || v.mentionAt(x) != null;
        }
        if (!names) {
          toks.headSet(t, true).clear();
        }
        break;
      }
    }
    String text = v.sentence.textOf(toks.first(), toks.last());
    List<ActorEntry> actors = new ArrayList<>();
    boolean person = false;
    for (int t : toks) {
      Mention m = v.mentionAt(t);
      if (m != null && m.type() == Mention.Type.ACTOR) {
        if (!actors.contains(m.actor())) {
          actors.add(m.actor());
        }
        person |= m.form() == Mention.Form.LEADER;
      } else if (v.sentence.token(t).tag().equals("NNP") && m == null && !isSourceCue(v.word(t))) {
        person = true;
      }
    }
    if (actors.isEmpty() && memory.persons.containsKey(h.text())) {
      actors.add(memory.persons.get(h.text())); // "Ahn", introduced as "Korean Defense Minister Ahn Gyu-back"
      person = true;
    }
    if (actors.isEmpty() && lexicon.isInstitutionNoun(w)) {
      // "The Ministry said", after "the Eritrean Ministry of Foreign Affairs": the institution named before
      ActorEntry named = institutionBefore(w, memory);
      if (named != null) {
        actors.add(named);
      }
    }
    // "Turkey's defence minister", "a Pentagon spokesperson": a person by title, a later "he" or "she"
    person |= PERSON_TITLES.contains(v.lemma(head).toLowerCase(Locale.ROOT));
    if (text.contains("-based ")) {
      // "Tel Aviv-based Yedioth Ahronoth": a paper or firm by where it is based, neither a person nor
      // speaking for the state it is based in
      person = false;
      actors.clear();
    }
    boolean plausible = person || !actors.isEmpty() || h.tag().startsWith("NNP") || kinds.kind(text, "", false) != null;
    if (!plausible) {
      return null;
    }
    String name = stripDeterminer(text);
    String titled = nameAfterTitle(v, head);
    if (titled == null && v.mentionAt(head) != null && v.mentionAt(head).form() == Mention.Form.LEADER && toks.first() < head) {
      // "France's President Emmanuel Macron announced": the leader's name, without the title before it
      // the name is the leader's mention ("Secretary of State Antony Blinken" is "Antony Blinken")
      Mention leader = v.mentionAt(head);
      int left = head;
      while (left - 1 >= toks.first() && v.mentionAt(left - 1) == leader) {
        left--;
      }
      if (left > toks.first()) {
        titled = v.sentence.textOf(left, head);
      }
    }
    if (titled != null) {
      name = titled; // "Head of Russia's Federal Service for Military and Technical Cooperation Dmitry Shugayev said"
      person = true;
    }
    if (person) {
      memory.lastPersonSpeaker = name;
      memory.lastPersonActors = List.copyOf(actors);
    }
    memory.lastSpeaker = name;
    memory.lastSpeakerActors = List.copyOf(actors);
    // remember how a named person was described, for later bare references ("Usher added")
    String description = describe(v, head, text);
    String kind = kinds.kind(description, v.sentence.text(), person);
    String surname = h.text();
    if (kind != null && person) {
      memory.speakers.putIfAbsent(surname, new String[] {name, kind});
    }
    return new Speaker(name, text + " " + verb, List.of(), person, actors);
  }

  /** Nouns for a body named by its members. */
  private static final Set<String> BODIES = Set.of("panel", "group", "team", "committee", "board", "commission", "council", "coalition");

  /** Nouns that name a person by office or trade. */
  private static final Set<String> PERSON_TITLES = Set.of("minister", "president", "spokesperson", "spokesman", "spokeswoman", "official",
      "ambassador", "general", "secretary", "adviser", "advisor", "commander", "envoy", "diplomat", "premier", "chancellor", "king", "prince",
      "emir", "leader", "director", "analyst", "expert", "researcher", "senator", "lawmaker", "congressman", "congresswoman", "colonel",
      "admiral", "governor", "mayor", "attaché", "attache", "negotiator", "counterpart", "chief");

  /** The actor of the latest "<demonym or name> <institution>" mention with this institution noun in the last sentences, or null. */
  private static ActorEntry institutionBefore(String noun, DocumentMemory memory) {
    List<DocumentMemory.Seen> seen = memory.sentences;
    for (int i = seen.size() - 1; i >= 0 && i >= seen.size() - 6; i--) {
      List<Mention> ms = seen.get(i).mentions();
      for (int k = ms.size() - 1; k >= 0; k--) {
        Mention m = ms.get(k);
        if (m.type() == Mention.Type.ACTOR && m.form() == Mention.Form.INSTITUTION && (" " + m.text().toLowerCase(Locale.ROOT) + " ").contains(" " + noun + " ")) {
          return m.actor();
        }
      }
    }
    return null;
  }

  /** Verbs of voicing, and the worries they voice. */
  private static final Set<String> VOICING = Set.of("voice", "express", "raise", "air");
  private static final Set<String> WORRIES = Set.of("concern", "worry", "fear", "alarm", "suspicion", "doubt");
  /** Verbs of dismissing, and the nouns of allegation they dismiss. */
  private static final Set<String> DISMISSING = Set.of("reject", "dismiss", "refute", "rebuff", "deny");
  private static final Set<String> ALLEGATION_NOUNS = Set.of("allegation", "accusation", "claim", "report", "charge", "suggestion");

  /** Predicates that are themselves said: whoever pledges, promises or offers is the source. */
  private static final Set<String> SPEECH_ACTS = Set.of("pledge", "promise", "vow", "offer", "propose", "announce", "confirm", "deny", "request");

  /**
   * "Ahn pledged support and training for Poland": a person who pledges, promises, offers or
   * announces the supply says it, and is its source (a person only: "Russia pledged" has none).
   */
  private Speaker speechActSubject(SentenceView v, int predicate, DocumentMemory memory) {
    if (!v.sentence.token(predicate).isVerb() || !SPEECH_ACTS.contains(v.lemma(predicate))) {
      return null;
    }
    for (int subj : v.children(predicate, "nsubj")) {
      Mention m = v.mentionAt(subj);
      boolean person = m != null ? m.type() == Mention.Type.ACTOR && m.form() == Mention.Form.LEADER
          : v.sentence.token(subj).tag().equals("NNP") && memory.persons.containsKey(v.word(subj))
              || PERSON_TITLES.contains(v.lemma(subj).toLowerCase(Locale.ROOT));
      if (person) {
        return np(v, subj, memory, v.word(predicate));
      }
    }
    return null;
  }

  /** Words of an organisation's name, never of a person's. */
  private static final Set<String> ORG_WORDS = Set.of("service", "ministry", "agency", "cooperation", "department", "office", "council", "committee",
      "corporation", "company", "group", "institute", "force", "forces", "army", "navy", "command", "administration", "bureau", "directorate",
      "commission", "authority", "staff", "corps", "organization", "organisation", "industries", "systems", "federation", "union", "republic");

  /**
   * The person's name at the end of a title's phrase: "Head of Russia's Federal Service for Military
   * and Technical Cooperation Dmitry Shugayev", where the parser hangs the name inside the title's
   * phrase. Two or more capitalised words at its right edge that name no actor, item or organisation.
   */
  private String nameAfterTitle(SentenceView v, int head) {
    String lemma = v.lemma(head).toLowerCase(Locale.ROOT);
    if (!PERSON_TITLES.contains(lemma) && !lemma.equals("head")) {
      return null;
    }
    List<Integer> toks = v.subtree(head, Set.of("punct", "acl:relcl", "acl", "ccomp", "parataxis", "appos"));
    int right = toks.stream().mapToInt(Integer::intValue).max().orElse(head);
    int left = right;
    while (left > head && nameWord(v, left)) {
      left--;
    }
    if (right - left < 2 || !toks.contains(left + 1)) {
      return null;
    }
    return v.sentence.textOf(left + 1, right);
  }

  /**
   * True for a word of a person's name: a proper noun that is no organisation word or source cue and
   * no mention but a leader's ("Turkey's President Recep Tayyip Erdogan": a leader's own name is a name too).
   */
  private boolean nameWord(SentenceView v, int t) {
    Mention m = v.mentionAt(t);
    return v.sentence.token(t).tag().equals("NNP") && (m == null || m.form() == Mention.Form.LEADER)
        && !ORG_WORDS.contains(v.word(t).toLowerCase(Locale.ROOT)) && !isSourceCue(v.word(t));
  }

  private boolean isSourceCue(String word) {
    return lexicon.sourceKinds().containsKey(word.toLowerCase(Locale.ROOT));
  }

  private static String describe(SentenceView v, int head, String text) {
    StringBuilder b = new StringBuilder(text);
    for (int a : v.children(head, "appos")) {
      TreeSet<Integer> toks = new TreeSet<>(v.subtree(a, Set.of("punct", "acl:relcl")));
      b.append(' ').append(v.sentence.textOf(toks.first(), toks.last()));
    }
    return b.toString();
  }

  private static void collect(SentenceView v, int t, TreeSet<Integer> toks, int depth) {
    toks.add(t);
    if (depth > 3) {
      return;
    }
    for (Dependency d : v.out(t)) {
      if (SPEAKER_NP.contains(d.relation()) && d.dependent() < t + 8 && d.dependent() > t - 12) {
        if (d.relation().equals("case") && !v.word(d.dependent()).startsWith("'")) {
          continue;
        }
        collect(v, d.dependent(), toks, depth + 1);
      }
    }
  }

  private static String stripDeterminer(String s) {
    // a weekday the parser took into the phrase ("On Wednesday Russia's defense ministry denied") is not part of the name
    return s.replaceFirst("^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\s+(?=\\p{Lu})", "").replaceFirst("(?i)^(the|these|those)\\s+", "");
  }

  /** Whom a "he" or "she" resolved to the last named person speaks for. */
  private static List<ActorEntry> pronounActors(String pronoun, String resolved, DocumentMemory memory) {
    String w = pronoun.toLowerCase(Locale.ROOT);
    boolean person = w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her");
    return person && resolved != null && resolved.equals(memory.lastPersonSpeaker) ? memory.lastPersonActors : List.of();
  }

  private static String resolvePronoun(String who, DocumentMemory memory) {
    String w = who.toLowerCase(Locale.ROOT);
    boolean personal = w.equals("he") || w.equals("she") || w.equals("him") || w.equals("her");
    if (personal && memory.lastPersonSpeaker != null) {
      return memory.lastPersonSpeaker;
    }
    if (personal) {
      // no one has spoken yet: "Foreign Minister Dmytro Kuleba expressed his government's desire ... He
      // also revealed ...": the leader named last in the sentences just before
      Mention leader = memory.recent(3, m -> m.type() == Mention.Type.ACTOR && m.form() == Mention.Form.LEADER);
      if (leader != null) {
        return leader.text();
      }
    }
    if ((w.equals("they") || w.equals("them")) && memory.lastSpeaker != null) {
      return memory.lastSpeaker;
    }
    String[] known = memory.speakers.get(who.substring(who.lastIndexOf(' ') + 1));
    return known != null && !who.contains(" ") ? known[0] : who;
  }

  /** The claim's source from a speaker (null for the author), with its kind. */
  Source source(Speaker sp, String sentence, ActorEntry supplier, ActorEntry recipient, DocumentMemory memory) {
    if (sp == null) {
      return Source.AUTHOR;
    }
    // a state's newspaper or agency reports; it does not speak as the state ("Russia's Kommersant newspaper reported")
    boolean media = "media".equals(kinds.kind(sp.name(), "", false));
    for (ActorEntry a : media ? List.<ActorEntry>of() : sp.actors()) {
      if (a.id().equals(supplier.id()) || a.id().equals(recipient.id())) {
        // a state's official (its minister, its ministry's spokesman) speaks for it; its analysts and journalists do not
        boolean officialOfIt = sp.actors().size() == 1 && "official".equals(kinds.kind(sp.name(), "", sp.person()));
        if (!sp.person() || sp.actors().size() == 1 && sp.name().split("\\s+").length <= 3 || officialOfIt) {
          return new Source(sp.name(), "party", sp.text(), sp.chain());
        }
      }
    }
    String kind = kinds.kind(sp.name(), sentence, sp.person());
    String[] known = memory.speakers.get(sp.name().substring(sp.name().lastIndexOf(' ') + 1));
    if (kind == null && known != null) {
      kind = known[1];
    }
    if (kind == null) {
      kind = "official";
    }
    return new Source(sp.name(), kind, sp.text(), sp.chain());
  }
}
