package org.armsledger.export;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.armsledger.ledger.Entry;

/** What the exporters read: entries, their claims (as JSON) and the stored metadata of documents. */
public interface Source {
  /** Every entry selected, in a stable order. */
  void entries(Consumer<Entry> sink);

  /** The JSON of each claim of an entry, by claim id. */
  Map<String, String> claims(Entry e);

  /** Stored metadata of a document (column to value), empty when unknown. */
  Map<String, Object> document(String doc);

  /** Every entry selected, in memory. */
  default List<Entry> allEntries() {
    List<Entry> out = new java.util.ArrayList<>();
    entries(out::add);
    return out;
  }
}
