package org.armsledger.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.armsledger.lexicon.ActorEntry;
import org.armsledger.lexicon.Lexicon;
import org.armsledger.lexicon.Mention;
import org.armsledger.lexicon.WeaponEntry;
import org.armsledger.lexicon.Predicate;
import org.armsledger.lexicon.Predicate.Frame;
import org.armsledger.text.Dependency;
import org.armsledger.text.Token;

/**
 * The dependency-pattern rules: finds supply predicates in a parsed sentence and maps their
 * arguments to supplier, recipient and item by frame (give, get, request, assist, train, move),
 * voice (active, passive), ditransitives ("provide X with Y", "send X Y"), nominalisations
 * ("Tehran's request for the S-400"), converse verbs ("buy from") and exchanges ("in exchange for").
 *
 * <p>Stateless apart from the lexicon; safe to share between threads.
 */
final class FrameFinder {
  /** Relations not followed when collecting the items of an argument. */
  private static final Set<String> ITEM_STOP =
      Set.of("acl:relcl", "advcl", "ccomp", "parataxis", "punct", "csubj", "xcomp", "ref", "nsubj", "nsubj:pass", "cc", "mark", "obl");
  /** Acl verbs through which an item's own name or parts are given ("known as Shaheds"). */
  private static final Set<String> NAMING = Set.of("know", "call", "dub", "name", "include", "contain", "comprise", "term", "designate");
  private static final Set<String> PRONOUNS = Set.of("it", "its", "they", "them", "their", "he", "him", "his", "she", "her", "we", "us", "our");
  /** Nouns that, with "the", refer back to an actor already named. */
  static final Set<String> DESCRIPTIONS =
      Set.of("group", "militants", "militia", "rebels", "country", "regime", "organization", "organisation", "movement", "kingdom", "republic", "nation", "company", "firm", "manufacturer", "ally", "concern", "contractor",
          "ministry", "junta");
  /** Nouns for people or groups that a demonym in front of them ties to its state. */
  private static final Set<String> GROUP_NOUNS =
      Set.of("leaders", "officials", "fighters", "rebels", "militia", "militias", "group", "organization", "organisation", "company", "firm", "manufacturer", "manufacturers", "industry", "operators", "counterpart", "counterparts", "minister", "ministry", "president", "envoy", "ambassador", "embassy", "spokesman", "spokesperson", "partners", "allies", "ally", "side", "delegation", "authorities",
          // a leader by title: "a deal with Indian PM Narendra Modi"
          "pm", "premier", "chancellor", "king", "emir", "leader",
          // where supplies come from: "shells from the Czech initiative", "rifles from American stocks"
          "initiative", "stock", "stocks", "stockpile", "stockpiles", "inventory", "inventories", "reserves", "government", "administration", "leadership");
  /** Nouns for makers, whose location names their state. */
  private static final Set<String> MAKERS =
      Set.of("manufacturer", "factory", "company", "firm", "supplier", "producer", "plant", "maker", "vendor", "arsenal");
  /** Nouns for armed groups against or beside a state. */
  private static final Set<String> REBEL_NOUNS = Set.of("rebel", "militant", "insurgent", "separatist", "jihadist", "guerrilla", "guerrila", "terrorist", "extremist");
  /** Words that make a demonym's group non-state. */
  /** How a party stands for an armed group of a state: "nonstate:SDN". */
  static final String NON_STATE_OF = "nonstate:";
  private static final Set<String> NON_STATE = Set.of("paramilitary", "rebel", "opposition", "insurgent", "separatist", "militia", "jihadist", "proxy");
  /** Verbs whose subject, acting on a purchase or request, is the seller's side: "Washington approved Poland's purchase". */
  private static final Set<String> SELLER_SIDE =
      Set.of("approve", "authorize", "authorise", "clear", "greenlight", "green-light", "block", "reject", "refuse", "deny", "decline", "halt",
          "suspend", "stop", "freeze", "veto", "turn", "rebuff", "grant", "fulfil", "fulfill", "meet", "accept", "answer", "honour", "honor");
  /** Verbs whose subject stands outside a supply it acts on: "Syria intercepted arms shipments to Hezbollah". */
  private static final Set<String> THIRD_PARTY =
      Set.of("intercept", "seize", "capture", "confiscate", "track", "monitor", "detect", "observe", "inspect", "investigate", "document",
          "condemn", "criticize", "criticise", "protest", "report", "reveal", "expose", "uncover", "discover", "find", "examine", "welcome",
          "oppose", "question", "raise", "warn", "fear", "sanction", "target", "strike", "destroy", "hit", "shoot",
          // rivals: "countering China's offer", "Saab beat out a US-backed offer": the subject competes with the offer, it does not get it
          "counter", "rival", "beat", "outbid", "undercut", "compete", "match");
  /** Participles that send an item to its recipient: "weapons intended for Ukraine". */
  static final Set<String> DESTINED = Set.of("intend", "earmark", "destine", "bind", "mean", "slate", "bound", "designate", "allocate", "headed", "head",
      // "six MiG-29s gifted to Serbia", "the rifles sold to Sudan"
      "gift", "donate", "promise", "pledge", "sell", "supply", "send", "deliver", "ship", "transfer", "export", "provide", "give", "hand");
  /** Verbs and nouns of making arms, for licensed and foreign production. */
  private static final Set<String> PRODUCE_VERBS = Set.of("produce", "manufacture", "assemble", "build", "co-produce", "coproduce");
  private static final Set<String> PRODUCE_NOUNS = Set.of("production", "manufacturing", "manufacture", "assembly", "co-production", "coproduction");
  /** Nouns for kinds of actor whose examples are the parties: "countries such as Iraq". */
  private static final Set<String> KIND_NOUNS =
      Set.of("country", "nation", "state", "customer", "client", "buyer", "ally", "partner", "user", "operator", "group", "government", "army", "militia", "force");
  /** Verbs of blaming someone for what they did: their object did it. */
  private static final Set<String> BLAME =
      Set.of("criticize", "criticise", "accuse", "blame", "condemn", "slam", "sanction", "punish", "fault", "rebuke", "censure", "denounce",
          "berate", "lambast", "lambaste", "castigate", "chide", "reproach", "scold", "attack", "assail", "rap");
  /** Verbs of paying: who pays for a delivery receives it. */
  private static final Set<String> PAY = Set.of("pay", "foot");
  /** Verbs that make a deal through an on-phrase: "sign off on a deal", "agree on a contract". */
  private static final Set<String> SIGN_ON = Set.of("sign", "agree");
  /** Light verbs whose object is the supply they carry out: "the transfers Russia made to Armenia". */
  private static final Set<String> LIGHT_VERBS = Set.of("make", "conduct", "carry", "effect", "undertake");
  /** People whose training is military training by definition. */
  private static final Set<String> SERVICE_PEOPLE =
      Set.of("soldier", "soldiers", "serviceman", "servicemen", "servicemembers", "troops", "cadets", "sailors", "airmen", "marines", "commandos", "conscripts", "recruits",
          "pilots", "aircrews", "crews", "officers", "personnel", "gunners", "forces");
  /** Verbs of sending people somewhere to do something. */
  private static final Set<String> SENDING = Set.of("send", "deploy", "dispatch", "assign", "post", "station", "second", "despatch");
  /** Verbs of buying, whose from-phrase names the seller. */
  private static final Set<String> ORDERING = Set.of("order", "buy", "purchase", "acquire", "procure", "contract");
  /** Verbs whose to-phrase names who is turned to: "reached out to Moscow", "appealed to Berlin". */
  private static final Set<String> TURN_TO = Set.of("reach", "turn", "appeal", "write", "apply", "go");
  /** Verbs of turning to a possible seller. */
  private static final Set<String> APPROACH = Set.of("approach", "contact", "petition", "court", "visit");
  /** Participles of use: what a supplier's items are used by names who got them. */
  static final Set<String> USED = Set.of("use", "operate", "deploy", "employ", "field", "fire", "launch");
  /** Nouns for negotiation: "talks with Russia on the supply of helicopters". */
  private static final Set<String> TALKS = Set.of("talk", "talks", "negotiation", "discussion", "consultation");
  /** Agent nouns of giving support, not named materiel: "the biggest contributor to Ukraine's defence". */
  private static final Set<String> CONTRIBUTORS = Set.of("contributor", "donor");
  /** What a contribution is to that makes it military: "to Ukraine's defence", "to the war effort". */
  private static final Set<String> MILITARY_ENDS = Set.of("defence", "defense", "military", "army", "effort", "security", "war");
  /** What a state's forces are strengthened in: "bolster Poland's defence capabilities", "its arsenal". */
  private static final Set<String> FORCES = Set.of("defence", "defense", "military", "army", "navy", "capability", "capabilities", "arsenal",
      "fleet", "force", "forces", "deterrence");
  /** Nouns for the supplier itself: "Pakistan's largest supplier", "Russia's main arms exporter". */
  private static final Set<String> AGENT_NOUNS = Set.of("supplier", "provider", "exporter", "sponsor", "armourer", "armorer", "backer", "patron", "contributor", "donor");
  /** Verbs whose object, not subject, does what their complement says. */
  private static final Set<String> CONTROL =
      Set.of("urge", "press", "lean", "call", "push", "pressure", "persuade", "convince", "encourage", "ask", "force", "allow", "permit",
          "authorize", "authorise", "invite", "tell", "order", "compel", "prompt", "lobby", "implore", "appeal",
          "accuse", "blame", "suspect", "charge", "criticize", "criticise", "condemn", "sanction", "punish", "thank", "praise", "fault");
  /** Verbs of depending on a supplier: "relied on Russia for arms", "turned to France for arms". */
  private static final Set<String> RELY = Set.of("rely", "depend", "turn", "look", "lean", "count");
  /** Verbs that name the weapons they supply. */
  static final Set<String> ARMING = Set.of("arm", "rearm", "re-arm");
  /** Nouns for an act whose owner acts: "Baykar's deal to sell drones", "Iran's efforts to rearm". */
  private static final Set<String> OWNED =
      Set.of("deal", "contract", "agreement", "plan", "decision", "effort", "attempt", "bid", "move", "offer", "promise", "pledge", "commitment", "intention", "readiness", "willingness", "refusal", "failure", "push", "drive", "campaign", "program", "programme", "initiative", "proposal", "request", "appeal", "application", "demand", "need", "wish", "desire", "ambition", "aim", "goal", "determination");
  /** Verbs of stopping or letting another's supply that may carry its from-phrase: "vetoed the re-export of tanks from Spain". */
  private static final Set<String> THIRD_PARTY_OF_FROM = Set.of("veto", "block", "approve", "authorize", "authorise", "allow", "permit", "halt",
      "stop", "prevent", "clear", "bar", "ban");
  /** Places a delivery arrives at that belong to a state's forces: "the Indian Air Force base". */
  private static final Set<String> SITES = Set.of("base", "airbase", "port", "harbour", "harbor", "airport", "airfield", "facility", "depot", "dockyard");
  /** Verbs of hastening a supply: "expedite the delivery", "speed up the transfer". */
  private static final Set<String> HASTEN = Set.of("expedite", "accelerate", "speed", "hasten", "fast-track", "complete", "resume", "increase", "step");
  /** Arrangements a supply comes "under": "under a US foreign military financing programme". */
  private static final Set<String> SCHEMES = Set.of("programme", "program", "deal", "agreement", "contract", "initiative", "scheme", "arrangement",
      "pact", "accord", "package", "framework");
  /** Adverbs that say an item was acquired lately: "newly acquired", "recently delivered". */
  private static final Set<String> NEWLY = Set.of("newly", "recently", "just", "freshly", "lately");
  /** Verbs of showing or operating what one has: "showed off newly acquired drones". */
  private static final Set<String> HOLDING = Set.of("show", "display", "parade", "unveil", "showcase", "exhibit", "present", "operate", "field",
      "induct", "commission", "test", "fly", "use", "deploy", "integrate");
  /** A state's forces that "the" alone points back to: "the army", "the navy". */
  private static final Set<String> BARE_INSTITUTIONS = Set.of("army", "military", "navy");
  /** Who rules from a seat: "the government in Tripoli", "the junta in Niamey" (not "forces in Minsk", who are only there). */
  private static final Set<String> SEATED = Set.of("government", "regime", "junta", "authorities", "administration", "leadership", "rulers");
  /** A state's offices that act for it when the state owns them: "Poland's Armament Agency signed a contract". */
  private static final Set<String> STATE_BODIES = Set.of("agency", "directorate", "department", "office", "bureau", "command", "commission", "corps", "council", "committee");
  /** Words on a support noun that make it military support rather than political. */
  private static final Set<String> MILITARY =
      Set.of("military", "defense", "defence", "technical", "security", "weapons", "arms", "missile", "drone", "lethal", "combat", "army");

  private final Lexicon lexicon;

  FrameFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<org.armsledger.extract.Frame> find(SentenceView v) {
    List<org.armsledger.extract.Frame> out = findFrames(v);
    // "China is Pakistan's largest supplier of arms by some distance, including fighter aircraft,
    // warships and missiles": a list of examples hung on another word of the clause belongs to the
    // frame whose generic item it exemplifies
    List<org.armsledger.extract.Frame> widened = new ArrayList<>();
    for (org.armsledger.extract.Frame f : out) {
      boolean generic = f.items().stream().anyMatch(i -> i.weapon() == null && i.category().equals("equipment"));
      List<ItemArg> extra = new ArrayList<>();
      for (Dependency d : v.sentence.edges()) {
        boolean including = generic && (d.relation().endsWith(":including") || d.relation().endsWith(":such_as"));
        // "to manufacture armoured vehicles in Ukraine, in particular tanks, ammunition and air defence": examples of any item
        boolean particular = (d.relation().equals("nmod:in") || d.relation().equals("obl:in")) && !f.items().isEmpty()
            && v.children(d.dependent(), "amod").stream().anyMatch(a -> v.lemma(a).equals("particular"));
        if ((including || particular) && d.governor() >= 0 && near(v, f.token(), d.governor())) {
          for (ItemArg i : items(v, List.of(d.dependent()))) {
            if (f.items().stream().noneMatch(x -> x.head() == i.head()) && extra.stream().noneMatch(x -> x.head() == i.head())) {
              extra.add(i);
            }
          }
        }
      }
      if (!f.predicate().noun() && (f.predicate().frame() == Frame.GIVE || f.predicate().frame() == Frame.GET)) {
        // "In addition to the Turkish UAVs, Addis Ababa has also procured Chinese drones": the items it
        // already has came the same way, from their own supplier (their origin, in the extractor)
        for (Dependency d : v.out(f.token())) {
          if (!ADDITION.contains(d.relation())) {
            continue;
          }
          List<ItemArg> before = items(v, List.of(d.dependent()));
          before.removeIf(ItemArg::isSupport);
          List<Party> sup = f.predicate().frame() == Frame.GIVE ? f.suppliers() : List.of();
          if (!before.isEmpty()) {
            widened.add(new org.armsledger.extract.Frame(f.predicate(), f.token(), sup, f.recipients(), before, f.rule() + ".in-addition", f.path()));
          }
        }
      }
      if (extra.isEmpty()) {
        widened.add(f);
      } else {
        List<ItemArg> all = new ArrayList<>(f.items());
        all.addAll(extra);
        widened.add(f.with(f.suppliers(), f.recipients(), dedupe(all), ".including"));
      }
    }
    return complemented(widened);
  }

  /**
   * Frames of one sentence about the same items that each name only one side lend each other the
   * other: "The Leopard tanks, supplied by Spain, arrived in Latvia" is one supply, Spain's (the
   * participle) to Latvia (the arrival).
   */
  private static List<org.armsledger.extract.Frame> complemented(List<org.armsledger.extract.Frame> frames) {
    List<org.armsledger.extract.Frame> out = new ArrayList<>(frames);
    for (int i = 0; i < out.size(); i++) {
      org.armsledger.extract.Frame f = out.get(i);
      boolean noRecipient = f.recipients().isEmpty() && !f.suppliers().isEmpty();
      boolean noSupplier = f.suppliers().isEmpty() && !f.recipients().isEmpty();
      if (!noRecipient && !noSupplier || f.predicate().frame() == Frame.EXCHANGE) {
        continue;
      }
      for (org.armsledger.extract.Frame g : frames) {
        boolean sameItems = !f.items().isEmpty() && g.items().stream().anyMatch(x -> f.items().stream().anyMatch(y -> y.head() == x.head()));
        // never from a frame of the same word ("in exchange for" reverses it), nor the other side itself
        boolean overlap = g.suppliers().stream().anyMatch(x -> f.recipients().stream().anyMatch(y -> sameParty(x, y)))
            || g.recipients().stream().anyMatch(x -> f.suppliers().stream().anyMatch(y -> sameParty(x, y)));
        if (g == f || !sameItems || g.predicate().frame() == Frame.EXCHANGE || g.token() == f.token() || overlap) {
          continue;
        }
        if (noRecipient && !g.recipients().isEmpty() && g.suppliers().isEmpty()) {
          out.set(i, f.with(f.suppliers(), g.recipients(), f.items(), ".recipient-from-" + g.predicate().lemma()));
          break;
        }
        if (noSupplier && !g.suppliers().isEmpty() && g.recipients().isEmpty()) {
          out.set(i, f.with(g.suppliers(), f.recipients(), f.items(), ".supplier-from-" + g.predicate().lemma()));
          break;
        }
      }
    }
    return out;
  }

  private static boolean sameParty(Party a, Party b) {
    return a.span() != null && a.span().equals(b.span()) || a.actor() != null && b.actor() != null && a.actor().id().equals(b.actor().id());
  }

  /** Relations of items a supply comes on top of: "in addition to the Turkish UAVs", "besides the tanks". */
  private static final Set<String> ADDITION = Set.of("obl:in_addition_to", "obl:besides", "obl:alongside", "obl:on_top_of");

  /** True when {@code other} is the predicate, one of its dependents or its governor. */
  private static boolean near(SentenceView v, int predicate, int other) {
    if (other == predicate) {
      return true;
    }
    for (Dependency d : v.out(predicate)) {
      if (d.dependent() == other) {
        return true;
      }
    }
    for (Dependency d : v.in(predicate)) {
      if (d.governor() == other) {
        return true;
      }
      // a sibling phrase of the same clause: "[cemented] its place as X's supplier of arms by some distance, including ..."
      if (d.governor() >= 0 && v.out(d.governor()).stream().anyMatch(x -> x.dependent() == other && x.relation().startsWith("obl"))) {
        return true;
      }
    }
    return false;
  }

  private List<org.armsledger.extract.Frame> findFrames(SentenceView v) {
    List<org.armsledger.extract.Frame> out = new ArrayList<>();
    for (Token tok : v.sentence.tokens()) {
      int t = tok.index();
      Predicate p = null;
      if (tok.isVerb() || tok.tag().equals("JJ") && tok.lemma().endsWith("ing")) {
        p = lexicon.verb(tok.lemma());
        if (p == null && tok.isVerb() && PASS_ON.contains(tok.lemma())
            && v.out(t).stream().anyMatch(d -> d.relation().equals("compound:prt") && PASS_ON_PARTICLES.contains(v.lemma(d.dependent())))) {
          p = lexicon.verb("hand"); // "rifles captured in Mali were passed on to Niger": handed on
        }
        if (p == null && tok.isVerb() && BOLSTER.contains(tok.lemma()) && !v.childrenLike(t, "obl:with").isEmpty()) {
          p = STRENGTHEN_WITH; // "strengthen the Philippines' air defence with Type 03 missiles"
        }
      } else if (tok.tag().equals("JJ") && tok.lemma().endsWith("ed") && v.in(t).stream().anyMatch(d -> d.relation().equals("acl") || d.relation().equals("amod"))) {
        // a past participle the tagger took for an adjective: "six MiG-29s gifted to Serbia"
        String stem = tok.lemma().substring(0, tok.lemma().length() - 2);
        p = lexicon.verb(stem) != null ? lexicon.verb(stem) : lexicon.verb(stem + "e");
        // but a bare adjective before its noun is none ("31 armed drones", "supplied weapons")
        boolean bare = v.in(t).stream().anyMatch(d -> d.relation().equals("amod") && d.governor() > t) && v.out(t).isEmpty();
        if (p != null && (p.frame() != Frame.GIVE || bare)) {
          p = null;
        }
      } else if (tok.isNoun()) {
        p = lexicon.noun(tok.lemma());
      }
      if (p == null) {
        if (tok.isNoun() && TALKS.contains(tok.lemma())) {
          talksFrame(v, t, out);
        }
        if (tok.isNoun() && RESTRICTIONS.contains(tok.lemma())) {
          restrictionFrame(v, t, out);
        }
        if (tok.isNoun() && BUYER_NOUNS.contains(tok.lemma().toLowerCase(java.util.Locale.ROOT))) {
          buyerFrame(v, t, out);
        }
        if (tok.isVerb()) {
          // verbs that are no supply predicate but frame one: "the package includes", "removed Turkey
          // from the F-35 program", "met Islamabad's demand", "completed a training programme"
          String l = tok.lemma();
          if (INCLUDE_VERBS.contains(l)) {
            includeFrame(v, t, out);
          }
          if (EXPEL.contains(l)) {
            expelFrame(v, t, out);
          }
          if (MEET.contains(l)) {
            needFrame(v, t, out);
          }
          if (UNDERGO.contains(l)) {
            undergoFrame(v, t, out);
          }
          if (SOURCING.contains(l)) {
            sourcingFrame(v, t, out);
          }
          if (NEGOTIATE.contains(l)) {
            negotiateFrame(v, t, out);
          }
          if (SERVICE.contains(l)) {
            serviceFrame(v, t, out);
          }
          if (USE.contains(l)) {
            useFrame(v, t, out);
          }
          if (BID.contains(l)) {
            bidFrame(v, t, out);
          }
          if (UNVEIL.containsKey(l)) {
            packageFrame(v, t, out);
          }
          if (l.equals("agree") && !v.childrenLike(t, "obl:on").isEmpty()) {
            agreeOnFrame(v, t, out);
          }
        }
        if (tok.isVerb() && PRODUCE_VERBS.contains(tok.lemma()) || tok.isNoun() && PRODUCE_NOUNS.contains(tok.lemma())) {
          produceFrame(v, t, out);
        }
        continue;
      }
      if (p.noun() && !v.children(t, "obj").isEmpty() && lexicon.verb(tok.lemma()) != null) {
        verbFrame(v, t, lexicon.verb(tok.lemma()), out); // "Denmark was due to supply the first six", tagged as a noun
      } else if (p.noun()) {
        nounFrame(v, t, p, out);
      } else {
        verbFrame(v, t, p, out);
      }
    }
    return out;
  }

