package org.armsledger.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import org.armsledger.ledger.Entry;
import org.armsledger.store.Store;

/**
 * The ledger as a STIX 2.1 bundle, for OpenCTI, MISP and other threat-intelligence platforms:
 *
 * <ul>
 *   <li>an {@code identity} per actor (states as organizations of the national-government sector,
 *       non-state actors as groups);
 *   <li>a {@code relationship} "supplies" (transfer), "trains" or "assists" per ledger entry, from
 *       supplier to recipient, with the entry's stage, item and source counts as {@code x_armsledger_*}
 *       properties and a confidence from its independent origins;
 *   <li>a {@code report} per article, referring to the relationships its claims support;
 *   <li>a {@code note} per claim (its evidence sentence, its source as author, the claim's confidence),
 *       or an {@code opinion} ("strongly-disagree") when the claim is a denial or a refusal.
 * </ul>
 *
 * Ids are UUIDv5 of armsledger ids, timestamps come from report dates: the same store gives the
 * same bundle, byte for byte.
 */
public final class StixExport {
  private static final UUID NAMESPACE = UUID.fromString("6b0c3c1e-5d2a-4b8e-9f3a-61726d736c64");
  private static final String EPOCH = "1970-01-01T00:00:00.000Z";
  private static final ObjectMapper JSON = new ObjectMapper();

  private StixExport() {}

