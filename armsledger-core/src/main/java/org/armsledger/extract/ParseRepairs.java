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

  /** Verbs of supply the tagger may take for nouns after "to": "to re-export ammunition to Ukraine". */
  private static final java.util.Set<String> INFINITIVES = java.util.Set.of("re-export", "reexport", "export", "supply", "deliver", "transfer",
      "ship", "send", "sell", "provide", "donate", "gift", "hand");

  private ParseRepairs() {}

  /** The sentence with the given edges (these very ones) taken out and the new ones added after the rest. */
  private static Sentence rewired(Sentence p, List<Dependency> drop, List<Dependency> add) {
    List<Dependency> mended = new ArrayList<>(p.edges().size() + add.size());
    for (Dependency d : p.edges()) {
      if (drop.stream().noneMatch(x -> x == d)) {
        mended.add(d);
      }
    }
    mended.addAll(add);
    return new Sentence(p.index(), p.span(), p.text(), p.tokens(), mended);
  }

  static Sentence repair(Sentence p) {
    Sentence r = ofClause(p);
    r = infinitiveAsNoun(r, INFINITIVES::contains);
    r = reportedSubject(r);
    r = listParts(r);
    r = participleHead(r);
    r = reducedRelative(r);
    r = agentTo(r);
    r = commaParticiple(r);
    r = gerundAfterOf(r);
    r = withInfinitive(r);
    r = worthPhrase(r);
    r = usedAdjective(r);
    r = pronounRelative(r);
    r = secondOf(r);
    r = strandedPreposition(r);
    r = numberAsIndirectObject(r);
    for (int i = 0; i < 4; i++) {
      Sentence before = r;
      r = conjunctWithOwnSource(r); // one "and N from B" at a time
      if (r == before) {
        break;
      }
    }
    return namedGerund(r);
  }

  /**
   * "Lithuania received the first two of eight NASAMS launchers from Norway": CoreNLP makes "two" the
   * verb's indirect object and hangs the launchers on it by dep. A number that is a verb's indirect
   * object, with no direct object beside it and a noun hung on it by dep, is the direct object, and
   * the noun what it counts ("two of ... launchers").
   */
  static Sentence numberAsIndirectObject(Sentence p) {
    for (Dependency io : p.edges()) {
      if (!io.relation().equals("iobj") || io.governor() < 0 || !p.token(io.dependent()).tag().equals("CD")) {
        continue;
      }
      int verb = io.governor();
      int number = io.dependent();
      if (p.children(verb).stream().anyMatch(d -> d.relation().equals("obj"))) {
        continue;
      }
      List<Dependency> counted = p.children(number).stream().filter(d -> d.relation().equals("dep") && p.token(d.dependent()).isNoun()).toList();
      if (counted.size() != 1) {
        continue;
      }
      return rewired(p, List.of(io, counted.get(0)),
          List.of(new Dependency(verb, "obj", number), new Dependency(number, "nmod:of", counted.get(0).dependent())));
    }
    return p;
  }

  /**
   * "patrol vehicle systems from Rheinmetall and drone interceptors from Saab": CoreNLP sometimes
   * hangs a preposition by dep and its noun by dep on the preposition. A from-, to-, with-, for- or
   * by-word hung by dep on a noun, with nouns hung by dep on it, is the noun's prepositional phrase.
   */
  static Sentence strandedPreposition(Sentence p) {
    for (Dependency d : p.edges()) {
      int prep = d.dependent();
      String w = p.token(prep).text().toLowerCase(java.util.Locale.ROOT);
      if (!d.relation().equals("dep") || d.governor() < 0 || !p.token(prep).tag().equals("IN") || !java.util.Set.of("from", "to", "with", "for", "by").contains(w)
          || !p.token(d.governor()).isNoun()) {
        continue;
      }
      List<Dependency> objects = p.children(prep).stream().filter(c -> c.relation().equals("dep") && p.token(c.dependent()).isNoun()).toList();
      if (objects.isEmpty()) {
        continue;
      }
      List<Dependency> drop = new ArrayList<>(objects);
      drop.add(d);
      List<Dependency> add = new ArrayList<>();
      int first = objects.stream().mapToInt(Dependency::dependent).min().getAsInt();
      add.add(new Dependency(first, "case", prep));
      for (Dependency o : objects) {
        add.add(new Dependency(d.governor(), "nmod:" + w, o.dependent()));
      }
      return rewired(p, drop, add);
    }
    return p;
  }

  /**
   * "robot vehicles from Elbit Systems and drone interceptors from Skylock": CoreNLP makes the second
   * noun a conjunct of the first seller's name and hangs the second from-phrase on that name. A
   * common noun conjoined to a from-phrase's proper name, with a from-phrase on the name after the
   * noun, is a conjunct of the noun the from-phrase belongs to, with that later from-phrase its own.
   */
  static Sentence conjunctWithOwnSource(Sentence p) {
    for (Dependency from : p.edges()) {
      int a = from.dependent();
      int h = from.governor();
      if (!(from.relation().equals("nmod:from") || from.relation().equals("obl:from")) || h < 0 || !p.token(a).tag().startsWith("NNP")) {
        continue;
      }
      for (Dependency conj : p.children(a)) {
        int item = conj.dependent();
        if (!conj.relation().startsWith("conj") || item < a || !p.token(item).tag().startsWith("NN") || p.token(item).tag().startsWith("NNP")) {
          continue;
        }
        // the later from-phrase, on the name (or, with a verb, on the verb: "purchased boats from Damen
        // and armoured vehicles from Otokar")
        Dependency second = p.edges().stream().filter(d -> (d.governor() == a && d.relation().equals("nmod:from") || d.governor() == h && d.relation().equals(from.relation()))
            && d.dependent() > item && p.token(d.dependent()).tag().startsWith("NNP")).min(java.util.Comparator.comparingInt(Dependency::dependent)).orElse(null);
        if (second == null) {
          continue;
        }
        List<Dependency> drop = new ArrayList<>(List.of(conj, second));
        p.edges().stream().filter(d -> d.relation().equals(from.relation()) && d.governor() == h && d.dependent() == item).forEach(drop::add);
        return rewired(p, drop, List.of(new Dependency(h, conj.relation(), item), new Dependency(item, "nmod:from", second.dependent())));
      }
    }
    return p;
  }

  /**
   * "approving a possible sale to the Kingdom of Morocco of 36 AH-64E helicopters": CoreNLP hangs the
   * second of-phrase on the recipient's name with the first. A to-phrase noun with two of-phrases
   * gives the second (and the nouns sharing it) to the noun or verb object the to-phrase belongs to.
   */
  static Sentence secondOf(Sentence p) {
    for (Dependency to : p.edges()) {
      if (!(to.relation().equals("obl:to") || to.relation().equals("nmod:to")) || to.governor() < 0) {
        continue;
      }
      int x = to.dependent();
      List<Dependency> ofs = p.children(x).stream().filter(d -> d.relation().equals("nmod:of") && d.dependent() > x).toList();
      if (ofs.size() < 2) {
        continue;
      }
      int owner = to.governor();
      if (to.relation().equals("obl:to")) {
        owner = p.children(owner).stream().filter(d -> d.relation().equals("obj") && d.dependent() < x && p.token(d.dependent()).isNoun())
            .mapToInt(Dependency::dependent).findFirst().orElse(-1);
      }
      if (owner < 0 || !p.token(owner).isNoun()) {
        continue;
      }
      int first = ofs.stream().mapToInt(Dependency::dependent).min().getAsInt();
      List<Dependency> drop = new ArrayList<>();
      List<Dependency> add = new ArrayList<>();
      for (Dependency d : ofs) {
        if (d.dependent() != first) {
          drop.add(d);
          add.add(new Dependency(owner, "nmod:of", d.dependent()));
        }
      }
      return rewired(p, drop, add);
    }
    return p;
  }

  /**
   * "signed a contract worth 3.1 billion euros with Saab for 17 Gripen jets to replace its fleet":
   * CoreNLP hangs what follows the amount on "worth" (the with-phrase, a for-clause with the jets as
   * its subject). The phrases after a "worth" on a noun are the noun's: its with-, from- and
   * for-phrases, and "for N to V" is the for-phrase N with its infinitive.
   */
  static Sentence worthPhrase(Sentence p) {
    for (Dependency amod : p.edges()) {
      int worth = amod.dependent();
      if (!amod.relation().equals("amod") || !p.token(worth).text().equalsIgnoreCase("worth") || amod.governor() < 0) {
        continue;
      }
      int noun = amod.governor();
      List<Dependency> drop = new ArrayList<>();
      List<Dependency> add = new ArrayList<>();
      for (Dependency d : p.children(worth)) {
        String sub = d.subtype();
        if ((d.base().equals("obl") || d.base().equals("nmod")) && java.util.Set.of("with", "from", "for", "to").contains(sub)) {
          drop.add(d);
          add.add(new Dependency(noun, "nmod:" + sub, d.dependent()));
        } else if (d.relation().equals("dep") && p.token(d.dependent()).isVerb()) {
          int verb = d.dependent();
          Dependency mark = null;
          Dependency subj = null;
          for (Dependency c : p.children(verb)) {
            if (c.relation().equals("mark") && p.token(c.dependent()).text().equalsIgnoreCase("for")) {
              mark = c;
            } else if (c.relation().equals("nsubj") && p.token(c.dependent()).isNoun()) {
              subj = c;
            }
          }
          if (mark != null && subj != null) {
            drop.addAll(List.of(d, mark, subj));
            add.addAll(List.of(new Dependency(noun, "nmod:for", subj.dependent()), new Dependency(subj.dependent(), "case", mark.dependent()),
                new Dependency(subj.dependent(), "acl:to", verb)));
          }
        }
      }
      for (Dependency d : p.edges()) {
        // "a contract worth $500 million with Hanwha": the with-phrase hung on the amount
        int a = d.governor();
        boolean amount = a > worth && a < d.dependent() && (p.token(a).tag().equals("$") || p.token(a).tag().equals("CD") || AMOUNT_WORDS.contains(p.token(a).lemma()));
        if (amount && d.base().equals("nmod") && java.util.Set.of("with", "from", "for", "to").contains(d.subtype()) && drop.stream().noneMatch(x -> x == d)) {
          drop.add(d);
          add.add(new Dependency(noun, d.relation(), d.dependent()));
        }
      }
      if (!drop.isEmpty()) {
        return rewired(p, drop, add);
      }
    }
    return p;
  }

  /** Nouns of money an amount may end in. */
  private static final java.util.Set<String> AMOUNT_WORDS = java.util.Set.of("euro", "dollar", "pound", "won", "yen", "rupee", "yuan", "rouble", "ruble",
      "million", "billion", "trillion", "lira", "real", "riyal", "dirham", "shekel", "zloty", "krone", "krona");

  /**
   * "The United States had offered Colombia used F-16s": CoreNLP reads "used" as a verb of its own,
   * with the jets its object. A bare "used" (no subject, no auxiliary) hung on a verb, right before
   * its object, is the object's adjective, and the object the verb's; a name the verb took for its
   * object before it is then its indirect object.
   */
  static Sentence usedAdjective(Sentence p) {
    for (Dependency in : p.edges()) {
      int used = in.dependent();
      int verb = in.governor();
      if (verb < 0 || !p.token(used).text().equalsIgnoreCase("used") || !p.token(verb).isVerb() || verb > used
          || !(in.relation().equals("dep") || in.relation().equals("xcomp") || in.relation().equals("parataxis") || in.relation().equals("ccomp"))) {
        continue;
      }
      List<Dependency> kids = p.children(used);
      if (kids.stream().anyMatch(d -> d.relation().startsWith("nsubj") || d.relation().startsWith("aux") || d.relation().equals("mark"))) {
        continue;
      }
      Dependency obj = kids.stream().filter(d -> d.relation().equals("obj") && d.dependent() > used).findFirst().orElse(null);
      if (obj == null) {
        continue;
      }
      List<Dependency> drop = new ArrayList<>(List.of(in, obj));
      List<Dependency> add = new ArrayList<>(List.of(new Dependency(obj.dependent(), "amod", used), new Dependency(verb, "obj", obj.dependent())));
      for (Dependency d : p.children(verb)) {
        if (d.relation().equals("obj") && d.dependent() < used && p.token(d.dependent()).tag().startsWith("NNP")) {
          drop.add(d);
          add.add(new Dependency(verb, "iobj", d.dependent()));
        }
      }
      return rewired(p, drop, add);
    }
    return p;
  }

  /**
   * "completed the delivery of all 24 F-16 jets it pledged to Kyiv": CoreNLP reads the relative
   * clause without "that" as a clause beside the sentence's (parataxis). A clause whose subject is a
   * pronoun right after a noun, with no object of its own, hung by parataxis, modifies that noun.
   */
  static Sentence pronounRelative(Sentence p) {
    for (Dependency para : p.edges()) {
      int verb = para.dependent();
      if (!para.relation().equals("parataxis") || para.governor() < 0 || verb < 2 || !p.token(verb).isVerb()) {
        continue;
      }
      int pronoun = verb - 1;
      int noun = verb - 2;
      boolean subject = p.children(verb).stream().anyMatch(d -> d.relation().equals("nsubj") && d.dependent() == pronoun);
      boolean object = p.children(verb).stream().anyMatch(d -> d.relation().equals("obj") || d.relation().equals("ccomp"));
      if (subject && !object && p.token(pronoun).isPronoun() && p.token(noun).isNoun() && para.governor() < noun) {
        return rewired(p, List.of(para), List.of(new Dependency(noun, "acl:relcl", verb)));
      }
      int g = para.governor();
      if (subject && !object && p.token(pronoun).isPronoun() && p.token(noun).isNoun() && g > verb && p.token(g).isVerb()
          && REPORTING.contains(p.token(verb).lemma())) {
        // "weapons transfers it said Moscow had made to Armenia": the reported verb hung the reporting one
        // on itself; the reporting clause modifies the noun and reports the verb
        List<Dependency> drop = new ArrayList<>(List.of(para));
        drop.addAll(p.parents(g).stream().filter(d -> d.relation().equals("parataxis")).toList());
        return rewired(p, drop, List.of(new Dependency(noun, "acl:relcl", verb), new Dependency(verb, "ccomp", g)));
      }
    }
    return p;
  }

  /**
   * "Vietnam is in talks with India to buy the missile": CoreNLP reads "with India to buy" as a clause
   * of its own, "with" marking it and India the infinitive's subject, so India would be the buyer.
   * An infinitive hung on a noun (acl) that is marked both "with" and "to" and has a subject of its
   * own is the noun's infinitive: the subject is the noun's with-phrase (the counterpart of the
   * talks), and the infinitive's subject is whoever holds the talks.
   */
  static Sentence withInfinitive(Sentence p) {
    for (Dependency acl : p.edges()) {
      if (!acl.base().equals("acl") || acl.governor() < 0 || !p.token(acl.governor()).isNoun()) {
        continue;
      }
      int verb = acl.dependent();
      Dependency with = null;
      Dependency subj = null;
      boolean to = false;
      for (Dependency d : p.children(verb)) {
        if (d.relation().equals("mark") && p.token(d.dependent()).text().equalsIgnoreCase("with") && d.dependent() < verb) {
          with = d;
        } else if (d.relation().equals("mark") && p.token(d.dependent()).text().equalsIgnoreCase("to")) {
          to = true;
        } else if (d.relation().equals("nsubj") && d.dependent() < verb) {
          subj = d;
        }
      }
      if (with == null || subj == null || !to || with.dependent() > subj.dependent() || !p.token(subj.dependent()).isNoun()) {
        continue;
      }
      return rewired(p, List.of(with, subj), List.of(new Dependency(subj.dependent(), "case", with.dependent()),
          new Dependency(acl.governor(), "nmod:with", subj.dependent())));
    }
    return p;
  }

  /**
   * "Moscow would not oppose Yerevan purchasing weapons": CoreNLP reads the name and the gerund as
   * modifiers of the noun after them ("Yerevan" a compound, "purchasing" an adjective). A gerund
   * modifying the noun after it, with a proper name right before the gerund compounded on that
   * noun, is a clause: the name its subject, the noun its object, hung where the noun was, with the
   * from-, to- and for-phrases after the noun.
   */
  /** The edges by which CoreNLP hangs a gerund, as an adjective, on a noun after it ("purchasing weapons"). */
  private static List<Dependency> gerundsOnNouns(Sentence p) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : p.edges()) {
      if (d.relation().equals("amod") && d.governor() > d.dependent() && d.dependent() >= 1 && p.token(d.dependent()).tag().equals("VBG")) {
        out.add(d);
      }
    }
    return out;
  }

  static Sentence namedGerund(Sentence p) {
    for (Dependency amod : gerundsOnNouns(p)) {
      int gerund = amod.dependent();
      int noun = amod.governor();
      Dependency name = null;
      for (Dependency d : p.children(noun)) {
        if (d.relation().equals("compound") && d.dependent() == gerund - 1 && p.token(d.dependent()).tag().startsWith("NNP")) {
          name = d;
        }
      }
      Dependency up = p.parents(noun).stream().filter(d -> d.governor() >= 0 && !d.relation().startsWith("conj")).findFirst().orElse(null);
      if (name == null || up == null) {
        continue;
      }
      int subject = name.dependent();
      List<Dependency> drop = new ArrayList<>(List.of(amod, name, up));
      List<Dependency> add = new ArrayList<>(List.of(new Dependency(gerund, "nsubj", subject), new Dependency(gerund, "obj", noun),
          new Dependency(up.governor(), up.relation().equals("obj") ? "ccomp" : up.relation(), gerund)));
      for (Dependency d : p.children(noun)) {
        if (d.relation().equals("compound") && d.dependent() < subject) {
          drop.add(d); // the name's own words ("the Assad government") stay on it
          add.add(new Dependency(subject, "compound", d.dependent()));
        }
      }
      for (Dependency d : p.children(up.governor())) {
        // "purchasing weapons from third parties": the phrases after the noun are the gerund's
        if (d.dependent() > noun && (d.relation().equals("obl:from") || d.relation().equals("obl:to") || d.relation().equals("obl:for"))) {
          drop.add(d);
          add.add(new Dependency(gerund, d.relation(), d.dependent()));
        }
      }
      return namedGerund(rewired(p, drop, add));
    }
    return p;
  }

  /**
   * "the potential acquisition of China's J-10C and J-31 fighter jets could mark a pivot": CoreNLP
   * reads "of [China's jets could mark]" as a clause hung on the noun, the of as its marker and the
   * nouns as its subjects. A clause hung by acl:of with "of" as its marker is the noun's verb: the
   * subjects are the noun's of-phrase (a possessive one owning the next), the noun the verb's subject.
   */
  static Sentence ofClause(Sentence p) {
    for (Dependency acl : p.edges()) {
      if (!acl.relation().equals("acl:of") || acl.governor() < 0) {
        continue;
      }
      int noun = acl.governor();
      int verb = acl.dependent();
      Dependency of = p.children(verb).stream().filter(d -> d.relation().equals("mark") && p.token(d.dependent()).lemma().equals("of")).findFirst().orElse(null);
      List<Dependency> subjects = p.children(verb).stream().filter(d -> d.relation().equals("nsubj")).toList();
      if (of == null || subjects.isEmpty() || !p.token(verb).isVerb()) {
        continue;
      }
      List<Dependency> drop = new ArrayList<>(List.of(acl, of));
      List<Dependency> add = new ArrayList<>();
      int owner = -1;
      int head = -1;
      for (Dependency sj : subjects) {
        int x = sj.dependent();
        drop.add(sj);
        boolean possessive = p.children(x).stream().anyMatch(d -> d.relation().equals("case") && p.token(d.dependent()).text().matches("['’]s?"));
        boolean conjunct = p.parents(x).stream().anyMatch(d -> d.relation().startsWith("conj"));
        if (possessive) {
          owner = x;
        } else if (head < 0 && !conjunct) {
          head = x;
        }
      }
      if (head < 0) {
        continue;
      }
      add.add(new Dependency(noun, "nmod:of", head));
      add.add(new Dependency(head, "case", of.dependent()));
      if (owner >= 0) {
        add.add(new Dependency(head, "nmod:poss", owner));
      }
      for (Dependency in : p.parents(noun)) {
        drop.add(in);
        add.add(new Dependency(in.governor(), in.relation(), verb));
      }
      add.add(new Dependency(verb, "nsubj", noun));
      return ofClause(rewired(p, drop, add));
    }
    return p;
  }

  /**
   * "allow it to re-export Swiss-made ammunition to Ukraine": CoreNLP tags the verb after "to" as a
   * noun and reads "to [re-export ammunition]" as a to-phrase. A verb of supply right after "to",
   * compounded onto the phrase's head, is the infinitive: the head its object, the clause the
   * complement of the verb the to-phrase hung on.
   */
  static Sentence infinitiveAsNoun(Sentence p, java.util.function.Predicate<String> supplyVerbOnly) {
    for (Dependency obl : p.edges()) {
      if (!obl.relation().equals("obl:to") || obl.governor() < 0) {
        continue;
      }
      int head = obl.dependent();
      Dependency to = p.children(head).stream().filter(d -> d.relation().equals("case") && p.token(d.dependent()).lemma().equals("to")).findFirst().orElse(null);
      if (to == null) {
        continue;
      }
      int verb = to.dependent() + 1;
      Dependency compound = p.children(head).stream().filter(d -> d.relation().equals("compound") && d.dependent() == verb).findFirst().orElse(null);
      if (compound == null || !supplyVerbOnly.test(p.token(verb).lemma())) {
        continue;
      }
      List<Token> tokens = new ArrayList<>(p.tokens());
      Token v = tokens.get(verb);
      tokens.set(verb, new Token(v.index(), v.text(), v.lemma(), "VB", v.span()));
      Sentence retagged = new Sentence(p.index(), p.span(), p.text(), tokens, p.edges());
      return rewired(retagged, List.of(obl, to, compound),
          List.of(new Dependency(obl.governor(), "xcomp", verb), new Dependency(verb, "mark", to.dependent()), new Dependency(verb, "obj", head)));
    }
    return p;
  }

  /**
   * "It said Moscow later decided not to deliver the systems": CoreNLP makes the name after a
   * reporting verb its object and hangs the reported verb, left without a subject, on it by dep.
   * A proper noun object of a reporting verb followed by a finite verb (dep or ccomp of the same
   * reporting verb) with no subject is that verb's subject, and the verb the reported clause. So too
   * when the parser made the reporting verb the clausal subject of the reported one ("Nigeria said
   * Beijing has delivered ...").
   */
  static Sentence reportedSubject(Sentence p) {
    for (Dependency obj : p.edges()) {
      int r = obj.governor();
      // a name, or a subject pronoun ("Sweden announced it would send": "it" read as the object)
      boolean subjectLike = p.token(obj.dependent()).tag().startsWith("NNP")
          || p.token(obj.dependent()).tag().equals("PRP") && java.util.Set.of("it", "they", "he", "she", "we").contains(p.token(obj.dependent()).text().toLowerCase(java.util.Locale.ROOT));
      if (!obj.relation().equals("obj") || r < 0 || !REPORTING.contains(p.token(r).lemma()) || !subjectLike) {
        continue;
      }
      int n = obj.dependent();
      for (Dependency up : p.parents(r)) {
        // "Nigeria said Beijing has delivered ...": the reporting clause read as the verb's clausal subject
        int verb = up.governor();
        if (up.relation().startsWith("csubj") && verb > n && p.token(verb).isVerb()
            && p.children(verb).stream().noneMatch(d -> d.relation().startsWith("nsubj"))) {
          List<Dependency> drop = new ArrayList<>(List.of(obj, up));
          List<Dependency> add = new ArrayList<>(List.of(new Dependency(verb, "nsubj", n), new Dependency(r, "ccomp", verb)));
          for (Dependency top : p.parents(verb)) {
            drop.add(top);
            add.add(new Dependency(top.governor(), top.relation(), r));
          }
          return reportedSubject(rewired(p, drop, add));
        }
      }
      for (Dependency hook : p.children(r)) {
        int verb = hook.dependent();
        String tag = p.token(verb).tag();
        // "said Manila was also considering a proposal": a participle with its auxiliary is finite too
        boolean finite = tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP")
            || (tag.equals("VBG") || tag.equals("VBN")) && p.children(verb).stream().anyMatch(d -> d.relation().startsWith("aux") && d.dependent() > n);
        if ((hook.relation().equals("dep") || hook.relation().equals("ccomp")) && verb > n && finite
            && p.children(verb).stream().noneMatch(d -> d.relation().startsWith("nsubj") || d.relation().startsWith("csubj"))) {
          List<Dependency> drop = new ArrayList<>(List.of(obj));
          List<Dependency> add = new ArrayList<>(List.of(new Dependency(verb, "nsubj", n)));
          if (hook.relation().equals("dep")) {
            drop.add(hook);
            add.add(new Dependency(r, "ccomp", verb));
          }
          return reportedSubject(rewired(p, drop, add));
        }
      }
    }
    return p;
  }

  /**
   * Lists CoreNLP tears apart. "talks on the supply of four Mi-35 helicopters, four Mi-17
   * helicopters, armoured vehicles and missile defence systems": the later members hung by dep on the
   * comma after the first; they join the noun before that comma. "The proposal included 21 engines;
   * 21 display generators; radars": a bare noun phrase after a semicolon, read as parataxis of the
   * verb, is one more object of it.
   */
  static Sentence listParts(Sentence p) {
    List<Dependency> drop = new ArrayList<>();
    List<Dependency> add = new ArrayList<>();
    for (Dependency d : p.edges()) {
      int g = d.governor();
      if (d.relation().equals("dep") && g > 0 && p.token(g).text().equals(",") && p.token(g - 1).isNoun() && p.token(d.dependent()).isNoun()
          && d.dependent() > g) {
        drop.add(d);
        add.add(new Dependency(g - 1, "conj:and", d.dependent()));
      }
      if (d.relation().equals("parataxis") && g >= 0 && p.token(g).isVerb() && p.token(d.dependent()).isNoun() && d.dependent() > g) {
        int n = d.dependent();
        boolean clause = p.children(n).stream().anyMatch(c -> c.relation().startsWith("nsubj") || c.relation().equals("cop"));
        List<Dependency> objs = p.children(g).stream().filter(c -> c.relation().equals("obj") && c.dependent() < n).toList();
        boolean semicolon = false;
        for (int k = objs.isEmpty() ? n : objs.get(0).dependent(); k < n; k++) {
          semicolon |= p.token(k).text().equals(";");
        }
        if (!clause && !objs.isEmpty() && semicolon) {
          drop.add(d);
          add.add(new Dependency(g, "obj", n));
        }
      }
      if (d.relation().startsWith("conj") && g >= 0 && p.token(g).isVerb() && p.token(d.dependent()).isNoun() && d.dependent() > g) {
        // "has requested to buy 24 helicopters; 36 engines; and 600 missiles": the nouns after the
        // semicolons, read as conjuncts of the verb, are more of the object before them
        int n = d.dependent();
        boolean clause = p.children(n).stream().anyMatch(c -> c.relation().startsWith("nsubj") || c.relation().equals("cop"));
        int obj = -1;
        for (Dependency o : p.edges()) {
          if (o.relation().equals("obj") && o.dependent() > g && o.dependent() < n && o.dependent() > obj) {
            obj = o.dependent();
          }
        }
        boolean semicolon = false;
        for (int k = Math.max(obj, 0); k < n; k++) {
          semicolon |= p.token(k).text().equals(";");
        }
        if (!clause && obj >= 0 && semicolon) {
          drop.add(d);
          add.add(new Dependency(obj, "conj:and", n));
        }
      }
    }
    if (drop.isEmpty()) {
      // "talks with Belousov on the supply of four Mi-24 helicopters, two Mi-8 helicopters, armoured
      // vehicles and ...": the later members read as more objects of the verb that has the talks
      for (Dependency d : p.edges()) {
        int g = d.governor();
        int y = d.dependent();
        if (!d.relation().equals("obj") || g < 0 || !p.token(y).isNoun()) {
          continue;
        }
        int start = leftmost(p, y, 4);
        int x = start - 2;
        boolean earlierObj = p.children(g).stream().anyMatch(c -> c.relation().equals("obj") && c.dependent() < x);
        if (x < 0 || !p.token(start - 1).text().equals(",") || !p.token(x).isNoun() || !earlierObj
            || p.parents(x).stream().noneMatch(e -> e.relation().startsWith("nmod"))) {
          continue;
        }
        drop.add(d);
        add.add(new Dependency(x, "conj:and", y));
        for (Dependency c : p.edges()) {
          if (c.relation().equals("obj") && c.governor() == g && p.edges().contains(new Dependency(y, "conj:and", c.dependent()))) {
            drop.add(c);
            add.add(new Dependency(x, "conj:and", c.dependent()));
          }
        }
        break;
      }
    }
    return drop.isEmpty() ? p : rewired(p, drop, add);
  }

  /** The first token of a word's phrase, following dependents other than conjuncts and punctuation down {@code depth} levels. */
  private static int leftmost(Sentence p, int t, int depth) {
    int min = t;
    if (depth == 0) {
      return min;
    }
    for (Dependency c : p.children(t)) {
      if (!c.relation().startsWith("conj") && !c.relation().equals("punct") && !c.relation().equals("cc") && c.dependent() != t) {
        min = Math.min(min, leftmost(p, c.dependent(), depth - 1));
      }
    }
    return min;
  }

  /**
   * "Rifles seized in Libya were handed over to Sudan": CoreNLP sometimes makes the reduced relative
   * the head of the sentence (its noun the subject) and hangs the real verb, passive or with its
   * auxiliary but with no subject of its own, on it (or beside it) by dep or parataxis; or makes it
   * the clausal subject of the real verb. A bare past participle (no auxiliary, no object) with a
   * subject noun before it and such a verb after it is the noun's modifier; the noun is the subject
   * of the verb, which takes the participle's place.
   */
  static Sentence participleHead(Sentence p) {
    for (Dependency subj : p.edges()) {
      if (!subj.relation().equals("nsubj") || subj.governor() < 0) {
        continue;
      }
      int participle = subj.governor();
      int noun = subj.dependent();
      if (!p.token(participle).tag().equals("VBN") || noun > participle || !p.token(noun).isNoun()) {
        continue;
      }
      List<Dependency> kids = p.children(participle);
      if (kids.stream().anyMatch(d -> d.relation().startsWith("aux") || d.relation().equals("cop") || d.relation().equals("obj"))) {
        continue;
      }
      boolean marked = kids.stream().anyMatch(d -> d.relation().equals("mark"));
      for (Dependency up : marked ? List.<Dependency>of() : p.parents(participle)) {
        // "Rifles seized in Libya were handed over": the participle read as the clausal subject of the verb
        int verb = up.governor();
        if (up.relation().startsWith("csubj") && verb > participle && p.token(verb).isVerb()) {
          boolean passive = p.children(verb).stream().anyMatch(d -> d.relation().equals("aux:pass"));
          return participleHead(rewired(p, List.of(subj, up),
              List.of(new Dependency(verb, passive ? "nsubj:pass" : "nsubj", noun), new Dependency(noun, "acl", participle))));
        }
      }
      List<Dependency> hooks = new ArrayList<>(kids);
      for (Dependency up : p.parents(participle)) {
        // "said that the first batch of ammunition purchased under the initiative had arrived in Ukraine":
        // the real verb hung on the verb above, beside the participle
        if (up.governor() >= 0 && up.relation().equals("ccomp")) {
          hooks.addAll(p.children(up.governor()));
        }
      }
      for (Dependency hook : hooks) {
        int verb = hook.dependent();
        if (!(hook.relation().equals("dep") || hook.relation().equals("parataxis")) || verb < participle || !p.token(verb).isVerb()) {
          continue;
        }
        List<Dependency> own = p.children(verb);
        boolean passive = own.stream().anyMatch(d -> d.relation().equals("aux:pass"));
        String vt = p.token(verb).tag();
        boolean finite = passive || own.stream().anyMatch(d -> d.relation().equals("aux")) || vt.equals("VBD") || vt.equals("VBZ") || vt.equals("VBP");
        if (!finite || own.stream().anyMatch(d -> d.relation().startsWith("nsubj") || d.relation().startsWith("csubj"))) {
          continue;
        }
        List<Dependency> drop = new ArrayList<>(List.of(subj, hook));
        List<Dependency> add = new ArrayList<>();
        for (Dependency in : p.parents(participle)) {
          drop.add(in);
          add.add(new Dependency(in.governor(), in.relation(), verb));
        }
        add.add(new Dependency(verb, passive ? "nsubj:pass" : "nsubj", noun));
        add.add(new Dependency(noun, "acl", participle));
        for (Dependency m : kids) {
          if (m.relation().equals("mark")) {
            drop.add(m); // "that" opens the clause, not the participle
            add.add(new Dependency(verb, "mark", m.dependent()));
          }
        }
        return participleHead(rewired(p, drop, add));
      }
    }
    return p;
  }

  /**
   * "The rifles were supplied by Belgian companies to the Dutch army": CoreNLP hangs the to-phrase on
   * the agent noun. A to-phrase on the by-agent of a passive verb that has no to-phrase of its own is
   * the verb's.
   */
  static Sentence agentTo(Sentence p) {
    List<Dependency> edges = p.edges();
    for (Dependency agent : edges) {
      boolean by = agent.relation().equals("obl:agent") || agent.relation().equals("obl:by") && p.token(agent.governor()).tag().equals("VBN");
      if (!by || agent.governor() < 0) {
        continue;
      }
      int verb = agent.governor();
      if (p.children(verb).stream().anyMatch(d -> d.relation().equals("obl:to"))) {
        continue;
      }
      for (Dependency to : p.children(agent.dependent())) {
        if (to.relation().equals("nmod:to") && to.dependent() > agent.dependent()) {
          return rewired(p, List.of(to), List.of(new Dependency(verb, "obl:to", to.dependent())));
        }
      }
    }
    return p;
  }

  /**
   * "The U.S. has stopped the delivery of interceptors intended for Ukraine": CoreNLP often reads the
   * reduced relative as a clause of its own ("[the delivery] intended for Ukraine", the noun its
   * subject, hung on the verb by dep or ccomp), which leaves the verb without its object. When a
   * bare past participle (no auxiliary, no marker: "drones used by Russia", "the system recently
   * procured from China", hung by dep, ccomp, xcomp or parataxis) has a subject noun between it and
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
      if (!pt.tag().equals("VBN") || noun > participle || !p.token(noun).isNoun()) {
        continue;
      }
      boolean bare = p.children(participle).stream()
          .noneMatch(d -> d.relation().startsWith("aux") || d.relation().equals("cop") || d.relation().equals("mark") || d.relation().equals("obj"));
      Dependency hook = null;
      for (Dependency in : p.parents(participle)) {
        boolean loose = in.relation().equals("dep") || in.relation().equals("ccomp") || in.relation().equals("xcomp") || in.relation().equals("parataxis");
        if (in.governor() >= 0 && in.governor() < noun && loose
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
      return reducedRelative(rewired(p, List.of(subj, hook), List.of(new Dependency(verb, "obj", noun), new Dependency(noun, "acl", participle))));
    }
    return p;
  }

  /**
   * "Maduro reached out to Moscow, Beijing and Tehran, seeking a package of assistance": CoreNLP
   * hangs the participle after the comma on the last noun of the phrase before it, which makes that
   * noun its subject. A present participle after a comma, modifying a noun that is an oblique of a
   * verb, is an adverbial clause of that verb (its subject the verb's).
   */
  static Sentence commaParticiple(Sentence p) {
    List<Dependency> edges = p.edges();
    for (Dependency acl : edges) {
      if (!acl.relation().equals("acl") || acl.governor() < 0) {
        continue;
      }
      int participle = acl.dependent();
      int noun = acl.governor();
      if (!p.token(participle).tag().equals("VBG") || participle < 1 || !p.token(participle - 1).text().equals(",")) {
        continue;
      }
      Dependency obl = null;
      for (Dependency in : p.parents(noun)) {
        if (in.relation().startsWith("obl") && in.governor() >= 0 && p.token(in.governor()).isVerb() && in.governor() < noun) {
          obl = in;
        }
      }
      if (obl == null) {
        continue;
      }
      return commaParticiple(rewired(p, List.of(acl), List.of(new Dependency(obl.governor(), "advcl", participle))));
    }
    return p;
  }

  /**
   * "will complete the first stage of delivering S-400 systems to Turkey": CoreNLP reads the gerund
   * after "of" as an adjective on the noun that follows it, and hangs the to-phrase on the noun
   * before. A gerund modifying a noun whose "of" stands right before the gerund is a clause of its
   * own: the noun its object, the to-phrases after it of the noun the "of" belongs to (or of the
   * verb that noun is the object of) its to-phrases.
   */
  static Sentence gerundAfterOf(Sentence p) {
    List<Dependency> edges = p.edges();
    for (Dependency amod : gerundsOnNouns(p)) {
      int gerund = amod.dependent();
      int noun = amod.governor();
      String prep = p.token(gerund - 1).lemma().toLowerCase(java.util.Locale.ROOT);
      if (!prep.equals("of") && !prep.equals("from")) {
        continue;
      }
      Dependency of = null;
      for (Dependency in : p.parents(noun)) {
        if ((in.relation().equals("nmod:" + prep) || in.relation().equals("obl:" + prep)) && in.governor() >= 0 && in.governor() < gerund) {
          of = in; // "the first stage of delivering ...", "accusing it of providing ...", "prevent it from shipping weapons to ..."
        }
      }
      if (of == null) {
        continue;
      }
      int owner = of.governor();
      boolean verbal = of.relation().startsWith("obl");
      int clause = verbal ? owner : -1; // the verb whose object the noun before is: "complete [the first stage] ... to Algeria"
      for (Dependency in : p.parents(owner)) {
        if (!verbal && in.relation().equals("obj") && in.governor() >= 0) {
          clause = in.governor();
        }
      }
      List<Dependency> mended = new ArrayList<>(edges.size());
      for (Dependency d : edges) {
        if (d == amod || d == of) {
          continue;
        }
        if (d.governor() == noun && d.relation().equals("case") && d.dependent() == gerund - 1) {
          mended.add(new Dependency(gerund, "mark", d.dependent()));
          continue;
        }
        boolean onClause = clause >= 0 && d.governor() == clause && d.relation().equals("obl:to");
        if ((d.governor() == owner && d.relation().equals("nmod:to") || onClause) && d.dependent() > noun) {
          mended.add(new Dependency(gerund, "obl:to", d.dependent()));
          continue;
        }
        mended.add(d);
      }
      mended.add(new Dependency(owner, (verbal ? "advcl:" : "acl:") + prep, gerund));
      if (verbal && prep.equals("from")) {
        for (Dependency d : edges) {
          if (d.governor() == owner && d.relation().equals("obj") && d.dependent() < gerund) {
            mended.add(new Dependency(gerund, "nsubj", d.dependent())); // "prevent Turkey from purchasing": Turkey purchases
          }
        }
      }
      mended.add(new Dependency(gerund, "obj", noun));
      return gerundAfterOf(new Sentence(p.index(), p.span(), p.text(), p.tokens(), mended));
    }
    return p;
  }
}
