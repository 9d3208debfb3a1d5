package org.armsledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {
  @TempDir Path dir;

  @Override
  String newDatabase() {
    return dir.resolve("test.db").toString();
  }

  @Test
  void theFileIsCreatedWithTheSchemaAndAMissingFolderIsAClearError() {
    assertThat(Files.exists(dir.resolve("test.db"))).isTrue();
    assertThat(store.describe()).startsWith("SQLite ");
    assertThatThrownBy(() -> Store.open(dir.resolve("no/such/folder/x.db").toString()))
        .hasMessageContaining("no folder for the database file");
  }
}
