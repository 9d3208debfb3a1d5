package org.armsledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The store contract on a real PostgreSQL server (see {@link TestPostgres}). */
class PostgresStoreTest extends StoreContract {
  @Override
  String newDatabase() {
    return TestPostgres.newDatabase("armsledger_store");
  }

  @Test
  void itIsPostgres() {
    assertThat(store.describe()).startsWith("PostgreSQL ").doesNotContain(TestPostgres.url().replaceAll(".*password=", "password="));
  }
}
