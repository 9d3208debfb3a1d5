package org.armsledger.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The PostgreSQL server of the tests: the one named by {@code ARMSLEDGER_TEST_PG} (a JDBC URL with
 * user and password; {@code .ci/run} starts one with {@code .ci/postgres}). Without it the tests
 * fail: a store test never passes by being skipped.
 */
final class Postgres {
  static final String ENV = "ARMSLEDGER_TEST_PG";
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private Postgres() {}

  static String url() {
    String url = System.getenv(ENV);
    if (url == null || url.isBlank()) {
      throw new IllegalStateException(
          ENV + " is not set: the store tests need a PostgreSQL server; run 'source .ci/postgres' (it starts one from"
              + " Debian's postgresql package on 127.0.0.1:55432 and sets " + ENV + "), then the tests");
    }
    return url;
  }

  /** A new empty database on the test server; returns its JDBC URL. */
  static String newDatabase() {
    String admin = url();
    String name = "armsledger_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
    try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + name);
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + admin.replaceAll("password=[^&]*", "password=***") + ": " + e.getMessage(), e);
    }
    return admin.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
  }
}
