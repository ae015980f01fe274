package io.github.aria2j.codegen.schema;

import static io.github.aria2j.codegen.testing.TestSchemas.at;
import static io.github.aria2j.codegen.testing.TestSchemas.minimal;
import static io.github.aria2j.codegen.testing.TestSchemas.named;
import static io.github.aria2j.codegen.testing.TestSchemas.problems;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aria2j.codegen.diagnostic.SchemaPath;
import io.github.aria2j.codegen.diagnostic.SchemaValidationException;
import io.github.aria2j.codegen.testing.TestSchemas;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Structural checks of the reader: every problem at once, each with file, JSON path and expectation. */
class SchemaReaderTest {

    private final SchemaReader reader = new SchemaReader();

    @Test
    void bindsEveryFieldWithItsPath() throws SchemaValidationException {
        SchemaDocument document = reader.read(TestSchemas.source("min.json", minimal()));

        OptionSpec split = document.options().get(7);
        assertThat(split.path()).isEqualTo(new SchemaPath("min.json", "$.options[7]"));
        assertThat(split.name()).isEqualTo("split");
        assertThat(split.shortName()).contains("s");
        assertThat(split.min()).contains(BigDecimal.ONE);
        assertThat(split.scope().path().jsonPath()).isEqualTo("$.options[7].scope");
        assertThat(split.notes()).containsExactly("aria2 caps it by max-connection-per-server.");
        assertThat(document.options().get(4).defaultValue()).as("null default").isEmpty();
        ParamSpec position = document.methods().get(0).params().get(2);
        assertThat(position.path().jsonPath()).isEqualTo("$.methods[0].params[2]");
        assertThat(position.minimum()).contains(0L);
        assertThat(document.methods().get(0).result().format()).contains("gid");
        assertThat(document.enums().get(2).values().get(0).javaName()).contains("TLS_V1_2");
        assertThat(document.sources()).containsExactly("min.json");
        assertThat(document.schemaRef()).isPresent();
    }

    @Test
    void reportsUnknownFieldsWithTheExpectedOnes() {
        ObjectNode document = minimal();
        at(named(document, "methods", "aria2.addUri"), "params", 0).put("optinal", true);

        assertThat(problems(document)).containsExactly("$.methods[0].params[0].optinal (file test.json): unknown field"
                + " 'optinal'; expected one of: name, type, required, description, format, minimum, keysOf,"
                + " optionScope, javaName");
    }

    @Test
    void quotesOddFieldNamesInPaths() {
        ObjectNode document = minimal();
        named(document, "enums", "LogLevel").put("x-'note'", 1);

        assertThat(problems(document)).containsExactly("$.enums[1]['x-\\'note\\''] (file test.json): unknown field"
                + " 'x-'note''; expected one of: name, summary, description, values");
    }

    @Test
    void reportsWrongJsonTypes() {
        ObjectNode document = minimal();
        at(named(document, "methods", "aria2.addUri"), "params", 0).put("required", "yes");
        named(document, "options", "split").put("min", "1");
        named(document, "options", "split").putArray("tags").add(3);

        assertThat(problems(document)).containsExactly(
                "$.methods[0].params[0].required (file test.json): expected a boolean, found string \"yes\"",
                "$.options[7].min (file test.json): expected a number, found string \"1\"",
                "$.options[7].tags[0] (file test.json): expected a non-empty string, found number 3");
    }

    @Test
    void reportsMissingRequiredFields() {
        ObjectNode document = minimal();
        named(document, "structs", "EventPayload").remove("summary");
        at(named(document, "structs", "EventPayload"), "fields", 0).remove("wire");
        document.remove("manual");

        assertThat(problems(document)).containsExactly(
                "$ (file test.json): missing required field 'manual'",
                "$.structs[1] (file test.json): missing required field 'summary'",
                "$.structs[1].fields[0] (file test.json): missing required field 'wire'");
    }

    @Test
    void reportsANullWhereOnlyTheDefaultMayBeNull() {
        ObjectNode document = minimal();
        named(document, "options", "split").putNull("summary");
        named(document, "options", "split").remove("default");

        assertThat(problems(document)).containsExactly(
                "$.options[7] (file test.json): missing required field 'default'",
                "$.options[7].summary (file test.json): expected a non-empty string, found null");
    }

    @Test
    void reportsAnElementThatIsNoObject() {
        ObjectNode document = minimal();
        document.withArray("enums").add("Color");

        assertThat(problems(document)).containsExactly(
                "$.enums[3] (file test.json): expected an object, found string \"Color\"");
    }

    @Test
    void rejectsOtherFormats() {
        ObjectNode document = minimal();
        document.put("format", 2);

        assertThat(problems(document))
                .containsExactly("$.format (file test.json): unsupported format 2; this generator reads format 1");
    }

    @Test
    void reportsInvalidJsonWithLineAndColumn() {
        List<String> problems = problems(SchemaSource.text("broken.json", "{\n  \"format\": 1,\n  \"methods\": [}\n"),
                List.of());

        assertThat(problems).singleElement().asString()
                .startsWith("$ (file broken.json): invalid JSON at line 3, column 15: Unexpected close marker '}'");
    }

    @Test
    void rejectsDuplicateKeys() {
        List<String> problems = problems(SchemaSource.text("dup.json", "{\"format\": 1, \"format\": 1}"), List.of());

        assertThat(problems).singleElement().asString()
                .startsWith("$ (file dup.json): invalid JSON at line 1, column 23: Duplicate field 'format'");
    }

    @Test
    void reportsAnEmptyOrMissingFile(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.json"), "");

        assertThat(problems(SchemaSource.file(empty), List.of(SchemaSource.file(dir.resolve("absent.json")))))
                .satisfiesExactly(
                        first -> assertThat(first).isEqualTo(
                                "$ (file empty.json): the file is empty; expected a JSON object"),
                        second -> assertThat(second).startsWith("$ (file absent.json): cannot read the file: ")
                                .contains("NoSuchFileException"));
    }

    @Test
    void collectsProblemsOfEveryFileInOneException() {
        ObjectNode document = minimal();
        document.put("aria2Version", 137);
        ObjectNode overlay = TestSchemas.object("{\"methods\": [{\"name\": \"aria2.x\"}], \"extra\": 1}");

        assertThatThrownBy(() -> reader.read(TestSchemas.source("base.json", document),
                List.of(TestSchemas.source("user.json", overlay))))
                .isInstanceOf(SchemaValidationException.class)
                .hasMessage("""
                        8 problems in the aria2 schema:
                          - $.aria2Version (file base.json): expected a non-empty string, found number 137
                          - $.methods[0] (file user.json): missing required field 'summary'
                          - $.methods[0] (file user.json): missing required field 'manualAnchor'
                          - $.methods[0] (file user.json): missing required field 'token'
                          - $.methods[0] (file user.json): missing required field 'params'
                          - $.methods[0] (file user.json): missing required field 'result'
                          - $.methods[0] (file user.json): missing required field 'errors'
                          - $.extra (file user.json): unknown field 'extra'; expected one of: $schema, format, \
                        methods, notifications, structs, enums, options""");
    }

    @Test
    void readsTheDefaultSchemaFromTheClasspath() throws SchemaValidationException {
        SchemaDocument document = reader.read(SchemaSource.defaultSchema());

        assertThat(document.path()).isEqualTo(SchemaPath.root("aria2-rpc.json"));
        assertThat(document.format()).isEqualTo(1);
        assertThat(document.methods().get(0).description()).isNotEqualTo(Optional.empty());
    }
}
