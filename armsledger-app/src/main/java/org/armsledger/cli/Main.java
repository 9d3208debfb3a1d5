package org.armsledger.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code armsledger extract|bench ...}. */
@Command(
    name = "armsledger",
    mixinStandardHelpOptions = true,
    version = "armsledger 0.1.0",
    description = "Reads news about international military cooperation and extracts sourced supply claims.",
    subcommands = {ExtractCommand.class, ReadCommand.class, IngestCommand.class, LedgerCommand.class, ClaimsCommand.class, ShowCommand.class, ArticleCommand.class, ServeCommand.class, StatsCommand.class, ExportCommand.class, BenchCommand.class, BenchStoreCommand.class, BenchServeCommand.class, WatchCommand.class, BenchWatchCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  public static void main(String[] args) {
    System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
  }

  /** Runs a command line with the given writers; returns the exit code. */
  public static int run(PrintWriter rawOut, PrintWriter rawErr, String... args) {
    // whatever the data holds, no escape sequence reaches the terminal (see SafeWriter)
    PrintWriter out = new PrintWriter(new SafeWriter(rawOut), true);
    PrintWriter err = new PrintWriter(new SafeWriter(rawErr), true);
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          boolean verbose = parseResult.hasMatchedOption("--verbose");
          commandLine.getErr().println("armsledger: " + e.getMessage());
          if (verbose) {
            e.printStackTrace(commandLine.getErr());
          }
          return 2;
        });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
