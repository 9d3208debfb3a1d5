package org.armsledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The store contract on a real PostgreSQL server (see {@link Postgres}). */
class PostgresStoreTest extends StoreContract {
  @Override
  String newDatabase() {
    return Postgres.newDatabase();
  }

  @Test
  void itIsPostgres() {
    assertThat(store.describe()).startsWith("PostgreSQL ").doesNotContain(System.getenv(Postgres.ENV).replaceAll(".*password=", "password="));
  }
}
