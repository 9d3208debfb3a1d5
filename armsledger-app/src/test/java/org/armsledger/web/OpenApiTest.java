package org.armsledger.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The API's OpenAPI document is valid against the OpenAPI 3.1 schema (OAI/OpenAPI-Specification,
 * {@code src/test/resources/openapi-3.1-schema.json}), and the claim schema it carries is the
 * project's output contract: a claim valid against {@code ../shared/schema/claim.schema.json} is
 * valid against it, and the copy the server serves is that file.
 */
class OpenApiTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final String OAS = "https://spec.openapis.org/oas/3.1/schema/WORK-IN-PROGRESS";
  static final String DOC = "https://armsledger.example/openapi.json";

  static JsonNode resource(String name) {
    try (InputStream in = OpenApiTest.class.getResourceAsStream(name)) {
      return JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theDocumentIsValidOpenApi31() throws IOException {
    JsonNode oas = resource("/openapi-3.1-schema.json");
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(id -> id.equals(OAS) ? oas.toString() : null));
    Schema schema = registry.getSchema(SchemaLocation.of(OAS));
    JsonNode doc = JSON.readTree(OpenApi.document());
    assertThat(schema.validate(doc)).isEmpty();
    // and the check can fail: a path without responses, an unknown top-level field
    ObjectNode broken = doc.deepCopy();
    ((ObjectNode) broken.at("/paths/~1api~1v1~1stats/get")).remove("responses");
    broken.put("x", 1).remove("info");
    assertThat(schema.validate(broken)).isNotEmpty();
  }

  @Test
  void claimsAreDescribedByTheProjectsOutputContract() throws IOException {
    JsonNode shared = JSON.readTree(Path.of("../shared/schema/claim.schema.json").toFile());
    assertThat(resource("/web/claim.schema.json")).isEqualTo(shared);
    JsonNode doc = JSON.readTree(OpenApi.document());
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemas(id -> id.equals(DOC) ? doc.toString() : null));
    Schema claim = registry.getSchema(SchemaLocation.of(DOC + "#/components/schemas/Claim"));
    String line = Files.readAllLines(Path.of("armsledger-app/src/test/resources/org/armsledger/cli/web/claim.json")).get(0);
    JsonNode good = JSON.readTree(line);
    assertThat(claim.validate(good)).isEmpty();
    ObjectNode bad = good.deepCopy();
    bad.put("status", "shipped");
    assertThat(claim.validate(bad)).isNotEmpty();
  }
}
