package io.github.aria2j.codegen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aria2j.codegen.diagnostic.Problem;
import io.github.aria2j.codegen.diagnostic.SchemaValidationException;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.ModelBuilder;
import io.github.aria2j.codegen.schema.SchemaDocument;
import io.github.aria2j.codegen.schema.SchemaReader;
import io.github.aria2j.codegen.schema.SchemaSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Small schemas for tests: a valid minimal document ({@code schemas/minimal.json}) that a test edits as a
 * Jackson tree, then runs through the reader and the model builder under the file name {@value #FILE}.
 */
public final class TestSchemas {

    /** The display name of the edited document in problem messages. */
    public static final String FILE = "test.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private TestSchemas() {
    }

    /** A fresh, editable copy of the minimal valid document. */
    public static ObjectNode minimal() {
        try (InputStream in = TestSchemas.class.getResourceAsStream("/schemas/minimal.json")) {
            if (in == null) {
                throw new IllegalStateException("test resource /schemas/minimal.json is missing");
            }
            return (ObjectNode) MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The element of {@code collection} ({@code methods}, {@code options}, ...) named {@code name}. */
    public static ObjectNode named(ObjectNode document, String collection, String name) {
        for (JsonNode element : document.withArray(collection)) {
            if (element.path("name").asText().equals(name)) {
                return (ObjectNode) element;
            }
        }
        throw new IllegalArgumentException("no element named " + name + " in " + collection);
    }

    /** Element {@code index} of the array {@code field} of {@code parent}. */
    public static ObjectNode at(ObjectNode parent, String field, int index) {
        ArrayNode array = (ArrayNode) parent.get(field);
        return (ObjectNode) array.get(index);
    }

    /** An editable JSON object parsed from {@code json}. */
    public static ObjectNode object(String json) {
        try {
            return (ObjectNode) MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A source named {@code name} with the JSON of {@code tree}. */
    public static SchemaSource source(String name, JsonNode tree) {
        try {
            return SchemaSource.text(name, MAPPER.writeValueAsString(tree));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and builds {@code document}; fails the test on any problem. */
    public static ApiModel model(ObjectNode document) {
        try {
            return new ModelBuilder().build(new SchemaReader().read(source(FILE, document)));
        } catch (SchemaValidationException e) {
            return fail("expected no problems, got:%n%s", e.getMessage());
        }
    }

    /** Reads and builds {@code document}; the problems found, as {@code path (file ...): message} strings. */
    public static List<String> problems(ObjectNode document) {
        return problems(source(FILE, document), List.of());
    }

    /** Reads (with overlays) and builds; the problems found, as strings. */
    public static List<String> problems(SchemaSource base, List<SchemaSource> overlays) {
        try {
            SchemaDocument read = new SchemaReader().read(base, overlays);
            new ModelBuilder().build(read);
            return List.of();
        } catch (SchemaValidationException e) {
            assertThat(e.problems()).isNotEmpty();
            return e.problems().stream().map(Problem::toString).toList();
        }
    }
}
