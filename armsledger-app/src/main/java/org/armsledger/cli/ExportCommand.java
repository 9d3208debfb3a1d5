package org.armsledger.cli;

import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.armsledger.export.CsvExport;
import org.armsledger.export.GraphmlExport;
import org.armsledger.export.JsonlExport;
import org.armsledger.export.Source;
import org.armsledger.export.StixExport;
import org.armsledger.ledger.Entry;
import org.armsledger.store.Filter;
import org.armsledger.store.Store;
import org.armsledger.store.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code armsledger export --format csv|jsonl|graphml|stix}: the ledger for other tools. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export ledger entries: csv (SIPRI Trade Register shape), jsonl, graphml, stix (2.1 bundle).")
public final class ExportCommand implements Callable<Integer> {
  enum Format { csv, jsonl, graphml, stix }

  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;
  @Mixin FilterOptions filters;

  @Option(names = "--format", required = true, description = "One of: ${COMPLETION-CANDIDATES}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path out;

  /** Writes the entries of {@code source} in {@code format} (csv, jsonl, graphml, stix); returns how many. */
  public static int write(String format, Source source, Writer w) {
    return switch (Format.valueOf(format)) {
      case csv -> CsvExport.write(source, w);
      case jsonl -> JsonlExport.write(source, w);
      case graphml -> GraphmlExport.write(source, w);
      case stix -> StixExport.write(source, w);
    };
  }

  /** The entries of a store selected by a filter, as the exporters read them. */
  public static Source source(Store st, Filter f) {
    return new Source() {
      @Override
      public void entries(Consumer<Entry> sink) {
        st.forEachEntry(f, sink);
      }

      @Override
      public Map<String, String> claims(Entry e) {
        Map<String, String> m = new TreeMap<>();
        for (StoredClaim c : st.claimsOfEntry(e.id())) {
          m.put(c.id(), c.json());
        }
        return m;
      }

      @Override
      public Map<String, Object> document(String doc) {
        return st.document(doc);
      }
    };
  }

  @Override
  public Integer call() throws Exception {
    try (Store st = store.read(); Output o = Output.open(spec, out)) {
      if (out != null && st.file() != null) {
        Output.refuseClashes(java.util.List.of(out), st.files(), "the store");
      }
      Writer w = o.writer();
      Filter f = filters.filter(st);
      Source source = source(st, f);
      int n;
      try {
        n = write(format.name(), source, w);
        o.commit();
      } catch (java.io.IOException | java.io.UncheckedIOException e) {
        throw Output.writeFailed(out, e);
      }
      spec.commandLine().getErr().printf("armsledger: exported %d ledger entries as %s%s%n", n, format, out == null ? "" : " to " + out);
    }
    return 0;
  }
}
