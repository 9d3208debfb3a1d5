package org.armsledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.armsledger.cli.ExportCommand;
import org.armsledger.cli.Main;
import org.armsledger.store.Filter;
import org.armsledger.store.Store;
import org.armsledger.store.StoredClaim;

/**
 * {@code armsledger serve}: the REST API under {@code /api/v1} and the web pages, on Javalin. Reads
 * go straight to the store; writes (uploaded articles) are ingested one request at a time by the
 * same code as {@code armsledger ingest}, the uploads kept as files so that provenance points at
 * them. Every response carries a Content-Security-Policy without inline script or style.
 */
public final class WebApp {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:;"
      + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  /** Largest request body: an upload of a few articles. */
  public static final long MAX_BODY = 20L << 20;

  private final Store store;
  private final String storeSpec;
  private final String token;
  private final Path uploads;
  private final Api api;
  private final Pages pages;
  private final Object writing = new Object();

  /**
   * @param storeSpec the store as {@code --db} names it (ingest opens its own connection to it)
   * @param token the bearer token that allows writes, or null (writes refused)
   * @param uploads where uploaded articles are kept
   */
  public WebApp(Store store, String storeSpec, String token, Path uploads) {
    this.store = store;
    this.storeSpec = storeSpec;
    this.token = token == null || token.isBlank() ? null : token.strip();
    this.uploads = uploads;
    this.api = new Api(store);
    this.pages = new Pages(store, api);
  }

