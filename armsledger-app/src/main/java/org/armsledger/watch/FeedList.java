package org.armsledger.watch;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The sources a watch follows, one a line: an RSS/Atom feed or a site's section page (an http or
 * https URL), then optionally the outlet's name. Blank lines and lines starting with '#' are
 * skipped. A bad line is reported (file, line number and what is wrong) and the others are kept.
 */
public final class FeedList {
  /** One source: its URL and the outlet name to give its articles (null: from the pages). */
  public record Source(String url, String outlet) {}

  private FeedList() {}

  public record Parsed(List<Source> sources, List<String> errors) {}

  public static Parsed read(Path file) throws IOException {
    return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
  }

  public static Parsed parse(String name, String text) {
    Map<String, Source> sources = new LinkedHashMap<>();
    List<String> errors = new ArrayList<>();
    String[] lines = text.split("\r?\n|\r");
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      String url = parts[0];
      String problem = check(url);
      if (problem != null) {
        errors.add(name + ":" + (n + 1) + ": " + problem + " (" + org.armsledger.text.Printable.line(url) + "); line skipped");
        continue;
      }
      String outlet = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
      sources.putIfAbsent(url, new Source(url, outlet));
    }
    return new Parsed(List.copyOf(sources.values()), errors);
  }

  /** What is wrong with a source URL, or null. */
  static String check(String url) {
    try {
      URI u = new URI(url);
      String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https")) {
        return "not an http(s) URL";
      }
      if (u.getHost() == null || u.getHost().isBlank()) {
        return "URL without a host";
      }
      return null;
    } catch (URISyntaxException e) {
      return "not a URL: " + e.getReason();
    }
  }
}
