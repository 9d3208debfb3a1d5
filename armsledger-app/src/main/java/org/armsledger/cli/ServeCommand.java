package org.armsledger.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.armsledger.store.Store;
import org.armsledger.text.Printable;
import org.armsledger.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code armsledger serve}: the web application and REST API over a store, until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serve the ledger: web pages for people, a REST API (/api/v1, documented at /api/docs) for programs.")
final class ServeCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;
  @Mixin StoreOption store;

  @Option(names = "--port", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--bind", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind = "127.0.0.1";

  @Option(names = "--token-file", paramLabel = "FILE", description = "A file holding the bearer token that allows POST /api/v1/articles"
      + " (else $ARMSLEDGER_TOKEN; with neither, writes are refused).")
  Path tokenFile;

  @Option(names = "--uploads", paramLabel = "DIR", description = "Where uploaded articles are kept (default: ${DEFAULT-VALUE}).")
  Path uploads = Path.of("armsledger-uploads");

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    String token = System.getenv("ARMSLEDGER_TOKEN");
    if (tokenFile != null) {
      token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
      if (token.isEmpty()) {
        throw new IllegalArgumentException("the token file " + Printable.quote(tokenFile.toString()) + " is empty");
      }
    }
    try (Store st = Store.open(store.spec(), Store.Mode.WRITE)) {
      Javalin app = new WebApp(st, store.spec() == null ? Store.DEFAULT_FILE : store.spec(), token, uploads.toAbsolutePath()).create();
      CountDownLatch stopped = new CountDownLatch(1);
      app.events(e -> e.serverStopped(stopped::countDown));
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        app.stop();
        try {
          stopped.await();
        } catch (InterruptedException ignored) {
          Thread.currentThread().interrupt();
        }
      }));
      app.start(bind, port);
      String host = bind.contains(":") ? "[" + bind + "]" : bind;
      err.printf("armsledger: serving %s at http://%s:%d/ (API: /api/v1, docs: /api/docs; writes %s); Ctrl-C stops%n", st.describe(), host, app.port(),
          token == null ? "off: no token" : "need the token");
      err.flush();
      stopped.await();
    }
    return 0;
  }
}