  /**
   * The subject an xcomp verb takes from its governor: the governor's object when it is an
   * object-control verb ("Russia has been leaning on China to send aid": China sends), else the
   * subject the parser gave.
   */
  private int controlled(SentenceView v, int t, int given) {
    for (Dependency in : v.in(t)) {
      if (in.relation().equals("xcomp") && in.governor() >= 0 && APPROACH.contains(v.lemma(in.governor()))) {
        // "Taiwan approached Washington to purchase missiles": the approacher purchases
        for (int subj : v.children(in.governor(), "nsubj")) {
          return subj;
        }
      }
      if (in.relation().equals("xcomp") && in.governor() >= 0 && SENDING.contains(v.lemma(in.governor())) && partyAt(v, given) == null
          && lexicon.isPersonnelNoun(v.sentence.token(given).text())) {
        // "Moscow sent 40 instructors to train the army": who sends the instructors trains through them
        for (int subj : v.children(in.governor(), "nsubj")) {
          return subj;
        }
      }
      if (in.relation().equals("xcomp") && in.governor() >= 0 && CONTROL.contains(v.lemma(in.governor()))) {
        int g = in.governor();
        for (int o : concat(v.children(g, "obj"), concat(v.childrenLike(g, "obl:on"), v.childrenLike(g, "obl:upon")))) {
          if (o != given && partyAt(v, o) != null) {
            return o;
          }
        }
      }
    }
    return given;
  }

  /** True when the verb's subject is a group of personnel ("Ukrainian pilots", "the soldiers"). */
  private boolean subjectIsPersonnel(SentenceView v, Slots s) {
    for (int x : concat(s.get("subj"), s.get("subjpass"))) {
      Mention m = v.mentionAt(x);
      if (m != null && m.form() == Mention.Form.PERSONNEL || lexicon.isPersonnelNoun(v.sentence.token(x).text())) {
        return true;
      }
    }
    return false;
  }

  /** Arguments of a verb predicate by slot. */
  private static final class Slots {
    final Map<String, List<Integer>> map = new LinkedHashMap<>();
    boolean passive;

    void add(String slot, int t) {
      List<Integer> l = map.computeIfAbsent(slot, k -> new ArrayList<>());
      if (!l.contains(t)) {
        l.add(t);
      }
    }

    List<Integer> get(String slot) {
      return map.getOrDefault(slot, List.of());
    }
  }

  private Slots slots(SentenceView v, int t) {
    Slots s = new Slots();
    List<Dependency> edges = new ArrayList<>(v.out(t));
    // a participle the parser hung on its object as a modifier ("providing drones to X")
    for (Dependency in : v.in(t)) {
      if (in.relation().equals("amod") && in.governor() >= 0 && v.sentence.token(in.governor()).isNoun()) {
        s.add("obj", in.governor());
        for (Dependency d : v.out(in.governor())) {
          if (d.relation().startsWith("nmod:")) {
            edges.add(new Dependency(t, "obl:" + d.subtype(), d.dependent()));
          }
        }
        // "Iran denied supplying drones to Russia": the to-phrase hangs on the verb above
        for (Dependency up : v.in(in.governor())) {
          boolean argument = up.relation().equals("obj") || up.relation().startsWith("obl:");
          boolean control = (up.relation().equals("obl:of") || up.relation().equals("obl:for")) && up.governor() >= 0
              && CONTROL.contains(v.lemma(up.governor()));
          if (up.relation().equals("obl:from") && up.governor() >= 0 || control) {
            // "prevent Turkey from purchasing X", "accused Uganda of supplying weapons": the object does it
            v.children(up.governor(), "obj").forEach(o -> s.add("subj", o));
            if (control && v.children(up.governor(), "obj").isEmpty()) {
              // "Eritrea accused of sending arms to rebels" (a headline's passive): the accused does it
              concat(v.children(up.governor(), "nsubj"), v.children(up.governor(), "nsubj:pass")).forEach(o -> s.add("subj", o));
            }
          }
          if (argument && up.governor() >= 0 && lexicon.verb(v.lemma(up.governor())) == null) {
            // "accuses Iran of supplying Russia with drones", parsed as "of [supplying] Russia"
            for (Dependency d : v.out(up.governor())) {
              if (d.relation().startsWith("obl:") && !d.relation().equals("obl:tmod") && d.dependent() != in.governor()) {
                edges.add(new Dependency(t, d.relation(), d.dependent()));
              }
            }
          }
        }
      }
    }
    // a present participle modifying a noun: the noun does it ("Ukrainian pilots training on F-16s")
    if (v.sentence.token(t).tag().equals("VBG")) {
      for (Dependency in : v.in(t)) {
        if (in.relation().equals("acl") && in.governor() >= 0 && v.sentence.token(in.governor()).isNoun()
            && v.out(t).stream().noneMatch(d -> d.relation().startsWith("nsubj"))) {
          s.add("subj", in.governor());
        }
      }
    }
    // a past participle modifying its item: "drones provided by Turkey", "a system procured from China"
    if (v.sentence.token(t).tag().equals("VBN")) {
      for (Dependency in : v.in(t)) {
        if (in.relation().equals("acl") && in.governor() >= 0 && v.sentence.token(in.governor()).isNoun()) {
          s.add("subjpass", in.governor());
          s.passive = true;
        }
        boolean bare = v.out(t).stream().noneMatch(d -> d.relation().startsWith("nsubj") || d.relation().equals("obj") || d.relation().startsWith("aux"));
        if (in.relation().equals("dep") && bare && in.governor() >= 0 && v.sentence.token(in.governor()).isVerb()) {
          // "Serbia presented the FK-3 system recently procured from China", the participle hung on the verb:
          // it modifies the verb's last noun before it
          int best = -1;
          for (Dependency o : v.out(in.governor())) {
            boolean arg = o.relation().equals("obj") || o.relation().startsWith("obl");
            if (arg && o.dependent() < t && o.dependent() > best && v.sentence.token(o.dependent()).isNoun()) {
              best = o.dependent();
            }
          }
          if (best >= 0) {
            s.add("subjpass", best);
            s.passive = true;
          }
        }
      }
      // a reduced relative parsed as the main verb: "drones provided by Turkey played a role"
      boolean aux = v.out(t).stream().anyMatch(d -> d.relation().startsWith("aux"));
      boolean obj = v.out(t).stream().anyMatch(d -> d.relation().equals("obj") || d.relation().equals("iobj"));
      if (!aux && !obj) {
        s.passive = true;
        for (Dependency d : v.out(t)) {
          if (d.relation().equals("nsubj")) {
            s.add("subjpass", d.dependent());
          }
        }
        edges.removeIf(d -> d.relation().equals("nsubj"));
      }
    }
    for (int k = 0; k < edges.size(); k++) {
      Dependency d = edges.get(k);
      if (d.relation().startsWith("nsubj") && v.sentence.token(d.dependent()).tag().equals("WDT")) {
        for (Dependency in : v.in(t)) {
          if ((in.relation().equals("dep") || in.relation().equals("acl:relcl")) && in.governor() >= 0 && v.sentence.token(in.governor()).isNoun()) {
            edges.set(k, new Dependency(t, d.relation(), in.governor())); // the relative pronoun stands for the noun it follows
            break;
          }
        }
      }
    }
    for (Dependency d : edges) {
      String r = d.relation();
      int x = d.dependent();
      switch (r) {
        case "nsubj" -> s.add("subj", x);
        case "nsubj:xsubj" -> s.add("subj", controlled(v, t, x));
        case "nsubj:pass" -> s.add("subjpass", x);
        case "aux:pass" -> s.passive = true;
        case "obj" -> s.add("obj", x);
        case "iobj" -> s.add("iobj", x);
        case "obl:agent" -> s.add("agent", x);
        case "obl:to", "obl:into", "obl:toward", "obl:towards" -> s.add("to", x);
        case "obl:with" -> s.add("with", x);
        case "obl:from" -> s.add("from", x);
        case "obl:for" -> s.add("for", x);
        case "obl:including", "obl:like", "obl:such_as" -> s.add("including", x);
        case "obl:in_exchange_for", "obl:in_return_for" -> s.add("exchange", x);
        case "obl:in" -> {
          String l = v.lemma(x);
          if (l.equals("exchange") || l.equals("return")) {
            v.childrenLike(x, "nmod:for").forEach(y -> s.add("exchange", y));
          } else {
            s.add("in", x);
          }
        }
        case "obl:by" -> s.add("by", x);
        case "xcomp" -> s.add("xcomp", x);
        default -> {
          if (r.equals("obl:on") || r.equals("obl:at")) {
            s.add("on", x);
          }
        }
      }
    }
    if (s.passive || !s.get("subjpass").isEmpty()) {
      s.passive = true;
      s.get("by").forEach(x -> s.add("agent", x));
    }
    return s;
  }

  /**
   * The heads of with-phrases whose "with" directly follows one of {@code heads} (the recipient
   * named as object), whatever the parser attached them to.
   */
  private static List<Integer> withRightAfter(SentenceView v, List<Integer> heads) {
    List<Integer> out = new ArrayList<>();
    for (int h : heads) {
      int next = h + 1;
      if (next >= v.sentence.tokens().size() || !v.sentence.token(next).text().equalsIgnoreCase("with")) {
        continue;
      }
      for (Dependency d : v.sentence.edges()) {
        if (d.dependent() > next && d.relation().endsWith(":with") && v.children(d.dependent(), "case").contains(next)) {
          out.add(d.dependent());
        }
      }
    }
    return out;
  }

  /** People who comment on or watch a trade: never its supplier or recipient, whoever they belong to. */
  private static final Set<String> ONLOOKERS = Set.of("politician", "expert", "lawmaker", "legislator", "journalist", "analyst", "critic", "observer",
      "scholar", "academic", "activist", "commentator", "researcher", "reporter", "voter", "citizen", "tourist", "student", "investigator",
      "monitor", "inspector", "watchdog", "pundit");

  /** Verbs of asking someone to do something for the asker. */
  private static final Set<String> ASKING = Set.of("ask", "request", "beg", "implore", "appeal", "petition", "lean");

  /** Verbs of making or improving a system that "with the help of" another state's help attaches to. */
  private static final Set<String> MAKING = Set.of("build", "develop", "produce", "manufacture", "assemble", "design", "make", "modernize",
      "modernise", "upgrade", "construct", "create", "launch", "field");

  /**
   * "Pakistan built the JF-17 jets with the help of China", "Turkey developed its drones with help
   * from Ukraine", "... with Russian help": the helper assists the maker with the thing made.
   */
  private boolean withHelpFrame(SentenceView v, int t, Predicate p, List<org.armsledger.extract.Frame> out) {
    for (Dependency in : v.in(t)) {
      int g = in.governor();
      if (g < 0 || !(in.relation().equals("obl:with") || in.relation().equals("nmod:with")) || !MAKING.contains(v.lemma(g))) {
        continue;
      }
      List<Party> helpers = new ArrayList<>(parties(v, concat(v.childrenLike(t, "nmod:of"), v.childrenLike(t, "nmod:from"))));
      for (int a : v.children(t, "amod", "compound", "nmod:poss")) {
        Mention m = v.mentionAt(a);
        if (m != null && m.type() == Mention.Type.ACTOR) {
          helpers.add(party(m, "amod"));
        }
      }
      List<Party> makers = parties(v, v.children(g, "nsubj"));
      if (makers.isEmpty()) {
        makers = inheritedSubject(v, g);
      }
      List<ItemArg> made = new ArrayList<>();
      for (ItemArg i : items(v, v.children(g, "obj"))) {
        made.add(new ItemArg(i.category(), "assistance", i.weapon(), i.text(), i.span(), i.head(), i.lexiconId()));
      }
      if (helpers.isEmpty() || makers.isEmpty() || made.isEmpty()) {
        return false;
      }
      emit(out, p, t, helpers, makers, made, "assist.noun.with-help", v.word(g) + " -obl:with-> " + v.word(t));
      return true;
    }
    return false;
  }

  /**
   * The to-phrase of the nearest clause above a supply word that lacks its own subject (up to three
   * steps through modifiers, of-phrases and objects): the recipient the parser hung there.
   */
  private List<Party> clauseTo(SentenceView v, int t) {
    int at = t;
    for (int hop = 0; hop < 3; hop++) {
      int up = -1;
      for (Dependency in : v.in(at)) {
        String r = in.relation();
        if (in.governor() >= 0 && (r.equals("amod") || r.equals("acl") || r.equals("nmod:of") || r.equals("obj") || r.equals("xcomp"))) {
          up = in.governor();
        }
      }
      if (up < 0) {
        return List.of();
      }
      List<Party> to = parties(v, v.childrenLike(up, "obl:to"));
      if (!to.isEmpty()) {
        return to;
      }
      at = up;
    }
    return List.of();
  }

  /** Verbs by which a deal lists what it is for: "the package includes 40 Stinger missiles". */
  static final Set<String> INCLUDE_VERBS = Set.of("include", "comprise", "cover", "contain", "involve", "feature");

  /** Nouns of asking, whose to-phrase names who is asked: "Kyiv's request to Washington to acquire". */
  /** Verbs that give only with their particle: "passed on to", "passed along to". */
  private static final Set<String> PASS_ON = Set.of("pass");
  private static final Set<String> PASS_ON_PARTICLES = Set.of("on", "along");

  private static final Set<String> REQUEST_NOUNS = Set.of("request", "appeal", "plea", "bid", "application", "petition");

  /** Talks a purchase is discussed in: "talks with China on the purchase of drones". */
  private static final Set<String> TALK_NOUNS = Set.of("talk", "talks", "discussion", "negotiation", "consultation", "deliberation");

  /** Words for a part of a whole: "most of its imports", "the bulk of its arms purchases". */
  private static final Set<String> SHARE_NOUNS = Set.of("most", "much", "half", "majority", "bulk", "share", "part", "percent", "%", "third",
      "quarter", "all", "some", "many", "proportion", "portion");

  /** Nouns a supply noun names the kind of: "a military aid package", "an arms shipment". */
  private static final Set<String> PACKAGE_NOUNS = Set.of("package", "tranche", "consignment", "batch", "programme", "program");
  /** Verbs that give a contract to the one who will carry it out: "awarded Lockheed Martin a contract to supply". */
  private static final Set<String> AWARD = Set.of("award", "grant", "give");
  /** Verbs of strengthening a state's forces "with" the items it receives (no predicate without the with-phrase). */
  private static final Set<String> BOLSTER = Set.of("strengthen", "bolster", "reinforce", "boost");
  private static final Predicate STRENGTHEN_WITH = new Predicate("strengthen", false, Frame.GIVE, "delivered", "transfer");
  private static final Set<String> OFFER_NOUNS = Set.of("offer", "proposal");
  /** Verbs whose subject receives an offer: "the Philippines rejected an offer of Chinese frigates". */
  private static final Set<String> OFFEREE = Set.of("reject", "decline", "refuse", "accept", "consider", "weigh", "study", "welcome", "spurn",
      "rebuff", "turn", "receive", "evaluate", "examine");
  /** Vehicles that carry a supply for the state whose they are: "a Russian military aircraft delivered ...". */
  private static final Set<String> CARRIERS = Set.of("aircraft", "plane", "airplane", "jet", "freighter", "airlifter", "ship", "vessel",
      "boat", "convoy", "truck", "lorry", "train", "flight");

