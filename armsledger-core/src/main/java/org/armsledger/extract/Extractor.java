package org.armsledger.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.armsledger.attribution.Quote;
import org.armsledger.attribution.QuoteFinder;
import org.armsledger.claim.Actor;
import org.armsledger.claim.Claim;
import org.armsledger.claim.Cue;
import org.armsledger.claim.Evidence;
import org.armsledger.claim.Explanation;
import org.armsledger.claim.Item;
import org.armsledger.claim.Quantity;
import org.armsledger.claim.Source;
import org.armsledger.claim.TimeRef;
import org.armsledger.ingest.Article;
import org.armsledger.lexicon.ActorEntry;
import org.armsledger.lexicon.Gazetteer;
import org.armsledger.lexicon.Lexicon;
import org.armsledger.lexicon.Mention;
import org.armsledger.lexicon.Predicate;
import org.armsledger.lexicon.WeaponEntry;
import org.armsledger.text.Analyzer;
import org.armsledger.text.Block;
import org.armsledger.text.Cleaner;
import org.armsledger.text.Segmenter;
import org.armsledger.text.Sentence;
import org.armsledger.text.Span;
import org.armsledger.time.TimeResolver;

/**
 * The extraction pipeline of DESIGN.md: clean, split every sentence, gate, parse the gated ones,
 * find frames, resolve parties, decide status, source, time and quantity, and build claims.
 *
 * <p>Heavy resources (the analyzer's models, the lexicon) are loaded once by the caller and shared;
 * {@link #extract} keeps its per-document state in locals, so one Extractor serves many threads.
 * The same article always gives the same claims in the same order.
 */
public final class Extractor {
  private static final Map<String, Integer> RANK =
      Map.of("delivered", 9, "agreed", 8, "planned", 7, "offered", 6, "requested", 5, "considered", 4, "possible", 3, "rejected", 10, "denied", 10, "halted", 10);

  private final Analyzer analyzer;
  private final Lexicon lexicon;
  private final ExtractorConfig config;
  private final Gazetteer gazetteer;
  private final FrameFinder frames;
  private final StatusRules statuses;
  private final Resolver resolver = new Resolver();
  private final Attributor attributor;
  private final Cleaner cleaner = new Cleaner();
  private final Segmenter segmenter = new Segmenter();
  private final QuoteFinder quotes = new QuoteFinder();
  private final TimeResolver times = new TimeResolver();
  private final Gate gate = new Gate();

  public Extractor(Analyzer analyzer, Lexicon lexicon, ExtractorConfig config) {
    this.analyzer = analyzer;
    this.lexicon = lexicon;
    this.config = config;
    this.gazetteer = new Gazetteer(lexicon);
    this.frames = new FrameFinder(lexicon);
    this.statuses = new StatusRules(lexicon);
    this.attributor = new Attributor(lexicon);
  }

