package org.armsledger.formats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.armsledger.ingest.Article;
import org.armsledger.ingest.Origin;
import org.armsledger.ingest.Syndication;
import org.armsledger.text.Span;

/** Article records as JSON: the metadata, provenance and syndication of each article read. */
public final class ArticleJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ArticleJson() {}

  public static String line(Article a, boolean withText) {
    try {
      return MAPPER.writeValueAsString(tree(a, withText));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write article " + a.id(), e);
    }
  }

  public static ObjectNode tree(Article a, boolean withText) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    ObjectNode provenance = origin(a.origin());
    provenance.put("key", a.key());
    o.set("provenance", provenance);
    o.put("uri", a.uri());
    o.put("outlet", a.outlet());
    o.put("title", a.headline());
    o.put("byline", a.byline());
    o.put("published", a.published());
    o.put("precision", a.precision());
    o.put("genre", a.genre().label());
    o.put("language", a.language());
    o.put("chars", a.text().length());
    Syndication s = a.syndication();
    if (s != null) {
      o.put("duplicate_of", s.duplicateOf());
      if (s.isCopy()) {
        o.put("similarity", s.similarity());
      } else {
        o.putNull("similarity");
      }
      o.put("origin", s.origin());
      o.put("syndicated_from", s.syndicatedFrom());
      if (s.statement() != null) {
        Span sp = s.statement();
        ObjectNode st = o.putObject("statement");
        st.put("text", a.text().substring(sp.start(), sp.end()));
        st.put("start", sp.start());
        st.put("end", sp.end());
      } else {
        o.putNull("statement");
      }
    }
    ObjectNode f = o.putObject("fields");
    a.fields().forEach(f::put);
    if (withText) {
      o.put("text", a.text());
    }
    return o;
  }

  /** Where a record came from: file, format and its position in the file. */
  public static ObjectNode origin(Origin origin) {
    ObjectNode p = MAPPER.createObjectNode();
    p.put("file", origin.file());
    p.put("format", origin.format());
    if (origin.offset() >= 0) {
      p.put("offset", origin.offset());
    }
    if (origin.line() > 0) {
      p.put("line", origin.line());
    }
    if (origin.index() > 0) {
      p.put("entry", origin.index());
    }
    return p;
  }
}