  /**
   * The state a carrying vehicle belongs to, as the supplier of what it delivers: "a Russian military
   * aircraft had delivered cash to Iran", "an Iranian cargo ship unloaded drones in Venezuela".
   */
  private List<Party> carriers(SentenceView v, List<Integer> subjects) {
    List<Party> out = new ArrayList<>();
    for (int x : subjects) {
      if (!CARRIERS.contains(v.lemma(x).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      List<Integer> mods = new ArrayList<>(concat(v.children(x, "amod", "compound"), v.children(x, "nmod:poss")));
      for (int c : v.children(x, "compound")) {
        mods.addAll(v.children(c, "amod")); // "an Iranian cargo ship", the demonym hung on "cargo"
      }
      for (int a : mods) {
        Mention m = v.mentionAt(a);
        if (m != null && m.type() == Mention.Type.ACTOR && m.actor().isState()) {
          out.add(party(m, "carrier"));
          return out;
        }
      }
    }
    return out;
  }

  private void verbFrame(SentenceView v, int t, Predicate p, List<org.armsledger.extract.Frame> out) {
    for (Dependency d : v.out(t)) {
      if (d.relation().equals("compound:prt") && (v.lemma(d.dependent()).equals("up") || v.lemma(d.dependent()).equals("in"))) {
        return; // "giving up weapons of mass destruction" relinquishes them
      }
    }
    Slots s = slots(v, t);
    List<Party> subj = new ArrayList<>();
    List<Party> offeree = new ArrayList<>();
    List<String> how = new ArrayList<>();
    if (s.passive) {
      subj.addAll(parties(v, s.get("agent")));
    } else {
      subj.addAll(parties(v, s.get("subj")));
      if (subj.isEmpty() && p.frame() == Frame.GIVE) {
        // "Peru turned down a French offer to sell it two submarines", the offer read as the
        // infinitive's controlled subject: the offerer sells
        for (int x : s.get("subj")) {
          if (OFFER_NOUNS.contains(v.lemma(x)) && v.sentence.token(x).isNoun()) {
            subj.addAll(owners(v, x));
            subj.addAll(parties(v, v.childrenLike(x, "nmod:from"))); // "an offer from France to sell"
            for (Dependency in : v.in(x)) {
              if (in.relation().equals("obj") && in.governor() >= 0 && OFFEREE.contains(v.lemma(in.governor())) && !subj.isEmpty()) {
                // "Manila was considering a proposal from South Korea to supply FA-50 jets": who weighs the offer is offered it
                offeree.addAll(parties(v, v.children(in.governor(), "nsubj")));
              }
            }
          }
        }
      }
      if (subj.isEmpty() && (p.frame() == Frame.GIVE || p.frame() == Frame.MOVE)) {
        subj.addAll(carriers(v, s.get("subj")));
        if (!subj.isEmpty()) {
          how.add("carrier");
        }
      }
      if (subj.isEmpty()) {
        subj.addAll(inheritedSubject(v, t));
        if (!subj.isEmpty()) {
          how.add("inherited-subj");
        }
      }
    }
    List<Party> suppliers = new ArrayList<>();
    List<Party> recipients = new ArrayList<>();
    List<ItemArg> items = new ArrayList<>();
    String voice = s.passive ? "passive" : "active";
    if (p == STRENGTHEN_WITH) {
      // "Japan will strengthen the Philippines' air defence with Type 03 missiles": whose forces are
      // strengthened receives what they are strengthened with; without a with-phrase, no supply
      for (int o : s.get("obj")) {
        if (FORCES.contains(v.lemma(o).toLowerCase(java.util.Locale.ROOT)) || lexicon.isInstitutionNoun(v.word(o))) {
          recipients.addAll(parties(v, v.children(o, "nmod:poss")));
        }
      }
      items.addAll(items(v, s.get("with")));
      items.removeIf(ItemArg::isSupport);
      if (!items.isEmpty() && !recipients.isEmpty()) {
        emit(out, p, t, subj, recipients, items, "give." + voice + ".bolster", path(v, t, s));
      }
      return;
    }
    switch (p.frame()) {
      case GIVE -> {
        suppliers.addAll(subj);
        if (v.lemma(t).equals("share")) {
          // "France agreed to share submarine technology with Brazil": the with-phrase is who it is shared with
          recipients.addAll(parties(v, s.get("with")));
          items.addAll(items(v, s.get("obj")));
          break;
        }
        recipients.addAll(parties(v, s.get("iobj")));
        recipients.addAll(parties(v, s.get("to")));
        recipients.addAll(parties(v, s.get("for")));
        if (recipients.isEmpty()) {
          // "handed over dozens of T-72 tanks from its reserves to the Russian army": the to-phrase hung on the from-phrase
          for (int f : s.get("from")) {
            recipients.addAll(parties(v, v.childrenLike(f, "nmod:to")));
          }
        }
        if (s.get("obj").isEmpty()) {
          // "Embraer will deliver nine C-390 transport aircraft to the Netherlands": the designation's
          // letter read as an indirect object and the rest hung on it; an item there is the object
          for (int io : s.get("iobj")) {
            List<Integer> heads = new ArrayList<>(List.of(io));
            heads.addAll(v.children(io, "dep"));
            List<ItemArg> given = items(v, heads);
            if (!given.isEmpty() && partyAt(v, io) == null) {
              items.addAll(given);
              for (int h : heads) {
                recipients.addAll(parties(v, v.childrenLike(h, "nmod:to")));
              }
              how.add("iobj-item");
            }
          }
        }
        items.addAll(items(v, s.get("with")));
        items.addAll(items(v, s.get("including")));
        for (int o : s.get("obj")) {
          List<ItemArg> oi = items(v, List.of(o));
          List<Party> op = parties(v, List.of(o));
          List<Integer> withOnObj = v.childrenLike(o, "nmod:with");
          if (!oi.isEmpty() && !op.isEmpty() && !withOnObj.isEmpty() && v.mentionAt(o) != null && v.mentionAt(o).type() == Mention.Type.ACTOR
              && oi.stream().allMatch(i -> withOnObj.stream().anyMatch(w -> subtree(v, w).contains(i.head())))) {
            // "supplying the RSF with the advanced weapons systems": the with-phrase hung on the recipient
            recipients.addAll(op);
            items.addAll(oi);
            how.add("obj-recipient");
          } else if (oi.isEmpty() && !op.isEmpty()) {
            recipients.addAll(op);
            how.add("obj-recipient");
          } else {
            items.addAll(oi);
            // "sold the Russian army drones": the recipient parsed as a compound of the item
            List<Integer> compounds = new ArrayList<>(ONLOOKERS.contains(v.lemma(o)) ? List.<Integer>of() : v.children(o, "compound"));
            for (int c : List.copyOf(compounds)) {
              // "sell Azerbaijan JF-17 fighter jets": the name opening the object, compounded on the designation
              v.children(c, "compound").stream().filter(cc -> cc == t + 1).forEach(compounds::add);
            }
            for (int c : compounds) {
              Mention m = v.mentionAt(c);
              if (m != null && m.type() == Mention.Type.ACTOR && oi.stream().anyMatch(i -> i.weapon() != null && m.actor().id().equals(i.weapon().maker()))) {
                // "sell Australia three U.S. Virginia-class submarines": the maker named on its own system is where they come from
                if (subj.isEmpty() && suppliers.isEmpty()) {
                  suppliers.add(party(m, "maker-compound"));
                }
                continue;
              }
              if (m != null && m.type() == Mention.Type.ACTOR && m.form() != Mention.Form.DEMONYM) {
                recipients.add(party(m, "compound"));
                how.add("compound-recipient");
              }
            }
          }
        }
        for (int o : s.get("subjpass")) {
          List<ItemArg> oi = items(v, List.of(o));
          List<Party> op = parties(v, List.of(o));
          if (oi.isEmpty() && !op.isEmpty()) {
            recipients.addAll(op);
          } else {
            items.addAll(oi);
          }
        }
        if (!s.get("xcomp").isEmpty() && items.isEmpty()) {
          for (int x : s.get("xcomp")) {
            Predicate own = lexicon.verb(v.lemma(x));
            if (own == null || own.frame() != Frame.GIVE) { // "gives the US the capacity to provide aid": provide's own frame has the aid
              items.addAll(items(v, v.children(x, "obj")));
            }
          }
        }
        if (items.isEmpty() && how.contains("obj-recipient")) {
          // "did not supply Ukraine with the Taurus missiles, the chancellor said": the with-phrase
          // right after the recipient, hung by the parser on a later verb
          items.addAll(items(v, withRightAfter(v, s.get("obj"))));
        }
        if (recipients.isEmpty()) {
          recipients.addAll(itemRecipients(v, items));
        }
        // "Iran asked Russia to supply fighter jets": who asks, for nobody else named, asks for itself;
        // "Belarus asked Russia to supply it with Iskander missiles": "it" is the asker too
        boolean onlyPronouns = !recipients.isEmpty() && recipients.stream().allMatch(r -> r.how().equals("pronoun"));
        if (recipients.isEmpty() || onlyPronouns) {
          for (Dependency in : v.in(t)) {
            if (in.relation().equals("xcomp") && in.governor() >= 0 && ASKING.contains(v.lemma(in.governor()))) {
              List<Party> asker = parties(v, v.children(in.governor(), "nsubj"));
              if (!asker.isEmpty()) {
                recipients.clear();
                recipients.addAll(asker);
                how.add("asker");
              }
            }
          }
        }
        if (recipients.isEmpty()) {
          for (int o : s.get("obj")) {
            recipients.addAll(parties(v, v.childrenLike(o, "nmod:to"))); // "supplied the first lot of missiles to the Philippines"
          }
        }
        if (recipients.isEmpty()) {
          List<Integer> forPhrases = new ArrayList<>(s.get("for"));
          for (int o : s.get("obj")) {
            forPhrases.addAll(v.childrenLike(o, "nmod:for")); // "spare parts for India's Su-30 jets"
          }
          for (int f : forPhrases) {
            Mention fm = v.mentionAt(f);
            if (fm == null) {
              recipients.addAll(parties(v, v.children(f, "nmod:poss"))); // "offered the F-16 for Argentina's aircraft expansion"
            } else if (fm.type() != Mention.Type.ACTOR) {
              // "to provide upgrades and support for the Hungarian fighters", "spare parts for India's Su-30s": whose they are
              recipients.addAll(parties(v, v.children(f, "nmod:poss")));
              for (int a : v.children(f, "amod", "compound")) {
                Mention am = v.mentionAt(a);
                if (am != null && am.type() == Mention.Type.ACTOR && am.actor().isState()) {
                  recipients.add(party(am, "owner"));
                }
              }
              if (!recipients.isEmpty()) {
                how.add("for-owner");
              }
            }
          }
        }
        if (recipients.isEmpty()) {
          // "Hanwha secured a contract with Romania to export K9 howitzers": the partner of the deal receives
          for (Party w : governingWith(v, t)) {
            if (suppliers.stream().noneMatch(x -> x.span() != null && x.span().equals(w.span()))) {
              recipients.add(w);
            }
          }
        }
        if (recipients.isEmpty()) {
          // "providing aid aimed at strengthening the Central African Republic's security forces",
          // "drones to boost the Somali National Army": whose forces the supply is to strengthen
          List<Party> owners = purposeOwners(v, t);
          if (!owners.isEmpty()) {
            recipients.addAll(owners);
            how.add("purpose");
          }
        }
        if (recipients.isEmpty() && !offeree.isEmpty()) {
          recipients.addAll(offeree);
          how.add("offeree");
        }
        if (recipients.isEmpty() && how.contains("inherited-subj")) {
          // "Moscow will complete the first stage of delivering Su-35 jets to Algeria": the to-phrase
          // hung on the clause the subject comes from
          recipients.addAll(clauseTo(v, t));
        }
        if (items.isEmpty() && ARMING.contains(v.lemma(t)) && !recipients.isEmpty()) {
          // "denied arming the RSF": arming is supplying weapons
          items.add(new ItemArg("equipment", "transfer", null, v.word(t), v.sentence.token(t).span(), t, p.id()));
        }
      }
      case GET -> {
        for (int x : concat(s.get("subj"), s.get("subjpass"))) {
          if (v.lemma(x).equals("offer") || v.lemma(x).equals("proposal")) {
            // "Thailand agreed to accept China's offer to buy three submarines": China sells, the acceptor buys
            List<Party> offerer = parties(v, v.children(x, "nmod:poss"));
            for (int a : v.children(x, "amod", "compound")) {
              Mention m = v.mentionAt(a);
              if (m != null && m.type() == Mention.Type.ACTOR) {
                offerer.add(party(m, "amod"));
              }
            }
            subj.clear();
            suppliers.addAll(offerer);
            for (Dependency in : v.in(x)) {
              if (in.relation().equals("obj") && in.governor() >= 0) {
                subj.addAll(parties(v, v.children(in.governor(), "nsubj")));
                if (subj.isEmpty()) {
                  subj.addAll(inheritedSubject(v, in.governor()));
                }
              }
            }
            how.add("offer");
          }
        }
        recipients.addAll(subj);
        if (RELY.contains(v.lemma(t))) {
          // "Armenia relied on Russia for military support", "Yerevan turned to France for arms"
          if (s.get("for").isEmpty()) {
            return;
          }
          suppliers.addAll(parties(v, concat(s.get("on"), s.get("to"))));
          items.addAll(items(v, s.get("for")));
          if (suppliers.isEmpty()) {
            return;
          }
          how.add("rely");
          break;
        }
        suppliers.addAll(parties(v, s.get("from")));
        suppliers.addAll(fromInside(v, s.get("obj")));
        if (suppliers.isEmpty()) {
          // "revealed Manila's request to Japan to acquire a missile battery": who the request is made to sells
          for (int x : v.childrenLike(t, "nsubj")) {
            if (REQUEST_NOUNS.contains(v.lemma(x))) {
              suppliers.addAll(parties(v, v.childrenLike(x, "nmod:to")));
            }
          }
        }
        if (suppliers.isEmpty() && p.frame() == Frame.GET) {
          // "until Poland receives the tanks it ordered from the United States": who the items were ordered from
          List<Integer> ordering = new ArrayList<>();
          for (int o : s.get("obj")) {
            ordering.addAll(v.childrenLike(o, "acl"));
          }
          ordering.addAll(v.childrenLike(t, "parataxis"));
          ordering.addAll(v.children(t, "dep"));
          for (Dependency in : v.in(t)) {
            if (in.governor() >= 0 && (in.relation().startsWith("advcl") || in.relation().equals("parataxis"))) {
              ordering.add(in.governor()); // misread as the clause above: "[it ordered from the US] until Slovakia receives the F-16s"
            }
          }
          for (int x : ordering) {
            if (ORDERING.contains(v.lemma(x))) {
              suppliers.addAll(parties(v, v.childrenLike(x, "obl:from")));
            }
          }
        }
        if (s.get("obj").stream().anyMatch(o -> v.sentence.token(o).tag().equals("CD"))) {
          // "Turkey has ordered 30 out of 100 F-35 jets from the United States"
          List<Integer> partOf = concat(v.childrenLike(t, "obl:out_of"), v.childrenLike(t, "obl:of"));
          items.addAll(items(v, partOf));
          suppliers.addAll(fromInside(v, partOf));
        }
        if (suppliers.isEmpty()) {
          // "will receive six Black Hawk helicopters under a US foreign military financing programme":
          // whose programme or deal it is (or with whom), when it is not the recipient's own
          for (int u : concat(v.childrenLike(t, "obl:under"), v.childrenLike(t, "obl:through"))) {
            if (!SCHEMES.contains(v.lemma(u).toLowerCase(java.util.Locale.ROOT))) {
              continue;
            }
            List<Party> owner = new ArrayList<>(owners(v, u));
            owner.addAll(parties(v, v.childrenLike(u, "nmod:with")));
            owner.removeIf(o -> subj.stream().anyMatch(x -> sameParty(x, o)));
            suppliers.addAll(owner);
            if (!owner.isEmpty()) {
              how.add("scheme");
            }
          }
        }
        if (suppliers.isEmpty()) {
          // "has received the first 38 of 108 Abrams tanks it bought from the United States": whom the
          // items were bought from, in their relative clause
          for (ItemArg i : items(v, s.get("obj"))) {
            for (int r : v.children(i.head(), "acl:relcl")) {
              Predicate rp = lexicon.verb(v.lemma(r));
              if (rp != null && rp.frame() == Frame.GET && v.sentence.token(r).isVerb()) {
                suppliers.addAll(parties(v, v.childrenLike(r, "obl:from")));
              }
            }
          }
        }
        if (suppliers.isEmpty()) {
          for (int o : s.get("obj")) {
            if (v.mentionAt(o) != null && v.mentionAt(o).type() != Mention.Type.ACTOR) {
              // "bought Russia's weapons"; but "obtained its weapons" are the buyer's own
              suppliers.addAll(parties(v, v.children(o, "nmod:poss").stream().filter(x -> !v.sentence.token(x).isPronoun()).toList()));
            }
          }
        }
        items.addAll(items(v, s.get("obj")));
        items.addAll(items(v, s.get("including")));
        items.addAll(items(v, s.get("with")));
        if (s.passive) {
          items.addAll(items(v, s.get("subjpass")));
        }
        List<Integer> forWhom = new ArrayList<>(s.get("for"));
        // "to acquire 26 Rafale Marine jets for its navy": the buyer's own forces, no one else it buys for
        forWhom.removeIf(x -> (FORCES.contains(v.lemma(x).toLowerCase(java.util.Locale.ROOT)) || lexicon.isInstitutionNoun(v.word(x)))
            && v.children(x, "nmod:poss").stream().anyMatch(o -> v.sentence.token(o).isPronoun()));
        List<Party> beneficiaries = parties(v, forWhom);
        if (!beneficiaries.isEmpty() && !subj.isEmpty() && !s.passive) {
          // "Canada launched campaigns to buy Turkish drones for Ukraine": the buyer supplies Ukraine,
          // and what it buys goes to Ukraine, not to the buyer
          emit(out, p, t, subj, beneficiaries, items(v, s.get("obj")), "get.active.buy-for", path(v, t, s));
          recipients.clear();
          recipients.addAll(beneficiaries);
          how.add("for");
        }
        if (suppliers.isEmpty()) {
          // "Serbia was in talks with Russia to buy six Mi-17s": the partner of the talks sells
          suppliers.addAll(governingWith(v, t));
        }
        if (suppliers.isEmpty()) {
          // "Washington gave the OK for Greece to purchase F-35s": who approves the purchase sells
          for (Dependency in : v.in(t)) {
            int g = in.governor();
            boolean approving = g >= 0 && (v.lemma(g).equals("give") || v.lemma(g).equals("grant"))
                && v.children(g, "obj").stream().anyMatch(o -> StatusRules.APPROVALS.contains(v.lemma(o).toLowerCase(java.util.Locale.ROOT)));
            if (approving && (in.relation().startsWith("advcl") || in.relation().equals("xcomp") || in.relation().startsWith("acl"))) {
              suppliers.addAll(parties(v, v.children(g, "nsubj")));
              how.add("approver");
            }
          }
        }
        if (suppliers.isEmpty() && items.stream().anyMatch(i -> i.relation().equals("training"))) {
          // "pilots received training in Russia": where the training was names who gave it
          suppliers.addAll(parties(v, s.get("in")));
          for (ItemArg i : items) {
            if (i.relation().equals("training")) {
              suppliers.addAll(parties(v, v.childrenLike(i.head(), "nmod:in")));
            }
          }
          how.add("training-in");
        }
      }
      case REQUEST -> {
        if (v.lemma(t).equals("ask")) {
          if (s.get("for").isEmpty()) {
            return;
          }
          suppliers.addAll(parties(v, s.get("obj")));
          recipients.addAll(subj);
          items.addAll(items(v, s.get("for")));
        } else {
          recipients.addAll(subj);
          suppliers.addAll(parties(v, s.get("from")));
          suppliers.addAll(fromInside(v, s.get("obj")));
          if (suppliers.isEmpty()) {
            suppliers.addAll(governingWith(v, t)); // "reached out to Moscow, seeking military assistance"
          }
          items.addAll(items(v, s.get("obj")));
          items.addAll(items(v, s.get("for")));
          items.addAll(items(v, s.get("including")));
        }
      }
      case ASSIST, TRAIN -> {
        boolean endorse = v.lemma(t).equals("support") || v.lemma(t).equals("back") || v.lemma(t).equals("endorse");
        if (endorse && s.get("xcomp").stream().anyMatch(x -> lexicon.verb(v.lemma(x)) != null && lexicon.verb(v.lemma(x)).frame() != Frame.ASSIST)) {
          return; // "supported a motion to deliver missiles": the delivery is the claim, the support only its stage
        }
        List<Party> trainee = s.passive ? parties(v, s.get("subjpass")) : subj;
        boolean trainees = p.frame() == Frame.TRAIN && s.get("obj").isEmpty() && !trainee.isEmpty()
            && (s.passive || subjectIsPersonnel(v, s));
        if (trainees) {
          // "Ukrainian pilots are training on F-16s in Denmark", "Azeri personnel were trained by Turkey"
          recipients.addAll(trainee);
          if (s.passive) {
            suppliers.addAll(subj);
          }
          suppliers.addAll(parties(v, concat(s.get("in"), s.get("by"))));
          suppliers.addAll(parties(v, s.get("with")));
          items.addAll(items(v, s.get("on")));
          items.addAll(items(v, s.get("in"))); // "trained in the operation and maintenance of the system"
          for (int x : s.get("xcomp")) {
            items.addAll(items(v, v.children(x, "obj")));
          }
          if (suppliers.isEmpty()) {
            for (ItemArg i : items) {
              suppliers.addAll(parties(v, v.childrenLike(i.head(), "nmod:in"))); // "training on the jets in Sweden"
            }
          }
          if (items.isEmpty()) {
            items.add(new ItemArg("unspecified", p.relation(), null, v.word(t), v.sentence.token(t).span(), t, p.id()));
          }
          how.add("trainees");
          break;
        }
        suppliers.addAll(subj);
        recipients.addAll(parties(v, s.get("obj")));
        recipients.addAll(parties(v, s.get("to")));
        if (recipients.isEmpty() && p.frame() == Frame.TRAIN) {
          // "Turkey is training pilots from Kenya": trainees from a state are that state's
          for (int o : s.get("obj")) {
            recipients.addAll(parties(v, v.childrenLike(o, "nmod:from")));
          }
          recipients.addAll(parties(v, s.get("from")));
        }
        items.addAll(items(v, s.get("with")));
        items.addAll(items(v, s.get("on")));
        // "helping Iran develop its satellite capabilities": Iran is the complement's subject
        for (int x : concat(s.get("xcomp"), v.children(t, "ccomp"))) {
          if (recipients.isEmpty()) {
            recipients.addAll(parties(v, v.children(x, "nsubj")));
          }
          items.addAll(items(v, v.children(x, "obj")));
          for (Dependency c : v.out(x)) {
            if (c.base().equals("conj")) {
              items.addAll(items(v, v.children(c.dependent(), "obj")));
            }
          }
        }
        if (p.frame() == Frame.ASSIST) {
          // "Ankara continues to support Somalia's efforts to rebuild its national army": whose military effort is supported
          for (int o : s.get("obj")) {
            if (!EFFORT_NOUNS.contains(v.lemma(o))) {
              continue;
            }
            List<Party> owner = new ArrayList<>(parties(v, v.children(o, "nmod:poss")));
            owner.removeIf(w -> w.actor() == null);
            boolean militaryAim = v.subtree(t, Set.of("ccomp", "parataxis", "punct", "acl:relcl", "advcl")).stream()
                .anyMatch(k -> MILITARY.contains(v.lemma(k)));
            if (!owner.isEmpty() && militaryAim) {
              owner.stream().filter(w -> recipients.stream().noneMatch(r -> r.actor() == w.actor())).forEach(recipients::add);
              how.add("effort-owner");
            }
          }
        }
        if (items.isEmpty()) {
          boolean military = v.sentence.tokens().stream().anyMatch(k -> MILITARY.contains(k.lemma()))
              || p.frame() == Frame.TRAIN && v.mentions.stream().anyMatch(m -> m.form() == Mention.Form.PERSONNEL)
              || p.frame() == Frame.TRAIN && v.sentence.tokens().stream().anyMatch(k -> SERVICE_PEOPLE.contains(k.text().toLowerCase(java.util.Locale.ROOT)));
          boolean helps = v.lemma(t).equals("assist") || v.lemma(t).equals("help") || p.frame() == Frame.TRAIN || how.contains("effort-owner");
          if (!helps || !military) {
            return;
          }
          items.add(new ItemArg("unspecified", p.relation(), null, v.word(t), v.sentence.token(t).span(), t, p.id()));
        }
      }
      case MOVE -> {
        List<Integer> subjects = new ArrayList<>(s.get("subj"));
        for (Dependency in : v.in(t)) {
          if (in.relation().equals("acl")) {
            subjects.add(in.governor());
          }
        }
        items.addAll(items(v, subjects));
        recipients.addAll(parties(v, s.get("to")));
        // "howitzers from the Slovak initiative have arrived in Ukraine", "arrived from Turkey"
        suppliers.addAll(parties(v, s.get("from")));
        // ... or on the subject or its items: "a shipment of rifles from the Serbian government"
        for (int h : concat(subjects, items.stream().map(ItemArg::head).toList())) {
          if (suppliers.isEmpty()) {
            suppliers.addAll(parties(v, v.childrenLike(h, "nmod:from")));
          }
        }
        for (int h : subjects) {
          // "the first batch of ammunition purchased under the Czech initiative has arrived": who bought them sends them
          for (int acl : v.childrenLike(h, "acl")) {
            if (!suppliers.isEmpty() || !v.sentence.token(acl).tag().equals("VBN") || !FUNDED.contains(v.lemma(acl))) {
              continue;
            }
            for (int x : concat(concat(v.childrenLike(acl, "obl:under"), v.childrenLike(acl, "obl:by")), v.childrenLike(acl, "obl:through"))) {
              Party whose = partyAt(v, x);
              if (whose == null) {
                for (int c : v.children(x, "compound", "amod", "nmod:poss")) {
                  Mention m = v.mentionAt(c);
                  if (m != null && m.type() == Mention.Type.ACTOR && m.actor().isState()) {
                    whose = party(m, "funded-by");
                  }
                }
              }
              if (whose != null) {
                suppliers.add(whose);
              }
            }
          }
        }
        if (recipients.isEmpty() && (v.lemma(t).equals("arrive") || v.lemma(t).equals("land"))) {
          recipients.addAll(parties(v, s.get("in"))); // "the first batch of ammunition has arrived in Ukraine"
          for (int at : v.childrenLike(t, "obl:at")) {
            // "arrived at the Indian Air Force base in Hindon": whose base it is
            if (recipients.isEmpty() && SITES.contains(v.lemma(at).toLowerCase(java.util.Locale.ROOT))) {
              recipients.addAll(owners(v, at));
              for (int c : v.children(at, "compound")) {
                Mention m = v.mentionAt(c);
                if (m != null && m.type() == Mention.Type.ACTOR && recipients.isEmpty()) {
                  recipients.add(party(m, "site"));
                }
              }
            }
          }
        }
        for (int o : s.get("obj")) {
          recipients.addAll(parties(v, v.childrenLike(o, "nmod:to")));
        }
        if (recipients.isEmpty() || items.isEmpty()) {
          return;
        }
      }
      case EXCHANGE -> {
        return;
      }
    }
    if (recipients.isEmpty() && (p.frame() == Frame.GIVE || p.frame() == Frame.GET) && v.sentence.token(t).tag().equals("VBN")) {
      // "Serbia presented the FK-3 system recently procured from China": the one who has it got it
      for (Dependency in : v.in(t)) {
        if (in.relation().equals("acl") && in.governor() >= 0 && recipients.isEmpty()) {
          // "Egypt's MiG-29M jets, bought from Russia in 2015": whose the items are got them
          List<Party> owner = parties(v, v.children(in.governor(), "nmod:poss"));
          owner.removeIf(h -> h.actor() == null || suppliers.stream().anyMatch(x -> x.span() != null && x.span().equals(h.span())));
          if (!owner.isEmpty()) {
            recipients.addAll(owner);
            how.add("owner");
          }
        }
        if (in.relation().equals("dep") && in.governor() >= 0 && v.sentence.token(in.governor()).isVerb() && !s.get("subjpass").isEmpty()) {
          List<Party> holder = parties(v, v.children(in.governor(), "nsubj"));
          holder.removeIf(h -> suppliers.stream().anyMatch(x -> x.span() != null && x.span().equals(h.span())));
          if (!holder.isEmpty()) {
            recipients.addAll(holder);
            how.add("holder");
          }
        }
        // "The Azerbaijani army showed off newly acquired Israeli-made Harop drones": who shows or
        // operates the items it newly acquired has them
        boolean newly = in.relation().equals("amod") && in.governor() >= 0 && v.children(t, "advmod").stream()
            .anyMatch(a -> NEWLY.contains(v.lemma(a).toLowerCase(java.util.Locale.ROOT)))
            && v.in(in.governor()).stream().anyMatch(up -> up.relation().equals("obj") && up.governor() >= 0 && HOLDING.contains(v.lemma(up.governor())));
        if ((in.relation().equals("acl") || newly) && in.governor() >= 0) {
          for (Dependency up : v.in(in.governor())) {
            if (up.governor() >= 0 && (up.relation().equals("obj") || up.relation().startsWith("obl"))) {
              List<Party> holder = parties(v, v.children(up.governor(), "nsubj"));
              holder.removeIf(h -> suppliers.stream().anyMatch(x -> x.span() != null && x.span().equals(h.span())));
              if (!holder.isEmpty()) {
                recipients.addAll(holder);
                how.add("holder");
              }
            }
          }
        }
      }
    }
    if ((p.frame() == Frame.GIVE || p.frame() == Frame.GET) && suppliers.isEmpty() != recipients.isEmpty()) {
      // "Japan and the Philippines signed an agreement under which Manila will receive radars": the
      // other signer of the deal the clause belongs to is the other side
      List<Party> known = suppliers.isEmpty() ? recipients : suppliers;
      List<Party> other = dealPartners(v, t, known);
      if (!other.isEmpty()) {
        (suppliers.isEmpty() ? suppliers : recipients).addAll(other);
        how.add("deal-partner");
      }
    }
    String rule = p.frame().name().toLowerCase(java.util.Locale.ROOT) + "." + voice + (how.isEmpty() ? "" : "." + String.join(".", how));
    String path = path(v, t, s);
    if (p.frame() == Frame.GET && !s.passive && !recipients.isEmpty()) {
      // "Morocco purchased Heron UAVs from IAI as well as robot vehicles from Elbit Systems and drone
      // interceptors from Skylock": the later objects, parsed as conjuncts of the verb, each from its own seller
      List<Dependency> conjuncts = new ArrayList<>();
      for (Dependency d : v.out(t)) {
        if (d.base().equals("conj") && v.sentence.token(d.dependent()).isNoun()) {
          conjuncts.add(d);
          // "... and drone interceptors from Skylock", a conjunct of that conjunct with a seller of its own
          v.out(d.dependent()).stream().filter(c -> c.base().equals("conj") && v.sentence.token(c.dependent()).isNoun()
              && !v.childrenLike(c.dependent(), "nmod:from").isEmpty()).forEach(conjuncts::add);
        }
      }
      for (Dependency d : conjuncts) {
        List<Party> seller = parties(v, v.childrenLike(d.dependent(), "nmod:from"));
        List<ItemArg> own = items(v, List.of(d.dependent()));
        own.removeIf(ItemArg::isSupport);
        for (int c : v.children(d.dependent(), "conj:and", "conj:or")) {
          List<Integer> other = subtree(v, c);
          own.removeIf(i -> other.contains(i.head())); // the next conjunct has its own seller
        }
        if (!seller.isEmpty() && !own.isEmpty()) {
          emit(out, p, t, seller, recipients, own, rule + ".conjunct-from", path + " -conj-> " + v.word(d.dependent()));
        }
      }
    }
    emit(out, p, t, suppliers, recipients, items, rule, path);
    List<ItemArg> exchange = items(v, s.get("exchange"));
    if (!exchange.isEmpty() && (p.frame() == Frame.GIVE || p.frame() == Frame.GET)) {
      // "X provides Y to Z in exchange for W": Z gives W back to X
      List<Party> giver = p.frame() == Frame.GIVE ? recipients : suppliers;
      List<Party> taker = p.frame() == Frame.GIVE ? suppliers : recipients;
      // "transfer its Russian-made weapons to Ukraine in exchange for US equipment": what comes back
      // named as another state's comes from that state, not from the partner
      List<Party> origin = new ArrayList<>();
      for (ItemArg i : exchange) {
        origin.addAll(owners(v, i.head()));
      }
      origin.removeIf(o -> "pronoun".equals(o.how()) || taker.stream().anyMatch(x -> sameParty(x, o)));
      if (!origin.isEmpty()) {
        giver = origin;
      }
      emit(out, p, t, giver, taker, exchange, rule + ".exchange", path + " -obl:in(exchange)-> for");
    }
  }

  private void nounFrame(SentenceView v, int t, Predicate p, List<org.armsledger.extract.Frame> out) {
    if (p.frame() == Frame.EXCHANGE) {
      exchangeFrame(v, t, p, out);
      return;
    }
    if (p.frame() == Frame.MOVE) {
      arrivalFrame(v, t, p, out);
      return;
    }
    List<Party> poss = owners(v, t);
    // "the sale by France" names the seller, "the purchase by Poland" the buyer
    boolean buyerNounBy = p.frame() == Frame.GET || p.frame() == Frame.REQUEST;
    List<Party> from = new ArrayList<>(parties(v, buyerNounBy ? v.childrenLike(t, "nmod:from") : concat(v.childrenLike(t, "nmod:from"), v.childrenLike(t, "nmod:by"))));
    if (buyerNounBy) {
      poss.addAll(parties(v, v.childrenLike(t, "nmod:by")));
    }
    if (p.frame() == Frame.GET && wonOrderFrame(v, t, p, out)) {
      return;
    }
    if (p.frame() == Frame.GET) {
      from.addAll(parties(v, v.childrenLike(t, "nmod:with"))); // "an order for 10 Hermes drones with Elbit Systems"
    }
    if (REQUEST_NOUNS.contains(v.lemma(t))) {
      poss.addAll(from); // "a request from Chile for rifles": who asks, not who is asked
      from.clear();
    }
    // "There have been no supplies of rifles to Sudan": with a copula the noun heads the clause and its to-phrase is an obl
    List<Party> to = parties(v, concat(concat(v.childrenLike(t, "nmod:to"), v.childrenLike(t, "nmod:for")), v.childrenLike(t, "obl:to")));
    List<ItemArg> items = new ArrayList<>();
    Mention self = v.mentionAt(t);
    boolean supportNoun = p.frame() == Frame.ASSIST || p.frame() == Frame.TRAIN;
    if (p.frame() == Frame.ASSIST && withHelpFrame(v, t, p, out)) {
      return;
    }
    if (supportNoun) {
      if (isArgumentOfPredicate(v, t)) {
        return; // "provides support to Iran": the verb's frame has it
      }
      if (namesAChannel(v, t)) {
        return; // "under its Security Assistance programme": what is delivered under it is the claim
      }
      items.addAll(items(v, List.of(t)));
      boolean specific = items.stream().anyMatch(i -> !i.isSupport());
      boolean military = specific || v.out(t).stream().anyMatch(d -> MILITARY.contains(v.lemma(d.dependent())))
          || (self != null && self.text().contains(" "));
      if (!military) {
        return;
      }
    } else {
      items.addAll(items(v, concat(v.childrenLike(t, "nmod:of"), v.children(t, "compound"))));
      if (!items.isEmpty()) {
        // "the provision of CV90 vehicles and additional artillery systems": CoreNLP may join the
        // second item to the noun rather than to the first; an item (no predicate of its own) joined so is one
        for (int c : v.children(t, "conj:and")) {
          if (c > t && lexicon.noun(v.lemma(c)) == null && v.mentionAt(c) != null && v.mentionAt(c).type() != Mention.Type.ACTOR) {
            items.addAll(items(v, List.of(c)));
          }
        }
      }
      items.addAll(items(v, v.childrenLike(t, "nmod:including")));
      if (p.frame() == Frame.REQUEST || p.frame() == Frame.GET) {
        items.addAll(items(v, v.childrenLike(t, "nmod:for")));
        to = parties(v, v.childrenLike(t, "nmod:to"));
        for (ItemArg i : items) {
          for (Party owner : parties(v, v.children(i.head(), "nmod:poss"))) {
            if (owner.actor() != null && owner.actor().isState()) {
              from.add(owner); // "the potential acquisition of China's J-10C fighters"
            }
          }
        }
      }
    }
    if (items.isEmpty() && !supportNoun) {
      // "The sale includes 40 Stinger missiles for Lithuania": what a deal includes are its items,
      // and their for- or to-phrase its recipient
      for (Dependency in : v.in(t)) {
        if (in.relation().equals("nsubj") && in.governor() >= 0 && INCLUDE_VERBS.contains(v.lemma(in.governor()))) {
          List<Integer> objs = v.children(in.governor(), "obj");
          items.addAll(items(v, objs));
          if (to.isEmpty()) {
            List<Party> named = new ArrayList<>();
            for (int o : objs) {
              named.addAll(parties(v, concat(v.childrenLike(o, "nmod:for"), v.childrenLike(o, "nmod:to"))));
            }
            named.addAll(parties(v, concat(v.childrenLike(in.governor(), "obl:for"), v.childrenLike(in.governor(), "obl:to"))));
            to = named;
          }
        }
      }
    }
    List<Party> suppliers = new ArrayList<>();
    List<Party> recipients = new ArrayList<>();
    String how = "";
    boolean agent = AGENT_NOUNS.contains(v.lemma(t));
    switch (p.frame()) {
      case GIVE, ASSIST, TRAIN -> {
        if (agent) {
          // "China is Pakistan's largest supplier of arms": the owner receives, the one it is said of supplies
          recipients.addAll(poss);
          recipients.addAll(to);
          boolean military = false;
          for (int x : v.childrenLike(t, "nmod:to")) {
            if (partyAt(v, x) == null) {
              recipients.addAll(parties(v, v.children(x, "nmod:poss"))); // "contributors to Ukraine's defence"
              military |= MILITARY_ENDS.contains(v.lemma(x).toLowerCase(java.util.Locale.ROOT));
            }
          }
          military |= v.out(t).stream().anyMatch(d -> MILITARY.contains(v.lemma(d.dependent())));
          if (items.isEmpty() && military && CONTRIBUTORS.contains(v.lemma(t))) {
            // "one of the biggest contributors to Ukraine's defence": military support, unspecified
            items.add(new ItemArg("unspecified", "assistance", null, v.word(t), v.sentence.token(t).span(), t, p.id()));
          }
          suppliers.addAll(parties(v, v.children(t, "nsubj")));
          for (Dependency in : v.in(t)) {
            if ((in.relation().equals("xcomp") || in.relation().equals("obj")) && in.governor() >= 0) {
              suppliers.addAll(parties(v, v.children(in.governor(), "nsubj"))); // "France has become India's biggest supplier"
            }
            if (in.relation().equals("nsubj") && in.governor() >= 0) {
              // "One of the largest donors to Georgia's defence, Lithuania has said ...": the fronted
              // description parsed as a second subject of the name's verb
              List<Integer> others = new ArrayList<>(v.children(in.governor(), "nsubj"));
              others.remove(Integer.valueOf(t));
              suppliers.addAll(parties(v, others));
            }
            if ((in.relation().equals("obl:as") || in.relation().equals("nmod:as")) && in.governor() >= 0) {
              int g = in.governor();
              suppliers.addAll(parties(v, v.children(g, "nsubj")));
              for (Dependency up : v.in(g)) {
                if (up.governor() >= 0 && up.relation().equals("obj")) {
                  suppliers.addAll(parties(v, v.children(up.governor(), "nsubj"))); // "China cemented its place as ..."
                }
              }
            }
          }
          for (int a : v.children(t, "appos")) {
            suppliers.addAll(parties(v, List.of(a)));
          }
          break;
        }
        suppliers.addAll(poss);
        suppliers.addAll(from);
        if (suppliers.isEmpty()) {
          for (ItemArg i : items) {
            suppliers.addAll(parties(v, v.childrenLike(i.head(), "nmod:by"))); // "the sale of rifles by Serbia", the by-phrase hung on the item
            suppliers.addAll(parties(v, v.childrenLike(i.head(), "nmod:from"))); // "deliveries of rifles from Serbia"
          }
        }
        recipients.addAll(to);
      }
      case REQUEST, GET -> {
        recipients.addAll(poss);
        suppliers.addAll(from);
        suppliers.addAll(to);
        for (int x : v.childrenLike(t, "nmod:for")) {
          Predicate given = v.sentence.token(x).isNoun() ? lexicon.noun(v.lemma(x)) : null;
          if (given != null && given.frame() == Frame.GIVE && REQUEST_NOUNS.contains(v.lemma(t))) {
            List<Party> elsewhere = itemRecipients(v, items(v, v.childrenLike(x, "nmod:of")), x);
            elsewhere.addAll(parties(v, v.childrenLike(x, "nmod:to")));
            boolean forOthers = !elsewhere.isEmpty() && elsewhere.stream().noneMatch(r -> poss.stream().anyMatch(a -> a.span().equals(r.span())
                || a.actor() != null && r.actor() != null && a.actor().id().equals(r.actor().id())));
            if (forOthers) {
              return; // "a request from Chile for the re-export of rifles to Ecuador" asks leave to give, not for the rifles
            }
          }
        }
      }
      default -> {
        return;
      }
    }
    if (agent && (suppliers.isEmpty() || recipients.isEmpty())) {
      return;
    }
    if (suppliers.isEmpty() && (p.frame() == Frame.GIVE || p.frame() == Frame.ASSIST)) {
      // "the arms shipments that Tehran made to the Houthis": the relative clause of a light verb,
      // which the parser may also hang on the noun as a complement, names who gives and to whom
      List<Integer> clauses = new ArrayList<>(concat(v.children(t, "ccomp"), v.children(t, "acl:relcl")));
      for (int c : List.copyOf(clauses)) {
        if (lexicon.reportKind(v.lemma(c)) != null) {
          clauses.addAll(v.children(c, "ccomp")); // "weapons transfers it said Moscow had made to Armenia"
        }
      }
      for (int c : clauses) {
        if (LIGHT_VERBS.contains(v.lemma(c)) && v.sentence.token(c).isVerb()) {
          suppliers.addAll(parties(v, v.children(c, "nsubj")));
          if (recipients.isEmpty()) {
            recipients.addAll(parties(v, v.childrenLike(c, "obl:to")));
          }
          how = ".made-by";
        }
      }
    }
    if (recipients.isEmpty() && (p.frame() == Frame.GIVE || p.frame() == Frame.ASSIST)) {
      // "no supplies of Russian weapons to Armenia", with the to-phrase hung on the item;
      // "the delivery of interceptors intended for Ukraine"
      recipients.addAll(itemRecipients(v, items, t));
    }
    if (p.frame() == Frame.GIVE && !agent && suppliers.isEmpty() && !recipients.isEmpty()) {
      // "Poland's request for the transfer of Leopards to Ukraine": who asks leave to give, gives
      for (Dependency in : v.in(t)) {
        if (in.relation().equals("nmod:for") && in.governor() >= 0 && REQUEST_NOUNS.contains(v.lemma(in.governor()))) {
          int g = in.governor();
          List<Party> asker = new ArrayList<>(parties(v, concat(v.children(g, "nmod:poss"), v.childrenLike(g, "nmod:from"))));
          asker.removeIf(a -> recipients.stream().anyMatch(r -> r.actor() != null && a.actor() != null && r.actor().id().equals(a.actor().id())));
          if (!asker.isEmpty()) {
            suppliers.addAll(asker);
            how = ".asker";
          }
        }
      }
    }
    if (recipients.isEmpty() && p.frame() == Frame.GIVE) {
      // "there were no deliveries of rifles to Sudan", the to-phrase hung on the clause
      for (Dependency in : v.in(t)) {
        if (in.relation().equals("nsubj") && in.governor() >= 0 && !THIRD_PARTY.contains(v.lemma(in.governor()))) {
          recipients.addAll(parties(v, v.childrenLike(in.governor(), "obl:to")));
        }
      }
    }
    int anchor = t;
    for (int hop = 0; hop < 2; hop++) {
      // "approved $1 billion worth of weapons sales": climb the of-chain to the clause
      int up = -1;
      for (Dependency in : v.in(anchor)) {
        if (in.relation().equals("nmod:of") && in.governor() >= 0 && v.sentence.token(in.governor()).isNoun()
            && v.mentionAt(in.governor()) == null && lexicon.noun(v.lemma(in.governor())) == null) {
          up = in.governor();
        }
        if (hop == 0 && in.relation().equals("compound") && in.governor() >= 0 && PACKAGE_NOUNS.contains(v.lemma(in.governor()))) {
          up = in.governor(); // "announced a military aid package for Ukraine": the package is what the clause has
        }
        if (hop == 0 && in.relation().equals("nmod:for") && in.governor() >= 0 && items.isEmpty()
            && v.sentence.token(in.governor()).isNoun() && !items(v, List.of(in.governor())).isEmpty()) {
          // "would prepare 18 jets for delivery to Romania": the items the supply is for, and the verb that has them
          items.addAll(items(v, List.of(in.governor())));
          up = in.governor();
        }
      }
      if (up < 0) {
        break;
      }
      anchor = up;
    }
    if (suppliers.isEmpty() || recipients.isEmpty()) {
      // "Russia rejected Tehran's request": the governing verb's subject fills the empty role
      for (Dependency in : v.in(anchor)) {
        boolean argument = in.relation().equals("obj") || in.relation().equals("nsubj:pass")
            || in.relation().equals("obl:for") && items.isEmpty() || in.relation().equals("obl:on");
        if (argument && in.governor() >= 0 && THIRD_PARTY.contains(v.lemma(in.governor())) && recipients.isEmpty()
            && (p.frame() == Frame.GIVE || p.frame() == Frame.ASSIST)) {
          // "intercepted arms shipments from Eritrea to al-Shabaab": the to-phrase the parser hung on
          // the onlooker's verb names the recipient; the onlooker itself is no party
          recipients.addAll(parties(v, v.childrenLike(in.governor(), "obl:to")));
        }
        if (!argument || in.governor() < 0 || THIRD_PARTY.contains(v.lemma(in.governor()))) {
          continue;
        }
        if (items.isEmpty()) {
          // "would prepare 18 F-16s for delivery to Ukraine": the items are the verb's object
          items.addAll(items(v, v.children(in.governor(), "obj")));
        }
        if (recipients.isEmpty() && (p.frame() == Frame.GIVE || p.frame() == Frame.ASSIST)) {
          // "halting F-35 sale to UAE", the to-phrase hung on the verb
          recipients.addAll(parties(v, v.childrenLike(in.governor(), "obl:to")));
        }
        if (suppliers.isEmpty() && p.frame() == Frame.GIVE && THIRD_PARTY_OF_FROM.contains(v.lemma(in.governor()))) {
          // "Germany vetoed the re-export of Leopard tanks from Spain to Ukraine": the from-phrase hung on
          // the verb supplies; who vetoes stands outside
          suppliers.addAll(parties(v, v.childrenLike(in.governor(), "obl:from")));
          if (!suppliers.isEmpty()) {
            how = ".from-on-governor";
            continue;
          }
        }
        List<Party> gs = in.relation().equals("nsubj:pass") ? parties(v, v.childrenLike(in.governor(), "obl:agent")) : parties(v, v.children(in.governor(), "nsubj"));
        if (gs.isEmpty()) {
          // "Peru's decision to suspend purchases", the decision read as the infinitive's controller: whose decision it is
          for (int x : v.children(in.governor(), "nsubj:xsubj")) {
            if (OWNED.contains(v.lemma(x)) && v.sentence.token(x).isNoun()) {
              gs = owners(v, x);
            }
          }
        }
        if (gs.isEmpty()) {
          gs = inheritedSubject(v, in.governor());
        }
        Predicate gp = lexicon.verb(v.lemma(in.governor()));
        boolean accepted = p.frame() == Frame.GIVE && in.relation().equals("obj") && ACCEPT.contains(v.lemma(in.governor()));
        boolean governorReceives = gp != null && gp.frame() == Frame.GET
            // "the Philippines rejected an offer of Chinese frigates": who rejects or weighs an offer is offered it
            || p.frame() == Frame.GIVE && in.relation().equals("obj") && OFFER_NOUNS.contains(v.lemma(t)) && OFFEREE.contains(v.lemma(in.governor()))
            // "Nepal accepted a donation of military vehicles from India": who accepts a gift gets it
            || accepted;
        if (accepted && suppliers.isEmpty()) {
          suppliers.addAll(parties(v, v.childrenLike(in.governor(), "obl:from")));
        }
        boolean buyerNoun = p.frame() == Frame.GET || p.frame() == Frame.REQUEST;
        if (buyerNoun) {
          // "Serbia is negotiating the purchase" (the buyer) but "Washington approved the purchase" (the seller's side)
          boolean sellerSide = SELLER_SIDE.contains(v.lemma(in.governor()));
          if (!sellerSide && !recipients.isEmpty() && recipients.stream().allMatch(r -> r.how().equals("pronoun")) && !gs.isEmpty()) {
            // "Greece cancelled its purchase of ...": the owner's pronoun is the subject, the buyer
            recipients.clear();
          }
          // "Colombia's decision to suspend purchases of Israeli weapons": with the items' origin named,
          // who acts on the purchase is the buyer
          boolean originNamed = items.stream().anyMatch(i -> v.children(i.head(), "amod", "compound").stream()
              .anyMatch(c -> v.mentionAt(c) != null && v.mentionAt(c).type() == Mention.Type.ACTOR && v.mentionAt(c).actor().isState()));
          if (sellerSide && originNamed && p.frame() == Frame.GET && recipients.isEmpty()) {
            recipients.addAll(gs);
          } else if (sellerSide && suppliers.isEmpty() && (!recipients.isEmpty() || p.frame() == Frame.GET)) {
            suppliers.addAll(gs);
          } else if (!sellerSide && recipients.isEmpty()) {
            recipients.addAll(gs);
          } else if (sellerSide && recipients.isEmpty() && p.frame() == Frame.GET) {
            // "India's acquisition council approved the purchase of drones from the United States": the
            // seller is named, so who approves the purchase is the buyer
            recipients.addAll(gs);
          } else if (suppliers.isEmpty()) {
            suppliers.addAll(gs);
          }
          if (suppliers.isEmpty()) {
            suppliers.addAll(parties(v, concat(v.childrenLike(in.governor(), "obl:with"), v.childrenLike(in.governor(), "obl:from"))));
          }
        } else if (suppliers.isEmpty() && !governorReceives && !transit(v, t, in.governor())) {
          suppliers.addAll(gs);
        } else if (recipients.isEmpty() && !CURB.contains(v.lemma(in.governor()))) {
          recipients.addAll(gs); // "Iran to receive the first shipment"
        }
        how = ".governor-subj";
        if (recipients.isEmpty() && p.frame() == Frame.GIVE && !suppliers.isEmpty()) {
          // "Kyiv urged Berlin to expedite the delivery of IRIS-T systems": who urges the giver to speed
          // its own delivery up is the one it goes to
          for (Dependency x : v.in(in.governor())) {
            if (x.relation().equals("xcomp") && x.governor() >= 0 && CONTROL.contains(v.lemma(x.governor())) && HASTEN.contains(v.lemma(in.governor()))) {
              recipients.addAll(parties(v, v.children(x.governor(), "nsubj")));
              how = ".governor-subj.asker";
            }
          }
        }
      }
    }
    if ((p.frame() == Frame.GIVE || p.frame() == Frame.ASSIST) && (suppliers.isEmpty() || recipients.isEmpty())) {
      for (Dependency in : v.in(anchor)) {
        if (in.governor() < 0) {
          continue;
        }
        String g = v.lemma(in.governor());
        String r = in.relation();
        // a headline's quotes may hide the preposition in the relation: "Slams Russia Over 'Armenia Arms Supplies'"
        boolean over = r.equals("obl:over") || r.equals("obl:for") || r.equals("obl:about")
            || r.startsWith("obl") && v.children(anchor, "case").stream().anyMatch(c -> Set.of("over", "for", "about").contains(v.lemma(c).toLowerCase(java.util.Locale.ROOT)));
        if (BLAME.contains(g.toLowerCase(java.util.Locale.ROOT)) && over && suppliers.isEmpty()) {
          // "Baku criticised Moscow over the transfer of arms to Armenia": the one blamed supplies
          suppliers.addAll(parties(v, v.children(in.governor(), "obj")));
          if (recipients.isEmpty()) {
            // "over 'Armenia Arms Supplies'": the state compounded onto the supply (through its item) receives
            for (int c : v.children(anchor, "compound")) {
              for (int cc : concat(List.of(c), v.children(c, "compound"))) {
                Mention m = v.mentionAt(cc);
                if (m != null && m.type() == Mention.Type.ACTOR && m.form() != Mention.Form.DEMONYM) {
                  recipients.add(party(m, "compound"));
                }
              }
            }
          }
          how = ".blamed";
        } else if (r.equals("obl:through") || r.equals("obl:via") || r.equals("obl:by_means_of")) {
          // "London will support Kyiv through the provision of tanks": who acts by the supply gives, its object gets
          if (suppliers.isEmpty()) {
            suppliers.addAll(subjectOf(v, in.governor()));
          }
          if (recipients.isEmpty()) {
            recipients.addAll(parties(v, v.children(in.governor(), "obj")));
          }
          if (recipients.isEmpty()) {
            for (int o : v.children(in.governor(), "obj")) {
              recipients.addAll(parties(v, v.childrenLike(o, "nmod:to"))); // "intensify our support to Ukraine, including through the provision of tanks"
            }
          }
          how = ".means";
        } else if (PAY.contains(g) && r.equals("obl:for") && recipients.isEmpty()) {
          // "Tehran paid for the delivery of 40 Su-35 fighters": the payer gets them
          recipients.addAll(subjectOf(v, in.governor()));
          how = ".payer";
        }
      }
    }
    if ((p.frame() == Frame.GET || p.frame() == Frame.REQUEST) && (suppliers.isEmpty() || recipients.isEmpty())) {
      // "Serbia held talks with China on the purchase of drones": who talks buys, the partner sells
      for (Dependency in : v.in(t)) {
        if (in.governor() < 0 || !TALK_NOUNS.contains(v.lemma(in.governor()))
            || !(in.relation().equals("nmod:on") || in.relation().equals("nmod:about") || in.relation().equals("nmod:over"))) {
          continue;
        }
        int talk = in.governor();
        List<Party> partner = parties(v, concat(v.childrenLike(talk, "nmod:with"), v.childrenLike(talk, "obl:with")));
        List<Party> talker = new ArrayList<>();
        for (Dependency up : v.in(talk)) {
          if (up.governor() >= 0 && (up.relation().equals("obj") || up.relation().equals("obl:in"))) {
            talker.addAll(parties(v, v.children(up.governor(), "nsubj")));
            partner.addAll(parties(v, v.childrenLike(up.governor(), "obl:with")));
          }
        }
        if (suppliers.isEmpty() && !partner.isEmpty()) {
          suppliers.addAll(partner);
          how = ".talks";
        }
        if (recipients.isEmpty() && !talker.isEmpty()) {
          recipients.addAll(talker);
          how = ".talks";
        }
      }
    }
    if (suppliers.isEmpty() && p.frame() == Frame.GET && !recipients.isEmpty()) {
      // "most of Vietnam's arms imports come from Russia": the subject's from-phrase names the seller
      int head = t;
      for (Dependency in : v.in(t)) {
        if (in.relation().equals("nmod:of") && in.governor() >= 0 && SHARE_NOUNS.contains(v.lemma(in.governor()))) {
          head = in.governor();
        }
      }
      for (Dependency in : v.in(head)) {
        if (in.relation().equals("nsubj") && in.governor() >= 0) {
          suppliers.addAll(parties(v, v.childrenLike(in.governor(), "obl:from")));
          how = ".subject-from";
        }
      }
    }
    String rule = p.frame().name().toLowerCase(java.util.Locale.ROOT) + ".noun" + how;
    emit(out, p, t, suppliers, recipients, items, rule, v.word(t) + "(" + p.id() + ")");
  }

  /**
   * A deal, contract or agreement: "Venezuela signed a contract with Russia for 24 Su-30MK2",
   * "Hanwha inks arms deal with Romania", "a deal between X and Y for Z". The parties are the
   * noun's owner, its with- and between-phrases and the subject of the verb that makes the deal;
   * the items its for-, on-, of- and compound phrases. Which party supplies: a company, the maker
   * of a named system, the state an origin adjective on the items names; otherwise the party that
   * signs "for" the items is the buyer and the with-party the seller.
   */
  private void exchangeFrame(SentenceView v, int t, Predicate p, List<org.armsledger.extract.Frame> out) {
    List<ItemArg> items = new ArrayList<>();
    items.addAll(items(v, concat(v.childrenLike(t, "nmod:for"), v.childrenLike(t, "nmod:on"))));
    items.addAll(items(v, concat(v.childrenLike(t, "nmod:of"), v.children(t, "compound"))));
    items.addAll(items(v, concat(v.childrenLike(t, "nmod:including"), v.childrenLike(t, "nmod:covering"))));
    if (t + 1 < v.sentence.tokens().size() && v.lemma(t + 1).equalsIgnoreCase("worth")) {
      // "a deal worth more than 5 billion euros for the fighter jets", however "worth" is attached
      items.addAll(items(v, concat(v.childrenLike(t + 1, "nmod:for"), v.childrenLike(t + 1, "obl:for"))));
    }
    List<Party> owner = new ArrayList<>(parties(v, v.children(t, "nmod:poss")));
    for (int a : v.children(t, "amod", "compound")) {
      Mention m = v.mentionAt(a);
      if (m != null && m.type() == Mention.Type.ACTOR && m.form() != Mention.Form.DEMONYM) {
        owner.add(party(m, "amod"));
      } else if (m == null) {
        owner.addAll(parties(v, List.of(a))); // "Hanwha Aerospace inks arms deal", parsed as one noun phrase
      }
    }
    List<Party> with = new ArrayList<>(parties(v, concat(v.childrenLike(t, "nmod:with"), v.childrenLike(t, "nmod:between"))));
    for (ItemArg i : items) {
      with.addAll(parties(v, v.childrenLike(i.head(), "nmod:with"))); // "a deal for 26 Rafale jets with India", the with-phrase hung on the items
    }
    List<Party> signer = new ArrayList<>();
    List<Party> winners = new ArrayList<>();
    for (Dependency in : v.in(t)) {
      // "sign off on a deal", "agreed on a deal": the on-phrase of signing is its object
      boolean on = in.relation().equals("obl:on") && in.governor() >= 0 && SIGN_ON.contains(v.lemma(in.governor()));
      if (in.governor() < 0 || !(in.relation().equals("obj") || in.relation().equals("nsubj:pass") || on)) {
        continue;
      }
      int g = in.governor();
      if (lexicon.verb(v.lemma(g)) != null) {
        return; // "sell under a contract", "offered a deal": the verb's own frame
      }
      List<Party> gs = !in.relation().equals("nsubj:pass") ? parties(v, v.children(g, "nsubj")) : parties(v, v.childrenLike(g, "obl:agent"));
      if (gs.isEmpty() && !in.relation().equals("nsubj:pass")) {
        gs = inheritedSubject(v, g);
      }
      if (WIN.contains(v.lemma(g))) {
        // "its Redback IFVs that won an arms deal with Australia": the deal is for what won it, and
        // whose it is won it
        List<Integer> products = new ArrayList<>();
        for (int x : v.children(g, "nsubj")) {
          products.add(x);
        }
        v.in(g).stream().filter(rel -> rel.relation().equals("acl:relcl") && rel.governor() >= 0).forEach(rel -> products.add(rel.governor()));
        for (int x : products) {
          Mention product = v.mentionAt(x);
          if (product == null || product.type() == Mention.Type.ACTOR) {
            continue;
          }
          Mention designation = product.type() == Mention.Type.WEAPON ? product : v.children(x, "compound").stream().map(v::mentionAt)
              .filter(m -> m != null && m.type() == Mention.Type.WEAPON).findFirst().orElse(null);
          if (designation == null) {
            continue; // a named system wins deals; "the weapons that won" is no product
          }
          items.removeIf(i -> i.weapon() == null && i.category().equals("equipment"));
          if (items.stream().noneMatch(i -> i.head() == x)) {
            items.add(new ItemArg(designation.category(), designation.relation(), designation.weapon(), product.text(), product.span(), x, designation.lexiconId()));
          }
          if (gs.isEmpty() || gs.stream().allMatch(q -> q.actor() == null && !"pronoun".equals(q.how()))) {
            gs = parties(v, v.children(x, "nmod:poss"));
          }
        }
        winners.addAll(gs); // "Hanwha won a deal with Australia": who wins a deal sells
      }
      signer.addAll(gs);
      with.addAll(parties(v, concat(v.childrenLike(g, "obl:with"), v.childrenLike(g, "obl:between"))));
      items.addAll(items(v, concat(v.childrenLike(g, "obl:for"), v.childrenLike(g, "obl:on"))));
    }
    items.removeIf(i -> i.isSupport());
    if (items.isEmpty()) {
      return;
    }
    List<Party> all = distinct(owner, signer, with);
    if (all.isEmpty()) {
      return;
    }
    Party seller = seller(v, all, items);
    String sold = ".seller";
    if (seller == null && !winners.isEmpty() && !with.isEmpty()) {
      seller = winners.get(0);
      sold = ".winner";
    }
    if (seller == null) {
      seller = exporter(all);
      sold = ".exporter";
    }
    List<Party> suppliers = new ArrayList<>();
    List<Party> recipients = new ArrayList<>();
    // "the Czech Republic signed a contract for 180,000 shells for Ukraine": bought for another state, which receives them
    List<Integer> forWhom = new ArrayList<>(v.childrenLike(t, "nmod:for"));
    for (ItemArg i : items) {
      forWhom.addAll(v.childrenLike(i.head(), "nmod:for"));
    }
    List<Party> beneficiaries = new ArrayList<>(parties(v, forWhom));
    beneficiaries.removeIf(b -> all.stream().anyMatch(x -> x.span() != null && x.span().equals(b.span())));
    String how;
    if (seller == null && with.isEmpty() && !beneficiaries.isEmpty()) {
      suppliers.addAll(all);
      recipients.addAll(beneficiaries);
      how = ".buy-for";
    } else if (seller != null) {
      suppliers.add(seller);
      recipients.addAll(otherThan(all, seller));
      how = sold;
    } else if (!with.isEmpty() && !(owner.isEmpty() && signer.isEmpty())) {
      recipients.addAll(owner);
      recipients.addAll(signer);
      suppliers.addAll(with);
      how = ".buyer-signs";
    } else {
      recipients.addAll(all); // "Colombia signed an agreement for 17 Gripen": the seller is the system's maker
      for (ItemArg i : items) {
        ActorEntry maker = i.weapon() == null || i.weapon().maker() == null ? null : lexicon.actor(i.weapon().maker());
        if (maker != null && all.stream().noneMatch(x -> x.actor() != null && x.actor().id().equals(maker.id()))) {
          suppliers.add(new Party(maker, null, null, "maker", "actor:" + maker.id()));
          break;
        }
      }
      how = suppliers.isEmpty() ? ".buyer" : ".buyer.maker";
    }
    emit(out, p, t, suppliers, recipients, items, "exchange.noun" + how, v.word(t) + "(" + p.id() + ")");
  }

  /**
   * Production abroad or under licence: "Japan produces Patriot missiles under licence from Raytheon"
   * (the licensor assists the licensee), "Rheinmetall plans to manufacture armoured vehicles in
   * Ukraine", "a plant for the production of Iranian drones in Russia" (the producer assists the
   * country it produces in). Technology transfer, as assistance with the items' category; never
   * when the producer produces at home.
   */
  private void produceFrame(SentenceView v, int t, List<org.armsledger.extract.Frame> out) {
    boolean noun = v.sentence.token(t).isNoun();
    List<ItemArg> items = new ArrayList<>();
    List<Integer> where = new ArrayList<>();
    List<Party> producer = new ArrayList<>();
    List<Party> licensor = new ArrayList<>();
    int clause = t;
    if (noun) {
      items.addAll(items(v, concat(v.childrenLike(t, "nmod:of"), v.children(t, "compound"))));
      where.addAll(v.childrenLike(t, "nmod:in"));
      for (Dependency in : v.in(t)) {
        if (in.governor() >= 0 && (in.relation().equals("obj") || in.relation().startsWith("obl:") || in.relation().startsWith("nmod:"))) {
          clause = in.governor();
        }
      }
      if (clause != t) {
        // "open a plant for the production of X": climb the noun chain to the verb
        for (int hop = 0; hop < 3 && v.sentence.token(clause).isNoun(); hop++) {
          where.addAll(v.childrenLike(clause, "nmod:in"));
          int up = -1;
          for (Dependency in : v.in(clause)) {
            if (in.governor() >= 0 && !in.relation().startsWith("nsubj")) {
              up = in.governor();
            }
          }
          if (up < 0) {
            break;
          }
          clause = up;
        }
      }
    } else {
      items.addAll(items(v, v.children(t, "obj")));
      for (Dependency d : v.out(t)) {
        if (d.relation().equals("obl:under") && (v.lemma(d.dependent()).startsWith("licen"))) {
          licensor.addAll(parties(v, v.childrenLike(d.dependent(), "nmod:from")));
          if (licensor.isEmpty()) {
            // "under a Russian licence", or with the licence unnamed, the items' own origin: "will
            // manufacture Russian AK-203 rifles under licence"
            licensor.addAll(owners(v, d.dependent()));
          }
          if (licensor.isEmpty()) {
            for (int o : v.children(t, "obj")) {
              licensor.addAll(owners(v, o));
            }
            licensor.removeIf(x -> "pronoun".equals(x.how())); // "its own rifles"
          }
        }
      }
    }
    if (!noun || clause != t) {
      where.addAll(v.childrenLike(clause, "obl:in"));
      producer.addAll(parties(v, v.children(clause, "nsubj")));
      if (producer.isEmpty()) {
        producer.addAll(inheritedSubject(v, clause));
      }
    }
    for (ItemArg i : items) {
      where.addAll(v.childrenLike(i.head(), "nmod:in"));
    }
    items.removeIf(ItemArg::isSupport);
    if (items.isEmpty() || producer.isEmpty()) {
      return;
    }
    List<Integer> forPhrases = new ArrayList<>(noun ? List.of() : v.childrenLike(t, "obl:for"));
    if (!noun) {
      items.forEach(i -> forPhrases.addAll(v.childrenLike(i.head(), "nmod:for")));
    }
    List<Party> customer = parties(v, forPhrases);
    if (!customer.isEmpty()) {
      // "Turkey is building four corvettes for Pakistan": made for a customer is supplied to it
      // "is building two corvettes for Qatar": under construction, so ordered (agreed), not yet delivered
      boolean progressive = v.sentence.token(t).tag().equals("VBG") && v.out(t).stream().anyMatch(d -> d.relation().equals("aux") && v.lemma(d.dependent()).equals("be"));
      Predicate build = new Predicate(v.lemma(t), false, Frame.GIVE, progressive ? "agreed" : "delivered", "transfer");
      emit(out, build, t, producer, customer, items, "give.build-for", v.word(t) + " -for-> " + customer.get(0).text());
      return;
    }
    List<ItemArg> assisted = new ArrayList<>();
    for (ItemArg i : items) {
      assisted.add(new ItemArg(i.category(), "assistance", i.weapon(), i.text(), i.span(), i.head(), i.lexiconId()));
    }
    Predicate produce = new Predicate("produce", noun, Frame.ASSIST, "delivered", "assistance");
    if (!licensor.isEmpty()) {
      emit(out, produce, t, licensor, producer, assisted, "produce.licence", v.word(t) + " -under-> licence -from->");
      return;
    }
    List<Party> place = parties(v, where);
    for (Party pl : place) {
      if (pl.actor() == null || !pl.actor().isState()) {
        continue;
      }
      // "Moscow and Tehran plan to build a plant for the production of Iranian drones in Russia": the
      // partner producing away from home assists the host; a producer at home assists no one
      List<Party> abroad = new ArrayList<>();
      for (Party x : producer) {
        boolean home = x.actor() != null && (x.actor().id().equals(pl.actor().id()) || pl.actor().id().equals(x.actor().state()));
        if (!home) {
          abroad.add(x);
        }
      }
      if (!abroad.isEmpty()) {
        emit(out, produce, t, abroad, List.of(pl), assisted, "produce.abroad", v.word(t) + " -in-> " + pl.text());
        return;
      }
    }
  }

  /**
   * Negotiation: "Vucic had talks with his Russian counterpart about helicopters", "talks between
   * Russia and Turkey on the deliveries of S-400". The parties are the talks' with- and between-
   * phrases and the subject of the verb that holds them; the items what they are about. Which party
   * supplies is decided as for a deal; the stage is considered (cues.tsv: talk).
   */
  private void talksFrame(SentenceView v, int t, List<org.armsledger.extract.Frame> out) {
    List<ItemArg> items = new ArrayList<>();
    for (String rel : List.of("nmod:on", "nmod:about", "nmod:over", "nmod:regarding", "nmod:concerning", "nmod:for", "nmod:of")) {
      items.addAll(items(v, v.childrenLike(t, rel)));
    }
    for (int c : v.children(t, "compound")) {
      if (v.mentionAt(c) != null && v.mentionAt(c).type() != Mention.Type.ACTOR) {
        items.addAll(items(v, List.of(c))); // "F-35 talks with Washington"
      }
    }
    List<Party> with = new ArrayList<>(parties(v, concat(v.childrenLike(t, "nmod:with"), v.childrenLike(t, "nmod:between"))));
    List<Party> holder = new ArrayList<>(parties(v, v.children(t, "nsubj"))); // "Serbia was in talks with Russia"
    for (Dependency d : v.out(t)) {
      if (d.base().equals("conj") && v.mentionAt(d.dependent()) != null) {
        items.addAll(items(v, List.of(d.dependent()))); // "talks about helicopters, armoured vehicles and ...", misparsed
      }
    }
    for (Dependency in : v.in(t)) {
      if (in.governor() < 0) {
        continue;
      }
      int g = in.governor();
      if (in.relation().equals("obj") || in.relation().startsWith("obl:") || in.relation().equals("nsubj")) {
        if (!in.relation().equals("nsubj")) {
          holder.addAll(parties(v, v.children(g, "nsubj")));
        }
        with.addAll(parties(v, concat(v.childrenLike(g, "obl:with"), v.childrenLike(g, "obl:between"))));
        for (String rel : List.of("obl:on", "obl:about", "obl:over", "obl:regarding", "obl:concerning")) {
          items.addAll(items(v, v.childrenLike(g, rel)));
        }
      }
    }
    items.removeIf(i -> i.isSupport());
    List<Party> all = distinct(holder, with);
    if (items.isEmpty() || all.size() < 2) {
      return;
    }
    Party seller = seller(v, all, items);
    if (seller == null) {
      return; // who would supply whom is not said
    }
    Predicate talk = new Predicate("talk", true, Frame.EXCHANGE, "considered", "transfer");
    emit(out, talk, t, List.of(seller), otherThan(all, seller), items, "talks.noun.seller", v.word(t) + "(talks)");
  }

  /** Verbs of making a state's forces stronger, whose object's owner a supply is for. */
  /**
   * Whose forces a clause under {@code t} is to strengthen: "aimed at strengthening the Central
   * African Republic's security forces", "to boost the Somali National Army". Named owners only.
   */
  private List<Party> purposeOwners(SentenceView v, int t) {
    List<Party> out = new ArrayList<>();
    for (int x : v.subtree(t, Set.of("ccomp", "parataxis", "punct", "acl:relcl"))) {
      if (x == t || !STRENGTHEN.contains(v.lemma(x)) || !v.sentence.token(x).isVerb()) {
        continue;
      }
      for (int o : v.children(x, "obj")) {
        List<Integer> possessed = new ArrayList<>(v.children(o, "nmod:poss"));
        for (int c : v.children(o, "compound")) {
          possessed.addAll(v.children(c, "nmod:poss")); // "the army's [surveillance and strike] capabilities"
        }
        List<Party> owner = new ArrayList<>(parties(v, possessed));
        owner.removeIf(w -> w.actor() == null); // a named owner only: "its air defence" may be anyone's
        Party self = partyAt(v, o);
        if (self != null && self.actor() != null && self.actor().isState()) {
          owner.add(self); // "the Somali National Army"
        }
        out.addAll(owner);
      }
    }
    return out;
  }

  /**
   * Arrival and flow nouns: "the arrival of Turkish drones in Somalia", "the flow of weapons to
   * Russia", "the arrival of more drones is expected to boost the Somali National Army" (whose
   * forces they are to strengthen). The items come from the of-phrase, the sender from a
   * from-phrase (or, in the extractor, the items' origin).
   */
  private void arrivalFrame(SentenceView v, int t, Predicate p, List<org.armsledger.extract.Frame> out) {
    List<ItemArg> items = items(v, v.childrenLike(t, "nmod:of"));
    if (items.isEmpty()) {
      return;
    }
    List<Party> recipients = new ArrayList<>();
    for (int h : concat(List.of(t), items.stream().map(ItemArg::head).toList())) {
      // "the arrival of Chinese rifles in Mali": CoreNLP may hang the place on the items
      recipients.addAll(parties(v, concat(concat(v.childrenLike(h, "nmod:in"), v.childrenLike(h, "nmod:to")), v.childrenLike(h, "nmod:into"))));
    }
    String how = "";
    if (recipients.isEmpty()) {
      for (Dependency in : v.in(t)) {
        if (in.relation().startsWith("nsubj") && in.governor() >= 0) {
          recipients.addAll(purposeOwners(v, in.governor()));
          how = ".purpose";
        }
      }
    }
    List<Party> suppliers = parties(v, v.childrenLike(t, "nmod:from"));
    emit(out, p, t, suppliers, recipients, items, "move.noun" + how, v.word(t));
  }

  private static final Set<String> STRENGTHEN = Set.of("strengthen", "bolster", "boost", "reinforce", "rebuild", "equip", "modernize", "modernise", "upgrade");
  /** Verbs of going through a course, and the participles naming who runs it. */
  /** Verbs of finding materiel for someone: "the Czech Republic has found 800,000 shells for Ukraine". */
  private static final Set<String> SOURCING = Set.of("find", "secure", "source", "locate", "identify", "obtain", "gather", "collect");

  /**
   * Finding items for another state: "the Czech Republic has secured 800,000 shells for Ukraine",
   * "his country had found shells for Ukraine". Who finds them is to supply them (planned); the
   * for-phrase (on the verb or the items) receives.
   */
  private void sourcingFrame(SentenceView v, int t, List<org.armsledger.extract.Frame> out) {
    List<ItemArg> items = items(v, v.children(t, "obj"));
    items.removeIf(ItemArg::isSupport);
    if (items.isEmpty()) {
      return;
    }
    List<Integer> forWhom = new ArrayList<>(v.childrenLike(t, "obl:for"));
    for (ItemArg i : items) {
      forWhom.addAll(v.childrenLike(i.head(), "nmod:for"));
    }
    List<Party> recipients = parties(v, forWhom);
    List<Party> finders = subjectOf(v, t);
    if (recipients.isEmpty() || finders.isEmpty()) {
      return;
    }
    Predicate find = new Predicate(v.lemma(t), false, Frame.GIVE, "planned", "transfer");
    emit(out, find, t, finders, recipients, items, "give.source-for", v.word(t) + " -for-> " + recipients.get(0).text());
  }

  /**
   * Verbs of curbing a supply: who curbs another's sales does not receive them ("the US seeks to limit
   * Russian arms sales"); the onlookers' verbs ({@link #THIRD_PARTY}: sanction, condemn, counter) never get this far.
   */
  private static final Set<String> CURB = Set.of("limit", "curb", "restrict", "reduce", "cut", "undermine", "disrupt", "challenge");
  /** Where a supply passes through: "deliveries to Ukraine through its territory". */
  private static final Set<String> TRANSIT = Set.of("territory", "airspace", "soil", "port", "ports", "land", "waters", "border", "airport", "airports");

  /**
   * True when the supply (or the clause that has it) passes through a place: who allows or refuses
   * that transit is no supplier ("Hungary has refused to allow weapons deliveries to Ukraine through its territory").
   */
  private static boolean transit(SentenceView v, int... nodes) {
    for (int n : nodes) {
      for (Dependency d : v.out(n)) {
        boolean through = d.relation().endsWith(":through") || d.relation().endsWith(":via") || d.relation().endsWith(":across");
        if (through && TRANSIT.contains(v.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "The two countries also agreed on 212 K9 howitzers", "Poland and South Korea agreed on 180 K2
   * tanks": the parties that agree on items, as in a deal: the one that sells them (a company, their
   * maker, their origin, or the major exporter of the two) to the others; the document's pair in the
   * direction its claims give when the subject is "the two countries".
   */
  private void agreeOnFrame(SentenceView v, int t, List<org.armsledger.extract.Frame> out) {
    List<ItemArg> items = items(v, v.childrenLike(t, "obl:on"));
    items.removeIf(ItemArg::isSupport);
    List<Party> all = subjectOf(v, t);
    if (items.isEmpty() || all.isEmpty()) {
      return;
    }
    Predicate agree = new Predicate("agree", false, Frame.EXCHANGE, "agreed", "transfer");
    if (all.stream().anyMatch(x -> PAIR.equals(x.how()))) {
      emit(out, agree, t, List.of(), all, items, "exchange.agree-on.pair", v.word(t));
      return;
    }
    Party seller = seller(v, all, items);
    if (seller == null) {
      seller = exporter(all);
    }
    if (seller != null) {
      emit(out, agree, t, List.of(seller), otherThan(all, seller), items, "exchange.agree-on", v.word(t));
    }
  }

  /** Nouns for who buys: "Algeria remains the largest buyer of Russian weapons". */
  private static final Set<String> BUYER_NOUNS = Set.of("buyer", "importer", "purchaser", "customer", "client");

  /**
   * "Algeria remains the largest buyer of Russian weapons in Africa", "India, the biggest customer of
   * Russian arms": who is said to be the buyer of items receives them; their owner, from-phrase or
   * origin supplies them.
   */
  private void buyerFrame(SentenceView v, int t, List<org.armsledger.extract.Frame> out) {
    List<ItemArg> items = items(v, concat(v.childrenLike(t, "nmod:of"), v.childrenLike(t, "nmod:for"))); // "customer for China's drone"
    items.addAll(itemsInFront(v, t, false)); // "Russia's largest arms customer"
    items.removeIf(ItemArg::isSupport);
    if (items.isEmpty()) {
      return;
    }
    List<Party> buyers = new ArrayList<>(parties(v, v.children(t, "nsubj")));
    for (Dependency in : v.in(t)) {
      if (in.governor() < 0) {
        continue;
      }
      if (buyers.isEmpty() && (in.relation().equals("xcomp") || in.relation().equals("obj"))) {
        buyers.addAll(parties(v, v.children(in.governor(), "nsubj"))); // "Algeria remains the largest buyer", "became"
      }
      if (buyers.isEmpty() && in.relation().equals("appos")) {
        buyers.addAll(parties(v, List.of(in.governor()))); // "India, the biggest customer of Russian arms"
      }
    }
    // "Russia's third-largest arms customer": whose customer it is sells
    List<Party> sellers = new ArrayList<>(parties(v, concat(v.childrenLike(t, "nmod:from"), v.children(t, "nmod:poss"))));
    for (ItemArg i : items) {
      for (Party owner : parties(v, concat(v.children(i.head(), "nmod:poss"), v.childrenLike(i.head(), "nmod:from")))) {
        if (sellers.stream().noneMatch(x -> x.span() != null && x.span().equals(owner.span()))) {
          sellers.add(owner); // "the largest buyer of Russia's weapons"
        }
      }
    }
    if (buyers.isEmpty()) {
      return;
    }
    Predicate buy = new Predicate(v.lemma(t), true, Frame.GET, "delivered", "transfer");
    emit(out, buy, t, sellers, buyers, items, "get.buyer-noun", v.word(t));
  }

  private static final Set<String> NEGOTIATE = Set.of("negotiate", "bargain", "haggle");
  private static final Set<String> BID = Set.of("bid", "compete", "tender", "vie");
  /** Verbs that make a package of aid public or let it go, with the stage they give it. */
  private static final java.util.Map<String, String> UNVEIL = java.util.Map.of("announce", "planned", "unveil", "planned", "prepare", "planned",
      "finalize", "agreed", "finalise", "agreed", "approve", "agreed", "authorize", "agreed", "authorise", "agreed");

  /**
   * "The Pentagon announced a new $400 million weapons package for Kyiv": a package or aid announced,
   * unveiled or approved for a state is given by who announces it, to that state.
   */
  private void packageFrame(SentenceView v, int t, List<org.armsledger.extract.Frame> out) {
    List<Party> giver = subjectOf(v, t);
    for (int o : v.children(t, "obj")) {
      Mention m = v.mentionAt(o);
      boolean pack = PACKAGE_NOUNS.contains(v.lemma(o).toLowerCase(java.util.Locale.ROOT)) || m != null && m.type() == Mention.Type.ITEM && m.relation().equals("assistance");
      if (!pack || m == null || m.type() == Mention.Type.ACTOR) {
        continue;
      }
      List<Party> to = parties(v, concat(v.childrenLike(o, "nmod:for"), v.childrenLike(o, "nmod:to")));
      List<ItemArg> items = items(v, List.of(o));
      items.removeIf(i -> i.head() != o && !PACKAGE_NOUNS.contains(v.lemma(i.head()).toLowerCase(java.util.Locale.ROOT)) && i.category().equals("unspecified"));
      if (giver.isEmpty() || to.isEmpty() || items.isEmpty()) {
        continue;
      }
      Predicate announce = new Predicate(v.lemma(t), false, Frame.GIVE, UNVEIL.get(v.lemma(t)), null); // the relation of the item (aid: assistance)
      emit(out, announce, t, giver, to, items, "give.package", v.word(t) + " -obj-> " + v.word(o));
    }
  }
  /** Verbs of winning a deal, which its winner sells under. */
  private static final Set<String> WIN = Set.of("win", "clinch", "land", "bag", "snag", "scoop");
  /** Nouns of an order a seller wins. */
  private static final Set<String> ORDER_NOUNS = Set.of("order", "contract", "tender");

  /**
   * "Rheinmetall said it had won an order from Hungary for Lynx infantry fighting vehicles": who wins
   * or secures an order sells, and whom the order is from buys (read the other way round, the
   * buyer's from-phrase made Hungary the seller).
   */
  private boolean wonOrderFrame(SentenceView v, int t, Predicate p, List<org.armsledger.extract.Frame> out) {
    if (!ORDER_NOUNS.contains(v.lemma(t).toLowerCase(java.util.Locale.ROOT))) {
      return false;
    }
    for (Dependency in : v.in(t)) {
      if (!in.relation().equals("obj") || in.governor() < 0) {
        continue;
      }
      String g = v.lemma(in.governor());
      if (!WIN.contains(g) && !g.equals("secure")) {
        continue;
      }
      List<Party> buyer = parties(v, v.childrenLike(t, "nmod:from"));
      List<Party> winner = subjectOf(v, in.governor());
      List<ItemArg> items = items(v, concat(v.childrenLike(t, "nmod:for"), v.childrenLike(t, "nmod:of")));
      items.removeIf(ItemArg::isSupport);
      if (buyer.isEmpty() || winner.isEmpty() || items.isEmpty()) {
        return false;
      }
      emit(out, p, t, winner, buyer, items, "get.noun.won", v.word(in.governor()) + " " + v.word(t) + " -from-> " + buyer.get(0).text());
      return true;
    }
    return false;
  }
  /** A state's buying programmes a firm or state may bid for. */
  private static final Set<String> PROCUREMENTS = Set.of("procurement", "tender", "contract", "competition", "program", "programme", "project",
      "requirement", "acquisition", "purchase", "order");

  /**
   * The kinds of item compounded in front of a noun that is not an item itself ("arms customer",
   * "tank procurement programme"), which {@link #items} leaves out as modifiers of another thing;
   * {@code deep}: the compounds' own compounds too, and a mention found by its head.
   */
  private List<ItemArg> itemsInFront(SentenceView v, int noun, boolean deep) {
    List<Integer> compounds = new ArrayList<>(v.children(noun, "compound"));
    if (deep) {
      for (int c : List.copyOf(compounds)) {
        compounds.addAll(v.children(c, "compound"));
      }
    }
    List<ItemArg> out = new ArrayList<>();
    for (int c : compounds) {
      Mention m = v.mentionAt(c);
      if (m == null && deep) {
        m = v.mentions.stream().filter(x -> x.type() != Mention.Type.ACTOR && v.head(x) == c).findFirst().orElse(null);
      }
      if (m != null && m.type() == Mention.Type.ITEM) {
        out.add(new ItemArg(m.category(), m.relation(), null, m.text(), m.span(), c, m.lexiconId()));
      }
    }
    return out;
  }

  /**
   * "Hanwha plans to bid for the Romanian government's infantry fighting vehicle procurement project
   * with its Redback IFVs": who bids for a state's procurement offers it the items the procurement
   * is for (in front of it) and those it bids with.
   */
  private void bidFrame(SentenceView v, int t, List<org.armsledger.extract.Frame> out) {
    List<Party> bidder = subjectOf(v, t);
    for (int f : v.childrenLike(t, "obl:for")) {
      if (!PROCUREMENTS.contains(v.lemma(f).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      List<Party> buyer = owners(v, f);
      List<ItemArg> items = itemsInFront(v, f, true); // "the army's tank procurement programme"
      items.addAll(items(v, concat(concat(v.childrenLike(f, "nmod:of"), v.childrenLike(f, "nmod:with")), v.childrenLike(t, "obl:with"))));
      items.removeIf(ItemArg::isSupport);
      if (bidder.isEmpty() || buyer.isEmpty() || items.isEmpty()) {
        continue;
      }
      Predicate offer = new Predicate(v.lemma(t), false, Frame.GIVE, "offered", "transfer");
      emit(out, offer, t, bidder, buyer, dedupe(items), "give.bid-for", v.word(t) + " -obl:for-> " + v.word(f));
    }
  }

  /**
   * "Brazil is negotiating with Italy for 30 helicopters": who negotiates with another for items
   * wants them from it (or, with nothing else to say, the major exporter of the two sells, as in a
   * deal); under consideration.
   */
  private void negotiateFrame(SentenceView v, int t, List<org.armsledger.extract.Frame> out) {
    // what is negotiated: "for" the items, or "over"/"on"/"about" a purchase or a sale of them ("is
    // negotiating with Sweden over the purchase of Gripen fighters"); over a sale, the subject sells
    List<Integer> topics = new ArrayList<>(v.childrenLike(t, "obl:for"));
    boolean subjectSells = false;
    for (String rel : List.of("obl:over", "obl:on", "obl:about", "obl:regarding")) {
      for (int a : v.childrenLike(t, rel)) {
        Predicate np = lexicon.noun(v.lemma(a));
        if (np != null && (np.frame() == Frame.GET || np.frame() == Frame.GIVE)) {
          topics.add(a);
          subjectSells |= np.frame() == Frame.GIVE;
        }
      }
    }
    List<ItemArg> items = items(v, topics);
    items.removeIf(ItemArg::isSupport);
    List<Party> with = parties(v, v.childrenLike(t, "obl:with"));
    List<Party> subject = subjectOf(v, t);
    if (items.isEmpty() || with.isEmpty() || subject.isEmpty()) {
      return;
    }
    Predicate p = new Predicate(v.lemma(t), false, Frame.GET, "considered", "transfer");
    emit(out, p, t, subjectSells ? subject : with, subjectSells ? with : subject, items, subjectSells ? "give.negotiate-over" : "get.negotiate-for",
        v.word(t) + " -with-> " + with.get(0).text());
  }

  /** Verbs of taking what is given: "accepted a donation of vehicles from India". */
  private static final Set<String> ACCEPT = Set.of("accept", "welcome", "receive", "collect");

  /** Verbs of keeping another's materiel working or making it better. */
  private static final Set<String> SERVICE = Set.of("service", "maintain", "repair", "overhaul", "refurbish", "upgrade", "modernise", "modernize",
      "retrofit", "refit");

  /**
   * "Russian technicians are servicing Algeria's Su-30 fleet": who services, repairs or upgrades
   * materiel another owns gives it technical assistance with that materiel. Only when the owner is
   * named and is not the one doing it ("India upgraded its Su-30 fleet" is no claim).
   */
  private void serviceFrame(SentenceView v, int t, List<org.armsledger.extract.Frame> out) {
    List<Party> doer = subjectOf(v, t);
    List<Integer> objects = v.children(t, "obj");
    if (doer.isEmpty() || objects.isEmpty()) {
      return;
    }
    List<ItemArg> items = items(v, objects);
    items.removeIf(ItemArg::isSupport);
    List<Party> owner = new ArrayList<>();
    for (int o : objects) {
      owner.addAll(owners(v, o));
      owner.addAll(parties(v, v.childrenLike(o, "nmod:of"))); // "the Su-30 jets of Algeria's air force"
    }
    // "its Su-30 fleet" is the doer's own, as a rule
    owner.removeIf(o -> "pronoun".equals(o.how()) || doer.stream().anyMatch(d -> sameParty(d, o)));
    if (items.isEmpty() || owner.isEmpty()) {
      return;
    }
    Predicate p = new Predicate(v.lemma(t), false, Frame.ASSIST, "delivered", "assistance");
    emit(out, p, t, doer, owner, items, "assist.service", v.word(t) + " -> " + owner.get(0).text());
  }

  /** Verbs of using materiel one has. */
  private static final Set<String> USE = Set.of("use", "employ", "fire", "deploy", "field", "operate");
  /** Words that say materiel came to its user without a supply: taken, not given. */
  private static final Set<String> TAKEN = Set.of("captured", "seized", "stolen", "abandoned", "looted", "trophy", "smuggled");

  /**
   * "North Korean artillery shells have been used by Russian troops": materiel of one state used by
   * another's forces came to them from that state (delivered). Only when the items' origin is named
   * on them (a demonym, a possessor) and differs from the user, and nothing says they were captured.
   */
  private void useFrame(SentenceView v, int t, List<org.armsledger.extract.Frame> out) {
    boolean passive = !v.children(t, "aux:pass").isEmpty() || !v.children(t, "nsubj:pass").isEmpty();
    List<Party> user = passive ? parties(v, v.childrenLike(t, "obl:agent")) : subjectOf(v, t);
    List<Integer> objects = passive ? v.children(t, "nsubj:pass") : v.children(t, "obj");
    if (user.isEmpty() || objects.isEmpty()) {
      return;
    }
    List<ItemArg> items = items(v, objects);
    items.removeIf(ItemArg::isSupport);
    List<Party> origin = new ArrayList<>();
    for (ItemArg i : items) {
      int h = i.head();
      if (subtree(v, h).stream().anyMatch(x -> TAKEN.contains(v.sentence.token(x).text().toLowerCase(java.util.Locale.ROOT)))) {
        return; // "captured Russian tanks": taken, not supplied
      }
      origin.addAll(owners(v, h));
    }
    Party made = ORIGINS.origin(v, items); // "Iranian-made missiles", as for any item's origin
    if (made != null) {
      origin.add(made);
    }
    for (int o : objects) {
      origin.addAll(owners(v, o)); // "its weapons", "North Korea's shells"
    }
    // "Russia used its own missiles": an active user's possessive is its own; a passive one's is the
    // owner named before ("denied its weapons were used by Hamas")
    origin.removeIf(o -> (!passive && "pronoun".equals(o.how())) || user.stream().anyMatch(u -> sameParty(u, o)));
    if (items.isEmpty() || origin.isEmpty()) {
      return;
    }
    Predicate p = new Predicate(v.lemma(t), false, Frame.GIVE, "delivered", "transfer");
    emit(out, p, t, distinct(origin), user, items, "give.used-by", v.word(t) + " <- " + origin.get(0).text());
  }

  private static final Set<String> UNDERGO = Set.of("complete", "undergo", "attend", "finish");
  private static final Set<String> RUN_BY = Set.of("run", "organise", "organize", "conduct", "provide", "offer", "give", "host", "lead");

  /**
   * "Seventy-seven members of Azerbaijan's air force have completed a training programme run by
   * Turkey's leading drone producer": who goes through training another runs is trained by it.
   */
  private void undergoFrame(SentenceView v, int t, List<org.armsledger.extract.Frame> out) {
    for (int o : v.children(t, "obj")) {
      boolean training = v.lemma(o).equalsIgnoreCase("training")
          || v.children(o, "compound").stream().anyMatch(c -> v.lemma(c).equalsIgnoreCase("training"));
      if (!training) {
        continue;
      }
      List<Party> trainer = new ArrayList<>();
      for (int acl : v.childrenLike(o, "acl")) {
        if (RUN_BY.contains(v.lemma(acl))) {
          for (int by : concat(v.childrenLike(acl, "obl:by"), v.childrenLike(acl, "obl:agent"))) {
            Party whose = partyAt(v, by);
            if (whose != null) {
              trainer.add(whose);
            } else {
              trainer.addAll(owners(v, by)); // "Turkey's leading drone producer"
            }
          }
        }
      }
      List<Party> trainees = new ArrayList<>(subjectOf(v, t));
      if (trainees.isEmpty()) {
        for (int subj : v.children(t, "nsubj")) {
          for (int of : v.childrenLike(subj, "nmod:of")) {
            Party self = partyAt(v, of);
            if (self != null) {
              trainees.add(self);
            } else {
              trainees.addAll(owners(v, of)); // "members of Azerbaijan's air force"
            }
          }
        }
      }
      if (trainer.isEmpty() || trainees.isEmpty()) {
        continue;
      }
      List<ItemArg> items = List.of(new ItemArg("unspecified", "training", null, v.word(o), v.sentence.token(o).span(), o, "training"));
      Predicate train = new Predicate("train", false, Frame.TRAIN, "delivered", "training");
      emit(out, train, t, trainer, trainees, items, "train.undergo", v.word(t) + " -obj-> " + v.word(o));
    }
  }

  /** Verbs of meeting a need, and the needs they meet. */
  private static final Set<String> MEET = Set.of("meet", "satisfy", "fulfil", "fulfill", "cover");
  private static final Set<String> NEEDS = Set.of("demand", "need", "needs", "requirement", "requirements");

  /**
   * "Beijing met 72% of Islamabad's demand for major arms": who meets a state's need for arms
   * supplies them; the state whose need it is receives them.
   */
  private void needFrame(SentenceView v, int t, List<org.armsledger.extract.Frame> out) {
    for (int o : v.children(t, "obj")) {
      int need = o;
      if (!NEEDS.contains(v.lemma(need).toLowerCase(java.util.Locale.ROOT))) {
        for (int of : v.childrenLike(o, "nmod:of")) {
          need = of; // "72% of Islamabad's demand", "most of its needs"
        }
      }
      if (!NEEDS.contains(v.lemma(need).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      List<Party> owner = owners(v, need);
      List<ItemArg> items = new ArrayList<>(items(v, v.childrenLike(need, "nmod:for")));
      items.removeIf(ItemArg::isSupport);
      List<Party> meeter = subjectOf(v, t);
      if (owner.isEmpty() || items.isEmpty() || meeter.isEmpty()) {
        continue;
      }
      Predicate meet = new Predicate(v.lemma(t), false, Frame.GIVE, "delivered", "transfer");
      emit(out, meet, t, meeter, owner, items, "give.meets-need", v.word(t) + " -obj-> " + v.word(need));
    }
  }

  /** Verbs of putting a partner out of a programme. */
  private static final Set<String> EXPEL = Set.of("remove", "expel", "kick", "exclude", "eject", "oust", "suspend", "bar", "ban", "drop");
  /** Nouns for a joint weapons programme. */
  private static final Set<String> PROGRAMMES = Set.of("program", "programme", "project", "consortium", "partnership", "production");

  /**
   * "The US was removing Turkey from the F-35 program": the one who expels a partner from a
   * weapons programme halts its supply of that weapon to the partner.
   */
  private void expelFrame(SentenceView v, int t, List<org.armsledger.extract.Frame> out) {
    List<Party> partner = parties(v, v.children(t, "obj"));
    if (partner.isEmpty()) {
      return;
    }
    List<ItemArg> items = new ArrayList<>();
    for (int from : v.childrenLike(t, "obl:from")) {
      if (PROGRAMMES.contains(v.lemma(from).toLowerCase(java.util.Locale.ROOT))) {
        items.addAll(items(v, List.of(from)));
      }
    }
    items.removeIf(ItemArg::isSupport);
    List<Party> expeller = subjectOf(v, t);
    if (items.isEmpty() || expeller.isEmpty()) {
      return;
    }
    Predicate halt = new Predicate(v.lemma(t), false, Frame.GIVE, "halted", "transfer");
    emit(out, halt, t, expeller, partner, items, "expel.programme", v.word(t) + " -obj-> " + partner.get(0).text());
  }

  /** Nouns for a load in transit, whose contents have been sent. */
  private static final Set<String> LOADS = Set.of("cargo", "shipment", "consignment", "delivery", "batch");
  /** Nouns for a deal or package that, said again, lists more of what it holds. */
  static final Set<String> DEAL_NOUNS = Set.of("sale", "package", "cargo", "proposal", "deal", "contract", "order", "agreement", "request",
      "notification", "tranche", "purchase", "acquisition", "aid", "assistance", "shipment", "consignment", "delivery", "batch");

  /**
   * "The proposal also included 21 F100 engines; radars; associated weapon systems", "This newest
   * package includes more ammunition for HIMARS": a deal named again without its parties lists more
   * of its items. Both parties are the pair of the document's latest claim, in its direction and at
   * its stage (Extractor); never when the deal's own phrase names a party (its frame has them).
   */
  private void includeFrame(SentenceView v, int t, List<org.armsledger.extract.Frame> out) {
    for (int subj : v.children(t, "nsubj")) {
      if (!DEAL_NOUNS.contains(v.lemma(subj).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      boolean anaphoric = v.children(subj, "det").stream().anyMatch(d -> Set.of("the", "this", "that").contains(v.lemma(d).toLowerCase(java.util.Locale.ROOT)));
      boolean named = subtree(v, subj).stream().anyMatch(x -> v.mentionAt(x) != null && v.mentionAt(x).type() == Mention.Type.ACTOR);
      List<ItemArg> items = new ArrayList<>(items(v, v.children(t, "obj")));
      items.removeIf(ItemArg::isSupport);
      if (!anaphoric || named || items.isEmpty()) {
        continue;
      }
      Party both = new Party(null, v.word(subj), v.sentence.token(subj).span(), PAIR, null);
      // a load that arrived is delivered; a deal or package is at the stage of the deal it repeats (Extractor)
      boolean load = LOADS.contains(v.lemma(subj).toLowerCase(java.util.Locale.ROOT));
      Predicate deal = new Predicate(v.lemma(subj), true, Frame.EXCHANGE, load ? "delivered" : "agreed", "transfer");
      emit(out, deal, t, List.of(both), List.of(both), items, load ? "includes.load" : "includes.deal", v.word(subj) + " <-nsubj- " + v.word(t));
    }
  }

  /** Nouns for a bar on arms going somewhere: "an arms embargo on Sudan", "export controls to Turkey". */
  private static final Set<String> RESTRICTIONS = Set.of("embargo", "ban", "control", "restriction", "moratorium", "curb", "freeze");
  /** Words in front of such a noun that make it a bar on arms. */
  private static final Set<String> ARMS_WORDS = Set.of("arm", "arms", "weapon", "weapons", "export", "exports", "arms-export", "military", "defence", "defense");
  /** Verbs that put a bar in place (the supply is halted) or take it away (the supply becomes possible). */
  private static final Set<String> IMPOSE = Set.of("impose", "introduce", "tighten", "extend", "reimpose", "re-impose", "place", "enforce", "slap", "adopt", "declare", "announce");
  private static final Set<String> LIFT = Set.of("lift", "drop", "ease", "relax", "remove", "scrap", "end", "repeal", "loosen", "waive", "rescind", "overturn");

  /**
   * A bar on arms put in place or taken away: "Germany imposed an arms embargo on Turkey" (the
   * supply is halted), "Canada has dropped export controls to Turkey for certain weapons" (it becomes
   * possible). Whose bar it is, or else who imposes or lifts it, is the supplier, only a state
   * (Extractor drops the claim when it resolves to anything else: an EU embargo names no supplier); the on-, to- or
   * against-phrase the recipient; the for- or on-phrase the items, or unspecified equipment. Only
   * with an arms or export word on the noun or weapons named ("an oil embargo" is not one), and only
   * under a verb that puts it in place or lifts it ("violating the embargo" supplies nothing).
   */
  private void restrictionFrame(SentenceView v, int t, List<org.armsledger.extract.Frame> out) {
    Integer verb = null;
    boolean lifted = false;
    for (Dependency in : v.in(t)) {
      int g = in.governor();
      if (g < 0 || !(in.relation().equals("obj") || in.relation().equals("nsubj:pass") || in.relation().equals("nmod:of"))) {
        continue;
      }
      String lemma = v.lemma(g).toLowerCase(java.util.Locale.ROOT);
      String stem = lemma.endsWith("ing") ? lemma.substring(0, lemma.length() - 3) : lemma; // "the lifting of the embargo"
      if (IMPOSE.contains(lemma) || IMPOSE.contains(stem) || IMPOSE.contains(stem + "e")) {
        verb = g;
      } else if (LIFT.contains(lemma) || LIFT.contains(stem) || LIFT.contains(stem + "e")) {
        verb = g;
        lifted = true;
      }
    }
    if (verb == null) {
      return;
    }
    List<ItemArg> items = new ArrayList<>();
    List<Integer> to = new ArrayList<>();
    for (String rel : List.of("nmod:on", "nmod:to", "nmod:against", "nmod:for")) {
      to.addAll(v.childrenLike(t, rel));
      items.addAll(items(v, v.childrenLike(t, rel)));
    }
    for (String rel : List.of("obl:on", "obl:to", "obl:against", "obl:for")) {
      to.addAll(v.childrenLike(verb, rel));
      items.addAll(items(v, v.childrenLike(verb, rel)));
    }
    boolean arms = v.out(t).stream().anyMatch(d -> (d.relation().equals("compound") || d.relation().equals("amod"))
        && ARMS_WORDS.contains(v.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT)));
    if (!arms && items.isEmpty()) {
      return;
    }
    List<Party> recipients = parties(v, to);
    // whose bar it is: "Canada's export controls", "the EU arms embargo", else who imposes or lifts it
    List<Party> imposer = owners(v, t);
    if (imposer.isEmpty()) {
      imposer.addAll(v.sentence.token(verb).isVerb() ? subjectOf(v, verb) : inheritedSubject(v, verb));
    }
    if (recipients.isEmpty() || imposer.isEmpty()) {
      return;
    }
    if (items.isEmpty()) {
      items.add(new ItemArg("equipment", "transfer", null, v.word(t), v.sentence.token(t).span(), t, "restriction"));
    }
    Predicate bar = new Predicate(v.lemma(t), true, Frame.GIVE, lifted ? "possible" : "halted", "transfer");
    emit(out, bar, t, imposer, recipients, items, lifted ? "restriction.lifted" : "restriction.imposed", v.word(verb) + " -> " + v.word(t));
  }

  /** Recipients the items' own phrases name: "weapons to Armenia", "weapons intended for Ukraine". */
  private List<Party> itemRecipients(SentenceView v, List<ItemArg> items) {
    return itemRecipients(v, items, -1);
  }

  private List<Party> itemRecipients(SentenceView v, List<ItemArg> items, int noun) {
    List<Integer> to = new ArrayList<>();
    List<Integer> heads = new ArrayList<>();
    items.forEach(i -> heads.add(i.head()));
    if (noun >= 0) {
      heads.add(noun);
    }
    for (int h : heads) {
      for (Dependency in : v.in(h)) {
        if (in.relation().startsWith("nsubj") && in.governor() >= 0 && DESTINED.contains(v.lemma(in.governor()))) {
          // "shipments intended for Israel", parsed with the noun as the participle's subject
          to.addAll(v.childrenLike(in.governor(), "obl:for"));
          to.addAll(v.childrenLike(in.governor(), "obl:to"));
        }
      }
      if (h == noun) {
        destinedTo(v, h, to); // "halted the delivery of interceptors intended for Kyiv", the participle hung on the delivery
      }
    }
    for (ItemArg i : items) {
      to.addAll(v.childrenLike(i.head(), "nmod:to"));
      to.addAll(v.childrenLike(i.head(), "nmod:for")); // "a new defence package for Taiwan"
      for (Dependency up : v.in(i.head())) {
        // "S-400 surface-to-air missile systems to Turkey": the phrase's head carries the to-phrase;
        // "the first lot of BrahMos missiles to the Philippines": so does a quantity noun
        boolean phrase = up.relation().equals("compound") || up.relation().equals("nmod:of") && v.mentionAt(up.governor()) == null;
        if (phrase && up.governor() >= 0 && v.sentence.token(up.governor()).isNoun()) {
          to.addAll(v.childrenLike(up.governor(), "nmod:to"));
          to.addAll(v.childrenLike(up.governor(), "nmod:for"));
        }
      }

      destinedTo(v, i.head(), to);
      for (Dependency d : v.out(i.head())) {
        if (d.relation().startsWith("acl") && USED.contains(v.lemma(d.dependent()))) {
          // "supplied kamikaze drones used by Russia": supplied to whoever uses them
          to.addAll(v.childrenLike(d.dependent(), "obl:agent"));
          to.addAll(v.childrenLike(d.dependent(), "obl:by"));
        }
      }
    }
    return parties(v, to);
  }

  /** Adds the for- and to-phrases of a participle of destination modifying {@code noun} ("weapons intended for Ukraine"). */
  private static void destinedTo(SentenceView v, int noun, List<Integer> to) {
    for (Dependency d : v.out(noun)) {
      if (d.relation().startsWith("acl") && DESTINED.contains(v.lemma(d.dependent()))) {
        to.addAll(v.childrenLike(d.dependent(), "obl:for"));
        to.addAll(v.childrenLike(d.dependent(), "obl:to"));
      }
    }
  }

  /** The subject of a verb, or the one it takes from the clause above ("decided to withhold"). */
  private List<Party> subjectOf(SentenceView v, int verb) {
    List<Party> gs = parties(v, v.children(verb, "nsubj"));
    if (gs.isEmpty()) {
      gs = parties(v, v.children(verb, "nsubj:xsubj")); // "Canada's ambition to intensify ...": the controller the parser names
    }
    return gs.isEmpty() ? inheritedSubject(v, verb) : gs;
  }

  /** The with-parties of the clauses or nouns governing a predicate, up to two steps up. */
  private List<Party> governingWith(SentenceView v, int t) {
    int cur = t;
    for (int hop = 0; hop < 2; hop++) {
      Dependency up = null;
      for (Dependency in : v.in(cur)) {
        boolean participle = in.relation().equals("dep") && v.sentence.token(cur).tag().equals("VBG"); // "reached out to Minsk, seeking aid"
        if (in.governor() >= 0 && (in.relation().startsWith("acl") || in.relation().equals("xcomp") || in.relation().startsWith("advcl") || participle)) {
          up = in;
          break;
        }
      }
      if (up == null) {
        return List.of();
      }
      int g = up.governor();
      List<Integer> with = concat(v.childrenLike(g, "nmod:with"), v.childrenLike(g, "obl:with"));
      if (APPROACH.contains(v.lemma(g))) {
        with.addAll(v.children(g, "obj")); // "Ukraine approached Jerusalem to purchase the system"
      }
      if (TURN_TO.contains(v.lemma(g))) {
        with.addAll(v.childrenLike(g, "obl:to")); // "Maduro reached out to Moscow, seeking assistance"
      }
      for (int o : v.children(g, "obj")) {
        with.addAll(v.childrenLike(o, "nmod:with")); // "signed a contract with Norway to export ..."
      }
      List<Party> w = parties(v, with);
      if (!w.isEmpty()) {
        return w;
      }
      cur = g;
    }
    return List.of();
  }

  /** The parties of the lists, each mention once, in order. */
  @SafeVarargs
  private static List<Party> distinct(List<Party>... lists) {
    List<Party> all = new ArrayList<>();
    for (List<Party> l : lists) {
      for (Party x : l) {
        if (all.stream().noneMatch(y -> y.span().equals(x.span()))) {
          all.add(x);
        }
      }
    }
    return all;
  }

  /** The first resolved party that sells these items, or null. */
  private Party seller(SentenceView v, List<Party> parties, List<ItemArg> items) {
    for (Party x : parties) {
      if (x.resolved() && sells(v, x, items)) {
        return x;
      }
    }
    return null;
  }

  /**
   * The one party of a deal that is a major arms exporter when every other party is a state that is
   * not one: "Putin signed an arms deal with India" (Russia sells), "France's Rafale deal with
   * Brazil"; null when none or several are, or a party is no state.
   */
  private Party exporter(List<Party> parties) {
    Party found = null;
    int states = 0;
    for (Party x : parties) {
      if (!x.resolved() || !x.actor().isState()) {
        return null;
      }
      if (found != null && found.actor().id().equals(x.actor().id())) {
        continue;
      }
      states++;
      if (lexicon.isMajorExporter(x.actor().id())) {
        if (found != null) {
          return null;
        }
        found = x;
      }
    }
    return states >= 2 ? found : null;
  }

  /** The parties other than the seller (and other than its actor). */
  private static List<Party> otherThan(List<Party> parties, Party seller) {
    List<Party> out = new ArrayList<>();
    for (Party x : parties) {
      if (x != seller && (x.actor() == null || seller.actor() == null || !x.actor().id().equals(seller.actor().id()))) {
        out.add(x);
      }
    }
    return out;
  }

  /** True when the party is the seller of these items: a company, their maker, or their named origin. */
  private boolean sells(SentenceView v, Party x, List<ItemArg> items) {
    if (x.actor().kind() == org.armsledger.lexicon.ActorEntry.Kind.COMPANY) {
      return true;
    }
    for (ItemArg i : items) {
      if (i.weapon() != null && x.actor().id().equals(i.weapon().maker())) {
        return true;
      }
    }
    Party o = ORIGINS.origin(v, items);
    return o != null && o.actor().id().equals(x.actor().id());
  }

  private static final Resolver ORIGINS = new Resolver();

  static List<Integer> concat(List<Integer> a, List<Integer> b) {
    List<Integer> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  /** Parties in "from X" phrases inside the given phrases ("equipment from Russia"). */
  private List<Party> fromInside(SentenceView v, List<Integer> roots) {
    List<Integer> from = new ArrayList<>();
    for (int r : roots) {
      for (int t : v.subtree(r, Set.of("acl:relcl", "punct", "ccomp", "parataxis"))) {
        from.addAll(v.childrenLike(t, "nmod:from"));
      }
    }
    return parties(v, from);
  }

  /** True when a verb predicate takes {@code t} as an argument. */
  private boolean isArgumentOfPredicate(SentenceView v, int t) {
    for (Dependency in : v.in(t)) {
      if (in.governor() < 0) {
        continue; // the root: no predicate above it
      }
      Token g = v.sentence.token(in.governor());
      if (g.isVerb() && lexicon.verb(g.lemma()) != null && !in.relation().startsWith("nsubj")) {
        return true;
      }
      if (in.relation().startsWith("nmod:") && g.isNoun() && lexicon.noun(g.lemma()) != null) {
        return true; // "a level of support" under another support noun is one frame
      }
    }
    return false;
  }

  private static void emit(
      List<org.armsledger.extract.Frame> out, Predicate p, int t, List<Party> s, List<Party> r, List<ItemArg> items, String rule, String path) {
    if (items.isEmpty()) {
      return;
    }
    out.add(new org.armsledger.extract.Frame(p, t, s, r, dedupe(items), rule, path));
  }

  private static List<ItemArg> dedupe(List<ItemArg> items) {
    Map<Integer, ItemArg> byHead = new LinkedHashMap<>();
    for (ItemArg i : items) {
      byHead.merge(i.head(), i, (a, b) -> a.weapon() != null ? a : b);
    }
    return new ArrayList<>(byHead.values());
  }

  private static String path(SentenceView v, int t, Slots s) {
    StringBuilder b = new StringBuilder(v.word(t));
    s.map.forEach((slot, toks) -> toks.forEach(x -> b.append(" -").append(slot).append("-> ").append(v.word(x))));
    return b.toString();
  }

  /** The subject of the nearest governing clause, for a predicate without its own. */
  List<Party> inheritedSubject(SentenceView v, int t) {
    int cur = t;
    for (int hop = 0; hop < 5; hop++) {
      if (hop > 0 && v.children(cur, "nsubj", "nsubj:pass").isEmpty()) {
        // "Eritrea does not make weapons and has not been in any position to sell arms": a conjunct
        // clause without a subject of its own shares its first conjunct's
        for (Dependency in : v.in(cur)) {
          if (in.relation().startsWith("conj") && in.governor() >= 0 && !v.sentence.token(in.governor()).isNoun()) {
            List<Party> shared = parties(v, v.children(in.governor(), "nsubj"));
            if (!shared.isEmpty()) {
              return shared;
            }
          }
        }
      }
      Dependency up = null;
      for (Dependency in : v.in(cur)) {
        String r = in.relation();
        if (r.startsWith("nsubj") || r.startsWith("csubj") || r.equals("root") || r.startsWith("conj") || r.equals("parataxis")) {
          continue;
        }
        up = in;
        break;
      }
      if (up == null) {
        return List.of();
      }
      int g = up.governor();
      if ((up.relation().equals("xcomp") || up.relation().startsWith("advcl") || up.relation().startsWith("acl")) && AWARD.contains(v.lemma(g))) {
        // "The Pentagon awarded Lockheed Martin a contract to supply 30 F-35s to Poland": the awardee supplies
        List<Party> awardee = parties(v, v.children(g, "iobj"));
        if (!awardee.isEmpty()) {
          return awardee;
        }
      }
      // "accusing it of supplying the RSF": an of-phrase gerund of accusing, blaming, suspecting is the object's act
      boolean ofGerund = (up.relation().equals("obl:of") || up.relation().equals("advcl:of")) && v.sentence.token(cur).tag().equals("VBG");
      if ((up.relation().equals("xcomp") || up.relation().startsWith("advcl") || ofGerund) && CONTROL.contains(v.lemma(g))) {
        // "Russia has been leaning on China to send aid", "Kyiv urged Berlin to deliver": the object does it
        List<Party> controller = parties(v, concat(v.children(g, "obj"), concat(v.childrenLike(g, "obl:on"), v.childrenLike(g, "obl:upon"))));
        if (!controller.isEmpty() && controller.stream().allMatch(x -> "pronoun".equals(x.how()))) {
          // "rejected an appeal from Germany to allow it to re-export": "it" is who appeals
          List<Integer> asks = new ArrayList<>(v.children(g, "nsubj:xsubj"));
          v.in(g).stream().filter(d -> d.relation().startsWith("acl") && d.governor() >= 0).forEach(d -> asks.add(d.governor()));
          for (int a : asks) {
            if (REQUEST_NOUNS.contains(v.lemma(a))) {
              List<Party> asker = parties(v, v.childrenLike(a, "nmod:from"));
              if (!asker.isEmpty()) {
                return asker;
              }
            }
          }
        }
        if (!controller.isEmpty()) {
          return controller;
        }
      }
      if (up.relation().startsWith("acl") && v.sentence.token(g).isNoun() && LETTER_NOUNS.contains(v.lemma(g).toLowerCase(java.util.Locale.ROOT))) {
        // "a letter from German defence minister Christine Lambrecht asking for approval to send": who wrote it asks
        List<Party> sender = parties(v, v.childrenLike(g, "nmod:from"));
        if (!sender.isEmpty()) {
          return sender;
        }
      }
      boolean singledOut = v.children(g, "amod").stream().anyMatch(a -> SINGLING.contains(v.lemma(a).toLowerCase(java.util.Locale.ROOT)));
      if (v.sentence.token(g).isNoun() && up.relation().startsWith("acl") && MEMBER_NOUNS.contains(v.lemma(g)) && v.mentionAt(g) == null && !singledOut) {
        return parties(v, List.of(g)); // "allies to provide weapons": the allies provide, whoever they are
      }
      boolean actNoun = OWNED.contains(v.lemma(g)) || lexicon.noun(v.lemma(g)) != null && v.mentionAt(g) == null;
      // "China's offer to buy submarines" is China's offer of them (the GET frame reads it); "a French
      // offer to sell it submarines" is France's to sell
      Predicate own = lexicon.verb(v.lemma(cur));
      boolean offerToGive = own != null && own.frame() == Frame.GIVE && v.sentence.token(cur).isVerb();
      if (v.sentence.token(g).isNoun() && up.relation().startsWith("acl") && actNoun && (!OFFER_NOUNS.contains(v.lemma(g)) || offerToGive)) {
        // "Kyiv's request to the US to acquire a Patriot battery", "Moscow's failure to deliver"
        List<Party> owner = parties(v, v.children(g, "nmod:poss"));
        for (int a : v.children(g, "amod", "compound")) {
          Mention m = v.mentionAt(a);
          if (m != null && m.type() == Mention.Type.ACTOR) {
            owner.add(party(m, "amod"));
          }
        }
        if (!owner.isEmpty()) {
          return owner;
        }
        List<Integer> by = v.childrenLike(g, "nmod:by");
        if (!by.isEmpty()) {
          return parties(v, by); // "an effort by allies to provide weapons": the allies', whoever they are, not the clause's subject
        }
      }
      boolean controlled = up.relation().equals("xcomp") || up.relation().startsWith("advcl:");
      if (v.sentence.token(g).isVerb() && lexicon.reportKind(v.lemma(g)) != null && lexicon.embedStatus(v.lemma(g)) == null && !controlled) {
        return List.of(); // never make the reporter a party ("Thailand insisted on receiving", "claimed to have sent" are its own acts)
      }
      List<Party> ps = parties(v, concat(v.children(g, "nsubj", "nsubj:xsubj"), v.sentence.token(g).isVerb() ? v.children(g, "nsubj:pass") : List.of()));
      if (!ps.isEmpty()) {
        return ps;
      }
      cur = g;
    }
    return List.of();
  }

  /**
   * The signers of the deal a clause is the content of ("an agreement under which Manila will
   * receive radars", "a deal by which Japan supplies"), other than the side the clause names; empty
   * unless exactly one other signer is named.
   */
  private List<Party> dealPartners(SentenceView v, int t, List<Party> known) {
    for (Dependency in : v.in(t)) {
      if (!in.relation().equals("acl:relcl") || in.governor() < 0 || !DEAL_NOUNS.contains(v.lemma(in.governor()).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (Dependency up : v.in(in.governor())) {
        if (up.governor() < 0 || !up.relation().equals("obj")) {
          continue;
        }
        List<Party> signers = parties(v, v.children(up.governor(), "nsubj"));
        signers.removeIf(x -> x.actor() == null
            || known.stream().anyMatch(k -> k.actor() != null && k.actor().id().equals(x.actor().id()) || k.span() != null && k.span().equals(x.span())));
        if (signers.size() == 1 && known.stream().allMatch(k -> k.actor() != null)) {
          return signers;
        }
      }
    }
    return List.of();
  }

  /** Nouns for a state's own undertaking that another may support. */
  private static final Set<String> EFFORT_NOUNS = Set.of("effort", "drive", "bid", "attempt", "campaign", "plan", "programme", "program");

  /** Participles of paying for items: "ammunition purchased under the Czech initiative". */
  private static final Set<String> FUNDED = Set.of("purchase", "buy", "fund", "finance", "procure", "pay", "source");

  /** Words that single out one of a kind: "the first NATO member state to purchase ...", said of a state, is that state. */
  static final Set<String> SINGLING = Set.of("first", "second", "only", "last", "latest", "sole");

  /** Nouns for the members of an alliance or union. */
  private static final Set<String> MEMBER_NOUNS = Set.of("country", "state", "nation", "member", "ally", "capital");

  /** The parties the argument tokens name, with their conjuncts. */
  List<Party> parties(SentenceView v, List<Integer> tokens) {
    List<Party> out = new ArrayList<>();
    List<Integer> all = new ArrayList<>(tokens);
    for (int t : tokens) {
      boolean kinds = v.mentionAt(t) == null && KIND_NOUNS.contains(v.lemma(t));
      for (Dependency d : v.out(t)) {
        // "countries such as Iraq, Poland and Peru", "rebel groups, including Al-Shabaab"
        boolean examples = kinds && (d.relation().endsWith(":such_as") || d.relation().endsWith(":including") || d.relation().endsWith(":like"));
        // "Rearm Hezbollah, Houthi Terror Groups": the plural group noun in apposition adds its own group
        boolean groups = d.relation().equals("appos") && v.sentence.token(d.dependent()).tag().equals("NNS")
            && GROUP_NOUNS.contains(v.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT)) && v.mentionAt(t) != null;
        if ((d.base().equals("conj") || examples || groups) && !all.contains(d.dependent())) {
          all.add(d.dependent());
          if (examples) {
            for (Dependency c : v.out(d.dependent())) {
              if (c.base().equals("conj") && !all.contains(c.dependent())) {
                all.add(c.dependent());
              }
            }
          }
        }
      }
    }
    List<Integer> named = new ArrayList<>();
    for (int t : List.copyOf(all)) {
      if (v.mentionAt(t) == null && FIRM_NOUNS.contains(v.lemma(t).toLowerCase(java.util.Locale.ROOT))) {
        // "under licence from US firms Raytheon and Lockheed Martin": the firms by name, not their state
        for (Dependency d : v.out(t)) {
          Mention m = v.mentionAt(d.dependent());
          boolean naming = d.relation().equals("dep") || d.relation().equals("appos") || d.relation().equals("flat");
          if (naming && m != null && m.type() == Mention.Type.ACTOR && m.actor().kind() == org.armsledger.lexicon.ActorEntry.Kind.COMPANY) {
            named.add(d.dependent());
            v.out(d.dependent()).stream().filter(c -> c.base().equals("conj")).forEach(c -> named.add(c.dependent()));
          }
        }
        if (!named.isEmpty()) {
          all.remove(Integer.valueOf(t));
        }
      }
    }
    named.stream().filter(n -> !all.contains(n)).forEach(all::add);
    for (int t : all) {
      Party p = partyAt(v, t);
      if (p != null && out.stream().noneMatch(q -> q.span().equals(p.span()))) {
        out.add(p);
      }
    }
    return out;
  }

  /** Writings whose sender acts in what they ask or propose: "a letter from the minister asking ...". */
  private static final Set<String> LETTER_NOUNS = Set.of("letter", "message", "note", "appeal", "plea", "request", "application", "call", "memo", "cable");
  /** Nouns for firms that their names may follow: "US firms Raytheon and Lockheed Martin". */
  private static final Set<String> FIRM_NOUNS = Set.of("firm", "company", "manufacturer", "maker", "contractor", "producer", "group", "giant", "shipbuilder", "shipyard");

  private Party partyAt(SentenceView v, int t) {
    Mention m = v.mentionAt(t);
    Token tok = v.sentence.token(t);
    if (m != null && m.type() != Mention.Type.ACTOR) {
      return null;
    }
    if (m != null && (m.form() != Mention.Form.DEMONYM || tok.tag().startsWith("NNP") || tok.tag().equals("NNS"))) {
      return party(m, "head");
    }
    String w = tok.text().toLowerCase(java.util.Locale.ROOT);
    if (tok.isPronoun() && PRONOUNS.contains(w)) {
      return new Party(null, tok.text(), tok.span(), "pronoun", null);
    }
    if ((w.equals("north") || w.equals("south")) && tok.tag().startsWith("NNP") && v.children(t, "det").stream().anyMatch(d -> v.lemma(d).equalsIgnoreCase("the"))
        && v.children(t, "compound", "amod").isEmpty() && v.in(t).stream().noneMatch(d -> d.relation().equals("compound"))) {
      // "help the North build satellites": the North or South Korea (Sudan, ...) the document named
      return new Party(null, tok.text(), tok.span(), COMPASS + tok.text(), null);
    }
    if (PAIR_NOUNS.contains(w) && v.out(t).stream().anyMatch(d -> (d.relation().equals("nummod") || d.relation().startsWith("det"))
        && (v.lemma(d.dependent()).equalsIgnoreCase("two") || v.lemma(d.dependent()).equalsIgnoreCase("both")))) {
      // "the two countries agreed a deal", "talks between both sides": the pair the document is about (Extractor)
      return new Party(null, tok.text(), tok.span(), PAIR, null);
    }
    boolean bareForces = BARE_INSTITUTIONS.contains(w) && m == null && v.children(t, "amod", "compound", "nmod:poss", "nmod:of", "nmod:in").isEmpty();
    if (DESCRIPTIONS.contains(tok.lemma()) || DESCRIPTIONS.contains(w) || bareForces) {
      // also "sent Mohajer-6 drones to the army", after "a senior Sudanese army officer": the state's forces named before
      boolean definite = v.children(t, "det").stream().anyMatch(d -> v.lemma(d).equals("the"))
          || !v.children(t, "nmod:poss").isEmpty();
      if (definite && v.children(t, "amod", "compound", "nmod:of").stream().noneMatch(c -> v.mentionAt(c) != null)) {
        return new Party(null, tok.text(), tok.span(), "description", null);
      }
    }
    if (MAKERS.contains(tok.lemma())) {
      // "a shipment from manufacturers in China": the makers' state
      for (int in : v.childrenLike(t, "nmod:in")) {
        Mention pm = v.mentionAt(in);
        if (pm != null && pm.type() == Mention.Type.ACTOR && pm.actor().isState()) {
          return party(pm, "makers-in");
        }
      }
    }
    if (ONLOOKERS.contains(tok.lemma()) || ONLOOKERS.contains(w)) {
      return null; // "US politicians", "UN experts", "Western analysts" watch the trade, they are not its parties
    }
    for (int a : v.children(t, "amod")) {
      if (v.lemma(a).equalsIgnoreCase("lead") && v.sentence.token(a).tag().equals("VBN")) {
        // "the Czech-led initiative", "the US-led coalition": who leads it
        for (Dependency d : v.out(a)) {
          Mention lm = v.mentionAt(d.dependent());
          if (lm != null && lm.type() == Mention.Type.ACTOR && d.dependent() < a) {
            return party(lm, "led-by");
          }
        }
      }
      if (v.lemma(a).equalsIgnoreCase("loyal")) {
        // "forces loyal to Khalifa Haftar", "militias loyal to Tehran": whom they are loyal to
        for (int to : concat(v.childrenLike(a, "obl:to"), v.childrenLike(t, "nmod:to"))) {
          Mention lm = v.mentionAt(to);
          if (lm != null && lm.type() == Mention.Type.ACTOR) {
            return party(lm, "loyal-to");
          }
        }
      }
    }
    if (SEATED.contains(w) && m == null && t + 2 < v.sentence.tokens().size() && v.word(t + 1).equalsIgnoreCase("in")
        && v.children(t, "amod", "compound", "nmod:poss").stream().noneMatch(c -> v.mentionAt(c) != null)) {
      // "the government in Tripoli", "the junta in Niamey": the state whose seat or land it is in
      Mention in = v.mentionAt(t + 2);
      if (in != null && in.type() == Mention.Type.ACTOR && in.actor().isState() && (in.form() == Mention.Form.CAPITAL || in.form() == Mention.Form.NAME)) {
        return party(in, "institution-in");
      }
    }
    if (lexicon.isPersonnelNoun(w) || lexicon.isInstitutionNoun(w)) {
      // "the country's servicemen", "the kingdom's navy": the state described before
      for (int o : v.children(t, "nmod:poss")) {
        Token ot = v.sentence.token(o);
        if (DESCRIPTIONS.contains(ot.lemma()) && v.children(o, "det").stream().anyMatch(d -> v.lemma(d).equals("the"))) {
          return new Party(null, ot.text(), ot.span(), "description", null);
        }
      }
    }
    // "Houthi rebel fighters", "the government of Iran", "Iranian leaders"
    Party possessor = null;
    for (int depth = 0; depth < 2; depth++) {
      List<Integer> frontier = depth == 0 ? List.of(t) : v.children(t, "nmod:of", "compound", "flat");
      for (int f : frontier) {
        if (depth > 0 && ONLOOKERS.contains(v.lemma(f))) {
          continue;
        }
        for (Dependency d : v.out(f)) {
          String r = d.relation();
          boolean owner = depth == 0 && r.equals("nmod:poss")
              && (OWNED.contains(tok.lemma()) || lexicon.isInstitutionNoun(w) || lexicon.isPersonnelNoun(w) || GROUP_NOUNS.contains(w) || STATE_BODIES.contains(w)
                  || FORCES.contains(w)); // "Ukraine's air force received"
          if (owner && possessor == null && v.sentence.token(d.dependent()).isPronoun() && PRONOUNS.contains(v.word(d.dependent()).toLowerCase(java.util.Locale.ROOT))) {
            // "ammunition from our initiative", "its government": whoever the pronoun stands for, unless
            // the phrase names its state ("his Russian counterpart")
            possessor = new Party(null, v.word(d.dependent()), v.sentence.token(d.dependent()).span(), "pronoun", null);
          }
          if (!(r.equals("compound") || r.equals("amod") || r.equals("nmod:of") || r.equals("flat") || r.equals("det:qmod") || owner)) {
            continue;
          }
          Mention cm = v.mentionAt(d.dependent());
          if (cm == null || cm.type() != Mention.Type.ACTOR) {
            continue;
          }
          if (!cm.actor().isState() && MEMBER_NOUNS.contains(tok.lemma())) {
            continue; // "EU and NATO countries", "NATO allies": some of the members, not the alliance
          }
          boolean nonState = cm.actor().isState() && (NON_STATE.contains(tok.lemma()) || REBEL_NOUNS.contains(tok.lemma())
              || v.children(t, "amod", "compound").stream().anyMatch(c -> NON_STATE.contains(v.lemma(c))));
          if (nonState) {
            // "CAR rebels", "Sudanese paramilitary forces": fighting the state, not the state; the one
            // group tied to that state that the document names, if it names exactly one (Resolver)
            return new Party(null, v.word(t), tok.span(), NON_STATE_OF + cm.actor().id(), null);
          }
          // "the Somali National Army": a state's forces by their proper name are the state's
          boolean forcesName = tok.tag().startsWith("NNP") && lexicon.isInstitutionNoun(w) && r.equals("compound");
          // "Malian special forces", "Ukrainian fighter pilots": a demonym on the state's forces or service people, words between
          boolean service = lexicon.isInstitutionNoun(w) || lexicon.isPersonnelNoun(w);
          if (cm.form() == Mention.Form.DEMONYM && !(GROUP_NOUNS.contains(tok.lemma()) || GROUP_NOUNS.contains(w) || forcesName || service)) {
            continue;
          }
          return party(cm, r);
        }
      }
    }
    if (possessor != null) {
      return possessor;
    }
    // "One of the biggest contributors to Ukraine's defense, Denmark, ...": a noun in apposition names it
    for (int a : v.children(t, "appos")) {
      Mention am = v.mentionAt(a);
      if (am != null && am.type() == Mention.Type.ACTOR && am.form() != Mention.Form.DEMONYM) {
        return party(am, "appos");
      }
    }
    if (m == null && tok.tag().equals("NNP") && v.in(t).stream().anyMatch(d -> d.relation().startsWith("nsubj"))) {
      // "Ahn pledged support", after "Korean Defense Minister Ahn Gyu-back": a person the document
      // introduced with their state (Resolver, through the document's memory of people)
      return new Party(null, tok.text(), tok.span(), PERSON, null);
    }
    return null;
  }

  /** Whose a noun is: its possessive ("Canada's export controls") and the actors in front of it ("the EU arms embargo"). */
  private List<Party> owners(SentenceView v, int noun) {
    List<Party> owner = new ArrayList<>(parties(v, v.children(noun, "nmod:poss")));
    for (int a : v.children(noun, "amod", "compound")) {
      Mention m = v.mentionAt(a);
      if (m != null && m.type() == Mention.Type.ACTOR) {
        owner.add(party(m, "amod"));
      }
    }
    return owner;
  }

  /** How a party is "the North" or "the South": the state of that name the document named. */
  static final String COMPASS = "compass:";
  /** How a party is "the two countries": both states of the pair the document is about. */
  static final String PAIR = "pair";
  static final Set<String> PAIR_NOUNS = Set.of("countries", "nations", "sides", "governments", "states", "allies", "partners", "neighbours", "neighbors");

  /** How a party is a bare personal name, to be looked up among the people the document introduced. */
  static final String PERSON = "person";

  static Party party(Mention m, String how) {
    return new Party(m.actor(), m.text(), m.span(), how, m.lexiconId());
  }

  /** The items the argument tokens name: item and weapon mentions in their phrases. */
  List<ItemArg> items(SentenceView v, List<Integer> tokens) {
    List<ItemArg> out = new ArrayList<>();
    for (int root : tokens) {
      out.addAll(itemsUnder(v, root));
    }
    return out;
  }

  private List<ItemArg> itemsUnder(SentenceView v, int root) {
    List<Integer> toks = subtree(v, root);
    List<Mention> found = new ArrayList<>();
    for (int t : toks) {
      Mention m = v.mentionAt(t);
      if (m != null && m.type() != Mention.Type.ACTOR && !found.contains(m) && !modifiesOtherThing(v, m) && !partsAreFor(v, m)) {
        found.add(m);
      }
    }
    List<ItemArg> items = new ArrayList<>();
    List<Mention> weapons = new ArrayList<>();
    for (Mention m : found) {
      if (m.type() == Mention.Type.WEAPON) {
        weapons.add(m);
      } else {
        int h = v.head(m);
        items.add(new ItemArg(m.category(), m.relation(), null, m.text(), m.span(), h, m.lexiconId()));
      }
    }
    // a designation inside an item's phrase names that item ("Su-35 fighter jets", "drones, known as Shaheds")
    for (Mention w : weapons) {
      int wh = v.head(w);
      int owner = -1;
      boolean forSystem = false;
      for (int i = 0; i < items.size(); i++) {
        if (!items.get(i).isSupport() && subtree(v, items.get(i).head(), true).contains(wh) && items.get(i).weapon() == null) {
          if (under(v, wh, items.get(i).head(), "nmod:for")) {
            // "components for Bayraktar drones", "ammunition for HIMARS": the parts, not the system; the
            // system names which parts (its designation, the parts' own category)
            forSystem = true;
            ItemArg part = items.get(i);
            if (PART_KINDS.contains(part.category()) || part.category().equals("equipment")) {
              items.set(i, new ItemArg(part.category(), part.relation(), w.weapon(), part.text(), part.span(), part.head(), part.lexiconId() + "+" + w.weapon().id()));
            }
            continue;
          }
          owner = i;
          break;
        }
      }
      if (owner < 0 && forSystem) {
        continue;
      }
      if (owner < 0) {
        for (int i = 0; i < items.size(); i++) {
          if (!items.get(i).isSupport() && subtree(v, wh, true).contains(items.get(i).head()) && items.get(i).weapon() == null) {
            owner = i;
            break;
          }
        }
      }
      if (owner >= 0) {
        items.set(owner, items.get(owner).withWeapon(w.weapon()));
      } else {
        items.add(new ItemArg(w.category(), "transfer", w.weapon(), w.text(), w.span(), wh, w.lexiconId()));
      }
    }
    // an unknown system named by its shape in front of the head: "48 KAAN fighter jets", "HQ-19 interceptors"
    for (int k = 0; k < items.size(); k++) {
      ItemArg i = items.get(k);
      if (i.weapon() == null && !i.isSupport()) {
        WeaponEntry w = shapedDesignation(v, i);
        if (w != null) {
          items.set(k, i.withWeapon(w));
        }
      }
    }
    // support with named items ("cooperation on missiles"): the items, with the support's relation
    List<ItemArg> out = new ArrayList<>();
    for (ItemArg i : items) {
      if (!i.isSupport()) {
        continue;
      }
      List<Integer> under = subtree(v, i.head());
      boolean any = false;
      for (ItemArg j : items) {
        if (j != i && !j.isSupport() && under.contains(j.head())) {
          any = true;
        }
      }
      if (any) {
        for (int k = 0; k < items.size(); k++) {
          ItemArg j = items.get(k);
          if (j != i && !j.isSupport() && under.contains(j.head())) {
            items.set(k, new ItemArg(j.category(), i.relation(), j.weapon(), j.text(), j.span(), j.head(), j.lexiconId()));
          }
        }
      }
      if (!any) {
        out.add(i);
      }
    }
    for (ItemArg i : items) {
      if (!i.isSupport()) {
        out.add(i);
      }
    }
    return out;
  }

  /** Nouns an item word may modify and still be the item: parts, batteries, crews to be trained. */
  private static final Set<String> ITEM_PARTS =
      Set.of("part", "parts", "component", "components", "system", "systems", "launcher", "launchers", "battery", "batteries", "unit", "units",
          "kit", "kits", "engine", "engines", "round", "rounds", "shell", "shells", "variant", "variants", "version", "versions", "fleet", "fleets",
          "squadron", "squadrons", "regiment", "battalion", "battalions", "package", "packages", "consignment", "consignments", "batch", "batches",
          "lot", "lots", "stock", "stocks", "stockpile", "stockpiles", "munition", "munitions", "interceptor", "interceptors", "warhead", "warheads",
          "operator", "operators", "pilot", "pilots", "crew", "crews", "technician", "technicians", "capability", "capabilities", "platform", "platforms",
          "pod", "pods", "suite", "suites", "set", "sets", "module", "modules", "array", "arrays",
          "launch", "launches", "technology", "technologies", "development", "know-how", "expertise", "maintenance", "repair", "repairs",
          "upgrade", "upgrades", "modernization", "modernisation", "overhaul", "design", "designs", "blueprints", "assembly");

  /** True when an item only says what parts are for: "spare parts for India's Su-30 jets" supplies the parts. */
  private boolean partsAreFor(SentenceView v, Mention m) {
    if (m.type() == Mention.Type.WEAPON) {
      return false; // a designation names the system its parts belong to ("components for Bayraktar drones")
    }
    for (Dependency in : v.in(v.head(m))) {
      Mention owner = in.relation().equals("nmod:for") && in.governor() >= 0 ? v.mentionAt(in.governor()) : null;
      boolean absorbs = owner != null && (PART_KINDS.contains(owner.category()) || owner.category().equals("air_defense"));
      if (owner != null && owner.type() == Mention.Type.ITEM && absorbs && !PART_KINDS.contains(m.category())) {
        return true;
      }
    }
    return false;
  }

  /** Kinds of item that are parts or know-how for other items, which a compound in front of them names. */
  private static final Set<String> PART_KINDS = Set.of("technology", "electronics", "sensor", "ammunition");

  /**
   * True when an item word only modifies another thing: "missile badges", "drone factory",
   * "arms race", "weapons programme". Kept when the thing is an item, a supply noun, people to
   * be trained or a part of the item ("drone parts", "tank crews", "missile systems").
   */
  private boolean modifiesOtherThing(SentenceView v, Mention m) {
    if (m.type() == Mention.Type.WEAPON) {
      return false;
    }
    int h = v.head(m);
    if (m.category().equals("unspecified") && namesAChannel(v, h)) {
      return true; // "drones under its Official Security Assistance programme": the programme's name, not an item
    }
    for (Dependency in : v.in(h)) {
      boolean modifier = in.relation().equals("compound") || in.relation().equals("amod");
      if (!modifier || in.governor() < 0) {
        continue;
      }
      int g = in.governor();
      Token gt = v.sentence.token(g);
      Mention owner = v.mentionAt(g);
      boolean absorbs = owner != null && (PART_KINDS.contains(owner.category()) || owner.category().equals("air_defense"));
      if (owner != null && owner.type() == Mention.Type.ITEM && absorbs
          && (!PART_KINDS.contains(m.category()) || owner.category().equals("technology"))
          && !m.category().equals("nuclear") && !m.category().equals("space")) {
        return true; // "drone optical technology", "missile components", "drone interceptors": the parts or the defence, not the drone
      }
      if (!in.relation().equals("compound")) {
        continue;
      }
      if (!gt.isNoun() || owner != null) {
        return false;
      }
      String l = gt.lemma();
      String w = gt.text().toLowerCase(java.util.Locale.ROOT);
      boolean kept = ITEM_PARTS.contains(w) || ITEM_PARTS.contains(l) || lexicon.noun(l) != null || lexicon.isPersonnelNoun(w)
          || TALKS.contains(l) || OWNED.contains(l) || PRODUCE_NOUNS.contains(l);
      return !kept;
    }
    return false;
  }

  /** Nouns of a channel that supplies go through: "under a security assistance programme". */
  private static final Set<String> CHANNELS = Set.of("programme", "program", "scheme", "initiative", "fund", "facility", "mechanism", "framework");

  /**
   * Whether token {@code h} is part of the name of a channel something else goes under, through or
   * via: "(drones) under its Official Security Assistance programme", "through the Foreign Military
   * Financing program". Such a channel is how the items travel, not an item or an act of its own.
   */
  private static boolean namesAChannel(SentenceView v, int h) {
    for (Dependency in : v.in(h)) {
      if (!in.relation().equals("compound") || in.governor() < 0 || !CHANNELS.contains(v.lemma(in.governor()).toLowerCase(java.util.Locale.ROOT))) {
        continue;
      }
      for (Dependency up : v.in(in.governor())) {
        String r = up.relation();
        if (r.endsWith(":under") || r.endsWith(":through") || r.endsWith(":via")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Letters and digits ("J-10CE", "KF-21", "HQ-9B", "K239"), or a capitalised acronym of 3-6 letters ("KAAN"). */
  private static final java.util.regex.Pattern DESIGNATION =
      java.util.regex.Pattern.compile("(?:\\p{Lu}[\\p{L}]{0,5}[- ]?\\d{1,4}[\\p{L}\\d]{0,4}(?:/\\p{Lu}{1,2})?|\\p{Lu}{3,6})");
  /** Capitalised words in front of an item that are not designations. */
  private static final Set<String> NOT_DESIGNATIONS = Set.of("NATO", "UAV", "UAVS", "ISR", "AWACS", "MRAP", "MBT", "SAM", "APC", "IFV", "MLRS", "THE", "NEW");

  /** A designation of unknown shape just before the item's head words, or null. */
  private WeaponEntry shapedDesignation(SentenceView v, ItemArg i) {
    int[] range = v.sentence.tokenRange(i.span());
    if (range == null || range[0] == 0) {
      return null;
    }
    // the tokens just before the mention, back to a space-separated word
    int first = range[0] - 1;
    while (first > 0 && v.sentence.token(first - 1).span().end() == v.sentence.token(first).span().start()) {
      first--; // "J-10CE" is three tokens without spaces
    }
    Token a = v.sentence.token(first);
    Token b = v.sentence.token(range[0] - 1);
    if (v.mentionAt(first) != null || v.mentionAt(range[0] - 1) != null) {
      return null;
    }
    String word = v.sentence.text().substring(a.span().start() - v.sentence.span().start(), b.span().end() - v.sentence.span().start());
    if (!DESIGNATION.matcher(word).matches() || NOT_DESIGNATIONS.contains(word.toUpperCase(java.util.Locale.ROOT)) || word.matches("\\d.*")) {
      return null;
    }
    boolean numberOnly = word.matches("\\p{Lu}{3,6}") && lexicon.noun(word.toLowerCase(java.util.Locale.ROOT)) != null;
    return numberOnly ? null : new WeaponEntry(word, i.category(), word, null);
  }

  /** True when the path up from {@code t} to {@code top} passes a {@code relation} edge. */
  private static boolean under(SentenceView v, int t, int top, String relation) {
    int cur = t;
    for (int hop = 0; hop < 6 && cur != top; hop++) {
      Dependency up = null;
      for (Dependency in : v.in(cur)) {
        if (in.governor() >= 0 && !in.relation().startsWith("conj")) {
          up = in;
          break;
        }
      }
      if (up == null) {
        return false;
      }
      if (up.relation().equals(relation)) {
        return true;
      }
      cur = up.governor();
    }
    return false;
  }

  private List<Integer> subtree(SentenceView v, int root) {
    return subtree(v, root, false);
  }

  /** As above; with {@code ownOnly}, without the phrase's conjuncts ("MiG-29s and Buk systems": the MiG-29s' own phrase). */
  private List<Integer> subtree(SentenceView v, int root, boolean ownOnly) {
    List<Integer> out = new ArrayList<>();
    java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>();
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    q.add(root);
    seen.add(root);
    while (!q.isEmpty()) {
      int t = q.poll();
      out.add(t);
      for (Dependency d : v.out(t)) {
        String r = d.relation();
        if (ownOnly && r.startsWith("conj")) {
          continue;
        }
        boolean naming = (r.equals("acl") || r.equals("acl:relcl")) && NAMING.contains(v.lemma(d.dependent()));
        if (!naming && (ITEM_STOP.contains(r) || r.equals("acl") || r.startsWith("acl:") || r.startsWith("advcl") || r.startsWith("obl:") && !r.equals("obl:as"))) {
          continue;
        }
        if (naming && r.equals("acl:relcl")) {
          // "which could include air defense": only the verb's object
          for (int o : v.children(d.dependent(), "obj")) {
            if (seen.add(o)) {
              q.add(o);
            }
          }
          continue;
        }
        if (seen.add(d.dependent())) {
          q.add(d.dependent());
        }
      }
    }
    return out;
  }
}
