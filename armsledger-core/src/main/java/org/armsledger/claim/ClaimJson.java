package org.armsledger.claim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes claims as the JSON objects of the claims JSON Lines format, fields in schema order.
 * Thread-safe.
 */
public final class ClaimJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ClaimJson() {}

  /** One claim as a single line of JSON; with {@code explain}, an "explain" object is added. */
  public static String line(Claim c, boolean explain) {
    try {
      return MAPPER.writeValueAsString(tree(c, explain));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write claim " + c.id(), e);
    }
  }

  public static ObjectNode tree(Claim c, boolean explain) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", c.id());
    o.put("doc", c.doc());
    o.put("published", c.published());
    o.put("relation", c.relation());
    o.set("supplier", actor(c.supplier()));
    o.set("recipient", actor(c.recipient()));
    ObjectNode item = o.putObject("item");
    item.put("category", c.item().category());
    item.put("designation", c.item().designation());
    item.put("text", c.item().text());
    if (c.item().quantity() != null) {
      ObjectNode q = item.putObject("quantity");
      q.put("text", c.item().quantity().text());
      if (c.item().quantity().value() != null) {
        q.put("value", c.item().quantity().value());
      } else {
        q.putNull("value");
      }
      q.put("approximate", c.item().quantity().approximate());
    } else {
      item.putNull("quantity");
    }
    o.put("status", c.status());
    o.put("negated", c.negated());
    if (c.time() != null) {
      ObjectNode t = o.putObject("time");
      t.put("text", c.time().text());
      t.put("start", c.time().start());
      t.put("end", c.time().end());
    } else {
      o.putNull("time");
    }
    ObjectNode s = o.putObject("source");
    s.put("name", c.source().name());
    s.put("kind", c.source().kind());
    s.put("text", c.source().text());
    ArrayNode chain = s.putArray("chain");
    c.source().chain().forEach(chain::add);
    ObjectNode ev = o.putObject("evidence");
    ev.put("text", c.evidence().text());
    ev.put("start", c.evidence().start());
    ev.put("end", c.evidence().end());
    o.put("confidence", c.confidence());
    o.put("rule", c.rule());
    if (c.cue() != null) {
      ObjectNode cue = o.putObject("cue");
      cue.put("text", c.cue().text());
      cue.put("start", c.cue().start());
      cue.put("end", c.cue().end());
    }
    if (explain && c.explanation() != null) {
      ObjectNode x = o.putObject("explain");
      x.put("rule", c.explanation().rule());
      ArrayNode lex = x.putArray("lexicon");
      c.explanation().lexicon().forEach(lex::add);
      x.put("path", c.explanation().path());
      ArrayNode notes = x.putArray("notes");
      c.explanation().notes().forEach(notes::add);
    }
    return o;
  }

  private static ObjectNode actor(Actor a) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", a.id());
    o.put("name", a.name());
    o.put("text", a.text());
    return o;
  }
}
