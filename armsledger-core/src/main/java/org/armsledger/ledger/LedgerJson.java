package org.armsledger.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Ledger entries as JSON objects (snake_case fields) and back. Thread-safe. */
public final class LedgerJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private LedgerJson() {}

  /** The entry with its derived fields (claims, disputed, item). */
  public static ObjectNode tree(Entry e) {
    ObjectNode o = MAPPER.valueToTree(e);
    o.put("item", e.itemLabel());
    o.put("claims", e.claims());
    o.put("disputed", e.disputed());
    o.remove("summary");
    if (e.isSummary()) {
      o.put("summary", true);
      o.remove("members");
      // no claim ids in a summary: its history steps and lines lose their (empty) lists; lines keep their count
      o.path("history").forEach(step -> ((ObjectNode) step).remove("claims"));
      o.path("lines").forEach(line -> ((ObjectNode) line).remove("claims"));
    }
    return o;
  }

  public static String line(Entry e) {
    return tree(e).toString();
  }

  /** Reads back what {@link #line} wrote. */
  public static Entry read(String json) {
    try {
      return MAPPER.readValue(json, Entry.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a ledger entry: " + e.getOriginalMessage(), e);
    }
  }
}
