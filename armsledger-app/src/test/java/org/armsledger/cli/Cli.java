package org.armsledger.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs the command line in-process and keeps what it printed. */
record Cli(int code, String out, String err) {
  static Cli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Cli(code, out.toString(), err.toString());
  }

  /** A new empty database on the PostgreSQL server named by ARMSLEDGER_TEST_PG (see .ci/postgres); fails without one. */
  static String newPostgresDatabase(String name) {
    String admin = System.getenv("ARMSLEDGER_TEST_PG");
    if (admin == null || admin.isBlank()) {
      throw new IllegalStateException("ARMSLEDGER_TEST_PG is not set: run 'source .ci/postgres' first (it starts a PostgreSQL server)");
    }
    String db = name + "_" + ProcessHandle.current().pid();
    try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + db);
      s.execute("CREATE DATABASE " + db);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create database " + db + ": " + e.getMessage(), e);
    }
    return admin.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + db);
  }
}
