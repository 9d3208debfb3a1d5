package org.armsledger.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import org.armsledger.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code armsledger stats}: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts of documents, claims, entries, outlets and origins; entries by status and category; top suppliers and recipients.")
final class StatsCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--json", description = "As one JSON object.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Store st = store.read()) {
      Map<String, Object> s = st.stats();
      if (json) {
        out.println(ClaimsCommand.JSON.writeValueAsString(s));
        return 0;
      }
      s.forEach((k, v) -> {
        if (v instanceof Map<?, ?> m) {
          out.println(k.replace('_', ' ') + ":");
          m.forEach((a, b) -> out.printf("  %-28s %s%n", a, b));
        } else {
          out.printf("%-30s %s%n", k.replace('_', ' ') + ":", v);
        }
      });
    }
    return 0;
  }
}