  public DocumentResult extract(Article a) {
    String text = a.text();
    List<Block> blocks = cleaner.clean(text, a.title(), a.metadata());
    List<Block> dropped = blocks.stream().filter(b -> !b.kept()).toList();
    List<Sentence> sentences = new ArrayList<>();
    for (Span seg : segmenter.segments(text, blocks)) {
      sentences.addAll(rejoin(text, analyzer.split(text, seg, sentences.size()), sentences.size()));
    }
    List<Quote> quoteList = quotes.find(text, blocks);
    DocumentMemory memory = new DocumentMemory();
    List<Claim> claims = new ArrayList<>();
    int tokens = 0;
    int parsed = 0;
    int tooLong = 0;
    List<Claim> lastClaims = List.of();
    int lastClaimSentence = -10;
    List<DocumentResult.Failure> failures = new ArrayList<>();
    List<List<Mention>> allMentions = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      List<Mention> ms = gazetteer.find(s.text(), s.span().start());
      allMentions.add(ms);
      memory.noteGroups(ms);
    }
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      tokens += s.tokens().size();
      List<Mention> mentions = allMentions.get(si);
      memory.see(s, mentions);
      if (s.index() - lastClaimSentence <= 2) {
        // "Tehran denies this.": a party's short denial of what the sentence before reported
        List<Claim> denials = anaphoricDenials(a, s, mentions, lastClaims);
        if (!denials.isEmpty()) {
          claims.addAll(denials);
          continue;
        }
      }
      if (!gate.passes(s, mentions)) {
        continue;
      }
      if (s.tokens().size() > config.maxParseTokens()) {
        tooLong++;
        continue;
      }
      List<Claim> here = new ArrayList<>();
      try {
        Sentence p = parse(analyzer, s, mentions);
        parsed++;
        if (s.text().stripTrailing().endsWith("?")) {
          continue; // a question asserts nothing
        }
        SentenceView v = new SentenceView(p, mentions);
        for (Frame f : frames.find(v)) {
          for (Frame g : byOrigin(v, f)) {
            here.addAll(claims(a, v, g, memory, quoteList, here));
          }
        }
      } catch (RuntimeException | StackOverflowError e) {
        // a parser or rule failure costs this sentence, not the document; the caller reports it
        failures.add(new DocumentResult.Failure(s.index(), s.span().start(), e.toString()));
        continue;
      }
      here = strongest(here);
      for (Claim c : here) {
        memory.claims.add(
            new DocumentMemory.Said(s.index(), lexicon.actor(c.supplier().id()), lexicon.actor(c.recipient().id()), c.item().category(), c.status()));
      }
      claims.addAll(here);
      if (!here.isEmpty()) {
        lastClaims = here;
        lastClaimSentence = s.index();
      }
    }
    ExtractionStats stats = new ExtractionStats(sentences.size(), tokens, parsed, tooLong, dropped.size(), claims.size());
    return new DocumentResult(a, claims, dropped, stats, failures);
  }

  /** The frame with "the two countries" replaced by the pair of the document's latest claim between two states, or null. */
  private Frame pairFrame(Frame f, DocumentMemory memory, List<Claim> sentenceSoFar) {
    Party said = f.suppliers().stream().filter(x -> FrameFinder.PAIR.equals(x.how())).findFirst()
        .orElseGet(() -> f.recipients().stream().filter(x -> FrameFinder.PAIR.equals(x.how())).findFirst().orElse(null));
    List<DocumentMemory.Said> before = new ArrayList<>(memory.claims);
    for (Claim c : sentenceSoFar) {
      before.add(new DocumentMemory.Said(-1, lexicon.actor(c.supplier().id()), lexicon.actor(c.recipient().id()), c.item().category(), c.status()));
    }
    for (int i = before.size() - 1; i >= 0; i--) {
      DocumentMemory.Said c = before.get(i);
      if (!c.supplier().isState() || !c.recipient().isState()) {
        continue;
      }
      ActorEntry s = c.supplier();
      ActorEntry r = c.recipient();
      ActorEntry maker = maker(f.items());
      if (maker != null && maker.id().equals(r.id())) {
        ActorEntry x = s;
        s = r;
        r = x;
      }
      Party sp = new Party(s, said.text(), said.span(), "pair", "actor:" + s.id());
      Party rp = new Party(r, said.text(), said.span(), "pair", "actor:" + r.id());
      if (f.rule().startsWith("includes.deal")) {
        // more of the same deal: at its stage
        Predicate stage = new Predicate(f.predicate().lemma(), true, f.predicate().frame(), c.status(), f.predicate().relation());
        return new Frame(stage, f.token(), List.of(sp), List.of(rp), f.items(), f.rule() + "+pair", f.path());
      }
      return f.with(List.of(sp), List.of(rp), f.items(), "+pair");
    }
    // no claim yet: the two states the document names together most, the maker of the items (named
    // here or, for "the fighter jets", just before) supplying
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (DocumentMemory.Seen seen : memory.sentences) {
      List<String> states = seen.mentions().stream().filter(m -> m.type() == Mention.Type.ACTOR && m.actor().isState())
          .map(m -> m.actor().id()).distinct().sorted().toList();
      for (int i = 0; i < states.size(); i++) {
        for (int j = i + 1; j < states.size(); j++) {
          counts.merge(states.get(i) + "|" + states.get(j), 1, Integer::sum);
        }
      }
    }
    String top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    if (top == null || counts.values().stream().filter(n -> n.equals(counts.get(top))).count() > 1) {
      return null; // no pair, or no one pair above the others
    }
    ActorEntry maker = maker(f.items());
    for (ItemArg i : f.items()) {
      WeaponEntry w = maker != null || i.weapon() != null ? null : memory.recentWeapon(i.span().start(), e -> Categories.compatible(e.category(), i.category()));
      if (w != null && w.maker() != null) {
        maker = lexicon.actor(w.maker());
      }
    }
    String[] ab = top.split("\\|");
    if (maker == null || !(maker.id().equals(ab[0]) || maker.id().equals(ab[1]))) {
      return null;
    }
    ActorEntry r = lexicon.actor(maker.id().equals(ab[0]) ? ab[1] : ab[0]);
    return f.with(List.of(new Party(maker, said.text(), said.span(), "pair", "actor:" + maker.id())),
        List.of(new Party(r, said.text(), said.span(), "pair", "actor:" + r.id())), f.items(), "+pair-maker");
  }

  /** Predicates of buying (verbs and nouns), whose seller may be the system's maker. */
  private static final java.util.Set<String> BUYING =
      java.util.Set.of("buy", "purchase", "acquire", "acquisition", "procure", "procurement", "order", "buyer", "purchaser", "customer");

  /** The one state that makes the named systems among these items, or null (none named, or several makers). */
  private ActorEntry maker(List<org.armsledger.extract.ItemArg> items) {
    ActorEntry found = null;
    for (org.armsledger.extract.ItemArg i : items) {
      if (i.weapon() == null || i.weapon().maker() == null) {
        continue;
      }
      ActorEntry m = lexicon.actor(i.weapon().maker());
      if (m == null || !m.isState() || found != null && !found.id().equals(m.id())) {
        return null;
      }
      found = m;
    }
    return found;
  }

  /** A gated sentence's parse as the frames read it: headline case and dateline undone for the parser, its known errors mended. */
  static Sentence parse(Analyzer analyzer, Sentence s, List<Mention> mentions) {
    return ParseRepairs.repair(Headlines.restore(analyzer.parse(Headlines.forParsing(s, mentions)), s));
  }

  /** Abbreviations a sentence splitter takes for a full stop: "three U.S. Virginia-class submarines". */
  private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("(?:\\b\\p{Lu}\\.){2,4}$");
  /** Words that do start a sentence after such an abbreviation. */
  private static final java.util.Set<String> STARTERS =
      java.util.Set.of("The", "A", "An", "It", "He", "She", "They", "We", "This", "That", "These", "Those", "In", "On", "At", "But", "And", "However",
          "Its", "His", "Her", "Their", "Our", "There", "As", "After", "Before", "While", "When", "Since", "According", "Meanwhile", "Earlier", "Later");

  /** A cheap test first (the text ends "X."), the pattern only then. */
  private static boolean endsWithAbbreviation(String text) {
    int n = text.length();
    return n >= 4 && text.charAt(n - 1) == '.' && Character.isUpperCase(text.charAt(n - 2)) && text.charAt(n - 3) == '.'
        && ABBREVIATION.matcher(text).region(Math.max(0, n - 12), n).useTransparentBounds(true).find();
  }

  /** Joins sentences split after "U.S." or "U.K." when the next one goes on the same sentence. */
  private static List<Sentence> rejoin(String text, List<Sentence> split, int firstIndex) {
    if (split.size() < 2) {
      return split;
    }
    List<Sentence> out = new ArrayList<>();
    Sentence cur = split.get(0);
    for (int k = 1; k < split.size(); k++) {
      Sentence next = split.get(k);
      String first = next.tokens().isEmpty() ? "" : next.tokens().get(0).text();
      boolean glue = endsWithAbbreviation(cur.text()) && !STARTERS.contains(first)
          && !first.isEmpty() && (Character.isUpperCase(first.charAt(0)) || Character.isDigit(first.charAt(0)) || first.startsWith("-"))
          && cur.tokens().size() + next.tokens().size() < 150;
      if (glue) {
        List<org.armsledger.text.Token> tokens = new ArrayList<>(cur.tokens());
        for (org.armsledger.text.Token t : next.tokens()) {
          tokens.add(new org.armsledger.text.Token(tokens.size(), t.text(), t.lemma(), t.tag(), t.span()));
        }
        Span span = new Span(cur.span().start(), next.span().end());
        cur = new Sentence(cur.index(), span, span.of(text), tokens, List.of());
      } else {
        out.add(cur);
        cur = next;
      }
    }
    out.add(cur);
    if (out.size() == split.size()) {
      return split;
    }
    List<Sentence> renumbered = new ArrayList<>();
    for (Sentence x : out) {
      renumbered.add(new Sentence(firstIndex + renumbered.size(), x.span(), x.text(), x.tokens(), List.of()));
    }
    return renumbered;
  }

  /**
   * A short sentence in which one actor denies "this", "it", "the claim(s)", "the report(s)", "the
   * allegation(s)" or "the accusation(s)": a denial by that party of each claim of the sentence
   * with claims just before in which it is supplier or recipient. Nothing else is read from it.
   */
  private static final java.util.regex.Pattern ANAPHORIC_DENIAL = java.util.regex.Pattern.compile(
      "^(?:(?:has|have|had)\\s+)?(?:(?:repeatedly|strongly|flatly|categorically|previously|also|firmly)\\s+)?"
          + "(?<verb>denie[sd]|deny|denying|rejecte?d?s?|dismisse?d?s?|refute[sd]?|rebuffed)"
          + "(?:\\s+(?:this|that|it|these|those|(?:the|such|these|those)\\s+(?:(?:\\w+\\s+)?(?:claims?|reports?|allegations?|accusations?|charges?|assertions?|suggestions?|transfers?|deliveries|delivery|shipments?|sales?|supplies))))"
          + "(?:\\s+as\\s+[\\w\\s-]{1,40})?\\s*[.!]?$");

  private List<Claim> anaphoricDenials(Article a, Sentence s, List<Mention> mentions, List<Claim> previous) {
    if (previous.isEmpty() || s.tokens().size() > 14) {
      return List.of();
    }
    String text = s.text().strip();
    Mention actor = mentions.stream().filter(m -> m.type() == Mention.Type.ACTOR).findFirst().orElse(null);
    // the actor opens the sentence ("Tehran denies this."), after at most a "But" or "However,"
    String lead = s.text().substring(0, actor == null ? 0 : Math.max(0, Math.min(s.text().length(), actor.span().start() - s.span().start())));
    if (actor == null || !lead.strip().matches("(?i)|but|however,?|yet|and")) {
      return List.of();
    }
    int from = actor.span().end() - s.span().start();
    java.util.Set<String> deniers = new java.util.HashSet<>(List.of(actor.actor().id()));
    for (Mention other : mentions) {
      // "Moscow and Pyongyang have denied the transfers": both deny
      int at = other.span().start() - s.span().start();
      if (other.type() == Mention.Type.ACTOR && at > from && s.text().substring(from, at).strip().equalsIgnoreCase("and")) {
        deniers.add(other.actor().id());
        from = other.span().end() - s.span().start();
      }
    }
    java.util.regex.Matcher m = ANAPHORIC_DENIAL.matcher(s.text().substring(from).strip());
    if (!m.matches()) {
      return List.of();
    }
    Evidence ev = new Evidence(s.text(), s.span().start(), s.span().end());
    int verbAt = s.text().indexOf(m.group("verb"), from);
    Cue cue = verbAt < 0 ? null : new Cue(m.group("verb"), s.span().start() + verbAt, s.span().start() + verbAt + m.group("verb").length());
    List<Claim> out = new ArrayList<>();
    for (Claim c : previous) {
      String denier = deniers.contains(c.supplier().id()) ? c.supplier().id() : c.recipient().id();
      boolean party = deniers.contains(denier);
      if (!party || c.status().equals("denied")) {
        continue;
      }
      String id = Claim.stableId(a.id(), ev, c.supplier().id(), c.recipient().id(), c.item().category(), c.relation());
      Actor sup = c.supplier().id().equals(denier) ? new Actor(denier, c.supplier().name(), actor.text()) : new Actor(c.supplier().id(), c.supplier().name(), null);
      Actor rec = c.recipient().id().equals(denier) ? new Actor(denier, c.recipient().name(), actor.text()) : new Actor(c.recipient().id(), c.recipient().name(), null);
      out.add(new Claim(id, a.id(), a.published(), c.relation(), sup, rec, new Item(c.item().category(), c.item().designation(), null, null), "denied", false,
          c.time(), new Source(actor.text(), "party", text, List.of()), ev, 0.7, "deny.anaphoric", cue,
          new Explanation("deny.anaphoric", List.of(actor.lexiconId()), "", List.of("denies the claim " + c.id() + " of the sentence before"))));
    }
    return strongest(out);
  }

  /**
   * A frame without a supplier whose items carry different origins, split into one frame per origin:
   * "Algiers has bought Chinese artillery and Turkish corvettes" is artillery from China and corvettes
   * from Turkey. Any other frame as it is.
   */
  private List<Frame> byOrigin(SentenceView v, Frame f) {
    if (!f.suppliers().isEmpty() || f.items().size() < 2) {
      return List.of(f);
    }
    Map<String, List<ItemArg>> groups = new LinkedHashMap<>();
    for (ItemArg i : f.items()) {
      Party o = resolver.origin(v, List.of(i));
      groups.computeIfAbsent(o == null ? "" : o.actor().id(), k -> new ArrayList<>()).add(i);
    }
    if (groups.size() < 2 || groups.containsKey("")) {
      return List.of(f); // one origin, or items of no stated origin beside others: as the frame reads them together
    }
    List<Frame> out = new ArrayList<>();
    for (List<ItemArg> g : groups.values()) {
      out.add(f.with(f.suppliers(), f.recipients(), g, ""));
    }
    return out;
  }

  /** One claim per supplier, recipient, category and relation in a sentence: the most advanced stage. */
  private static List<Claim> strongest(List<Claim> claims) {
    Map<String, Claim> best = new LinkedHashMap<>();
    for (Claim c : claims) {
      String key = c.supplier().id() + "|" + c.recipient().id() + "|" + c.item().category() + "|" + c.relation();
      // the stronger stage wins; at the same stage, the one naming the system ("Kornet anti-tank missiles" over "missiles")
      best.merge(key, c, (x, y) -> RANK.get(y.status()) > RANK.get(x.status())
          || RANK.get(y.status()).equals(RANK.get(x.status())) && x.item().designation() == null && y.item().designation() != null ? y : x);
    }
    return new ArrayList<>(best.values());
  }

  private List<Claim> claims(Article a, SentenceView v, Frame f, DocumentMemory memory, List<Quote> quoteList, List<Claim> sentenceSoFar) {
    List<String> notes = new ArrayList<>();
    String rule = f.rule();
    Attributor.Speaker speaker = attributor.speaker(v, f.token(), quoteList, memory);
    boolean pair = f.suppliers().stream().anyMatch(x -> FrameFinder.PAIR.equals(x.how())) || f.recipients().stream().anyMatch(x -> FrameFinder.PAIR.equals(x.how()));
    if (pair) {
      // "The two countries agreed a deal for the fighter jets": the pair of the document's latest
      // claim, in its direction (or the other way when the items' maker is its recipient)
      f = pairFrame(f, memory, sentenceSoFar);
      if (f == null) {
        return List.of();
      }
      rule = f.rule();
    }
    List<Party> suppliers;
    List<Party> recipients;
    if (f.suppliers().stream().anyMatch(x -> "description".equals(x.how())) && f.recipients().stream().noneMatch(x -> "description".equals(x.how()))) {
      // "it had signed a deal with the Defence Ministry": a description is another actor than the other
      // side, so the other side is resolved first
      recipients = resolveAll(firstPerson(f.recipients(), speaker, notes), memory, v.sentence.index(), f.suppliers(), notes);
      suppliers = resolveAll(firstPerson(f.suppliers(), speaker, notes), memory, v.sentence.index(), recipients, notes);
    } else {
      suppliers = resolveAll(firstPerson(f.suppliers(), speaker, notes), memory, v.sentence.index(), f.recipients(), notes);
      recipients = resolveAll(firstPerson(f.recipients(), speaker, notes), memory, v.sentence.index(), suppliers, notes);
    }
    if (rule.contains("exchange.noun.buyer-signs") && !recipients.isEmpty() && !suppliers.isEmpty()
        && recipients.stream().allMatch(r -> r.actor().kind() == ActorEntry.Kind.COMPANY) && suppliers.stream().allMatch(x -> x.actor().isState())) {
      // "it had signed a deal with the Defence Ministry", where "it" is the firm: a firm sells to a state, it does not buy from one
      List<Party> firm = recipients;
      recipients = suppliers;
      suppliers = firm;
      rule += "+firm-sells";
    }
    if (rule.contains("exchange.noun.buyer-signs") && recipients.size() == 1 && suppliers.size() == 1
        && recipients.get(0).actor().isState() && suppliers.get(0).actor().isState()
        && lexicon.isMajorExporter(recipients.get(0).actor().id()) && !lexicon.isMajorExporter(suppliers.get(0).actor().id())) {
      // "he is expected to sign off on an arms deal with Indian PM Narendra Modi", where "he" is Putin:
      // only now is the signer known to be one of the largest exporters, and the exporter sells
      // (as FrameFinder's exporter prior does for parties named in the sentence)
      List<Party> exporter = recipients;
      recipients = suppliers;
      suppliers = exporter;
      rule += "+exporter";
    }
    boolean asker = rule.contains(".asker");
    List<ActorEntry> inSentence = new ArrayList<>();
    for (Mention m : v.mentions) {
      if (m.type() == Mention.Type.ACTOR) {
        inSentence.add(m.actor());
      }
    }
    if (suppliers.size() > 1) {
      // "Slovakia and Poland agreed to hand over Slovakian MiG-29s": the items' origin names the one supplier
      Party o = resolver.origin(v, f);
      if (o != null && suppliers.stream().anyMatch(x -> x.actor().id().equals(o.actor().id()))) {
        suppliers = suppliers.stream().filter(x -> x.actor().id().equals(o.actor().id())).toList();
        rule += "+origin-of-several";
      }
    }
    if (suppliers.isEmpty() && f.predicate().frame() != Predicate.Frame.ASSIST) {
      Party o = resolver.origin(v, f);
      if (o != null) {
        suppliers = List.of(o);
        rule += "+origin";
      }
    }
    if (suppliers.isEmpty() && recipients.size() == 1 && BUYING.contains(f.predicate().lemma())) {
      // "Colombia's purchase of 17 Gripen E/F": a purchase with no seller named buys from the
      // system's maker state (not for receiving, which may be second-hand: "Ukraine received Storm
      // Shadow missiles" came from Britain, not from their French co-maker)
      ActorEntry maker = maker(f.items());
      if (maker != null && !maker.id().equals(recipients.get(0).actor().id())) {
        suppliers = List.of(new Party(maker, null, null, "maker", "actor:" + maker.id()));
        rule += "+maker";
      }
    }
    // a noun of giving with its recipient named ("the transfer of arms to Armenia") may take its
    // supplier from the sentences before, as a verb does
    boolean nounWithRecipient = f.predicate().noun() && !f.recipients().isEmpty()
        && (f.predicate().frame() == Predicate.Frame.GIVE || f.predicate().frame() == Predicate.Frame.REQUEST);
    // "Sending tanks to Ukraine marks an escalation": a gerund as the subject speaks of the act in general, nobody's in particular
    boolean gerundSubject = v.sentence.token(f.token()).tag().equals("VBG")
        && v.in(f.token()).stream().anyMatch(d -> d.relation().startsWith("nsubj") || d.relation().startsWith("csubj"));
    // "the potential acquisition of China's J-10C jets could mark a pivot": a buyer's noun with its seller named may take its buyer from before
    boolean nounWithSupplier = f.predicate().noun() && !f.suppliers().isEmpty()
        && (f.predicate().frame() == Predicate.Frame.GET || f.predicate().frame() == Predicate.Frame.REQUEST);
    boolean mayImply = (!f.predicate().noun() || nounWithRecipient || nounWithSupplier) && !f.rule().contains(".exchange")
        && f.items().stream().anyMatch(i -> !i.isSupport());
    // "selling the Iron Dome to a third country", "buying arms from countries hostile to Russia": the
    // other party is named, as nobody in particular; no one from the sentences before stands in
    boolean anyRecipient = genericParty(v, f, true);
    boolean anySupplier = genericParty(v, f, false);
    if (suppliers.isEmpty() && recipients.size() == 1 && mayImply && !anySupplier) {
      ActorEntry s = resolver.implicit(memory, v.sentence.index(), recipients.get(0).actor(), true, inSentence, f.predicate().noun());
      if (s != null && gerundSubject && !inSentence.contains(s)) {
        s = null; // only the sentence itself can say whose act it is ("granting the S-400 to Tehran could be in Moscow's interests")
      }
      if (s != null) {
        suppliers = List.of(new Party(s, null, null, "implicit", "actor:" + s.id()));
        rule += "+implicit";
      }
    }
    if (suppliers.isEmpty() && recipients.size() == 1 && f.rule().startsWith("give.passive") && !f.predicate().noun()) {
      // "missiles like the Fateh-110, which have been supplied to Russia": no one named, nor before;
      // the one state that makes all the named systems sent them
      ActorEntry maker = maker(f.items());
      boolean oneMaker = maker != null && v.mentions.stream().filter(m -> m.type() == Mention.Type.WEAPON)
          .allMatch(m -> maker.id().equals(m.weapon().maker()));
      if (oneMaker && !maker.id().equals(recipients.get(0).actor().id())) {
        suppliers = List.of(new Party(maker, null, null, "maker", "actor:" + maker.id()));
        rule += "+maker";
      }
    }
    if (recipients.isEmpty() && suppliers.size() == 1 && mayImply && !anyRecipient) {
      // "Berlin wouldn't block Poland from sending Leopards to Ukraine, but there's no sign that Germany
      // plans to send tanks of its own": the recipient of the sentence's other supply, if one
      String sup = suppliers.get(0).actor().id();
      List<String> others = sentenceSoFar.stream().map(c -> c.recipient().id()).filter(id -> !id.equals(sup)).distinct().toList();
      ActorEntry r = others.size() == 1 ? lexicon.actor(others.get(0)) : resolver.implicit(memory, v.sentence.index(), suppliers.get(0).actor(), false, inSentence);
      if (r != null) {
        recipients = List.of(new Party(r, null, null, "implicit", "actor:" + r.id()));
        rule += "+implicit";
      }
    }
    if (recipients.isEmpty() && suppliers.size() == 1 && f.predicate().noun() && f.predicate().frame() == Predicate.Frame.GIVE && !anyRecipient
        && f.items().stream().anyMatch(i -> !i.isSupport())) {
      // "the US offered the F-16 to Argentina, countering China's offer of its JF-17": a supply noun
      // with no recipient goes where the sentence's other supply goes (the sentence only, never before)
      String sup = suppliers.get(0).actor().id();
      List<String> others = sentenceSoFar.stream().map(c -> c.recipient().id()).filter(id -> !id.equals(sup)).distinct().toList();
      if (others.size() == 1) {
        ActorEntry r = lexicon.actor(others.get(0));
        recipients = List.of(new Party(r, null, null, "implicit", "actor:" + r.id()));
        rule += "+sentence-recipient";
      }
    }
    if (suppliers.isEmpty() || recipients.isEmpty()) {
      return List.of();
    }
    if (f.rule().startsWith("restriction.") && suppliers.stream().anyMatch(x -> !x.actor().isState())) {
      return List.of(); // a bar on arms supplies nothing unless a state's own: "the EU arms embargo on China"
    }
    StatusRules.Result st = statuses.status(v, f.token(), f.predicate());
    if (f.rule().contains(".asker") && !st.negated() && st.status().equals("planned")) {
      st = new StatusRules.Result("requested", false, st.cues()); // the recipient asks for it
    }
    notes.addAll(st.cues());
    TimeRef time = time(v, a.published(), memory);
    Evidence ev = new Evidence(v.sentence.text(), v.sentence.span().start(), v.sentence.span().end());
    Cue cue = cue(v, f.token());
    List<Claim> out = new ArrayList<>();
    Map<String, ItemArg> byCategory = new LinkedHashMap<>();
    for (ItemArg i : f.items()) {
      ItemArg resolved = definite(v, i, memory);
      String lead = v.sentence.text().substring(0, resolved.span().start() - v.sentence.span().start()).toLowerCase(java.util.Locale.ROOT);
      boolean bare = lead.matches("(?s).*\\b(the|these|those|this|that|such|its|their)\\s+$"); // "the system", not "patrol vehicle systems"
      if (resolved.weapon() == null && bare && ANAPHORIC_HEADS.contains(resolved.text().toLowerCase(java.util.Locale.ROOT))) {
        if (f.predicate().frame() != Predicate.Frame.TRAIN) {
          continue; // "the system" names an item only as a system named before
        }
        // training "in the operation of the system": training, on what the clause names
        resolved = new ItemArg("unspecified", "training", null, resolved.text(), resolved.span(), resolved.head(), resolved.lexiconId());
      }
      byCategory.merge(resolved.category() + "|" + resolved.relation(), resolved, (x, y) -> x.weapon() != null ? x : y);
    }
    // "three batteries of the anti-ship variant of the BrahMos missile system": the generic
    // "missile" of the same kind as a named system is that system, not a second claim
    byCategory.values().removeIf(g -> g.weapon() == null && byCategory.values().stream()
        .anyMatch(n -> n != g && n.weapon() != null && n.relation().equals(g.relation()) && Categories.sameKindOfSystem(n.category(), g.category())));
    for (Party s : suppliers) {
      for (Party r : recipients) {
        if (s.actor().id().equals(r.actor().id()) || domestic(s.actor(), r.actor())) {
          continue; // a state and its own companies trade at home: not international supply
        }
        for (ItemArg i : byCategory.values()) {
          if (s.actor().kind() == ActorEntry.Kind.COMPANY && r.actor().isState() && i.weapon() != null && r.actor().id().equals(i.weapon().maker())) {
            continue; // "Germany's army ordered Leopard 2A8 tanks from KNDS": a state's order of its own industry's system is domestic
          }
          String relation = !i.relation().equals("transfer") ? i.relation() : f.predicate().relation() != null ? f.predicate().relation() : "transfer";
          if (relation.equals("assistance") && f.predicate().noun() && f.rule().contains(".including") && !HELP_CATEGORIES.contains(i.category())) {
            relation = "transfer"; // "a military aid package including 200 armoured vehicles": the vehicles change hands
          }
          ItemArg item = relation.equals("training") && i.category().equals("unspecified") ? trainingItem(v, f, i) : i;
          Quantity q = Quantities.before(v.sentence.text().substring(0, item.span().start() - v.sentence.span().start()), nameBefore(v, item));
          if (q == null && relation.equals("assistance") && s.span() != null && s.span().start() >= v.sentence.span().start()) {
            q = Quantities.before(v.sentence.text().substring(0, s.span().start() - v.sentence.span().start()));
          }
          if (q == null && relation.equals("training") && r.span() != null && r.span().start() >= v.sentence.span().start()) {
            // "trained 300 Ukrainian soldiers", "21 Philippine Navy personnel were trained": how many trainees
            q = Quantities.before(v.sentence.text().substring(0, r.span().start() - v.sentence.span().start()));
          }
          Source source = attributor.source(speaker, v.sentence.text(), s.actor(), r.actor(), memory);
          // a party saying it did not happen denies it: "We have not supplied Russia with weapons"
          // so does a speaker saying "we" for the supplier ("We have not supplied Russia," the Iranian minister said)
          boolean speaksForSupplier = "party".equals(source.kind()) || s.how().contains("speaker:");
          boolean partyDenies = st.negated() && speaksForSupplier && (st.status().equals("delivered") || st.status().equals("agreed"));
          String status = partyDenies ? "denied" : asker && st.status().equals("planned") ? "requested" : st.status();
          boolean negated = st.negated() && !partyDenies;
          double confidence = 0.9;
          if (rule.contains("+implicit") || rule.contains("+origin")) {
            confidence -= 0.2;
          }
          if (s.how().contains("->") || r.how().contains("->")) {
            confidence -= 0.1;
          }
          List<String> lex = new ArrayList<>();
          lex.add(f.predicate().id());
          if (s.lexiconId() != null) {
            lex.add(s.lexiconId());
          }
          if (r.lexiconId() != null) {
            lex.add(r.lexiconId());
          }
          lex.add(item.lexiconId());
          List<String> claimNotes = new ArrayList<>(notes);
          if (partyDenies) {
            claimNotes.add("party-negation:denied");
          }
          claimNotes.add("supplier " + s.how());
          claimNotes.add("recipient " + r.how());
          String id = Claim.stableId(a.id(), ev, s.actor().id(), r.actor().id(), item.category(), relation);
          out.add(
              new Claim(
                  id,
                  a.id(),
                  a.published(),
                  relation,
                  new Actor(s.actor().id(), s.actor().name(), s.text()),
                  new Actor(r.actor().id(), r.actor().name(), r.text()),
                  new Item(item.category(), item.weapon() != null ? item.weapon().designation() : null, item.text(), q),
                  status,
                  negated,
                  time,
                  source,
                  ev,
                  Math.max(0.1, confidence),
                  rule,
                  cue,
                  new Explanation(rule, lex, f.path(), claimNotes)));
        }
      }
    }
    return out;
  }

  /** The predicate's word in the document text, or null when its token has no span inside the sentence. */
  private static Cue cue(SentenceView v, int token) {
    if (token < 0 || token >= v.sentence.tokens().size()) {
      return null;
    }
    org.armsledger.text.Span sp = v.sentence.tokens().get(token).span();
    int from = sp.start() - v.sentence.span().start();
    int to = sp.end() - v.sentence.span().start();
    if (from < 0 || to > v.sentence.text().length() || from >= to) {
      return null;
    }
    return new Cue(v.sentence.text().substring(from, to), sp.start(), sp.end());
  }

  private static final java.util.Set<String> TO_SLOTS = java.util.Set.of("obl:to", "nmod:to", "iobj");
  private static final java.util.Set<String> FROM_SLOTS = java.util.Set.of("obl:from", "nmod:from");

  /** Nouns that name a party as anybody of a kind: "to countries at war", "from third parties". */
  /** Categories that name help rather than materiel when an aid noun includes them. */
  private static final java.util.Set<String> HELP_CATEGORIES = java.util.Set.of("unspecified", "technology", "equipment");
  private static final java.util.Set<String> GENERIC_PARTIES = java.util.Set.of("country", "nation", "party", "buyer", "customer", "client",
      "importer", "exporter", "supplier", "seller", "vendor", "purchaser", "user", "end-user", "state", "market", "region", "source", "dealer",
      "trader", "broker", "middleman", "intermediary");

  /**
   * True when the predicate's recipient (or, for {@code recipient} false, supplier) slot holds a
   * generic noun: a to-phrase or indirect object of giving, a from-phrase of getting.
   */
  private static boolean genericParty(SentenceView v, Frame f, boolean recipient) {
    Predicate.Frame k = f.predicate().frame();
    boolean giving = k == Predicate.Frame.GIVE || k == Predicate.Frame.MOVE;
    boolean getting = k == Predicate.Frame.GET || k == Predicate.Frame.REQUEST;
    java.util.Set<String> slot = recipient && giving ? TO_SLOTS : !recipient && getting ? FROM_SLOTS : java.util.Set.of();
    for (org.armsledger.text.Dependency d : v.out(f.token())) {
      if (slot.contains(d.relation()) && generic(v, d.dependent())) {
        return true;
      }
    }
    if (recipient && giving) {
      // "sold trainer jets to South-East Asian markets", the to-phrase hung on the items
      for (ItemArg i : f.items()) {
        if (i.head() >= 0 && v.childrenLike(i.head(), "nmod:to").stream().anyMatch(x -> generic(v, x))) {
          return true;
        }
      }
    }
    // the subject: "countries that buy Swiss arms", "allies to provide weapons"
    boolean subjectSlot = recipient ? getting : giving;
    if (subjectSlot && !v.sentence.token(f.token()).isNoun()) {
      for (org.armsledger.text.Dependency d : v.out(f.token())) {
        if (d.relation().startsWith("nsubj") && generic(v, d.dependent())) {
          return true;
        }
      }
      for (org.armsledger.text.Dependency d : v.in(f.token())) {
        if (d.relation().startsWith("acl") && d.governor() >= 0 && generic(v, d.governor())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean generic(SentenceView v, int t) {
    String lemma = v.lemma(t).toLowerCase(java.util.Locale.ROOT);
    // "the first NATO member state to purchase ...", said of Turkey, is someone in particular
    boolean singledOut = v.out(t).stream().anyMatch(d -> d.relation().equals("amod") && FrameFinder.SINGLING.contains(v.lemma(d.dependent()).toLowerCase(java.util.Locale.ROOT)))
        && v.out(t).stream().anyMatch(d -> d.relation().equals("det") && v.lemma(d.dependent()).equalsIgnoreCase("the"));
    return (GENERIC_PARTIES.contains(lemma) || lemma.equals("ally") || lemma.equals("partner")) && !singledOut
        && v.mentions.stream().noneMatch(m -> m.type() == Mention.Type.ACTOR && v.sentence.token(t).span().overlaps(m.span()));
  }

  /** True when both parties belong to one state: a state and its company, or two companies of it. */
  private static boolean domestic(ActorEntry a, ActorEntry b) {
    String ha = a.isState() ? a.id() : a.kind() == ActorEntry.Kind.COMPANY ? a.state() : null;
    String hb = b.isState() ? b.id() : b.kind() == ActorEntry.Kind.COMPANY ? b.state() : null;
    return ha != null && ha.equals(hb);
  }

  /** "We have never sold weapons to Armenia," the Serbian minister said: "we" is the speaker's state. */
  private static List<Party> firstPerson(List<Party> parties, Attributor.Speaker speaker, List<String> notes) {
    if (speaker == null || speaker.actors().size() != 1) {
      return parties;
    }
    List<Party> out = new ArrayList<>();
    for (Party p : parties) {
      String w = p.text() == null ? "" : p.text().toLowerCase(java.util.Locale.ROOT);
      if (!p.resolved() && (w.equals("we") || w.equals("us") || w.equals("our"))) {
        ActorEntry a = speaker.actors().get(0);
        out.add(p.resolvedAs(a, "speaker:" + speaker.name(), "actor:" + a.id()));
        notes.add("resolved '" + p.text() + "' as the speaker's " + a.id());
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private List<Party> resolveAll(List<Party> parties, DocumentMemory memory, int sentence, List<Party> others, List<String> notes) {
    List<Party> out = new ArrayList<>();
    ActorEntry other = others.size() == 1 && others.get(0).resolved() ? others.get(0).actor() : null;
    for (Party p : parties) {
      Party r = resolver.resolve(p, memory, sentence, other);
      if (r != null && out.stream().noneMatch(q -> q.actor().id().equals(r.actor().id()))) {
        out.add(r);
        if (!p.resolved()) {
          notes.add("resolved '" + p.text() + "' as " + r.actor().id());
        }
      }
    }
    return out;
  }

  /** Item words that name something only by pointing back to a system named before: "purchase the system". */
  private static final java.util.Set<String> ANAPHORIC_HEADS = java.util.Set.of("system", "systems", "platform", "platforms");

  /** "the aircraft" after a sentence about the Su-35 is the Su-35. */
  private static ItemArg definite(SentenceView v, ItemArg i, DocumentMemory memory) {
    if (i.weapon() != null) {
      return i;
    }
    String before = v.sentence.text().substring(0, i.span().start() - v.sentence.span().start()).toLowerCase(java.util.Locale.ROOT);
    if (!before.matches("(?s).*\\b(the|these|those|such)\\s+$")) {
      return i;
    }
    // "the system" points back further than "the jets": to the last system the document named
    boolean system = ANAPHORIC_HEADS.contains(i.text().toLowerCase(java.util.Locale.ROOT));
    // "the missile systems" after "the S-300 air defence systems": the same kind of system is the one named
    WeaponEntry w = memory.recentWeapon(i.span().start(),
        e -> system || Categories.compatible(e.category(), i.category()) || Categories.sameKindOfSystem(e.category(), i.category()), system ? 40 : 4);
    return w == null ? i : i.withWeapon(w);
  }

  /** Training names its subject in the clause: "training ... to fly the Su-35" is about combat aircraft. */
  private static ItemArg trainingItem(SentenceView v, Frame f, ItemArg training) {
    Mention item = null;
    WeaponEntry weapon = null;
    for (int t : v.subtree(f.token(), java.util.Set.of("punct"))) {
      Mention m = v.mentionAt(t);
      if (m == null || m.type() == Mention.Type.ACTOR || m.span().equals(training.span()) || m.category().equals("unspecified")) {
        continue;
      }
      if (m.type() == Mention.Type.WEAPON && weapon == null) {
        weapon = m.weapon();
      } else if (item == null) {
        item = m;
      }
    }
    if (item == null && weapon == null) {
      return training;
    }
    String category = weapon != null ? weapon.category() : item.category();
    ItemArg base = new ItemArg(category, "training", null, training.text(), training.span(), training.head(), training.lexiconId());
    return weapon != null ? base.withWeapon(weapon) : base;
  }

  private TimeRef time(SentenceView v, String published, DocumentMemory memory) {
    List<TimeResolver.Found> found = times.find(v.sentence.text(), published);
    if (found.isEmpty()) {
      java.util.regex.Matcher m = THE_PERIOD.matcher(v.sentence.text());
      if (m.find()) {
        // "47% of the arms exported by China went to Pakistan during the period": the span of years
        // the sentences just before named ("Between 2017 and 2021, ...")
        List<DocumentMemory.Seen> seen = memory.sentences;
        for (int i = seen.size() - 2; i >= 0 && i >= seen.size() - 6; i--) {
          for (TimeResolver.Found f : times.find(seen.get(i).sentence().text(), published)) {
            if (f.resolvedEnd() != null && !f.resolvedEnd().equals(f.resolvedStart())) {
              return new TimeRef(m.group(), f.resolvedStart(), f.resolvedEnd());
            }
          }
        }
      }
      return null;
    }
    TimeResolver.Found f = found.get(0);
    return new TimeRef(f.text(), f.resolvedStart(), f.resolvedEnd());
  }

  /** A time that points back to a span of years named before. */
  private static final java.util.regex.Pattern THE_PERIOD =
      java.util.regex.Pattern.compile("(?i)\\b(during|in|over|for|throughout) (the|that|this|the same) (period|time frame|timeframe|years)\\b");

  /**
   * The name of the item's system as written right before it ("Ground Master 400" before "radars"),
   * else its designation: a number ending the name is no amount ("Ground Master 400 radars" is no 400).
   */
  private static String nameBefore(SentenceView v, ItemArg item) {
    for (Mention m : v.mentions) {
      if (m.type() == Mention.Type.WEAPON && m.span().end() <= item.span().start()
          && v.sentence.text().substring(m.span().end() - v.sentence.span().start(), item.span().start() - v.sentence.span().start()).isBlank()) {
        return m.text();
      }
    }
    return item.weapon() == null ? null : item.weapon().designation();
  }
}
