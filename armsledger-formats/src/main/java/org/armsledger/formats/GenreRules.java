package org.armsledger.formats;

import java.util.Locale;
import java.util.regex.Pattern;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Genre;

/**
 * Tells news from opinion, editorial, analysis, blog posts and press releases by the signals
 * outlets give: schema.org types ({@code OpinionNewsArticle}, {@code BlogPosting}...), the
 * section ({@code article:section}, a JSON Lines "section"), the URL path ({@code /opinion/},
 * {@code /commentary/}), and cues at the head of the text ("OPINION:", "Editorial |", "Guest
 * column"). The first signal found decides, in that order; the reason is recorded.
 */
public final class GenreRules {
  private GenreRules() {}

  /** A genre and why. */
  public record Decision(Genre genre, String reason) {}

  private static final Pattern OPINION = Pattern.compile("(?i)\\b(opinion|opinions|op-?ed|commentary|comment|column|columns|columnists?|viewpoints?|perspectives?|voices|letters?|guest[- ]?(post|column|essay))\\b");
  private static final Pattern EDITORIAL = Pattern.compile("(?i)\\b(editorials?|our view|the view)\\b");
  private static final java.util.Map<String, Genre> SEGMENTS = new java.util.HashMap<>();

  static {
    for (String s : new String[] {"opinion", "opinions", "commentary", "comment", "comments-and-opinion", "columns", "column", "columnists", "op-ed", "oped", "op-eds", "voices", "viewpoint", "viewpoints", "perspectives", "letters", "guest-column"}) {
      SEGMENTS.put(s, Genre.OPINION);
    }
    for (String s : new String[] {"editorial", "editorials", "our-view", "leaders"}) {
      SEGMENTS.put(s, Genre.EDITORIAL);
    }
    for (String s : new String[] {"analysis", "explainer", "explainers", "in-depth", "insight", "fact-check"}) {
      SEGMENTS.put(s, Genre.ANALYSIS);
    }
    for (String s : new String[] {"blog", "blogs", "liveblog", "live-blog"}) {
      SEGMENTS.put(s, Genre.BLOG);
    }
    for (String s : new String[] {"press-release", "press-releases", "pressreleases", "news-releases", "pressroom", "media-releases"}) {
      SEGMENTS.put(s, Genre.PRESS_RELEASE);
    }
  }
  private static final Pattern ANALYSIS = Pattern.compile("(?i)\\b(analysis|explainer|in[- ]depth|fact[- ]?check|insight)\\b");
  private static final Pattern BLOG = Pattern.compile("(?i)\\b(blogs?|live[- ]?blog)\\b");
  private static final Pattern PRESS = Pattern.compile("(?i)\\b(press[- ]releases?|news[- ]releases?|pressroom|media[- ]releases?|press)\\b");
  private static final Pattern HEAD_CUE =
      Pattern.compile("(?i)^\\s*(opinion|op-ed|commentary|editorial|analysis|guest column|column|viewpoint|perspective|blog|press release|news release)\\s*[:|\\-–—]");

  public static Decision classify(Article a) {
    String types = a.fields().getOrDefault("schema_type", "").toLowerCase(Locale.ROOT);
    for (String t : types.split(",")) {
      switch (t.strip()) {
        case "opinionnewsarticle", "reviewnewsarticle", "satiricalarticle" -> {
          return new Decision(Genre.OPINION, "schema.org type " + t.strip());
        }
        case "analysisnewsarticle", "backgroundnewsarticle" -> {
          return new Decision(Genre.ANALYSIS, "schema.org type " + t.strip());
        }
        case "blogposting", "liveblogposting" -> {
          return new Decision(Genre.BLOG, "schema.org type " + t.strip());
        }
        default -> {}
      }
    }
    String section = a.fields().get("section");
    if (section != null) {
      Genre g = fromWords(section);
      if (g != null) {
        return new Decision(g, "section \"" + section + "\"");
      }
    }
    if (a.uri() != null) {
      String path = path(a.uri());
      String[] segs = path.split("/");
      // the last segment is usually the story's slug, whose words say nothing about its genre
      int n = segs.length > 1 && (segs[segs.length - 1].contains(".") || segs[segs.length - 1].chars().filter(c -> c == '-').count() >= 3) ? segs.length - 1 : segs.length;
      for (int i = 0; i < n; i++) {
        Genre g = SEGMENTS.get(segs[i].toLowerCase(Locale.ROOT));
        if (g != null) {
          return new Decision(g, "URL path " + path);
        }
      }
    }
    String head = a.headline() != null ? a.headline() : "";
    String textHead = a.text().substring(0, Math.min(200, a.text().length()));
    for (String h : new String[] {head, textHead}) {
      var m = HEAD_CUE.matcher(h);
      if (m.find()) {
        Genre g = fromWords(m.group(1));
        if (g != null) {
          return new Decision(g, "cue \"" + m.group(1) + "\"");
        }
      }
    }
    return new Decision(Genre.NEWS, "no opinion, analysis or blog signal");
  }

  private static Genre fromWords(String s) {
    if (EDITORIAL.matcher(s).find()) {
      return Genre.EDITORIAL;
    }
    if (OPINION.matcher(s).find()) {
      return Genre.OPINION;
    }
    if (ANALYSIS.matcher(s).find()) {
      return Genre.ANALYSIS;
    }
    if (BLOG.matcher(s).find()) {
      return Genre.BLOG;
    }
    if (PRESS.matcher(s).find()) {
      return Genre.PRESS_RELEASE;
    }
    return null;
  }

  private static String path(String uri) {
    try {
      String p = new java.net.URI(uri.strip()).getPath();
      return p == null ? "" : p;
    } catch (Exception e) {
      return "";
    }
  }
}
