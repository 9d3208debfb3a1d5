package org.armsledger.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.armsledger.lexicon.ActorEntry;
import org.armsledger.lexicon.Mention;
import org.armsledger.lexicon.WeaponEntry;
import org.armsledger.text.Sentence;

/**
 * What one document has said so far: the actor and weapon mentions of every sentence read, the
 * claims extracted, the speakers named and how often actors appear together. Used to resolve
 * pronouns, definite descriptions and implicit parties. One per document; not thread-safe.
 */
final class DocumentMemory {
  /** A sentence's mentions and text. */
  record Seen(Sentence sentence, List<Mention> mentions) {}

  /** A claim's parties and category, by sentence. */
  record Said(int sentence, ActorEntry supplier, ActorEntry recipient, String category, String status) {}

  final List<Seen> sentences = new ArrayList<>();
  final List<Said> claims = new ArrayList<>();
  private final Map<String, Integer> together = new HashMap<>();
  /** Speakers by surname, with the kind their fullest description gave. */
  final Map<String, String[]> speakers = new HashMap<>();
  String lastPersonSpeaker;
  /** The states or groups the last named person speaker speaks for ("Iran's foreign minister"): a later "he" speaks for them too. */
  List<ActorEntry> lastPersonActors = List.of();
  String lastSpeaker;
  /** The states or groups the last speaker speaks for. */
  List<ActorEntry> lastSpeakerActors = List.of();

  /** The armed groups the whole document names, by the state each is tied to. */
  private final Map<String, List<ActorEntry>> groupsByState = new HashMap<>();

  /** Notes the groups tied to a state among a sentence's mentions (called for every sentence before any is read). */
  void noteGroups(List<Mention> mentions) {
    for (Mention m : mentions) {
      ActorEntry a = m.type() == Mention.Type.ACTOR ? m.actor() : null;
      if (a != null && a.kind() == ActorEntry.Kind.GROUP && a.state() != null) {
        List<ActorEntry> gs = groupsByState.computeIfAbsent(a.state(), k -> new ArrayList<>());
        if (!gs.contains(a)) {
          gs.add(a);
        }
      }
    }
  }

  /** The one armed group tied to this state that the document names anywhere, or null (none, or several). */
  ActorEntry onlyGroupOf(String state) {
    List<ActorEntry> gs = groupsByState.getOrDefault(state, List.of());
    return gs.size() == 1 ? gs.get(0) : null;
  }

  /** People the document introduced with their state ("Korean Defense Minister Ahn Gyu-back"), by each word of their name. */
  final Map<String, ActorEntry> persons = new HashMap<>();

  /** Titles after which a capitalised name is a person's. */
  private static final java.util.regex.Pattern TITLED = java.util.regex.Pattern.compile(
      "^(?:'s|’s)?\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:Minister|minister|President|president|Premier|premier|Chancellor|chancellor|Secretary|secretary|"
          + "Ambassador|ambassador|General|general|Admiral|admiral|Chief|chief|Spokesman|spokesman|Spokeswoman|spokeswoman|Spokesperson|spokesperson|"
          + "Envoy|envoy|Commander|commander|Director|director|King|Prince|Emir|Sheikh|leader)"
          + "(?:\\s+of\\s+[\\p{Lu}][\\p{L}]+(?:\\s+[\\p{Lu}][\\p{L}]+){0,3})?,?\\s+((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)");

  /** A name, then in apposition a title, ending where a state's mention starts. */
  private static final java.util.regex.Pattern APPOSED = java.util.regex.Pattern.compile(
      "((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,2}\\p{Lu}[\\p{L}'’-]+),\\s+(?:the|a|an)\\s+[^,.;]*?\\b(?:minister|adviser|advisor|secretary|undersecretary|"
          + "spokesman|spokeswoman|spokesperson|ambassador|general|commander|chief|director|envoy|president|official)\\b[^,.;]*$");

  private static final java.util.regex.Pattern NAME_THEN =
      java.util.regex.Pattern.compile("((?:\\p{Lu}[\\p{L}'’-]+\\s+){1,2}\\p{Lu}[\\p{L}'’-]+),\\s+(?:the\\s+)?$");
  private static final java.util.regex.Pattern POSSESSED_TITLE = java.util.regex.Pattern.compile(
      "^(?:'s|’s)\\s+[^,.;]*?\\b(?:minister|adviser|advisor|secretary|spokesman|spokeswoman|spokesperson|ambassador|general|commander|chief|director|envoy|president|official)\\b");

  void see(Sentence s, List<Mention> mentions) {
    sentences.add(new Seen(s, mentions));
    for (Mention m : mentions) {
      // "Korean Defense Minister Ahn Gyu-back", "Germany's defence minister Boris Pistorius": the state's person
      if (m.type() != Mention.Type.ACTOR || !m.actor().isState() || m.form() == Mention.Form.LEADER) {
        continue;
      }
      int from = m.span().end() - s.span().start();
      java.util.regex.Matcher t = TITLED.matcher(s.text().substring(from, Math.min(s.text().length(), from + 90)));
      if (t.find()) {
        for (String part : t.group(1).split("\\s+")) {
          persons.putIfAbsent(part, m.actor());
        }
      }
      // "Salem Aljaberi, the UAE's assistant minister", "Elbridge Colby, the undersecretary of defense at the Pentagon"
      int start = m.span().start() - s.span().start();
      java.util.regex.Matcher a = APPOSED.matcher(s.text().substring(Math.max(0, start - 120), start));
      if (a.find()) {
        for (String part : a.group(1).split("\\s+")) {
          persons.putIfAbsent(part, m.actor());
        }
      }
      java.util.regex.Matcher b = NAME_THEN.matcher(s.text().substring(Math.max(0, start - 60), start));
      if (b.find() && POSSESSED_TITLE.matcher(s.text().substring(from, Math.min(s.text().length(), from + 60))).find()) {
        for (String part : b.group(1).split("\\s+")) {
          persons.putIfAbsent(part, m.actor()); // "Ahmed Saleh, the UAE's assistant minister"
        }
      }
    }
    List<String> ids = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.type() == Mention.Type.ACTOR && !ids.contains(m.actor().id())) {
        ids.add(m.actor().id());
      }
    }
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        together.merge(pair(ids.get(i), ids.get(j)), 1, Integer::sum);
      }
    }
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  int together(String a, String b) {
    return together.getOrDefault(pair(a, b), 0);
  }

  /** The most recent weapon mentioned before {@code offset} in the last few sentences, or null. */
  WeaponEntry recentWeapon(int offset, java.util.function.Predicate<WeaponEntry> fits) {
    return recentWeapon(offset, fits, 4);
  }

  /** The most recent weapon mentioned before {@code offset} in the last {@code window} sentences, or null. */
  WeaponEntry recentWeapon(int offset, java.util.function.Predicate<WeaponEntry> fits, int window) {
    Mention m = recent(window, x -> x.type() == Mention.Type.WEAPON && x.span().end() <= offset && fits.test(x.weapon()));
    return m == null ? null : m.weapon();
  }

  /** The most recent mention that fits in the last {@code window} sentences, latest first, or null. */
  Mention recent(int window, java.util.function.Predicate<Mention> fits) {
    for (int i = sentences.size() - 1; i >= 0 && i >= sentences.size() - window; i--) {
      List<Mention> ms = sentences.get(i).mentions();
      for (int k = ms.size() - 1; k >= 0; k--) {
        if (fits.test(ms.get(k))) {
          return ms.get(k);
        }
      }
    }
    return null;
  }
}
