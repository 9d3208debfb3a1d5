package org.armsledger.formats;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses a text's language from its script and its most frequent function words. Enough to tell
 * English from the languages news about arms transfers is most often published in (French,
 * German, Spanish, Portuguese, Italian, Dutch, Polish, Turkish; Russian and Ukrainian, Arabic,
 * Persian, Hebrew, Chinese, Japanese, Korean, Hindi by script), not a general identifier.
 * Deterministic and linear in the text (it reads at most the first {@value #MAX_CHARS} characters).
 */
public final class LanguageGuess {
  static final int MAX_CHARS = 20_000;
  /** Fewer words than this and the text cannot be judged by its words. */
  static final int MIN_WORDS = 12;

  private static final Map<String, Set<String>> STOPWORDS = new HashMap<>();

  static {
    STOPWORDS.put("en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "it", "as", "by", "said", "has", "have", "from", "its", "be", "are", "which", "were", "this", "will", "at", "an", "had", "not", "but"));
    STOPWORDS.put("fr", Set.of("le", "la", "les", "des", "et", "du", "une", "est", "que", "pour", "dans", "qui", "au", "sur", "pas", "par", "avec", "aux", "ont", "été", "ce", "il", "sont", "mais", "cette"));
    STOPWORDS.put("de", Set.of("der", "die", "und", "das", "den", "ist", "nicht", "mit", "sich", "des", "auf", "für", "ein", "eine", "dem", "zu", "von", "im", "wird", "auch", "hat", "werden", "sie", "wurde", "nach"));
    STOPWORDS.put("es", Set.of("el", "la", "los", "las", "de", "que", "y", "en", "del", "por", "con", "para", "una", "se", "es", "su", "al", "lo", "como", "más", "fue", "ha", "sus", "pero", "este"));
    STOPWORDS.put("pt", Set.of("os", "as", "de", "que", "e", "em", "do", "da", "dos", "das", "para", "com", "uma", "não", "por", "foi", "ao", "mais", "pelo", "pela", "seu", "sua", "é", "são", "como"));
    STOPWORDS.put("it", Set.of("il", "di", "che", "e", "la", "per", "un", "del", "della", "non", "sono", "nel", "alla", "gli", "dei", "le", "ha", "una", "con", "anche", "è", "da", "si", "più", "delle"));
    STOPWORDS.put("nl", Set.of("de", "het", "een", "van", "en", "is", "dat", "niet", "op", "te", "zijn", "met", "voor", "die", "ook", "aan", "werd", "heeft", "naar", "bij", "om", "wordt", "maar", "door", "er"));
    STOPWORDS.put("pl", Set.of("i", "w", "nie", "na", "się", "z", "do", "że", "to", "jest", "o", "jak", "po", "od", "przez", "dla", "ale", "za", "są", "też", "jego", "oraz", "już", "może", "który"));
    STOPWORDS.put("tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "daha", "çok", "gibi", "olan", "en", "ama", "kadar", "sonra", "ise", "değil", "her", "tarafından", "olduğunu", "dedi", "şu", "ancak", "yeni"));
    STOPWORDS.put("id", Set.of("yang", "dan", "di", "dengan", "untuk", "dari", "ini", "itu", "dalam", "tidak", "akan", "pada", "juga", "ke", "oleh", "adalah", "telah", "karena", "sudah", "bahwa", "mereka", "atau", "bisa", "saat", "kata"));
  }

  private LanguageGuess() {}

  /** The ISO 639-1 code of the text's language, or null when the text is too short to tell. */
  public static String of(String text) {
    String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    int letters = 0;
    int latin = 0;
    Map<String, Integer> scripts = new HashMap<>();
    boolean ukrainianLetters = false;
    for (int i = 0; i < t.length(); ) {
      int cp = t.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      if (s == Character.UnicodeScript.LATIN) {
        latin++;
      } else {
        scripts.merge(scriptLanguage(s, cp), 1, Integer::sum);
        if (cp == 'і' || cp == 'ї' || cp == 'є' || cp == 'ґ') {
          ukrainianLetters = true;
        }
      }
    }
    if (letters == 0) {
      return null;
    }
    String topScript = null;
    int topCount = 0;
    for (Map.Entry<String, Integer> e : scripts.entrySet()) {
      if (e.getValue() > topCount) {
        topScript = e.getKey();
        topCount = e.getValue();
      }
    }
    if (topScript != null && topCount > latin) {
      return topScript.equals("ru") && ukrainianLetters ? "uk" : topScript;
    }
    Map<String, Integer> hits = new HashMap<>();
    int words = 0;
    for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.isEmpty()) {
        continue;
      }
      words++;
      for (Map.Entry<String, Set<String>> e : STOPWORDS.entrySet()) {
        if (e.getValue().contains(w)) {
          hits.merge(e.getKey(), 1, Integer::sum);
        }
      }
    }
    if (words < MIN_WORDS) {
      return null;
    }
    String best = null;
    int bestHits = 0;
    for (String lang : new String[] {"en", "fr", "de", "es", "pt", "it", "nl", "pl", "tr", "id"}) {
      int h = hits.getOrDefault(lang, 0);
      if (h > bestHits) {
        best = lang;
        bestHits = h;
      }
    }
    // too few function words of any language: a list, a table, a page of names
    if (best == null || bestHits * 20 < words) {
      return null;
    }
    return best;
  }

  private static String scriptLanguage(Character.UnicodeScript s, int cp) {
    return switch (s) {
      case CYRILLIC -> "ru";
      case ARABIC -> (cp == 'پ' || cp == 'چ' || cp == 'ژ' || cp == 'گ') ? "fa" : "ar";
      case HEBREW -> "he";
      case HAN -> "zh";
      case HIRAGANA, KATAKANA -> "ja";
      case HANGUL -> "ko";
      case DEVANAGARI -> "hi";
      case GREEK -> "el";
      case THAI -> "th";
      case ARMENIAN -> "hy";
      case GEORGIAN -> "ka";
      default -> s.name().toLowerCase(Locale.ROOT);
    };
  }
}
