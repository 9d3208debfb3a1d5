package org.armsledger.web;

/** The REST API on the embedded SQLite store. */
class SqliteWebApiIT extends WebApiContract {
  @Override
  String newDatabase() {
    return dir.resolve("web-" + System.nanoTime() + ".db").toString();
  }
}
