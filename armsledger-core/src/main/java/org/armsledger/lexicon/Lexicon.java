package org.armsledger.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The domain lexicon, loaded from the versioned data files under {@code org/armsledger/lexicon}.
 *
 * <p>Every file starts with a header {@code # armsledger-lexicon NAME VERSION}; each row is
 * validated on load and a malformed one is a {@link LexiconException} naming the file and line.
 * Immutable and safe to share between threads; {@link #standard()} loads it once per JVM.
 */
public final class Lexicon {
  /** The item categories of the claim schema. */
  public static final Set<String> CATEGORIES =
      Set.of(
          "uav", "ballistic_missile", "cruise_missile", "anti_ship_missile", "missile", "air_defense",
          "combat_aircraft", "trainer_aircraft", "other_aircraft", "helicopter", "sensor",
          "electronics", "ammunition", "artillery", "armored_vehicle", "small_arms", "naval", "space",
          "nuclear", "technology", "equipment", "unspecified");
  /** The statuses of the claim schema. */
  public static final Set<String> STATUSES =
      Set.of(
          "delivered", "agreed", "planned", "offered", "requested", "considered", "possible",
          "rejected", "denied", "halted");
  private static final Set<String> RELATIONS = Set.of("transfer", "training", "assistance");
  private static final Set<String> SOURCE_KINDS = Set.of("official", "media", "expert", "anonymous");
  private static final String BASE = "/org/armsledger/lexicon/";
  private static volatile Lexicon standard;

  private final Map<String, ActorEntry> actors = new LinkedHashMap<>();
  private final List<WeaponEntry> weapons = new ArrayList<>();
  private final List<Alias> aliases = new ArrayList<>();
  private final Map<String, Modifier> modifiers = new HashMap<>();
  private final Set<String> civil = new HashSet<>();
  private final Map<String, Predicate> verbs = new HashMap<>();
  private final Map<String, Predicate> nouns = new HashMap<>();
  private final Map<String, String> embeds = new HashMap<>();
  private final Map<String, String> modals = new HashMap<>();
  private final Set<String> negations = new HashSet<>();
  private final Map<String, String> reports = new HashMap<>();
  private final Set<String> institutions = new HashSet<>();
  /** Exporter rows wait until every state of the file is known. */
  private record Row(String file, int line, String[] cells) {}

  private final List<Row> exporters = new ArrayList<>();
  private final Set<String> exporterIds = new HashSet<>();
  private final Set<String> personnel = new HashSet<>();
  private final Set<String> majorExporters = new HashSet<>();
  private final Map<String, String> sourceKinds = new LinkedHashMap<>();
  private final Map<String, String> versions = new LinkedHashMap<>();

  /** A word in front of an item head that refines its category within a group. */
  record Modifier(String word, String category, String group) {}

  private final java.util.function.Function<String, InputStream> files;

  private Lexicon(java.util.function.Function<String, InputStream> files) {
    this.files = files;
  }

  /** Loads a lexicon whose files come from {@code files} (file name to stream, null if absent). */
  static Lexicon load(java.util.function.Function<String, InputStream> files) {
    Lexicon l = new Lexicon(files);
    l.loadAll();
    return l;
  }

  /** The lexicon shipped with armsledger, loaded on first use. */
  public static Lexicon standard() {
    Lexicon l = standard;
    if (l == null) {
      synchronized (Lexicon.class) {
        l = standard;
        if (l == null) {
          l = load(f -> Lexicon.class.getResourceAsStream(BASE + f));
          standard = l;
        }
      }
    }
    return l;
  }

  private void loadAll() {
    // cues first: actor aliases combine demonyms with institution and personnel nouns
    read("cues.tsv", "cues", 4, this::cue);
    read("actors.tsv", "actors", 10, this::actor);
    for (Row e : exporters) {
      exporter(e.file(), e.line(), e.cells());
    }
    read("weapons.tsv", "weapons", 6, this::weapon);
    read("categories.tsv", "categories", 5, this::category);
    read("predicates.tsv", "predicates", 6, this::predicate);
  }

  private interface RowHandler {
    void handle(String file, int line, String[] cells);
  }

  private void read(String file, String name, int columns, RowHandler handler) {
    InputStream in = files.apply(file);
    if (in == null) {
      throw new LexiconException(file, 0, "lexicon file missing from the classpath");
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine();
      String prefix = "# armsledger-lexicon " + name + " ";
      if (header == null || !header.startsWith(prefix)) {
        throw new LexiconException(file, 1, "header must be '" + prefix + "VERSION'");
      }
      versions.put(name, header.substring(prefix.length()).trim());
      int n = 1;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new LexiconException(file, n, "expected " + columns + " tab-separated columns, found " + cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].trim();
          if (cells[i].isEmpty()) {
            throw new LexiconException(file, n, "empty column " + (i + 1) + " (use '-' for none)");
          }
        }
        handler.handle(file, n, cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A state-owned exporter: its names name its home state, as an institution of it. */
  private void exporter(String file, int line, String[] c) {
    if (!c[0].matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new LexiconException(file, line, "an exporter's id must be a lowercase slug: " + c[0]);
    }
    ActorEntry home = actors.get(c[8]);
    if (home == null || !home.isState()) {
      throw new LexiconException(file, line, "an exporter needs its home state (a state id of this file): " + c[8]);
    }
    if (!exporterIds.add(c[0]) || actors.containsKey(c[0])) {
      throw new LexiconException(file, line, "duplicate actor id " + c[0]);
    }
    for (String s : multi(c[3])) {
      aliases.add(new Alias(s, Mention.Type.ACTOR, home, Mention.Form.INSTITUTION, null, null, null));
    }
  }

  private static List<String> multi(String cell) {
    if (cell.equals("-")) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String s : cell.split("\\|")) {
      if (!s.isBlank()) {
        out.add(s.trim());
      }
    }
    return out;
  }

  private void actor(String file, int line, String[] c) {
    if (c[1].equals("exporter")) {
      exporters.add(new Row(file, line, c));
      return;
    }
    ActorEntry.Kind kind;
    try {
      kind = ActorEntry.Kind.valueOf(c[1].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new LexiconException(file, line, "unknown actor kind '" + c[1] + "'");
    }
    if (kind == ActorEntry.Kind.STATE && !c[0].matches("[A-Z]{3}")) {
      throw new LexiconException(file, line, "a state's id must be an ISO alpha-3 code: " + c[0]);
    }
    if (kind != ActorEntry.Kind.STATE && !c[0].matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw new LexiconException(file, line, "a non-state actor's id must be a lowercase slug: " + c[0]);
    }
    if (actors.containsKey(c[0])) {
      throw new LexiconException(file, line, "duplicate actor id " + c[0]);
    }
    String home = c[8].equals("-") ? null : c[8];
    if (home != null && (kind == ActorEntry.Kind.STATE || !home.matches("[A-Z]{3}"))) {
      throw new LexiconException(file, line, "a home state is an ISO alpha-3 code, given for groups and companies only: " + c[8]);
    }
    ActorEntry a = new ActorEntry(c[0], kind, c[2], home);
    actors.put(a.id(), a);
    List<String> names = multi(c[3]);
    List<String> demonyms = multi(c[4]);
    for (String s : names) {
      aliases.add(new Alias(s, Mention.Type.ACTOR, a, Mention.Form.NAME, null, null, null));
    }
    for (String s : demonyms) {
      aliases.add(new Alias(s, Mention.Type.ACTOR, a, Mention.Form.DEMONYM, null, null, null));
    }
    for (String s : multi(c[5])) {
      aliases.add(new Alias(s, Mention.Type.ACTOR, a, Mention.Form.CAPITAL, null, null, null));
    }
    for (String s : multi(c[6])) {
      aliases.add(new Alias(s, Mention.Type.ACTOR, a, Mention.Form.LEADER, null, null, null));
    }
    for (String s : multi(c[7])) {
      aliases.add(new Alias(s, Mention.Type.ACTOR, a, Mention.Form.INSTITUTION, null, null, null));
    }
    if (kind == ActorEntry.Kind.STATE) {
      List<String> adjectives = new ArrayList<>(demonyms);
      adjectives.addAll(names);
      for (String adj : adjectives) {
        for (String inst : institutions) {
          aliases.add(new Alias(adj + " " + inst, Mention.Type.ACTOR, a, Mention.Form.INSTITUTION, null, null, null));
        }
        for (String p : personnel) {
          aliases.add(new Alias(adj + " " + p, Mention.Type.ACTOR, a, Mention.Form.PERSONNEL, null, null, null));
        }
      }
    }
  }

  private void weapon(String file, int line, String[] c) {
    if (!CATEGORIES.contains(c[1])) {
      throw new LexiconException(file, line, "unknown category '" + c[1] + "'");
    }
    String maker = c[3].equals("-") ? null : c[3];
    if (maker != null && !maker.matches("[A-Z]{3}")) {
      throw new LexiconException(file, line, "maker must be an ISO alpha-3 code or '-': " + maker);
    }
    WeaponEntry w = new WeaponEntry(c[0], c[1], c[2], maker);
    weapons.add(w);
    List<String> forms = new ArrayList<>();
    forms.add(c[0]);
    forms.addAll(multi(c[4]));
    for (String s : forms) {
      aliases.add(new Alias(s, Mention.Type.WEAPON, null, Mention.Form.NONE, w, w.category(), "transfer"));
      if (!s.endsWith("s") && Character.isLetterOrDigit(s.charAt(s.length() - 1))) {
        aliases.add(new Alias(s + "s", Mention.Type.WEAPON, null, Mention.Form.NONE, w, w.category(), "transfer"));
      }
    }
  }

  private void category(String file, int line, String[] c) {
    if (c[0].equals("civil")) {
      civil.add(c[1].toLowerCase(Locale.ROOT));
      return;
    }
    if (!CATEGORIES.contains(c[2])) {
      throw new LexiconException(file, line, "unknown category '" + c[2] + "'");
    }
    switch (c[0]) {
      case "head" -> {
        if (!RELATIONS.contains(c[3])) {
          throw new LexiconException(file, line, "unknown relation '" + c[3] + "'");
        }
        for (String form : pluralForms(c[1])) {
          aliases.add(new Alias(form, Mention.Type.ITEM, null, Mention.Form.NONE, null, c[2], c[3]));
        }
      }
      case "modifier" -> {
        if (!CATEGORIES.contains(c[3])) {
          throw new LexiconException(file, line, "unknown modifier group '" + c[3] + "'");
        }
        modifiers.put(c[1].toLowerCase(Locale.ROOT), new Modifier(c[1], c[2], c[3]));
      }
      default -> throw new LexiconException(file, line, "unknown kind '" + c[0] + "' (head, modifier or civil)");
    }
  }

  /** The phrase and its plural (the last word pluralised), unless it already is one. */
  static List<String> pluralForms(String phrase) {
    int sp = phrase.lastIndexOf(' ');
    String last = phrase.substring(sp + 1);
    String lower = last.toLowerCase(Locale.ROOT);
    if (lower.endsWith("s") || lower.equals("equipment") || lower.equals("hardware") || lower.equals("aircraft")
        || lower.equals("materiel") || lower.equals("weaponry") || lower.equals("ammunition")
        || lower.equals("artillery") || lower.equals("know-how") || lower.equals("help") || lower.equals("ammo")
        || last.equals(last.toUpperCase(Locale.ROOT)) && last.length() > 1 && !lower.equals(last)) {
      return last.equals(last.toUpperCase(Locale.ROOT)) && !lower.equals(last)
          ? List.of(phrase, phrase + "s")
          : List.of(phrase);
    }
    String plural;
    if (lower.endsWith("y") && !lower.endsWith("ay") && !lower.endsWith("ey") && !lower.endsWith("oy")) {
      plural = last.substring(0, last.length() - 1) + "ies";
    } else if (lower.endsWith("sh") || lower.endsWith("ch") || lower.endsWith("x")) {
      plural = last + "es";
    } else {
      plural = last + "s";
    }
    return List.of(phrase, phrase.substring(0, sp + 1) + plural);
  }

  private void predicate(String file, int line, String[] c) {
    boolean noun;
    switch (c[1]) {
      case "verb" -> noun = false;
      case "noun" -> noun = true;
      default -> throw new LexiconException(file, line, "part of speech must be verb or noun: " + c[1]);
    }
    Predicate.Frame frame;
    try {
      frame = Predicate.Frame.valueOf(c[2].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new LexiconException(file, line, "unknown frame '" + c[2] + "'");
    }
    if (!STATUSES.contains(c[3])) {
      throw new LexiconException(file, line, "unknown status '" + c[3] + "'");
    }
    String relation = c[4].equals("-") ? null : c[4];
    if (relation != null && !RELATIONS.contains(relation)) {
      throw new LexiconException(file, line, "unknown relation '" + c[4] + "'");
    }
    Map<String, Predicate> target = noun ? nouns : verbs;
    if (target.containsKey(c[0])) {
      throw new LexiconException(file, line, "duplicate predicate " + c[0] + " " + c[1]);
    }
    target.put(c[0], new Predicate(c[0], noun, frame, c[3], relation));
  }

  private void cue(String file, int line, String[] c) {
    String key = c[1].toLowerCase(Locale.ROOT);
    switch (c[0]) {
      case "embed" -> putStatus(embeds, file, line, key, c[2]);
      case "modal" -> putStatus(modals, file, line, key, c[2]);
      case "negation" -> negations.add(key);
      case "report" -> {
        if (!c[2].equals("report") && !c[2].equals("concern")) {
          throw new LexiconException(file, line, "report value must be report or concern");
        }
        reports.put(key, c[2]);
      }
      case "institution" -> institutions.add(c[1]);
      case "personnel" -> personnel.add(c[1]);
      case "exporter" -> {
        if (!c[1].matches("[A-Z]{3}") || !c[2].matches("[1-9][0-9]?")) {
          throw new LexiconException(file, line, "exporter needs an ISO alpha-3 state and its rank");
        }
        majorExporters.add(c[1]);
      }
      case "source" -> {
        if (!SOURCE_KINDS.contains(c[2])) {
          throw new LexiconException(file, line, "unknown source kind '" + c[2] + "'");
        }
        if (sourceKinds.containsKey(key)) {
          throw new LexiconException(file, line, "duplicate source cue '" + c[1] + "'");
        }
        sourceKinds.put(key, c[2]);
      }
      default -> throw new LexiconException(file, line, "unknown cue kind '" + c[0] + "'");
    }
  }

  private static void putStatus(Map<String, String> map, String file, int line, String key, String status) {
    if (!STATUSES.contains(status)) {
      throw new LexiconException(file, line, "unknown status '" + status + "'");
    }
    if (map.containsKey(key)) {
      throw new LexiconException(file, line, "duplicate cue '" + key + "'");
    }
    map.put(key, status);
  }

  List<Alias> aliases() {
    return Collections.unmodifiableList(aliases);
  }

  public ActorEntry actor(String id) {
    return actors.get(id);
  }

  public int actorCount() {
    return actors.size();
  }

  /** Actors of one kind; state-owned exporters, which act for their state, are counted apart. */
  public long actorCount(ActorEntry.Kind kind) {
    return actors.values().stream().filter(a -> a.kind() == kind).count();
  }

  public int exporterCount() {
    return exporterIds.size();
  }

  public List<WeaponEntry> weapons() {
    return Collections.unmodifiableList(weapons);
  }

  /** True when the word, in front of an item head, makes the item civil ("medical equipment", "passenger jets"). */
  public boolean isCivil(String word) {
    return civil.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The category a modifier word gives a head of the given category, or null. */
  public String refine(String modifierWord, String headCategory) {
    Modifier m = modifiers.get(modifierWord.toLowerCase(Locale.ROOT));
    if (m == null || m.category().equals(headCategory)) {
      return null;
    }
    return sameGroup(m.group(), headCategory) ? m.category() : null;
  }

  private static boolean sameGroup(String group, String category) {
    return switch (group) {
      case "missile" -> category.contains("missile");
      case "other_aircraft" -> category.endsWith("aircraft");
      case "technology" -> category.equals("technology") || category.equals("equipment") || category.equals("unspecified");
      default -> group.equals(category);
    };
  }

  public Predicate verb(String lemma) {
    return verbs.get(lemma);
  }

  public Predicate noun(String lemma) {
    return nouns.get(lemma);
  }

  /** The status an embedding verb, noun or adjective gives its complement, or null. */
  public String embedStatus(String lemma) {
    return embeds.get(lemma);
  }

  /** The status a modal auxiliary or adverb gives, or null. */
  public String modalStatus(String word) {
    return modals.get(straightQuotes(word).toLowerCase(Locale.ROOT));
  }

  public boolean isNegation(String word) {
    return negations.contains(straightQuotes(word).toLowerCase(Locale.ROOT)); // "wouldn’t" is "wouldn't"
  }

  /** The word with typographic apostrophes made straight: "n’t" is "n't". */
  private static String straightQuotes(String word) {
    return word.replace('\u2019', '\'').replace('\u2018', '\'');
  }

  /** {@code report} or {@code concern} for a reporting verb, null otherwise. */
  public String reportKind(String lemma) {
    return reports.get(lemma);
  }

  public boolean isInstitutionNoun(String word) {
    return institutions.contains(word.toLowerCase(Locale.ROOT));
  }

  public boolean isPersonnelNoun(String word) {
    return personnel.contains(word.toLowerCase(Locale.ROOT));
  }

  /**
   * True for the states among the world's largest arms exporters (the cues' exporter rows): in a
   * deal between such a state and one that is not, with nothing else to say who sells, the exporter sells.
   */
  public boolean isMajorExporter(String stateId) {
    return stateId != null && majorExporters.contains(stateId);
  }

  /** Source-kind cues in file order: a phrase of a speaker's description and the kind it makes. */
  public Map<String, String> sourceKinds() {
    return Collections.unmodifiableMap(sourceKinds);
  }

  /** Name and version of every lexicon file, for provenance of the output. */
  public Map<String, String> versions() {
    return Collections.unmodifiableMap(versions);
  }
}