  public Javalin create() {
    Javalin app = Javalin.create(cfg -> {
      cfg.showJavalinBanner = false;
      cfg.http.maxRequestSize = MAX_BODY;
      cfg.staticFiles.enableWebjars();
      cfg.staticFiles.add(sf -> {
        sf.hostedPath = "/assets";
        sf.directory = "/web";
        sf.location = Location.CLASSPATH;
      });
    });
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("X-Frame-Options", "DENY");
    });
    app.exception(Api.ApiError.class, (e, ctx) -> error(ctx, e.status, e.getMessage(), e.detail));
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "bad request", e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> error(ctx, 500, "internal error", e.getClass().getSimpleName() + ": " + e.getMessage()));
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        error(ctx, 404, "not found", "no route " + ctx.method() + " " + ctx.path());
      }
    });
    app.error(413, ctx -> error(ctx, 413, "too large", "the request body is over " + (MAX_BODY >> 20) + " MB"));

    app.get("/favicon.ico", ctx -> ctx.redirect("/assets/favicon.svg"));
    app.get("/healthz", ctx -> ctx.json(Map.of("status", "ok", "store", store.describe())));
    app.get("/api/v1/entries", api::entries);
    app.get("/api/v1/entries/{id}", api::entry);
    app.get("/api/v1/claims", api::claims);
    app.get("/api/v1/claims/{id}", api::claimById);
    app.get("/api/v1/articles/{id}", api::article);
    app.post("/api/v1/articles", this::upload);
    app.get("/api/v1/actors", api::actors);
    app.get("/api/v1/actors/{id}", api::actor);
    app.get("/api/v1/graph", api::graph);
    app.get("/api/v1/timeline", api::timeline);
    app.get("/api/v1/stats", api::stats);
    app.get("/api/v1/search", api::search);
    app.get("/api/v1/changes", api::changes);
    app.get("/api/v1/export", this::export);
    app.get("/api/v1/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.document()));
    app.get("/api/docs", pages::docs);

    app.get("/", pages::ledger);
    app.get("/entries/{id}", pages::entry);
    app.get("/actors/{id}", pages::actor);
    app.get("/network", pages::network);
    app.get("/articles/{id}", pages::article);
    app.get("/search", pages::search);
    app.get("/changes", pages::changes);
    app.get("/upload", pages::upload);
    return app;
  }

  /** Errors: JSON {@code {"error", "detail"}} for the API, a page for people. */
  private static void error(Context ctx, int status, String error, String detail) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/") || ctx.path().equals("/healthz") || !acceptsHtml(ctx)) {
      ctx.json(Map.of("error", error, "detail", detail == null ? "" : detail));
    } else {
      ctx.html(Pages.layout(error, new Html().raw("<h1>").text(status + " " + error).raw("</h1><p>").text(detail).raw("</p>").toString()));
    }
  }

  private static boolean acceptsHtml(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("text/html");
  }

  private void export(Context ctx) throws IOException {
    Api.only(ctx, Api.with(Api.FILTERS, "format"));
    String format = Api.blank(ctx.queryParam("format"));
    if (format == null || !List.of("csv", "jsonl", "graphml", "stix").contains(format)) {
      throw new Api.ApiError(400, "bad format", "format is one of: csv, jsonl, graphml, stix");
    }
    Filter f = api.filter(ctx);
    ctx.contentType(switch (format) {
      case "csv" -> "text/csv; charset=utf-8";
      case "jsonl" -> "application/x-ndjson";
      case "graphml" -> "application/xml";
      default -> "application/json";
    });
    ctx.header("Content-Disposition", "attachment; filename=\"armsledger." + (format.equals("stix") ? "json" : format) + "\"");
    // streamed: the exporters write entries as they are read
    Writer w = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
    ExportCommand.write(format, ExportCommand.source(store, f), w);
    w.flush();
  }

  /** Whether the request carries the configured bearer token (compared in constant time). */
  private boolean authorised(Context ctx) {
    String h = ctx.header("Authorization");
    if (token == null || h == null || !h.startsWith("Bearer ")) {
      return false;
    }
    return MessageDigest.isEqual(h.substring(7).strip().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code POST /api/v1/articles}: files (multipart, any format {@code extract} reads) or JSON
   * records ({@code title}, {@code text}, {@code published}, {@code url}; one object or an array),
   * kept under the uploads folder by content hash and ingested. 201 with the claims found and the
   * entries they touched.
   */
  private void upload(Context ctx) throws Exception {
    if (token == null) {
      throw new Api.ApiError(403, "writes are off", "the server has no token: start it with --token-file or ARMSLEDGER_TOKEN to accept articles");
    }
    if (!authorised(ctx)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new Api.ApiError(401, "unauthorised", "send Authorization: Bearer TOKEN");
    }
    List<Path> files = new ArrayList<>();
    Files.createDirectories(uploads);
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    if (type.startsWith("multipart/")) {
      for (UploadedFile u : ctx.uploadedFiles()) {
        byte[] bytes = u.content().readAllBytes();
        files.add(keep(bytes, safeName(u.filename())));
      }
    } else if (type.startsWith("application/json")) {
      JsonNode body;
      try {
        body = Api.JSON.readTree(ctx.bodyAsBytes());
      } catch (IOException e) {
        throw new Api.ApiError(400, "unreadable JSON", String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
      }
      List<JsonNode> records = new ArrayList<>();
      if (body != null && body.isArray()) {
        body.forEach(records::add);
      } else if (body != null && body.isObject()) {
        records.add(body);
      }
      StringBuilder lines = new StringBuilder();
      for (JsonNode r : records) {
        if (!r.isObject() || !r.path("text").isTextual() || r.path("text").asText().isBlank()) {
          throw new Api.ApiError(400, "bad record", "each record is an object with a non-empty text (and title, published, url)");
        }
        ObjectNode o = Api.JSON.createObjectNode();
        for (String k : List.of("id", "title", "text", "published", "url", "outlet", "author")) {
          if (r.path(k).isTextual()) {
            o.put(k, r.get(k).asText());
          }
        }
        lines.append(o).append('\n');
      }
      files.add(keep(lines.toString().getBytes(StandardCharsets.UTF_8), "records.jsonl"));
    } else {
      throw new Api.ApiError(415, "unsupported content type", "send multipart/form-data files or application/json records");
    }
    if (files.isEmpty()) {
      throw new Api.ApiError(400, "no articles", "the request holds no file or record");
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    synchronized (writing) {
      List<String> args = new ArrayList<>(List.of("ingest", "--db", storeSpec, "--no-progress"));
      files.forEach(p -> args.add(p.toString()));
      code = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    }
    List<String> diagnostics = err.toString().lines().filter(l -> !l.contains(" files read, ") && !l.contains(" now holds ")
        && !l.contains("copies or near-copies")).toList();
    ObjectNode o = Api.JSON.createObjectNode();
    ArrayNode claims = o.putArray("claims");
    Set<String> entries = new LinkedHashSet<>();
    ArrayNode articles = o.putArray("articles");
    int stored = 0;
    for (Path f : files) {
      String prefix = f.toAbsolutePath().normalize().toUri().toString();
      for (String doc : store.documentsWithPrefix(prefix)) {
        stored++;
        articles.addObject().put("id", Store.articleId(doc)).put("key", doc);
        for (StoredClaim c : store.claimsOfDocument(doc)) {
          claims.add(Api.claim(c));
          if (c.entry() != null) {
            entries.add(c.entry());
          }
        }
      }
    }
    ArrayNode es = o.putArray("entries");
    entries.forEach(es::add);
    ArrayNode ds = o.putArray("diagnostics");
    diagnostics.forEach(ds::add);
    if (stored == 0) {
      throw new Api.ApiError(400, "nothing readable", diagnostics.isEmpty() ? "no article could be read" : String.join("; ", diagnostics));
    }
    o.put("exit_code", code);
    ctx.status(201).json(o);
  }

  /** Keeps an upload as a file named by its content hash (so a repeated upload is the same document). */
  private Path keep(byte[] bytes, String name) throws Exception {
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 12);
    Path dir = uploads.resolve(hash);
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    if (!Files.exists(file)) {
      Files.write(file, bytes);
    }
    return file;
  }

  /** A file name safe on disk: the base name, letters, digits, dot, dash and underscore. */
  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
    if (base.isEmpty() || base.startsWith(".")) {
      base = "upload" + base;
    }
    return base.length() > 120 ? base.substring(base.length() - 120) : base;
  }

  /** The accepted values of the upload's formats, for the page. */
  static final Set<String> UPLOAD_FORMATS = new TreeSet<>(List.of(".txt", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".warc", ".warc.gz",
      ".rss", ".atom", ".xml", ".gz"));
}
