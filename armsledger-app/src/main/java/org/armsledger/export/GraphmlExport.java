package org.armsledger.export;

import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.armsledger.ledger.Entry;
import org.armsledger.store.Store;

/**
 * The ledger as a GraphML directed multigraph: actors as nodes (id, name, kind), one edge per
 * entry from supplier to recipient with the entry's attributes as typed GraphML data.
 */
public final class GraphmlExport {
  private static final String NS = "http://graphml.graphdrawing.org/xmlns";

  /** Edge attributes: name and GraphML type. */
  private static final String[][] EDGE_KEYS = {
    {"entry", "string"}, {"relation", "string"}, {"item", "string"}, {"category", "string"}, {"designation", "string"},
    {"status", "string"}, {"history", "string"}, {"claims", "int"}, {"documents", "int"}, {"outlets", "int"}, {"origins", "int"},
    {"first_reported", "string"}, {"last_reported", "string"}, {"ordered", "double"}, {"delivered", "double"}, {"disputed", "boolean"},
    {"contradictions", "string"}, {"kind", "string"}, {"lines", "int"}, {"systems", "string"}, {"supply_start", "string"},
    {"supply_end", "string"}
  };

  private GraphmlExport() {}

  public static int write(Source source, Writer w) {
    Map<String, String[]> actors = new TreeMap<>();
    int[] n = {0};
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(w);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("graphml");
      x.writeDefaultNamespace(NS);
      key(x, "name", "node", "name", "string");
      key(x, "kind", "node", "kind", "string");
      for (String[] k : EDGE_KEYS) {
        key(x, k[0], "edge", k[0], k[1]);
      }
      x.writeCharacters("\n");
      x.writeStartElement("graph");
      x.writeAttribute("id", "armsledger");
      x.writeAttribute("edgedefault", "directed");
      x.writeCharacters("\n");
      // edges stream as entries are read (GraphML lets nodes follow them), so memory holds the actors only
      source.entries(e -> {
        n[0]++;
        actors.putIfAbsent(e.supplierId(), new String[] {e.supplierName(), Store.kind(e.supplierId())});
        actors.putIfAbsent(e.recipientId(), new String[] {e.recipientName(), Store.kind(e.recipientId())});
        try {
          edge(x, e);
        } catch (XMLStreamException ex) {
          throw new IllegalStateException("cannot write GraphML: " + ex.getMessage(), ex);
        }
      });
      for (Map.Entry<String, String[]> a : actors.entrySet()) {
        x.writeStartElement("node");
        x.writeAttribute("id", xml(a.getKey()));
        data(x, "name", a.getValue()[0]);
        data(x, "kind", a.getValue()[1]);
        x.writeEndElement();
        x.writeCharacters("\n");
      }
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write GraphML: " + e.getMessage(), e);
    }
    return n[0];
  }

  private static void edge(XMLStreamWriter x, Entry e) throws XMLStreamException {
    x.writeStartElement("edge");
    x.writeAttribute("id", xml(e.id()));
    x.writeAttribute("source", xml(e.supplierId()));
    x.writeAttribute("target", xml(e.recipientId()));
    data(x, "entry", e.id());
    data(x, "relation", e.relation());
    data(x, "item", e.itemLabel());
    data(x, "category", e.category());
    data(x, "designation", e.designation());
    data(x, "status", e.status());
    data(x, "history", String.join(" > ", e.history().stream().map(Entry.Step::status).toList()));
    data(x, "claims", String.valueOf(e.claims()));
    data(x, "documents", String.valueOf(e.documents()));
    data(x, "outlets", String.valueOf(e.outlets()));
    data(x, "origins", String.valueOf(e.origins()));
    data(x, "first_reported", e.firstReported());
    data(x, "last_reported", e.lastReported());
    data(x, "ordered", e.orderedQuantity() == null ? null : String.valueOf(e.orderedQuantity()));
    data(x, "delivered", e.deliveredQuantity() == null ? null : String.valueOf(e.deliveredQuantity()));
    data(x, "disputed", String.valueOf(e.disputed()));
    data(x, "contradictions", e.disputed() ? String.join("; ", e.contradictions().stream().map(Entry.Contradiction::description).toList()) : null);
    data(x, "kind", e.kind());
    data(x, "lines", String.valueOf(e.lines().size()));
    data(x, "systems", String.join("; ", e.lines().stream().map(l -> l.label() + ": " + l.status() + ", " + l.claimCount() + " claim(s)").toList()));
    data(x, "supply_start", e.eventStart());
    data(x, "supply_end", e.eventEnd());
    x.writeEndElement();
    x.writeCharacters("\n");
  }

  private static void key(XMLStreamWriter x, String id, String domain, String name, String type) throws XMLStreamException {
    x.writeCharacters("\n  ");
    x.writeEmptyElement("key");
    x.writeAttribute("id", id);
    x.writeAttribute("for", domain);
    x.writeAttribute("attr.name", name);
    x.writeAttribute("attr.type", type);
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    if (value == null) {
      return;
    }
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(xml(value));
    x.writeEndElement();
  }

  /**
   * The text without the characters XML 1.0 cannot hold (controls other than tab and line breaks,
   * lone surrogates, U+FFFE and U+FFFF): written raw they make the file not well-formed, and no
   * escape exists for them.
   */
  static String xml(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)) {
        ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        if (ok) {
          if (sb != null) {
            sb.append(c).append(s.charAt(i + 1));
          }
          i++;
          continue;
        }
      } else {
        ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
      }
      if (!ok && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      } else if (ok && sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
