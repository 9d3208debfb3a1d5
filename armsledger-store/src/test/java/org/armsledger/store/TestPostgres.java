package org.armsledger.store;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server of the tests: the one named by {@code ARMSLEDGER_TEST_PG} (a JDBC URL with
 * user and password, as {@code .ci/run} sets it), else a throwaway server this JVM starts with
 * {@code .ci/postgres} from Debian's postgresql package and stops on exit. Without either the tests
 * fail: a store test never passes by being skipped.
 */
public final class TestPostgres {
  public static final String ENV = "ARMSLEDGER_TEST_PG";
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static String url;

  private TestPostgres() {}

  /** The admin JDBC URL of the test server. */
  public static synchronized String url() {
    if (url == null) {
      String env = System.getenv(ENV);
      url = env != null && !env.isBlank() ? env : start();
    }
    return url;
  }

  /** A new empty database on the test server; returns its JDBC URL. */
  public static String newDatabase(String prefix) {
    String admin = url();
    String name = prefix + "_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + hide(admin) + ": " + e.getMessage(), e);
    }
    return admin.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
  }

  static String hide(String jdbc) {
    return jdbc.replaceAll("password=[^&]*", "password=***");
  }

  private static String start() {
    Path script = Path.of(".ci/postgres");
    if (!Files.isRegularFile(script)) {
      throw new IllegalStateException(ENV + " is not set and " + script.toAbsolutePath() + " is missing: cannot start PostgreSQL");
    }
    try {
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      Process p = new ProcessBuilder("bash", script.toString(), "start", String.valueOf(port)).redirectError(ProcessBuilder.Redirect.PIPE).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(ENV + " is not set and .ci/postgres could not start a server: " + err.strip());
      }
      String jdbc = value(out, ENV);
      String dir = value(out, "ARMSLEDGER_PG_DIR");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          new ProcessBuilder("bash", script.toString(), "stop", dir).inheritIO().start().waitFor(60, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException ignored) {
          // the JVM is ending; the folder is under /tmp
        }
      }));
      return jdbc;
    } catch (IOException e) {
      throw new IllegalStateException("cannot run .ci/postgres: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while starting PostgreSQL", e);
    }
  }

  private static String value(String exports, String name) {
    for (String line : exports.split("\n")) {
      String prefix = "export " + name + "='";
      if (line.startsWith(prefix) && line.endsWith("'")) {
        return line.substring(prefix.length(), line.length() - 1);
      }
    }
    throw new IllegalStateException(".ci/postgres printed no " + name);
  }
}
