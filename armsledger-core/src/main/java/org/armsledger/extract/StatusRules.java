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

  /** Stages a modal does not weaken: the stance is stated, whatever might come of it. */
  private static final Set<String> KEPT = Set.of("considered", "requested", "offered", "rejected", "denied", "halted");
  /** Nouns for a claim someone makes that the supply happened. */
  private static final Set<String> ALLEGATIONS =
      Set.of("allegation", "accusation", "claim", "report", "charge", "suggestion", "rumour", "rumor", "assertion", "speculation");
  /** What an allegation is said to be when it is denied: "reports that ... are false". */
  private static final Set<String> FALSEHOODS = Set.of("false", "untrue", "baseless", "groundless", "unfounded", "fabricated", "fabrication", "lie",
      "nonsense", "fake", "wrong", "incorrect", "inaccurate", "absurd", "ridiculous", "fiction", "fantasy", "misinformation", "disinformation");
  /** Verbs that make a package of aid public. */
  private static final Set<String> ANNOUNCED = Set.of("announce", "unveil", "prepare", "outline");
  /** Nouns of aid that are announced before they are sent. */
  private static final Set<String> AID_NOUNS = Set.of("package", "aid", "assistance", "tranche");
  /** Verbs that, with "on hold" or "on ice", stop what they act on. */
  private static final Set<String> HOLD_VERBS = Set.of("put", "place", "keep", "leave");
  private static final Set<String> HOLDS = Set.of("hold", "ice");
  /** Verbs that, with "out of" (or "away from"), leave a deal. */
  private static final Set<String> BACK_OUT = Set.of("back", "pull", "walk", "opt", "drop");
  /** Verbs that, on an allegation, deny it. */
  private static final Set<String> DISMISS = Set.of("reject", "dismiss", "refute", "rebuff", "deny", "denounce", "call");
  /** Verbs that direct someone to act when they take an infinitive, and report when they take a that-clause. */
  private static final Set<String> DIRECTIVES = Set.of("tell", "ask", "order", "direct", "instruct", "urge", "push", "press");
  /** What a government gives when it lets a sale go ahead. */
  static final Set<String> APPROVALS = Set.of("ok", "okay", "approval", "go-ahead", "nod", "light", "permission", "authorization", "authorisation",
      "clearance", "consent", "licence", "license", "permit");
  /** Verbs whose object, a licence or an approval, lets a supply go ahead. */
  private static final Set<String> GRANTS = Set.of("grant", "give", "issue", "award");
  /** Adjectives on a supply noun that make it speculation. */
  private static final Set<String> SPECULATIVE = Set.of("possible", "potential", "prospective", "likely", "hypothetical", "eventual");
  /** Verbs of purpose: a supply that is their passive subject is described, not staged. */
  private static final Set<String> PURPOSE = Set.of("aim", "intend", "design", "mean", "target", "gear");
  /** Verbs of entering a deal: "entered into a deal to sell". */
  private static final Set<String> ENTER = Set.of("enter", "strike", "seal", "clinch", "ink", "conclude", "finalize", "finalise");

  /** Verbs of what a supply does for its recipient. */
  private static final Set<String> EFFECTS = Set.of("boost", "strengthen", "bolster", "enhance", "improve", "reinforce", "increase", "help");
  /** Light verbs whose object names the act itself: "makes arms sales to Pakistan" sells. */
  private static final Set<String> LIGHT = Set.of("make", "conduct", "carry", "effect", "undertake");
  /** Verbs whose subject, a supply, stops by itself: "deliveries have stopped", "the aid has dried up". */
  private static final Set<String> STOPS = Set.of("stop", "cease", "halt", "stall", "freeze", "dry", "run");
  /** Cues that embed only as verbs: "no sign that Germany plans to send tanks" signs nothing. */
  private static final Set<String> VERB_ONLY_CUES = Set.of("sign", "set", "study", "think", "direct", "clear");
  /** Cues that embed their status only with one of these particles ("turn down", "turn away"). */
  private static final java.util.Map<String, Set<String>> PARTICLE_CUES = java.util.Map.of("turn", Set.of("down", "away", "back"), "rule", Set.of("out"));
  /** Stages that, when the cue giving them is negated, become a refusal. */
  private static final Set<String> NEGATABLE = Set.of("agreed", "planned", "offered");

  private final Lexicon lexicon;

  StatusRules(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The result: status, negation and the cues that decided them. */
  record Result(String status, boolean negated, List<String> cues) {}

  /**
   * True when the supply noun is the subject of a verb of stopping: "Chinese deliveries of drones
   * to Ethiopia have stopped", "American military assistance has run dry", "the aid dried up".
   * "Run" only with "dry", "dry" only with "up"; "ended" is left out (it also says completed).
   */
  private static boolean stops(SentenceView v, int t) {
    for (Dependency in : v.in(t)) {
      if (!in.relation().equals("nsubj") || in.governor() < 0 || !v.sentence.token(in.governor()).isVerb()) {
        continue;
      }
      int g = in.governor();
      String lemma = v.lemma(g).toLowerCase(java.util.Locale.ROOT);
      if (!STOPS.contains(lemma) || !v.children(g, "obj").isEmpty()) {
        continue;
      }
      boolean dry = v.out(g).stream().anyMatch(d -> v.lemma(d.dependent()).equalsIgnoreCase("dry"));
      boolean up = v.out(g).stream().anyMatch(d -> d.relation().equals("compound:prt") && v.lemma(d.dependent()).equalsIgnoreCase("up"));
      if (lemma.equals("run") ? dry : lemma.equals("dry") ? up : true) {
        return true;
      }
    }
    return false;
  }

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
    if (v.sentence.token(t).isNoun() && announcedAid(v, t)) {
      return new Result("planned", negated, List.of("announced")); // "unveiled a new military aid package for Ukraine": not yet delivered
    }
    if (grantsApproval(v, t, GRANTS)) {
      // "Britain granted an export licence for Brimstone missiles to Poland": the sale is approved
      status = "agreed";
      cues.add("licence");
    }
    if (v.out(t).stream().anyMatch(d -> (d.relation().equals("case") || d.relation().equals("mark")) && v.lemma(d.dependent()).equals("against"))) {
      // "we are against arming both Russia and Ukraine"
      return new Result("rejected", false, List.of("against"));
    }
    if (v.sentence.token(t).isNoun() && v.children(t, "amod").stream().anyMatch(a -> SPECULATIVE.contains(v.lemma(a)))) {
      // "the possible sale of K9 howitzers", "a potential transfer": someone speculates
      return new Result("possible", false, List.of("amod:possible"));
    }
    if (v.sentence.token(t).isNoun() && stops(v, t)) {
      return new Result("halted", false, List.of("stops"));
    }
    for (int x : v.children(t, "nsubj")) {
      // "South Korea has no plans to sell weapons to Ukraine", the intent noun parsed as the verb's subject
      String intent = v.sentence.token(x).isNoun() ? lexicon.embedStatus(v.lemma(x)) : null;
      if (intent != null && NEGATABLE.contains(intent) && negatedAt(v, x)) {
        return new Result("rejected", false, List.of("no:" + v.lemma(x)));
      }
    }
    String bare = bareInfinitive(v, t);
    if (bare != null) {
      status = bare;
      cues.add("infinitive:" + bare);
    }
    boolean yet = v.children(t, "advmod").stream().anyMatch(a -> v.lemma(a).equalsIgnoreCase("yet"))
        && v.out(t).stream().anyMatch(d -> d.relation().equals("mark") && v.lemma(d.dependent()).equals("to"))
        && v.in(t).stream().anyMatch(d -> d.governor() >= 0 && Set.of("have", "be", "remain").contains(v.lemma(d.governor())));
    if (yet && status.equals("delivered")) {
      // "Thailand has yet to receive the submarine it ordered": not delivered so far, only expected
      return new Result("planned", negated, List.of("yet-to"));
    }
    int cur = t;
    int clauseHead = t;
    boolean allegation = false;
    Set<Integer> climbed = new java.util.HashSet<>();
    boolean described = false;
    for (int hop = 0; hop < 7; hop++) {
      Dependency up = null;
      for (Dependency in : v.in(cur)) {
        // "Selling the Patriot to Ukraine could be in Washington's interests": a gerund subject is at the stage its clause gives
        boolean gerundSubject = in.relation().equals("nsubj") && v.sentence.token(cur).tag().equals("VBG") && cur == t;
        if (CLIMB.contains(in.relation()) || CLIMB.contains(in.base()) || gerundSubject) {
          if (in.relation().equals("nsubj:pass") && !v.sentence.token(cur).isNoun()) {
            continue;
          }
          up = in;
          break;
        }
      }
      if (up == null || up.relation().contains("because") || up.relation().contains("due_to") || up.relation().contains("owing_to")) {
        break; // a cause is stated as fact: "if the plan fails because of Germany's refusal to supply an engine"
      }
      int g = up.governor();
      boolean onItem = v.mentionAt(g) != null && v.mentionAt(g).type() != org.armsledger.lexicon.Mention.Type.ACTOR;
      if (up.relation().equals("acl:relcl") && onItem && !allegation) {
        break; // "bid with its Redback IFVs that won a deal": what a relative clause says of the items is its own
      }
      if (up.relation().equals("acl") && hop == 0 && v.sentence.token(t).tag().equals("VBN") && v.sentence.token(g).isNoun()
          && v.out(t).stream().noneMatch(d -> d.relation().startsWith("aux"))) {
        // "bid with its Redback IFVs that won a deal", "the re-export of the shells, originally supplied
        // by Swiss companies, was ruled out": what a clause on the items says of them is at its own
        // stage, not the outer clause's; only a denial of it reaches it ("denied reports of drones supplied to Russia")
        described = true;
      }
      if (g == t || !climbed.add(g)) {
        break; // a relative clause's noun is also its verb's object: no going round
      }
      String lemma = v.lemma(g);
      if (up.relation().equals("nsubj:pass") && v.children(g, "xcomp").stream().anyMatch(x -> EFFECTS.contains(v.lemma(x)))) {
        break; // "the arrival of the drones is expected to boost the army": the effect is expected, the arrival is not
      }
      if (v.sentence.token(t).isNoun() && hop == 0 && up.relation().equals("obj") && LIGHT.contains(lemma) && p.frame() != Predicate.Frame.EXCHANGE) {
        status = "delivered"; // "Russia also makes arms sales to Pakistan"
        cues.add("light:" + lemma);
      }
      Predicate governing = v.sentence.token(t).isNoun() && hop == 0 && (up.relation().equals("obj") || up.relation().equals("nsubj:pass"))
          && v.sentence.token(g).isVerb() ? lexicon.verb(lemma) : null;
      if (governing != null && governing.frame() != Predicate.Frame.EXCHANGE && lexicon.embedStatus(lemma) == null) {
        // "Iran to receive the first shipment of Su-35s": the shipment is at the stage its verb gives
        Result r = status(v, g, governing);
        List<String> cs = new ArrayList<>(r.cues());
        cs.add("as:" + lemma);
        return new Result(r.status(), r.negated(), cs);
      }
      if ((up.relation().equals("ccomp") || up.relation().equals("xcomp")) && INFINITIVAL.contains(lemma) && finiteWithoutTo(v, cur)) {
        break; // "decided not to deliver the S-300 and has been delivering other arms": the conjunct is no infinitive of deciding
      }
      String embed = v.sentence.token(g).isNoun() && VERB_ONLY_CUES.contains(lemma) ? null : lexicon.embedStatus(lemma);
      if (embed != null && PARTICLE_CUES.containsKey(lemma) && v.out(g).stream()
          .noneMatch(d -> d.relation().equals("compound:prt") && PARTICLE_CUES.get(lemma).contains(v.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT)))) {
        embed = null; // "turned down an offer to buy" rejects; "turned to Russia, receiving helicopters" does not
      }
      if (embed == null) {
        for (int x : v.children(g, "nsubj:xsubj")) {
          // "the UK's ambition to intensify its support, through the provision of tanks": the intent the clause is
          String owned = v.sentence.token(x).isNoun() ? lexicon.embedStatus(v.lemma(x)) : null;
          if (owned != null && !owned.equals("delivered")) {
            embed = owned;
          }
        }
      }
      if (embed != null && DIRECTIVES.contains(lemma) && !(up.relation().equals("xcomp") || up.relation().startsWith("advcl"))) {
        embed = null; // "told a TV program that Russia provided missiles" reports; "told Wagner to provide" directs
      }
      if (embed == null && ENTER.contains(lemma) && v.sentence.token(g).isVerb()
          && FrameFinder.concat(v.childrenLike(g, "obl:into"), v.children(g, "obj")).stream().anyMatch(d -> FrameFinder.DEAL_NOUNS.contains(v.lemma(d).toLowerCase(java.util.Locale.ROOT)))) {
        embed = "agreed"; // "has entered into a deal worth $500 million to sell the army the Barak MX"
      }
      if (grantsApproval(v, g, Set.of("give", "grant"))) {
        embed = "agreed"; // "gave the OK for Poland to purchase", "granted approval to sell"
      }
      boolean against = v.out(g).stream().anyMatch(d -> d.relation().equals("case") && v.lemma(d.dependent()).equals("against"));
      if (up.relation().equals("advcl:against") || up.relation().equals("obl:against") || against && up.relation().equals("amod")) {
        embed = "rejected"; // "Scholz is against sending Taurus missiles"
      }
      if (ALLEGATIONS.contains(lemma)) {
        allegation = true;
        if (v.in(g).stream().anyMatch(d -> d.relation().equals("nsubj") && d.governor() >= 0 && FALSEHOODS.contains(v.lemma(d.governor()).toLowerCase(java.util.Locale.ROOT)))) {
          embed = "denied"; // "reports that Belarus supplied tanks to Russia are false"
        }
      } else if (allegation && DISMISS.contains(lemma)) {
        embed = "denied"; // "rejected allegations that it had supplied drones"
      }
      if ((lemma.equals("close") || lemma.equals("near")) && !v.sentence.token(g).isNoun()
          && (up.relation().equals("advcl:to") || up.relation().equals("obl:to") || up.relation().equals("xcomp"))) {
        embed = "considered"; // "Egypt is close to finalising a deal": still negotiating, not concluded
      }
      if (lemma.equals("interest") && v.sentence.token(g).isNoun() && (up.relation().equals("acl:in") || up.relation().equals("nmod:in") || up.relation().equals("advcl:in"))) {
        embed = "considered"; // "expressed interest in acquiring the KF-21"; not "could be in Moscow's interests"
      }
      if (HOLD_VERBS.contains(lemma) && v.childrenLike(g, "obl:on").stream().anyMatch(o -> HOLDS.contains(v.lemma(o).toLowerCase(java.util.Locale.ROOT)))) {
        embed = "halted"; // "has put the sale of F-35 jets to the UAE on hold"
      }
      if (BACK_OUT.contains(lemma) && (!v.childrenLike(g, "obl:out_of").isEmpty() || v.out(g).stream().anyMatch(d -> d.relation().equals("compound:prt")
          && v.lemma(d.dependent()).equalsIgnoreCase("out") || d.relation().equals("obl:from") && lemma.equals("walk")))) {
        embed = "halted"; // "backed out of a deal to buy", "pulled out of the contract", "walked away from"
      }
      if (embed != null && negatedAt(v, g) && NEGATABLE.contains(embed)) {
        embed = "rejected"; // "cannot agree to a request", "will not approve the sale"
        negated = false;
      } else if (("halted".equals(embed) || "rejected".equals(embed) && !DISMISS.contains(lemma)) && negatedAt(v, g)) {
        // also "Moscow would not oppose Minsk purchasing rifles": not opposing lets it happen
        embed = "possible"; // "Berlin wouldn't block Poland from sending Leopards": let happen, not stopped
        negated = false;
      }
      if (described && embed != null && !embed.equals("denied") && !allegation) {
        break;
      }
      if (embed != null && up.relation().equals("nsubj:pass") && PURPOSE.contains(lemma)) {
        break; // "its military assistance to Damascus is aimed at ...": what the supply is for, not its stage
      }
      Predicate np = v.sentence.token(g).isNoun() ? lexicon.noun(lemma) : null;
      String report = lexicon.reportKind(lemma);
      if (embed != null && !("possible".equals(embed) && report != null)) {
        // an embedding verb or noun: the outer cue decides
        boolean stopped = status.equals("halted") && (embed.equals("planned") || embed.equals("agreed"));
        if (!(embed.equals("delivered") && !status.equals("delivered")) && !stopped) {
          status = embed; // but "Colombia's decision to suspend purchases" stays halted
        }
        explicit |= ORDER_CHANGERS.contains(embed);
        cues.add("embed:" + (embed.equals("rejected") && against ? "against" : lemma));
      } else if (np != null && np.frame() == Predicate.Frame.EXCHANGE && status.equals(p.status())) {
        status = "agreed";
        cues.add("deal:" + lemma);
      } else if (report != null) {
        if (report.equals("concern") && !explicit && !past(v, clauseHead)) {
          status = "possible";
          cues.add("concern:" + lemma);
        }
        for (Dependency acl : v.in(g)) {
          // "denied a report accusing it of providing weapons": the allegation that carries the accusation is denied
          if (acl.relation().startsWith("acl") && acl.governor() >= 0 && ALLEGATIONS.contains(v.lemma(acl.governor()))) {
            for (Dependency in : v.in(acl.governor())) {
              if (in.governor() >= 0 && (in.relation().equals("obj") || in.relation().equals("nsubj:pass")) && DISMISS.contains(v.lemma(in.governor()))) {
                status = "denied";
                cues.add("embed:" + v.lemma(in.governor()) + "-" + v.lemma(acl.governor()));
              }
            }
          }
        }
        if (allegation) {
          for (Dependency in : v.in(g)) {
            if (in.governor() >= 0 && (in.relation().equals("obj") || in.relation().equals("nsubj:pass")) && DISMISS.contains(v.lemma(in.governor()))) {
              // "denied media reports that Moscow had supplied Yerevan"
              status = "denied";
              cues.add("embed:" + v.lemma(in.governor()) + "-" + lemma);
            }
          }
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
    if (negated && temporary(v, t)) {
      // "decided not to deliver the missile systems for now": held back, not refused
      status = "halted";
      cues.add("temporary");
    }
    if (status.equals("rejected") || status.equals("denied") || status.equals("halted")) {
      negated = false;
    }
    return new Result(status, negated, cues);
  }

  /** Verbs whose supply complement is an infinitive ("decided to deliver"), never a finite clause. */
  private static final Set<String> INFINITIVAL = Set.of("decide", "plan", "agree", "intend", "refuse", "promise", "pledge", "offer", "want",
      "hope", "seek", "try", "aim", "prepare", "continue");

  /** True when verb {@code t} has an auxiliary of its own (has, is, was, had) and no infinitival "to". */
  private static boolean finiteWithoutTo(SentenceView v, int t) {
    if (!v.sentence.token(t).isVerb()) {
      return false;
    }
    boolean to = v.out(t).stream().anyMatch(d -> d.relation().equals("mark") && v.lemma(d.dependent()).equalsIgnoreCase("to"));
    boolean aux = v.out(t).stream().anyMatch(d -> d.relation().equals("aux") && (v.lemma(d.dependent()).equals("have") || v.lemma(d.dependent()).equals("be")));
    return aux && !to;
  }

  /** Words that make a negated supply a pause: "for now", "for the time being", "temporarily", "until further notice". */
  private static boolean temporary(SentenceView v, int t) {
    for (Dependency d : v.out(t)) {
      String w = v.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT);
      boolean forNow = d.relation().endsWith(":for") && (w.equals("now") || w.equals("being") || w.equals("moment"));
      boolean until = d.relation().endsWith(":until") && w.equals("notice");
      if (forNow || until || d.relation().equals("advmod") && w.equals("temporarily")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The stage an infinitive gives on its own: a headline's "Iran to receive Su-35s" and "is to
   * supply" are planned, "was to supply" agreed; a deal or plan parsed as the infinitive's subject
   * ("Baykar's deal to sell drones") gives its own stage. Null when none of these.
   */
  private String bareInfinitive(SentenceView v, int t) {
    boolean copula = v.out(t).stream().anyMatch(d -> (d.relation().equals("cop") || d.relation().equals("aux")) && v.lemma(d.dependent()).equals("be"));
    if (copula && v.out(t).stream().anyMatch(d -> d.relation().equals("case") && v.lemma(d.dependent()).equals("due"))) {
      return "planned"; // "Denmark was due to supply", misparsed with "due to" as a preposition
    }
    boolean to = v.out(t).stream().anyMatch(d -> d.relation().equals("mark") && v.lemma(d.dependent()).equals("to"));
    if (!to) {
      return null;
    }
    for (Dependency d : v.out(t)) {
      if (d.relation().startsWith("nsubj") && v.sentence.token(d.dependent()).isNoun()) {
        String l = v.lemma(d.dependent());
        Predicate np = lexicon.noun(l);
        if (np != null && np.frame() == Predicate.Frame.EXCHANGE) {
          return "agreed";
        }
        if (lexicon.embedStatus(l) != null && !lexicon.embedStatus(l).equals("delivered")) {
          return lexicon.embedStatus(l);
        }
      }
    }
    List<Dependency> in = v.in(t);
    boolean root = in.isEmpty() || in.stream().allMatch(d -> d.governor() < 0);
    if (root) {
      // "Spain was to supply the jets" (a past arrangement: agreed), "Iran to receive Su-35s" (planned)
      boolean past = v.out(t).stream().anyMatch(d -> (d.relation().equals("aux") || d.relation().equals("cop")) && v.lemma(d.dependent()).equals("be")
          && v.sentence.token(d.dependent()).tag().equals("VBD"));
      return past ? "agreed" : "planned";
    }
    for (Dependency d : in) {
      if (d.governor() >= 0 && v.lemma(d.governor()).equals("be") && (d.relation().equals("xcomp") || d.relation().startsWith("advcl"))) {
        return v.sentence.token(d.governor()).tag().equals("VBD") ? "agreed" : "planned";
      }
    }
    return null;
  }

  /** Whether the word is one of {@code verbs} with an approval or licence as its object ("granted an export licence"). */
  private static boolean grantsApproval(SentenceView v, int x, Set<String> verbs) {
    return verbs.contains(v.lemma(x)) && v.children(x, "obj").stream().anyMatch(o -> APPROVALS.contains(v.lemma(o).toLowerCase(java.util.Locale.ROOT)));
  }

  /** Whether the noun, or the aid noun it is compounded on ("aid package"), is the object of announcing or unveiling aid. */
  private boolean announcedAid(SentenceView v, int t) {
    int pack = v.in(t).stream().filter(c -> c.relation().equals("compound") && c.governor() >= 0 && AID_NOUNS.contains(v.lemma(c.governor()).toLowerCase(java.util.Locale.ROOT)))
        .mapToInt(Dependency::governor).reduce((a, b) -> b).orElse(t);
    return AID_NOUNS.contains(v.lemma(pack).toLowerCase(java.util.Locale.ROOT))
        && v.in(pack).stream().anyMatch(d -> d.relation().equals("obj") && d.governor() >= 0 && ANNOUNCED.contains(v.lemma(d.governor())));
  }

  /** A modal's effect: "could" makes a supply possible; "will" makes a plain supply planned. */
  private static String combine(String status, String modal) {
    if (modal.equals("possible") && KEPT.contains(status)) {
      return status; // "would consider selling" stays considered
    }
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
      if (s == null && d.relation().equals("aux") && v.sentence.token(d.dependent()).isVerb()
          && !v.sentence.token(d.dependent()).tag().equals("MD") && !Set.of("be", "have", "do").contains(v.lemma(d.dependent()))) {
        // "the United States intends to sell": an embedding verb the parser took for an auxiliary
        String e = lexicon.embedStatus(v.lemma(d.dependent()));
        s = e == null || e.equals("delivered") ? null : e;
      }
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
