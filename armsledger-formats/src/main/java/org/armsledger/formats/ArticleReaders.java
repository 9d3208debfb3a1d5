package org.armsledger.formats;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Diagnostic;
import org.armsledger.ingest.Origin;
import org.armsledger.ingest.ReadResult;
import org.armsledger.ingest.TextArticleReader;

/**
 * Reads any input file armsledger knows (text, HTML, JSON Lines, JSON, WARC, RSS/Atom; gzipped or
 * not), choosing the reader by content sniffing and file name, and hands each record to a sink in
 * input order: an {@link Article} with its genre and language decided, or a {@link Diagnostic}.
 * Never throws for bad content. Stateless apart from its options; thread-safe.
 */
public final class ArticleReaders {
  /** Options for reading. */
  public record Options(long maxBytes, boolean keepNonEnglish) {
    public static final Options DEFAULT = new Options(TextArticleReader.DEFAULT_MAX_BYTES, false);
  }

  /** What one file gave: its format and how many records of it were read. */
  public record FileSummary(String file, Format format, int articles, int diagnostics) {}

  private final Options options;
  private final TextArticleReader text;

  public ArticleReaders(Options options) {
    this.options = options;
    this.text = new TextArticleReader(options.maxBytes());
  }

  /** Whether a file name has an extension armsledger reads (folders are filtered by it). */
  public static boolean known(Path file) {
    return Format.byName(file.getFileName().toString()) != null;
  }

  /** The id part of a file's name: without a trailing .gz and its last extension. */
  public static String fileId(Path file) {
    String name = file.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
    }
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** An article id for a page fetched from {@code url}: its last path segment without extension, else its host. */
  public static String urlId(String url) {
    try {
      java.net.URI u = java.net.URI.create(url);
      String path = u.getPath() == null ? "" : u.getPath().replaceAll("/+$", "");
      String last = path.substring(path.lastIndexOf('/') + 1);
      int dot = last.lastIndexOf('.');
      last = dot > 0 ? last.substring(0, dot) : last;
      return last.isBlank() ? String.valueOf(u.getHost()) : last;
    } catch (IllegalArgumentException e) {
      return "page";
    }
  }

  /** Reads every record of {@code file} into {@code sink}. */
  public FileSummary read(Path file, Sink sink) {
    String loc = file.toString();
    String key = fileKey(file);
    int[] counts = new int[2];
    Sink counting = finishing(key, counts, sink);
    Format format = null;
    try {
      if (!Files.isReadable(file)) {
        counting.accept(ReadResult.skip("unreadable", loc, "file cannot be read (permissions?)"));
        return new FileSummary(loc, null, counts[0], counts[1]);
      }
      byte[] head = head(file);
      format = detect(file, head);
      String id = fileId(file);
      boolean gz = Format.gzip(head);
      switch (format) {
        case WARC -> WarcArticles.read(file, id, options.maxBytes(), counting);
        case JSONL -> {
          try (InputStream in = open(file, gz)) {
            JsonLinesReader.readLines(loc, id, in, options.maxBytes(), counting);
          }
        }
        case JSON -> {
          try (InputStream in = open(file, gz)) {
            JsonLinesReader.readJson(loc, id, in, options.maxBytes(), counting);
          }
        }
        case HTML, FEED, TXT -> {
          byte[] bytes = whole(file, gz, counting);
          if (bytes != null) {
            single(format, file, id, bytes, counting);
          }
        }
      }
    } catch (java.io.EOFException | java.util.zip.ZipException e) {
      counting.accept(ReadResult.skip("truncated", loc, "compressed file ends early or is corrupt (" + e.getMessage() + ")"));
    } catch (IOException e) {
      counting.accept(ReadResult.skip("unreadable", loc, "cannot read: " + e.getMessage()));
    }
    return new FileSummary(loc, format, counts[0], counts[1]);
  }

  private void single(Format format, Path file, String id, byte[] bytes, Sink sink) {
    String loc = file.toString();
    if (bytes.length == 0) {
      sink.accept(ReadResult.skip("empty", loc, "file is empty"));
      return;
    }
    switch (format) {
      case TXT -> sink.accept(text.read(id, loc, bytes));
      case FEED -> FeedArticles.read(loc, id, bytes, sink);
      default -> {
        if (binary(bytes)) {
          sink.accept(ReadResult.skip("binary", loc, "file is binary, not HTML"));
          return;
        }
        Decoding.Decoded d = Decoding.decode(bytes, null, true);
        ReadResult r = HtmlArticles.read(id, Origin.file(loc, "html"), d.text(), null);
        if (r.article() != null) {
          Article.Builder b = r.article().toBuilder().field("charset", d.charset());
          if (d.overridden()) {
            b.field("charset_declared", d.declared());
          }
          r = ReadResult.of(b.build());
        }
        sink.accept(r);
      }
    }
  }

