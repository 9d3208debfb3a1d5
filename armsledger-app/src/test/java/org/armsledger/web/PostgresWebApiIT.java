package org.armsledger.web;

import org.armsledger.store.TestPostgres;

/** The REST API on a real PostgreSQL server (see {@code TestPostgres}). */
class PostgresWebApiIT extends WebApiContract {
  @Override
  String newDatabase() {
    return TestPostgres.newDatabase("armsledger_web");
  }
}
