package io.github.aria2j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaId;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** aria2-rpc.schema.json itself: a valid, closed, self-documenting JSON Schema 2020-12 with a stable id. */
class JsonSchemaSelfCheckTest {

    /** Keywords whose subschemas only test or constrain properties declared elsewhere. */
    private static final Set<String> CONDITION_KEYWORDS = Set.of("if", "then", "else", "not");

    private static JsonNode schema;

    @BeforeAll
    static void load() {
        schema = SchemaResources.jsonSchema();
    }

    @Test
    void isValidAgainstTheDraft202012MetaSchema() {
        Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of(SchemaId.V202012))
                .validate(schema);

        assertThat(errors).extracting(ValidationMessage::getMessage).isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo(SchemaId.V202012);
    }

    @Test
    void hasStableIdWithoutMachinePaths() {
        String id = schema.path("$id").asText();

        assertThat(id).matches("(urn:[a-z0-9.-]+:|https://)[A-Za-z0-9._:/-]+")
                .doesNotContain("file:", "/work/", "/home/", "/tmp/", "\\");
    }

    @Test
    void everyDefinitionAndPropertyIsDescribed() {
        Problems problems = new Problems();
        JsonNode defs = schema.path("$defs");
        assertThat(defs.size()).as("number of $defs").isGreaterThan(20);
        for (Map.Entry<String, JsonNode> def : defs.properties()) {
            problems.check(!def.getValue().path("description").asText().isBlank(), "$defs." + def.getKey(),
                    "has no description");
        }
        problems.check(!schema.path("description").asText().isBlank(), "$", "has no description");
        walk(problems, "$", schema);
        problems.assertNone("descriptions in aria2-rpc.schema.json");
    }

    @Test
    void everyObjectSchemaIsClosed() {
        Problems problems = new Problems();
        walkObjects(problems, "$", schema);
        problems.assertNone("closed object schemas in aria2-rpc.schema.json");
    }

    @Test
    void everyReferenceResolves() {
        Problems problems = new Problems();
        checkRefs(problems, "$", schema);
        problems.assertNone("$ref targets in aria2-rpc.schema.json");
    }

    /** Every declared property is described, in place or by the definition it refers to. */
    private static void walk(Problems problems, String path, JsonNode node) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
                JsonNode value = property.getValue();
                problems.check(!description(value).isBlank(), path + ".properties." + property.getKey(),
                        "has no description (neither its own nor that of its $ref)");
            }
            for (Map.Entry<String, JsonNode> child : node.properties()) {
                if (!CONDITION_KEYWORDS.contains(child.getKey())) {
                    walk(problems, path + "." + child.getKey(), child.getValue());
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(problems, path + "[" + i + "]", node.get(i));
            }
        }
    }

    private static String description(JsonNode property) {
        if (property.has("description")) {
            return property.path("description").asText();
        }
        String ref = property.path("$ref").asText();
        return ref.startsWith("#/$defs/")
                ? schema.path("$defs").path(ref.substring("#/$defs/".length())).path("description").asText()
                : "";
    }

    /** Every schema that declares properties forbids the others. */
    private static void walkObjects(Problems problems, String path, JsonNode node) {
        if (node.isObject()) {
            if (node.has("properties")) {
                problems.check(node.path("additionalProperties").isBoolean()
                                && !node.path("additionalProperties").asBoolean()
                                || node.path("unevaluatedProperties").isBoolean()
                                && !node.path("unevaluatedProperties").asBoolean(),
                        path, "declares properties but neither additionalProperties nor unevaluatedProperties is false");
            }
            for (Map.Entry<String, JsonNode> child : node.properties()) {
                if (!CONDITION_KEYWORDS.contains(child.getKey()) && !child.getKey().equals("properties")) {
                    walkObjects(problems, path + "." + child.getKey(), child.getValue());
                }
            }
            for (Map.Entry<String, JsonNode> property : node.path("properties").properties()) {
                walkObjects(problems, path + ".properties." + property.getKey(), property.getValue());
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walkObjects(problems, path + "[" + i + "]", node.get(i));
            }
        }
    }

    private static void checkRefs(Problems problems, String path, JsonNode node) {
        if (node.isObject()) {
            if (node.has("$ref")) {
                String ref = node.path("$ref").asText();
                List<String> parts = List.of(ref.split("/"));
                problems.check(parts.size() == 3 && parts.get(0).equals("#") && parts.get(1).equals("$defs")
                                && schema.path("$defs").has(parts.get(2)), path + ".$ref",
                        "'" + ref + "' is not a reference to an existing #/$defs entry");
            }
            node.properties().forEach(child -> checkRefs(problems, path + "." + child.getKey(), child.getValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkRefs(problems, path + "[" + i + "]", node.get(i));
            }
        }
    }
}