  /**
   * The key of a file: its absolute {@code file:} URI, which names it uniquely and stably whatever
   * folder the command ran from (and keeps bytes of a name that are not valid UTF-8, percent-encoded).
   * An article's key is its file's key with the record's {@link org.armsledger.ingest.Origin#position()}.
   */
  public static String fileKey(Path file) {
    return file.toAbsolutePath().normalize().toUri().toString();
  }

  /** A sink that finishes each article ({@link #finish}) before {@code sink}, counting articles and diagnostics in {@code counts}. */
  private Sink finishing(String key, int[] counts, Sink sink) {
    return r -> {
      ReadResult f = r.article() != null ? finish(r.article(), key) : r;
      counts[f.article() != null ? 0 : 1]++;
      sink.accept(f);
    };
  }

  /** Decides language and genre and sets the source key; a non-English article becomes a notice. */
  ReadResult finish(Article a, String fileKey) {
    String body = a.title() != null ? a.text().substring(a.title().end()) : a.text();
    String guessed = LanguageGuess.of(body);
    String declared = a.fields().get("declared_language");
    String declaredCode = declared == null ? null : declared.toLowerCase(Locale.ROOT).split("[-_]")[0];
    String language = guessed != null ? guessed : declaredCode;
    if (language != null && !language.equals("en") && !options.keepNonEnglish()) {
      String why = guessed != null ? "text reads as " + guessed + (declared != null ? " (declared " + declared + ")" : "") : "declared " + declared + ", text too short to tell";
      return ReadResult.skip(new Diagnostic("not-english", a.location(), "article " + a.id() + " is not in English: " + why, Diagnostic.Severity.NOTICE));
    }
    GenreRules.Decision g = GenreRules.classify(a);
    return ReadResult.of(a.toBuilder().key(fileKey + a.origin().position()).language(language).genre(g.genre())
        .field("genre_reason", g.reason()).build());
  }

  private Format detect(Path file, byte[] head) throws IOException {
    byte[] content = head;
    if (Format.gzip(head)) {
      content = gunzipHead(file);
      if (Format.strong(content) == Format.WARC) {
        return Format.WARC; // jwarc reads per-record gzip itself
      }
    }
    return detect(file.getFileName().toString(), content);
  }

  private static Format detect(String name, byte[] content) {
    Format strong = Format.strong(content);
    if (strong != null) {
      return strong;
    }
    Format named = Format.byName(name);
    return named != null ? named : Format.weak(content);
  }

  /**
   * Whether a file of this name starting with these bytes (its first 4,096 or all) is read as
   * uncompressed JSON Lines: such a file can be read in parts, each the lines that start in a byte
   * range ({@link #readLines}).
   */
  public static boolean plainJsonLines(String name, byte[] head) {
    return !Format.gzip(head) && detect(name, head) == Format.JSONL;
  }

  /**
   * Reads the JSON Lines records of {@code lines}, a part of a file that starts after
   * {@code linesBefore} of its lines: the same articles and diagnostics as {@link #read} gives for
   * those lines of the whole file, named by {@code location} and keyed by {@code key} (a file's
   * {@link #fileKey}, or the URI of a file on another file system).
   */
  public FileSummary readLines(String location, String key, String name, InputStream lines, long linesBefore, Sink sink) {
    int[] counts = new int[2];
    Sink counting = finishing(key, counts, sink);
    JsonLinesReader.readLines(location, fileId(Path.of(name)), lines, options.maxBytes(), counting, linesBefore);
    return new FileSummary(location, Format.JSONL, counts[0], counts[1]);
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(4096);
    }
  }

  private static byte[] gunzipHead(Path file) {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readNBytes(4096);
    } catch (IOException e) {
      return new byte[0]; // reading proper will report it
    }
  }

  private static InputStream open(Path file, boolean gz) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    return gz ? new GZIPInputStream(in, 1 << 16) : in;
  }

  /** The whole (decompressed) file, or null after a diagnostic when it is over the limit. */
  private byte[] whole(Path file, boolean gz, Sink sink) throws IOException {
    long max = options.maxBytes();
    if (!gz && Files.size(file) > max) {
      sink.accept(ReadResult.skip("too-large", file.toString(), "file is " + Files.size(file) + " bytes, over the limit of " + max + " (--max-bytes)"));
      return null;
    }
    try (InputStream in = open(file, gz)) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, max + 1));
      if (b.length > max) {
        sink.accept(ReadResult.skip("too-large", file.toString(), "file is over the limit of " + max + " bytes" + (gz ? " uncompressed" : "") + " (--max-bytes)"));
        return null;
      }
      return b;
    }
  }

  private static boolean binary(byte[] b) {
    if (b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
      return false; // UTF-16 with its byte order mark: NUL bytes are expected
    }
    int n = Math.min(b.length, 8192);
    int bad = 0;
    for (int i = 0; i < n; i++) {
      if (b[i] == 0) {
        return true;
      }
      if (b[i] >= 0 && b[i] < 0x20 && b[i] != '\n' && b[i] != '\r' && b[i] != '\t' && b[i] != '\f') {
        bad++;
      }
    }
    return bad > Math.max(8, n / 50);
  }
}