  /**
   * Writes the bundle, streaming: each relationship is written with its notes as its entry is read,
   * then the identities and the reports (one per article, which is all that is kept in memory
   * besides the actors), so memory does not grow with the number of claims. The bundle's id, a
   * hash of every object id in order, is written last.
   */
  public static int write(Source source, Writer w) {
    Map<String, ObjectNode> identities = new TreeMap<>();
    Map<String, TreeSet<String>> docRefs = new TreeMap<>();
    int[] n = {0};
    try {
      MessageDigest ids = bundleDigest();
      JsonGenerator g = JSON.getFactory().createGenerator(w);
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeStringField("type", "bundle");
      g.writeArrayFieldStart("objects");
      boolean[] first = {true};
      Consumer<ObjectNode> emit = o -> {
        try {
          ids.update(((first[0] ? "" : ",") + o.get("id").asText()).getBytes(StandardCharsets.UTF_8));
          first[0] = false;
          JSON.writeTree(g, o);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      };
      source.entries(e -> {
        n[0]++;
        String sup = identity(identities, e.supplierId(), e.supplierName(), e.firstReported());
        String rec = identity(identities, e.recipientId(), e.recipientName(), e.firstReported());
        ObjectNode r = relationship(e, sup, rec);
        emit.accept(r);
        String rid = r.get("id").asText();
        Map<String, String> claims = source.claims(e);
        for (Entry.Member m : e.members()) {
          docRefs.computeIfAbsent(m.doc(), k -> new TreeSet<>()).addAll(List.of(rid, sup, rec));
          String json = claims.get(m.claim());
          if (json != null) {
            emit.accept(claimObject(m, read(json), rid));
          }
        }
      });
      identities.values().forEach(emit);
      docRefs.forEach((doc, refs) -> emit.accept(report(doc, source.document(doc), refs)));
      g.writeEndArray();
      g.writeStringField("id", "bundle--" + uuidOf(ids));
      g.writeEndObject();
      g.flush();
      w.write('\n');
      w.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return n[0];
  }

  private static ObjectNode relationship(Entry e, String sup, String rec) {
    ObjectNode r = sdo("relationship", "entry:" + e.id(), e.firstReported());
    r.put("modified", timestamp(e.lastReported() != null ? e.lastReported() : e.firstReported()));
    r.put("relationship_type", switch (e.relation()) {
      case "training" -> "trains";
      case "assistance" -> "assists";
      default -> "supplies";
    });
    r.put("description", e.supplierName() + " -> " + e.recipientName() + ": " + e.itemLabel() + " (" + e.category().replace('_', ' ') + "), "
        + e.status() + "; " + e.claims() + " claim(s) in " + e.outlets() + " outlet(s), " + e.origins() + " independent origin(s)"
        + (e.disputed() ? "; disputed" : ""));
    r.put("source_ref", sup);
    r.put("target_ref", rec);
    // 50 for one origin, 15 more per further independent origin, 20 less when disputed; within 10..95
    r.put("confidence", Math.max(10, Math.min(95, 50 + 15 * (e.origins() - 1) - (e.disputed() ? 20 : 0))));
    r.put("x_armsledger_entry", e.id());
    r.put("x_armsledger_status", e.status());
    r.put("x_armsledger_category", e.category());
    if (e.designation() != null) {
      r.put("x_armsledger_designation", e.designation());
    }
    r.put("x_armsledger_history", String.join(" > ", e.history().stream().map(s -> s.status() + (s.from() == null ? "" : " " + s.from())).toList()));
    r.put("x_armsledger_claims", e.claims());
    r.put("x_armsledger_outlets", e.outlets());
    r.put("x_armsledger_origins", e.origins());
    if (e.deliveredQuantity() != null) {
      r.put("x_armsledger_delivered", e.deliveredQuantity());
    }
    if (e.orderedQuantity() != null) {
      r.put("x_armsledger_ordered", e.orderedQuantity());
    }
    r.put("x_armsledger_disputed", e.disputed());
    r.put("x_armsledger_kind", e.kind());
    ArrayNode lines = r.putArray("x_armsledger_lines");
    for (Entry.Line l : e.lines()) {
      ObjectNode o = lines.addObject();
      if (l.designation() != null) {
        o.put("designation", l.designation());
      }
      o.put("category", l.category());
      o.put("status", l.status());
      o.put("claims", l.claimCount());
      o.put("origins", l.origins());
      if (l.orderedQuantity() != null) {
        o.put("ordered", l.orderedQuantity());
      }
      if (l.deliveredQuantity() != null) {
        o.put("delivered", l.deliveredQuantity());
      }
    }
    if (e.eventStart() != null) {
      r.put("start_time", timestamp(e.eventStart()));
      r.put("stop_time", timestampEnd(e.eventEnd() != null ? e.eventEnd() : e.eventStart()));
    }
    return r;
  }

  private static String identity(Map<String, ObjectNode> identities, String actorId, String name, String date) {
    ObjectNode o = identities.get(actorId);
    if (o == null) {
      o = sdo("identity", "actor:" + actorId, null);
      o.put("name", name);
      boolean state = "state".equals(Store.kind(actorId));
      o.put("identity_class", state ? "organization" : "group");
      if (state) {
        o.putArray("sectors").add("government-national");
      }
      o.put("x_armsledger_actor", actorId);
      identities.put(actorId, o);
    }
    return o.get("id").asText();
  }

  /** A note with the claim's evidence, or an opinion when the claim is a denial or refusal. */
  private static ObjectNode claimObject(Entry.Member m, JsonNode c, String relationshipId) {
    boolean against = "denied".equals(m.status()) || "rejected".equals(m.status()) || c.path("negated").asBoolean();
    String published = c.path("published").isTextual() ? c.path("published").asText() : null;
    ObjectNode o = sdo(against ? "opinion" : "note", "claim:" + m.claim(), published);
    String source = c.path("source").path("name").isTextual() ? c.path("source").path("name").asText()
        : c.path("provenance").path("outlet").isTextual() ? c.path("provenance").path("outlet").asText() : "author of " + org.armsledger.ledger.Ledger.docLabel(m.doc());
    String evidence = c.path("evidence").path("text").asText();
    if (against) {
      o.put("explanation", evidence + " (" + m.status() + ", according to " + source + ")");
      o.putArray("authors").add(source);
      o.put("opinion", "strongly-disagree");
    } else {
      o.put("abstract", m.status() + " according to " + source + " (" + c.path("source").path("kind").asText("author") + ")");
      o.put("content", evidence);
      o.putArray("authors").add(source);
    }
    o.putArray("object_refs").add(relationshipId);
    o.put("confidence", (int) Math.round(100 * c.path("confidence").asDouble(0.5)));
    o.put("x_armsledger_claim", m.claim());
    o.put("x_armsledger_doc", m.doc());
    o.put("x_armsledger_merge_reason", m.reason());
    return o;
  }

  private static ObjectNode report(String doc, Map<String, Object> d, TreeSet<String> refs) {
    String published = (String) d.get("published");
    ObjectNode o = sdo("report", "doc:" + doc, published);
    Object title = d.get("title");
    o.put("name", title == null || title.toString().isBlank() ? doc : title.toString());
    o.put("published", published != null ? timestamp(published) : EPOCH);
    if (published == null) {
      o.put("x_armsledger_date_unknown", true);
    }
    ArrayNode refsNode = o.putArray("object_refs");
    refs.forEach(refsNode::add);
    ObjectNode ext = o.putArray("external_references").addObject();
    ext.put("source_name", d.get("outlet") != null ? d.get("outlet").toString() : "armsledger");
    if (d.get("uri") != null && d.get("uri").toString().matches("(?i)https?://\\S+")) {
      ext.put("url", d.get("uri").toString());
    }
    ext.put("external_id", doc);
    o.put("x_armsledger_doc", doc);
    if (d.get("origin") != null && !doc.equals(d.get("origin"))) {
      o.put("x_armsledger_copy_of", d.get("origin").toString());
    }
    return o;
  }

  private static ObjectNode sdo(String type, String key, String date) {
    ObjectNode o = JSON.createObjectNode();
    o.put("type", type);
    o.put("spec_version", "2.1");
    o.put("id", type + "--" + uuid(key));
    o.put("created", date == null ? EPOCH : timestamp(date));
    o.put("modified", date == null ? EPOCH : timestamp(date));
    return o;
  }

  /** A STIX timestamp for a date of the form YYYY[-MM[-DD]]: its first instant, UTC. */
  static String timestamp(String date) {
    if (date == null || date.isEmpty()) {
      return EPOCH;
    }
    String d = switch (date.length()) {
      case 4 -> date + "-01-01";
      case 7 -> date + "-01";
      default -> date.substring(0, 10);
    };
    return d + "T00:00:00.000Z";
  }

  /** The last millisecond of a partial date's period ("2023" ends 2023-12-31T23:59:59.999Z), so that a stop time is after its start. */
  static String timestampEnd(String date) {
    java.time.LocalDate d = switch (date.length()) {
      case 4 -> java.time.LocalDate.of(Integer.parseInt(date), 12, 31);
      case 7 -> java.time.YearMonth.parse(date).atEndOfMonth();
      default -> java.time.LocalDate.parse(date.substring(0, 10));
    };
    return d + "T23:59:59.999Z";
  }

  /** A name-based (version 5, SHA-1) UUID in armsledger's namespace. */
  static UUID uuid(String name) {
    MessageDigest sha1 = named();
    sha1.update(name.getBytes(StandardCharsets.UTF_8));
    return uuidOf(sha1);
  }

  /** A digest primed with the namespace: the name is fed to it in pieces. */
  private static MessageDigest named() {
    try {
      MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
      ByteBuffer ns = ByteBuffer.allocate(16).putLong(NAMESPACE.getMostSignificantBits()).putLong(NAMESPACE.getLeastSignificantBits());
      sha1.update(ns.array());
      return sha1;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is missing from this JVM", e);
    }
  }

  /** The digest for the bundle id, the UUID of "bundle:" and every object id joined by commas. */
  private static MessageDigest bundleDigest() {
    MessageDigest d = named();
    d.update("bundle:".getBytes(StandardCharsets.UTF_8));
    return d;
  }

  private static UUID uuidOf(MessageDigest sha1) {
    byte[] h = sha1.digest();
    h[6] = (byte) ((h[6] & 0x0f) | 0x50);
    h[8] = (byte) ((h[8] & 0x3f) | 0x80);
    ByteBuffer b = ByteBuffer.wrap(h, 0, 16);
    return new UUID(b.getLong(), b.getLong());
  }

  private static JsonNode read(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
