package org.armsledger.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a document into line blocks and drops the ones that are not the article: comment forms,
 * share counters, "Read More" teaser lists (other articles' headlines), photo captions and
 * credits, bylines, advertising and repost notices. Every dropped block keeps its reason.
 *
 * <p>Stateless and safe to share between threads.
 */
public final class Cleaner {
  /** Markers after which nothing belongs to the article any more. */
  private static final Pattern TAIL_COMMENTS =
      Pattern.compile(
          "(?i)^(\\d+\\s+(thoughts|comments?|responses?|replies)\\s+on\\b.*|leave a (reply|comment)\\b.*|"
              + "post a comment|add a comment|comments|join the conversation.*|"
              + "your email address will not be published.*)$");
  private static final Pattern TAIL_TEASERS =
      Pattern.compile(
          "(?i)^(\\p{L}{0,12}read more|related( articles| stories| posts| news)?|more (stories|news|from .{1,40})|"
              + "recommended( for you)?|you may also like|you might also like|most read|most popular|trending( now)?|"
              + "see also|also read)\\s*:?$");
  /** A numbered list item: "1. Iran ships missiles to Russia". */
  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+\\S.*");
  private static final Pattern TEASER_LINE = Pattern.compile("(?i)^(read (also|more)|also read|see also|related)\\s*:.*");
  private static final Pattern SHARE =
      Pattern.compile(
          "(?i)^([\\d.,]+\\s*[km]?|((share|tweet|email|print|facebook|twitter|whatsapp|telegram|linkedin|reddit|"
              + "pinterest|copy link|shares?|views?|likes?)[\\s:|,]*)+)$");
  private static final Pattern CAPTION_START =
      Pattern.compile("(?i)^(in this (picture|photo|image|handout|file photo)|photo\\s*(:|by\\b)|image\\s*:|file photo|pictured\\s*:|\\(photo|caption\\s*:|credit\\s*:).*");
  private static final Pattern CREDIT_END =
      Pattern.compile(
          "(?s).*[.|/(]\\s*(AP|AFP|Reuters|Getty Images|EPA|EPA-EFE|Anadolu|TASS|Sputnik|Shutterstock|Xinhua|AP Photo)"
              + "(\\s*Photo)?(/[^)]{0,40})?\\)?\\s*$");
  private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(©|\\(c\\)|copyright\\b).*");
  private static final Pattern META =
      Pattern.compile("(?i)^(posted\\s+(by|on)\\b|categor(y|ies)\\s*:|tags?\\s*:|filed under\\b|published\\s*:|updated\\s*:).*");
  private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\s*(AM|PM|am|pm)?\\b");
  private static final Pattern ADVERT =
      Pattern.compile(
          "(?i)^(advertisement|sponsored( content)?|subscribe( now)?( to .{1,40})?|sign up( for .{1,60})?|"
              + "support our journalism.*|video embed|watch:.*|listen to this article.*)$");
  private static final Pattern REPOST =
      Pattern.compile("(?i)^this (article|story|piece|report) (was )?(originally )?(appeared|published|first appeared)\\b.*");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\"”’:;]\\s*$");

  /**
   * Cuts {@code text} into line blocks and marks the dropped ones.
   *
   * @param text the document text
   * @param title the title's span (never dropped as navigation), or null
   * @param metadata spans that are metadata, not body; blocks exclude them
   */
  public List<Block> clean(String text, Span title, List<Span> metadata) {
    List<Block> out = new ArrayList<>();
    String tailReason = null;
    boolean bodySeen = false;
    boolean listPending = false;
    int i = 0;
    while (i < text.length()) {
      int eol = text.indexOf('\n', i);
      int end = eol < 0 ? text.length() : eol;
      int s = i;
      for (Span m : metadata) {
        if (m.start() <= s && s < m.end()) {
          s = Math.min(m.end(), end);
        }
      }
      String raw = text.substring(s, end);
      String line = raw.strip();
      if (!line.isEmpty()) {
        int ls = s + raw.indexOf(line.charAt(0));
        Span span = new Span(ls, ls + line.length());
        boolean isTitle = title != null && title.overlaps(span);
        if ("teaser-list".equals(tailReason) && paragraph(line)) {
          tailReason = null; // a list of other articles' headlines ends where a paragraph of prose begins
        }
        String reason = tailReason != null ? tailReason : reason(line, isTitle);
        boolean listed = listPending && reason == null && NUMBERED.matcher(line).matches() && !paragraph(line);
        listPending &= listed;
        if (listed) {
          reason = "teaser-list"; // "MOST READ" above the article, then "1. Iran ships missiles ...": other articles' headlines
        } else if ("teaser-list".equals(reason) && !bodySeen) {
          reason = "label"; // "Trending" above the headline labels the page; it does not end the article
          listPending = true;
        } else if (tailReason == null && ("comment-form".equals(reason) || "teaser-list".equals(reason))) {
          tailReason = reason;
        }
        bodySeen |= reason == null && !isTitle;
        out.add(new Block(span, reason));
      }
      i = end + 1;
    }
    return out;
  }

  /** A line of prose, not a headline: long, or a whole sentence of some length. */
  static boolean paragraph(String line) {
    int words = line.split("\\s+").length;
    return words >= 25 || words >= 12 && line.matches(".*[.!?][\"”’)]?\\s*$");
  }

  /** Why a line is dropped, or null when it is article text. */
  static String reason(String line, boolean isTitle) {
    if (TAIL_COMMENTS.matcher(line).matches()) {
      return "comment-form";
    }
    if (TAIL_TEASERS.matcher(line).matches()) {
      return "teaser-list";
    }
    if (TEASER_LINE.matcher(line).matches()) {
      return "teaser";
    }
    if (SHARE.matcher(line).matches()) {
      return "share-counter";
    }
    if (CAPTION_START.matcher(line).matches() || CREDIT_END.matcher(line).matches() && !isTitle) {
      return "caption";
    }
    if (COPYRIGHT.matcher(line).matches()) {
      return "copyright";
    }
    if (REPOST.matcher(line).matches()) {
      return "repost-notice";
    }
    if (ADVERT.matcher(line).matches()) {
      return "advertising";
    }
    if (META.matcher(line).matches()) {
      return "byline";
    }
    int words = line.split("\\s+").length;
    if (CLOCK.matcher(line).find() && words <= 16 && !SENTENCE_END.matcher(line).matches()) {
      return "byline";
    }
    if (!isTitle && words <= 2 && !SENTENCE_END.matcher(line).matches()) {
      return "navigation";
    }
    return null;
  }
}
