package org.armsledger.cli;

import org.armsledger.store.Filter;
import org.armsledger.store.Store;
import picocli.CommandLine.Option;

/** The filters shared by ledger, claims and export. */
final class FilterOptions {
  @Option(names = "--supplier", paramLabel = "ACTOR", description = "Supplier: an id (RUS, hezbollah) or a name (Russia).")
  String supplier;

  @Option(names = "--recipient", paramLabel = "ACTOR", description = "Recipient: an id or a name.")
  String recipient;

  @Option(names = "--category", description = "Item category (uav, air_defense, combat_aircraft, ...): entries with a line of it.")
  String category;

  @Option(names = "--designation", description = "System designation (Su-35, Shahed-136), any case.")
  String designation;

  @Option(names = "--status", description = "Status (requested, offered, agreed, delivered, halted, denied, ...).")
  String status;

  @Option(names = "--since", paramLabel = "DATE", description = "Supply on or after YYYY[-MM[-DD]]: the time the claims give the supply"
      + " (else their articles' dates); for an entry, its supply span reaches DATE or later.")
  String since;

  @Option(names = "--until", paramLabel = "DATE", description = "Supply on or before YYYY[-MM[-DD]] (the whole period): for an entry, its supply span"
      + " starts by then.")
  String until;

  @Option(names = "--reported-since", paramLabel = "DATE", description = "Reported on or after YYYY[-MM[-DD]] (an entry: last reported then or later).")
  String reportedSince;

  @Option(names = "--reported-until", paramLabel = "DATE", description = "Reported on or before YYYY[-MM[-DD]] (an entry: first reported by then).")
  String reportedUntil;

  Filter filter(Store store) {
    return new Filter(store.requireActor("--supplier", supplier), store.requireActor("--recipient", recipient), category, designation, status, since, until,
        reportedSince, reportedUntil);
  }
}
