package org.armsledger.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.armsledger.ledger.Entry;
import org.armsledger.store.Filter;
import org.armsledger.store.Store;
import org.armsledger.store.StoredClaim;

/**
 * The web pages, rendered on the server: every value from articles passes {@link Html#esc}, links
 * to article URLs only when http(s), and chart data reaches the page's own script as JSON in a
 * non-executed script element.
 */
final class Pages {
  static final String ECHARTS = "/webjars/echarts/5.3.1/dist/echarts.min.js";
  private static final List<String> FACET_ORDER = List.of("supplier", "recipient", "relation", "category", "status", "disputed", "supply_year");

  private final Store store;
  private final Api api;

  Pages(Store store, Api api) {
    this.store = store;
    this.api = api;
  }

  static String layout(String title, String body, String... scripts) {
    Html h = new Html();
    h.raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
    h.raw("<title>").text(title).raw(" · armsledger</title><link rel=\"stylesheet\" href=\"/assets/app.css\"><link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">");
    for (String s : scripts) {
      h.raw("<script src=\"").text(s).raw("\" defer></script>");
    }
    h.raw("<script src=\"/assets/app.js\" defer></script></head><body>");
    h.raw("<header><a class=\"brand\" href=\"/\">armsledger</a><nav><a href=\"/\">Ledger</a><a href=\"/network\">Network</a>"
        + "<a href=\"/changes\">Changes</a><a href=\"/search\">Search</a><a href=\"/upload\">Upload</a><a href=\"/api/docs\">API</a></nav>"
        + "<form action=\"/search\" method=\"get\" class=\"quick\"><input name=\"q\" placeholder=\"Search actors, systems, sentences\" aria-label=\"search\"></form></header>");
    h.raw("<main>").raw(body).raw("</main></body></html>");
    return h.toString();
  }

  /** The query string of the request's filters with one parameter set (null removes it) and paging reset. */
  private static String with(Context ctx, String key, String value) {
    Map<String, String> q = new LinkedHashMap<>();
    ctx.queryParamMap().forEach((k, v) -> {
      if (!v.isEmpty() && !v.get(0).isBlank() && !k.equals("offset")) {
        q.put(k, v.get(0));
      }
    });
    if (value == null) {
      q.remove(key);
    } else {
      q.put(key, value);
    }
    StringBuilder sb = new StringBuilder("?");
    q.forEach((k, v) -> sb.append(sb.length() > 1 ? "&" : "").append(Html.url(k)).append('=').append(Html.url(v)));
    return sb.length() == 1 ? "?" : sb.toString();
  }

  private static String status(String s) {
    return "<span class=\"status status-" + Html.esc(s) + "\">" + Html.esc(s) + "</span>";
  }

  // ---------------------------------------------------------------- the ledger

  void ledger(Context ctx) {
    Api.only(ctx, Api.with(Api.with(Api.FILTERS, "sort", "order"), Api.PAGING.toArray(String[]::new)));
    Filter f = api.filter(ctx);
    int limit = Api.intParam(ctx, "limit", 50, 1, Api.MAX_LIMIT);
    int offset = Api.intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    String sort = Optional.ofNullable(Api.blank(ctx.queryParam("sort"))).orElse("last_reported");
    boolean desc = !"asc".equals(ctx.queryParam("order"));
    if (!Store.ENTRY_SORTS.containsKey(sort)) {
      throw new Api.ApiError(400, "bad sort", "sort is one of: " + String.join(", ", Store.ENTRY_SORTS.keySet()));
    }
    long total = store.countEntries(f);
    List<Entry> entries = store.entries(f, sort, desc, limit, offset);
    Html h = new Html();
    h.raw("<h1>Ledger</h1><div class=\"ledger\"><aside class=\"facets\">");
    h.raw("<form method=\"get\" action=\"/\" class=\"filters\">");
    for (String[] field : new String[][] {{"supplier", "Supplier"}, {"recipient", "Recipient"}, {"designation", "System"}, {"since", "Supply since"},
        {"until", "Supply until"}, {"reported_since", "Reported since"}, {"reported_until", "Reported until"}}) {
      h.raw("<label>").text(field[1]).raw(" <input name=\"").raw(field[0]).raw("\" value=\"").text(Optional.ofNullable(ctx.queryParam(field[0])).orElse(""))
          .raw("\"></label>");
    }
    for (String keep : List.of("relation", "category", "status", "disputed", "sort", "order")) {
      String v = ctx.queryParam(keep);
      if (v != null && !v.isBlank()) {
        h.raw("<input type=\"hidden\" name=\"").raw(keep).raw("\" value=\"").text(v).raw("\">");
      }
    }
    h.raw("<button type=\"submit\">Filter</button> <a href=\"/\">clear</a></form>");
    for (String facet : FACET_ORDER) {
      List<Store.FacetValue> values = store.facet(f, facet, 12);
      String param = facet.equals("supply_year") ? "since" : facet;
      h.raw("<section class=\"facet\" data-facet=\"").raw(facet).raw("\"><h3>").text(facet.replace('_', ' ')).raw("</h3><ul>");
      for (Store.FacetValue v : values) {
        if (v.value() == null) {
          continue;
        }
        String label = facet.equals("disputed") ? ("1".equals(v.value()) ? "disputed" : "undisputed") : v.label();
        String value = facet.equals("disputed") ? ("1".equals(v.value()) ? "true" : "false") : v.value();
        String link = facet.equals("supply_year") ? with(ctx, "since", value) + "&until=" + Html.url(value) : with(ctx, param, value);
        boolean on = value.equals(ctx.queryParam(param));
        h.raw("<li").raw(on ? " class=\"on\"" : "").raw("><a href=\"/").raw(Html.esc(on ? with(ctx, param, null) : link)).raw("\">").text(label)
            .raw("</a> <span class=\"count\">").text(v.count()).raw("</span></li>");
      }
      h.raw("</ul></section>");
    }
    h.raw("</aside><section class=\"entries\">");
    h.raw("<p class=\"summary\"><span id=\"total\">").text(total).raw("</span> entries");
    h.raw(" · export: ");
    for (String fmt : List.of("csv", "jsonl", "graphml", "stix")) {
      h.raw("<a href=\"/api/v1/export").raw(Html.esc(exportQuery(ctx, fmt))).raw("\">").text(fmt).raw("</a> ");
    }
    h.raw("</p><table id=\"entries\"><thead><tr>");
    for (String[] col : new String[][] {{"supplier", "Supplier"}, {"recipient", "Recipient"}, {null, "Systems"}, {null, "Relation"},
        {"status", "Status"}, {"claims", "Claims"}, {"origins", "Origins"}, {"supply_start", "Supply"}, {"last_reported", "Last reported"}}) {
      if (col[0] == null) {
        h.raw("<th>").text(col[1]).raw("</th>");
      } else {
        boolean current = col[0].equals(sort);
        String link = with(ctx, "sort", col[0]) + "&order=" + (current && desc ? "asc" : "desc");
        h.raw("<th><a href=\"/").raw(Html.esc(link)).raw("\">").text(col[1]).raw(current ? (desc ? " ▾" : " ▴") : "").raw("</a></th>");
      }
    }
    h.raw("</tr></thead><tbody>");
    for (Entry e : entries) {
      h.raw("<tr><td><a href=\"/actors/").raw(Html.url(e.supplierId())).raw("\">").text(e.supplierName()).raw("</a></td>");
      h.raw("<td><a href=\"/actors/").raw(Html.url(e.recipientId())).raw("\">").text(e.recipientName()).raw("</a></td>");
      h.raw("<td><a class=\"entry-link\" href=\"/entries/").raw(Html.url(e.id())).raw("\">").text(e.itemLabel()).raw("</a>")
          .raw(e.lines().size() > 1 ? " <span class=\"count\">" + e.lines().size() + " lines</span>" : "").raw("</td>");
      h.raw("<td>").text(e.relation()).raw("</td><td>").raw(status(e.status())).raw(e.disputed() ? " <span class=\"disputed\">disputed</span>" : "")
          .raw("</td><td>").text(e.claims()).raw("</td><td>").text(e.origins()).raw("</td><td>").text(span(e.eventStart(), e.eventEnd()))
          .raw("</td><td>").text(e.lastReported() == null ? "" : e.lastReported()).raw("</td></tr>");
    }
    h.raw("</tbody></table><p class=\"paging\">");
    if (offset > 0) {
      h.raw("<a href=\"/").raw(Html.esc(with(ctx, "offset", String.valueOf(Math.max(0, offset - limit))))).raw("\">previous</a> ");
    }
    h.text("entries " + (total == 0 ? 0 : offset + 1) + "-" + Math.min(total, offset + (long) limit) + " of " + total);
    if (offset + limit < total) {
      h.raw(" <a href=\"/").raw(Html.esc(with(ctx, "offset", String.valueOf(offset + limit)))).raw("\">next</a>");
    }
    h.raw("</p></section></div>");
    ctx.html(layout("Ledger", h.toString()));
  }

  private static String exportQuery(Context ctx, String format) {
    StringBuilder sb = new StringBuilder("?format=").append(format);
    for (String k : Api.FILTERS) {
      String v = ctx.queryParam(k);
      if (v != null && !v.isBlank()) {
        sb.append('&').append(k).append('=').append(Html.url(v));
      }
    }
    return sb.toString();
  }

  private static String span(String from, String to) {
    if (from == null) {
      return "";
    }
    return to == null || to.equals(from) ? from : from + " – " + to;
  }

  // ---------------------------------------------------------------- an entry

  void entry(Context ctx) {
    ObjectNode note = Api.JSON.createObjectNode();
    Entry e = api.entry(ctx.pathParam("id"), note).orElseThrow(() -> new Api.ApiError(404, "no such entry", "no entry has id " + ctx.pathParam("id")));
    Map<String, ObjectNode> claims = new TreeMap<>();
    for (StoredClaim c : store.claimsOfEntry(e.id())) {
      claims.put(c.id(), Api.claim(c));
    }
    Html h = new Html();
    if (note.has("redirected_from")) {
      h.raw("<p class=\"notice\">").text("Entry " + note.get("redirected_from").asText() + " is now " + e.id() + ": "
          + note.get("redirect_reason").asText()).raw("</p>");
    }
    h.raw("<h1>").text(e.supplierName() + " → " + e.recipientName() + ": " + e.itemLabel()).raw("</h1>");
    h.raw("<p class=\"meta\">").text(e.id() + " · " + e.relation() + " · " + e.kind().replace('_', ' ') + " · ").raw(status(e.status()))
        .text(" · " + e.claims() + " claims in " + e.documents() + " articles, " + e.outlets() + " outlets, " + e.origins() + " independent origins")
        .raw("</p><p class=\"meta\">").text("supply: " + Optional.ofNullable(span(e.eventStart(), e.eventEnd())).filter(s -> !s.isEmpty()).orElse("undated")
            + " · reported: " + span(e.firstReported(), e.lastReported())).raw("</p>");
    if (e.disputed()) {
      h.raw("<section class=\"contradictions\"><h2>Contradictions</h2><ul>");
      e.contradictions().forEach(c -> h.raw("<li><strong>").text(c.kind()).raw("</strong>: ").text(c.description()).raw("</li>"));
      h.raw("</ul></section>");
    }
    ArrayNode points = Api.JSON.createArrayNode();
    for (Entry.Member m : e.members()) {
      if (m.date() != null) {
        points.addObject().put("date", m.date()).put("status", m.status()).put("claim", m.claim());
      }
    }
    h.raw("<h2>History</h2><div class=\"chart\" id=\"history-chart\" data-chart=\"history\"></div>");
    h.raw("<script type=\"application/json\" id=\"history-data\">").raw(Html.json(points.toString())).raw("</script><ol class=\"history\">");
    e.history().forEach(s -> h.raw("<li>").raw(status(s.status())).text(" " + Optional.ofNullable(span(s.from(), s.to())).orElse("") + " (" + s.claims().size()
        + " claims)").raw("</li>"));
    h.raw("</ol><h2>Lines (systems)</h2><table id=\"lines\"><thead><tr><th>System</th><th>Category</th><th>Status</th><th>Ordered</th>"
        + "<th>Delivered</th><th>Order</th><th>Delivery</th><th>Claims</th><th>Origins</th></tr></thead><tbody>");
    for (Entry.Line l : e.lines()) {
      h.raw("<tr><td>").text(l.label()).raw("</td><td>").text(l.category()).raw("</td><td>").raw(status(l.status())).raw("</td><td>")
          .text(num(l.orderedQuantity())).raw("</td><td>").text(num(l.deliveredQuantity())).raw("</td><td>").text(l.orderYear() == null ? "" : l.orderYear())
          .raw("</td><td>").text(String.join(", ", l.deliveryYears())).raw("</td><td>").text(l.claimCount()).raw("</td><td>").text(l.origins())
          .raw("</td></tr>");
    }
    h.raw("</tbody></table><h2>Sources</h2><ul class=\"sources\">");
    e.sources().forEach(s -> h.raw("<li>").text(s.name() + " (" + s.kind() + "): " + s.claims() + " claims").raw("</li>"));
    h.raw("</ul>");
    if (!e.outletNames().isEmpty()) {
      h.raw("<p>Outlets: ").text(String.join(", ", e.outletNames())).raw("</p>");
    }
    h.raw("<h2>Claims</h2><p class=\"legend\">Marked in each sentence: <mark class=\"supplier\">supplier</mark> <mark class=\"cue\">what it says happened</mark>"
        + " <mark class=\"item\">item</mark> <mark class=\"recipient\">recipient</mark></p><ol class=\"claims\">");
    for (Entry.Member m : e.members()) {
      ObjectNode c = claims.get(m.claim());
      h.raw("<li class=\"claim\" id=\"").text(m.claim()).raw("\"><p class=\"meta\">").text((m.date() == null ? "undated" : m.date()) + " · ")
          .raw(status(m.status())).text(" · " + m.claim()).raw("</p>");
      if (c != null) {
        h.raw("<blockquote class=\"evidence\">").raw(highlight(c)).raw("</blockquote><p class=\"meta\">source: ").text(source(c.path("source")));
        String outlet = c.path("provenance").path("outlet").asText("");
        if (!outlet.isEmpty()) {
          h.text(" · " + outlet);
        }
        h.raw(" · <a href=\"/articles/").raw(Html.url(c.path("article_id").asText())).raw("#").raw(Html.url(m.claim())).raw("\">article</a>");
        String href = Html.href(c.path("provenance").path("uri").asText(null));
        if (href != null) {
          h.raw(" · <a rel=\"noopener noreferrer nofollow\" href=\"").raw(href).raw("\">original</a>");
        }
        h.raw("</p>");
      }
      h.raw("<p class=\"reason\">").text("merged: " + m.reason()).raw("</p></li>");
    }
    h.raw("</ol>");
    ctx.html(layout(e.supplierName() + " → " + e.recipientName(), h.toString(), ECHARTS));
  }

  private static String num(Double d) {
    return d == null ? "" : String.valueOf(d.longValue());
  }

  static String source(JsonNode s) {
    if (s == null || s.isMissingNode() || s.isNull()) {
      return "the author";
    }
    if (!s.path("name").isTextual() || s.path("name").asText().isBlank()) {
      return "author".equals(s.path("kind").asText()) ? "the article's author" : "unnamed (" + s.path("kind").asText("?") + ")";
    }
    return s.path("name").asText() + " (" + s.path("kind").asText("?") + ")";
  }

  /**
   * The evidence sentence, escaped, with the cue (the supply word, by its offsets) and the
   * supplier, recipient and item words marked where they occur in it.
   */
  static String highlight(JsonNode c) {
    String sentence = c.path("evidence").path("text").asText("");
    String[] cls = {"supplier", "recipient", "item", "cue"};
    List<int[]> marks = new ArrayList<>();
    JsonNode cue = c.path("cue");
    if (cue.isObject()) {
      int at = cue.path("start").asInt(-1) - c.path("evidence").path("start").asInt(0);
      int to = at + cue.path("text").asText("").length();
      if (at >= 0 && to > at && to <= sentence.length() && sentence.substring(at, to).equals(cue.path("text").asText())) {
        marks.add(new int[] {at, to, 3});
      }
    }
    String[] parts = {c.path("supplier").path("text").asText(""), c.path("recipient").path("text").asText(""), c.path("item").path("text").asText("")};
    for (int k = 0; k < parts.length; k++) {
      String p = parts[k];
      if (p.isEmpty()) {
        continue;
      }
      // the first occurrence that overlaps no mark already made
      for (int at = sentence.indexOf(p); at >= 0; at = sentence.indexOf(p, at + 1)) {
        int from = at;
        if (marks.stream().noneMatch(m -> from < m[1] && from + p.length() > m[0])) {
          marks.add(new int[] {at, at + p.length(), k});
          break;
        }
      }
    }
    marks.sort((a, b) -> a[0] - b[0]);
    StringBuilder sb = new StringBuilder();
    int pos = 0;
    for (int[] m : marks) {
      sb.append(Html.esc(sentence.substring(pos, m[0]))).append("<mark class=\"").append(cls[m[2]]).append("\">")
          .append(Html.esc(sentence.substring(m[0], m[1]))).append("</mark>");
      pos = m[1];
    }
    return sb.append(Html.esc(sentence.substring(pos))).toString();
  }

  // ---------------------------------------------------------------- an actor, the network

  void actor(Context ctx) {
    String id = store.resolveActor(ctx.pathParam("id"));
    ObjectNode a = api.actor(id);
    Html h = new Html();
    h.raw("<h1>").text(a.get("name").asText()).raw("</h1><p class=\"meta\">").text(a.get("id").asText() + " · " + a.get("kind").asText()).raw("</p>");
    ObjectNode chart = Api.JSON.createObjectNode();
    chart.set("supplier", a.get("as_supplier").get("by_year"));
    chart.set("recipient", a.get("as_recipient").get("by_year"));
    h.raw("<div class=\"chart\" id=\"actor-chart\" data-chart=\"actor\"></div><script type=\"application/json\" id=\"actor-data\">")
        .raw(Html.json(chart.toString())).raw("</script>");
    for (String side : List.of("supplier", "recipient")) {
      JsonNode s = a.get("as_" + side);
      h.raw("<section class=\"side\"><h2>").text((side.equals("supplier") ? "Supplies" : "Receives") + " (" + s.get("total").asInt() + " entries)")
          .raw("</h2><p>Partners: ");
      int n = 0;
      for (JsonNode p : s.get("partners")) {
        if (n++ == 20) {
          break;
        }
        h.raw("<a href=\"/actors/").raw(Html.url(p.get("id").asText())).raw("\">").text(p.get("name").asText()).raw("</a> (").text(p.get("entries").asInt())
            .raw(") ");
      }
      h.raw("</p><table><thead><tr><th>Entry</th><th>Partner</th><th>Systems</th><th>Relation</th><th>Status</th><th>Supply</th></tr></thead><tbody>");
      for (JsonNode e : s.get("entries")) {
        h.raw("<tr><td><a href=\"/entries/").raw(Html.url(e.get("id").asText())).raw("\">").text(e.get("id").asText()).raw("</a></td><td>")
            .text(side.equals("supplier") ? e.get("recipient").asText() : e.get("supplier").asText()).raw("</td><td>").text(e.get("item").asText())
            .raw("</td><td>").text(e.get("relation").asText()).raw("</td><td>").raw(status(e.get("status").asText())).raw("</td><td>")
            .text(e.path("supply_start").asText("")).raw("</td></tr>");
      }
      h.raw("</tbody></table></section>");
    }
    ctx.html(layout(a.get("name").asText(), h.toString(), ECHARTS));
  }

  void network(Context ctx) {
    Api.only(ctx, Api.with(Api.FILTERS, "limit"));
    Filter f = api.filter(ctx);
    ObjectNode g = api.graph(f, Api.intParam(ctx, "limit", 300, 1, 5000));
    Html h = new Html();
    h.raw("<h1>Who arms whom</h1><p class=\"meta\">").text(g.get("edges").size() + " of " + g.get("total_edges").asInt()
        + " entries (most independent origins first); edge width: independent origins; colour: status. Click an edge for its entry.").raw("</p>");
    h.raw("<form method=\"get\" action=\"/network\" class=\"filters inline\">");
    for (String field : List.of("supplier", "recipient", "category", "since", "until")) {
      h.raw("<label>").text(field).raw(" <input name=\"").raw(field).raw("\" value=\"").text(Optional.ofNullable(ctx.queryParam(field)).orElse(""))
          .raw("\"></label> ");
    }
    h.raw("<button type=\"submit\">Show</button></form>");
    h.raw("<div class=\"chart big\" id=\"network-chart\" data-chart=\"network\"></div><script type=\"application/json\" id=\"network-data\">")
        .raw(Html.json(g.toString())).raw("</script>");
    ctx.html(layout("Network", h.toString(), ECHARTS));
  }

  // ---------------------------------------------------------------- an article, search, upload, API docs

  void article(Context ctx) {
    String doc = api.articleDoc(ctx.pathParam("id")).orElseThrow(() -> new Api.ApiError(404, "no such article", "no stored article has id "
        + ctx.pathParam("id")));
    ObjectNode a = api.article(doc);
    String text = a.get("text").asText();
    Html h = new Html();
    h.raw("<h1>").text(a.path("title").asText("(untitled)")).raw("</h1><p class=\"meta\">")
        .text(String.join(" · ", a.path("outlet").asText("?"), a.path("published").asText("undated"), a.path("genre").asText("")));
    String href = Html.href(a.path("uri").asText(null));
    if (href != null) {
      h.raw(" · <a rel=\"noopener noreferrer nofollow\" href=\"").raw(href).raw("\">original</a>");
    }
    h.raw("</p><p class=\"meta\">").text(doc).raw("</p><article class=\"text\">");
    // claim spans, in order; overlapping ones after the first are left out of the marking
    List<JsonNode> spans = new ArrayList<>();
    a.get("claims").forEach(spans::add);
    spans.sort((x, y) -> x.get("start").asInt() != y.get("start").asInt() ? x.get("start").asInt() - y.get("start").asInt()
        : x.get("claim").asText().compareTo(y.get("claim").asText()));
    int pos = 0;
    StringBuilder body = new StringBuilder();
    for (JsonNode s : spans) {
      int st = s.get("start").asInt();
      int en = s.get("end").asInt();
      if (st < pos || en > text.length() || st >= en) {
        continue;
      }
      body.append(paragraphs(text.substring(pos, st))).append("<mark class=\"evidence\" id=\"").append(Html.esc(s.get("claim").asText()))
          .append("\" title=\"").append(Html.esc(s.get("supplier").asText() + " → " + s.get("recipient").asText() + ": " + s.get("item").asText()
              + " (" + s.get("status").asText() + ")")).append("\">").append(paragraphs(text.substring(st, en))).append("</mark>");
      pos = en;
    }
    body.append(paragraphs(text.substring(pos)));
    h.raw("<p>").raw(body.toString()).raw("</p></article><h2>Claims</h2><ol class=\"claims\">");
    for (JsonNode s : spans) {
      h.raw("<li><a href=\"#").raw(Html.url(s.get("claim").asText())).raw("\">").text(s.get("supplier").asText() + " → " + s.get("recipient").asText()
          + ": " + s.get("item").asText()).raw("</a> ").raw(status(s.get("status").asText()));
      if (!s.path("entry").isNull() && s.has("entry")) {
        h.raw(" · <a href=\"/entries/").raw(Html.url(s.get("entry").asText())).raw("\">entry</a>");
      }
      h.raw("</li>");
    }
    h.raw("</ol>");
    ctx.html(layout(a.path("title").asText("Article"), h.toString()));
  }

  /** Text escaped, blank lines as paragraph breaks. */
  private static String paragraphs(String t) {
    return Html.esc(t).replace("\n\n", "</p><p>").replace("\n", "<br>");
  }

  void search(Context ctx) {
    Api.only(ctx, List.of("q"));
    String q = Api.blank(ctx.queryParam("q"));
    Html h = new Html();
    h.raw("<h1>Search</h1><form method=\"get\" action=\"/search\"><input name=\"q\" value=\"").text(q == null ? "" : q)
        .raw("\" aria-label=\"words\"> <button type=\"submit\">Search</button></form>");
    if (q != null) {
      ObjectNode r = api.search(q, 50);
      h.raw("<h2>Actors</h2><ul id=\"actor-hits\">");
      r.get("actors").forEach(a -> h.raw("<li><a href=\"/actors/").raw(Html.url(a.get("id").asText())).raw("\">").text(a.get("name").asText())
          .raw("</a></li>"));
      h.raw("</ul><h2>Systems</h2><ul id=\"designation-hits\">");
      r.get("designations").forEach(d -> h.raw("<li><a href=\"/?designation=").raw(Html.url(d.get("designation").asText())).raw("\">")
          .text(d.get("designation").asText()).raw("</a> (").text(d.get("entries").asInt()).raw(" entries)</li>"));
      h.raw("</ul><h2>Sentences</h2><ol id=\"sentence-hits\">");
      r.get("sentences").forEach(s -> h.raw("<li>").text(s.get("sentence").asText()).raw(" <a href=\"/articles/")
          .raw(Html.url(s.get("article_id").asText())).raw("#").raw(Html.url(s.get("claim").asText())).raw("\">article</a>")
          .raw(s.path("entry").isTextual() ? " · <a href=\"/entries/" + Html.url(s.get("entry").asText()) + "\">entry</a>" : "").raw("</li>"));
      h.raw("</ol>");
    }
    ctx.html(layout("Search", h.toString()));
  }

  /** What rounds of {@code armsledger watch} found changed in the ledger, latest first. */
  void changes(Context ctx) {
    Api.only(ctx, List.of("since"));
    String since = Api.blank(ctx.queryParam("since"));
    long total = store.countChanges(since);
    Html h = new Html();
    h.raw("<h1>Changes</h1><p class=\"meta\">").text(total == 0 ? "No changes recorded" + (since == null ? "" : " since " + since)
        + ": armsledger watch records the ledger's changes each round." : total + " changes" + (since == null ? "" : " since " + since)
        + ", latest first (as JSON: /api/v1/changes).").raw("</p><ol class=\"changes\" id=\"changes\">");
    for (Store.Change ch : store.latestChanges(since, 500)) {
      JsonNode a;
      try {
        a = Api.JSON.readTree(ch.json());
      } catch (java.io.IOException e) {
        continue;
      }
      JsonNode e = a.path("entry");
      h.raw("<li class=\"change ").text(ch.kind()).raw("\"><p class=\"meta\">").text(a.path("at").asText().replace('T', ' ').replaceFirst("\\..*|Z$", "") + " · " + ch.kind())
          .raw("</p><p><a href=\"/entries/").raw(Html.url(ch.entry())).raw("\">").text(e.path("supplier_name").asText() + " → "
              + e.path("recipient_name").asText() + ": " + e.path("item").asText()).raw("</a> ").raw(status(e.path("status").asText())).raw(" ")
          .text(org.armsledger.watch.Alerts.describe(a)).raw("</p>");
      for (JsonNode ev : a.path("evidence")) {
        h.raw("<blockquote class=\"evidence\">").text(ev.path("sentence").asText()).raw("</blockquote><p class=\"meta\">")
            .text((ev.path("source").isTextual() ? ev.path("source").asText() : "the article's author")
                + (ev.path("outlet").isTextual() ? " · " + ev.path("outlet").asText() : ""))
            .raw(" · <a href=\"/articles/").raw(Html.url(ev.path("article_id").asText())).raw("#").raw(Html.url(ev.path("claim").asText()))
            .raw("\">article</a></p>");
      }
      h.raw("</li>");
    }
    h.raw("</ol>");
    ctx.html(layout("Changes", h.toString()));
  }

  void upload(Context ctx) {
    Html h = new Html();
    h.raw("<h1>Add articles</h1><p>Files in any format armsledger reads (").text(String.join(", ", WebApp.UPLOAD_FORMATS))
        .raw("). The server's token is needed; it is sent with this request only and not kept by the page.</p>");
    h.raw("<form id=\"upload-form\" method=\"post\" action=\"/api/v1/articles\" enctype=\"multipart/form-data\">"
        + "<label>Token <input type=\"password\" name=\"token\" id=\"upload-token\" autocomplete=\"off\"></label> "
        + "<label>Files <input type=\"file\" name=\"files\" id=\"upload-files\" multiple></label> "
        + "<button type=\"submit\">Upload</button></form><div id=\"upload-result\" aria-live=\"polite\"></div>");
    ctx.html(layout("Upload", h.toString()));
  }

  void docs(Context ctx) {
    String body = "<h1>armsledger API</h1><p><a href=\"/api/v1/openapi.json\">openapi.json</a></p><div id=\"swagger-ui\"></div>";
    Html h = new Html();
    h.raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>API · armsledger</title>"
        + "<link rel=\"stylesheet\" href=\"/webjars/swagger-ui/5.34.1/swagger-ui.css\"><link rel=\"stylesheet\" href=\"/assets/app.css\"><link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">"
        + "<script src=\"/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js\" defer></script><script src=\"/assets/docs.js\" defer></script></head><body>"
        + "<header><a class=\"brand\" href=\"/\">armsledger</a><nav><a href=\"/\">Ledger</a><a href=\"/network\">Network</a><a href=\"/search\">Search</a>"
        + "<a href=\"/upload\">Upload</a><a href=\"/api/docs\">API</a></nav></header><main>").raw(body).raw("</main></body></html>");
    ctx.html(h.toString());
  }
}
