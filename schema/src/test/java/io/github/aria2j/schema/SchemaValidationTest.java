package io.github.aria2j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** aria2-rpc.json conforms to aria2-rpc.schema.json, and the JSON Schema rejects broken documents. */
class SchemaValidationTest {

    /** The smallest document that uses every kind of item; each negative case breaks one thing in it. */
    private static final String MINIMAL = """
            {
              "$schema": "./aria2-rpc.schema.json",
              "format": 1, "aria2Version": "1.37.0", "baselineVersion": "1.36.0",
              "manual": { "url": "https://aria2.github.io/manual/en/html/aria2c.html", "version": "1.37.0",
                          "license": "GPL-2.0-or-later", "attribution": "Adapted from aria2's manual." },
              "methods": [ {
                "name": "aria2.addUri", "summary": "Adds a download.", "manualAnchor": "aria2.addUri", "token": "required",
                "params": [
                  { "name": "uris", "type": "list<string>", "required": true, "description": "URIs.", "format": "uri" },
                  { "name": "options", "type": "options", "optionScope": "add", "required": false, "description": "Options." },
                  { "name": "position", "type": "int", "minimum": 0, "required": false, "description": "Position." } ],
                "result": { "type": "string", "wire": "string", "format": "gid", "description": "GID." },
                "errors": [ { "message": "URI is not provided.", "meaning": "No URI." } ] } ],
              "notifications": [ {
                "name": "aria2.onDownloadStart", "summary": "Started.", "description": "Sent on start.",
                "manualAnchor": "aria2.onDownloadStart",
                "params": [ { "name": "event", "type": "EventPayload", "required": true, "description": "The event." } ] } ],
              "structs": [ {
                "name": "EventPayload", "summary": "Event.",
                "fields": [
                  { "key": "gid", "type": "string", "wire": "string", "presence": "always", "format": "gid", "description": "GID." },
                  { "key": "note", "type": "long", "wire": "number", "presence": "conditional", "when": "Sometimes.",
                    "description": "A number." } ] } ],
              "enums": [ {
                "name": "ExitCode", "summary": "Exit codes.",
                "values": [ { "value": "0", "javaName": "FINISHED", "description": "Done." },
                            { "value": "TLSv1.2", "description": "Also fine without javaName." } ] } ],
              "options": [
                { "name": "split", "short": "s", "kind": "Number", "argument": "required", "default": "5", "min": 1,
                  "tags": ["basic", "http"],
                  "scope": { "perDownload": true, "changeOption": true, "changeOptionNoRestart": false,
                             "changeGlobalOption": true, "startupOnly": false },
                  "acceptsArray": false, "returnedBy": { "getOption": true, "getGlobalOption": true }, "hidden": false,
                  "summary": "Connections.", "description": "Number of connections.", "manualAnchor": "cmdoption-split" },
                { "name": "log-level", "kind": "Parameter", "enum": "ExitCode", "argument": "required", "default": "0",
                  "tags": ["advanced"],
                  "scope": { "perDownload": false, "changeOption": false, "changeOptionNoRestart": false,
                             "changeGlobalOption": true, "startupOnly": false },
                  "acceptsArray": false, "returnedBy": { "getOption": false, "getGlobalOption": true }, "hidden": false,
                  "summary": "Log level.", "description": "Level." } ]
            }
            """;

    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() {
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaResources.jsonSchema());
    }

    private static List<ValidationMessage> validate(JsonNode document) {
        return schema.validate(document).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .toList();
    }

    private static List<String> describe(List<ValidationMessage> errors) {
        return errors.stream()
                .map(m -> m.getMessage() + " [" + m.getType() + ", schema " + m.getEvaluationPath() + "]")
                .toList();
    }

    @Test
    void schemaDocumentConformsToTheJsonSchema() {
        List<String> errors = describe(validate(SchemaResources.document()));

        assertThat(errors)
                .withFailMessage("%d error(s) validating %s against %s:%n  %s", errors.size(), SchemaResources.DOCUMENT,
                        SchemaResources.JSON_SCHEMA, String.join(System.lineSeparator() + "  ", errors))
                .isEmpty();
    }

    @Test
    void minimalDocumentConforms() {
        assertThat(describe(validate(SchemaResources.parse(MINIMAL)))).isEmpty();
    }

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
                broken("unknown top-level field", "$", "additionalProperties",
                        d -> d.put("comment", "x")),
                broken("unknown method field", "$.methods[0]", "additionalProperties",
                        d -> object(d, "/methods/0").put("deprecated", true)),
                broken("unknown field in scope", "$.options[0].scope", "additionalProperties",
                        d -> object(d, "/options/0/scope").put("perServer", false)),
                broken("wrong format version", "$.format", "const",
                        d -> d.put("format", 2)),
                broken("missing methods", "$", "required",
                        d -> d.remove("methods")),
                broken("method name with upper-case verb", "$.methods[0].name", "pattern",
                        d -> object(d, "/methods/0").put("name", "aria2.AddUri")),
                broken("method name outside aria2/system", "$.methods[0].name", "pattern",
                        d -> object(d, "/methods/0").put("name", "aria3.addUri")),
                broken("unknown token mode", "$.methods[0].token", "enum",
                        d -> object(d, "/methods/0").put("token", "always")),
                broken("options param without optionScope", "$.methods[0].params[1]", "required",
                        d -> object(d, "/methods/0/params/1").remove("optionScope")),
                broken("optionScope on a non-options param", "$.methods[0].params[0]", "not",
                        d -> object(d, "/methods/0/params/0").put("optionScope", "add")),
                broken("minimum on a string param", "$.methods[0].params[0].type", "enum",
                        d -> object(d, "/methods/0/params/0").put("minimum", 0)),
                broken("result without wire", "$.methods[0].result", "required",
                        d -> object(d, "/methods/0/result").remove("wire")),
                broken("paging without limit", "$.methods[0].paging", "required",
                        d -> object(d, "/methods/0").putObject("paging").put("offset", "position")),
                broken("unknown paging field", "$.methods[0].paging", "additionalProperties",
                        d -> object(d, "/methods/0").putObject("paging").put("offset", "position")
                                .put("limit", "position").put("step", "position")),
                broken("bad wire expression", "$.methods[0].result.wire", "pattern",
                        d -> object(d, "/methods/0/result").put("wire", "integer")),
                broken("bad type expression", "$.structs[0].fields[0].type", "pattern",
                        d -> object(d, "/structs/0/fields/0").put("type", "List<string>")),
                broken("conditional field without when", "$.structs[0].fields[1]", "required",
                        d -> object(d, "/structs/0/fields/1").remove("when")),
                broken("when on an always-present field", "$.structs[0].fields[0]", "not",
                        d -> object(d, "/structs/0/fields/0").put("when", "Always.")),
                broken("unknown presence", "$.structs[0].fields[0].presence", "enum",
                        d -> object(d, "/structs/0/fields/0").put("presence", "sometimes")),
                broken("enum value that needs a javaName", "$.enums[0].values[0]", "required",
                        d -> object(d, "/enums/0/values/0").remove("javaName")),
                broken("unknown option kind", "$.options[0].kind", "enum",
                        d -> object(d, "/options/0").put("kind", "Integer")),
                broken("Parameter option without enum", "$.options[1]", "required",
                        d -> object(d, "/options/1").remove("enum")),
                broken("enum on a non-Parameter option", "$.options[0]", "not",
                        d -> object(d, "/options/0").put("enum", "ExitCode")),
                broken("option name with upper case", "$.options[0].name", "pattern",
                        d -> object(d, "/options/0").put("name", "Split")),
                broken("option without default", "$.options[0]", "required",
                        d -> object(d, "/options/0").remove("default")),
                broken("dynamicDefault with a default", "$.options[0].default", "const",
                        d -> object(d, "/options/0").put("dynamicDefault", "Depends on the machine.")),
                broken("unknown argument mode", "$.options[0].argument", "enum",
                        d -> object(d, "/options/0").put("argument", "maybe")),
                broken("unknown tag", "$.options[0].tags[1]", "enum",
                        d -> ((ArrayNode) d.at("/options/0/tags")).set(1, "web")),
                broken("min on a Parameter option", "$.options[1].kind", "enum",
                        d -> object(d, "/options/1").put("min", 0)),
                broken("null where a field is omitted", "$.options[0].short", "type",
                        d -> object(d, "/options/0").putNull("short")),
                broken("format on a Number option", "$.options[0].kind", "const",
                        d -> object(d, "/options/0").put("format", "gid")),
                broken("unknown option format", "$.options[0].format", "enum",
                        d -> asText(d).put("format", "uuid")),
                broken("format together with allowEmpty", "$.options[0]", "not",
                        d -> asText(d).put("format", "gid").put("allowEmpty", true)),
                broken("allowEmpty on a path that must exist", "$.options[0]", "not",
                        d -> asText(d).put("kind", "LocalFilePath").put("mustExist", true).put("allowEmpty", true)));
    }

    private static Arguments broken(String what, String location, String keyword, Consumer<ObjectNode> breakIt) {
        return Arguments.of(what, location, keyword, breakIt);
    }

    /** The first option (split) turned into a String option, without its bounds. */
    private static ObjectNode asText(ObjectNode document) {
        ObjectNode option = object(document, "/options/0");
        option.remove("min");
        return option.put("kind", "String");
    }

    private static ObjectNode object(ObjectNode document, String pointer) {
        return (ObjectNode) document.at(pointer);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void jsonSchemaRejects(String what, String location, String keyword, Consumer<ObjectNode> breakIt) {
        ObjectNode document = (ObjectNode) SchemaResources.parse(MINIMAL);
        breakIt.accept(document);

        List<ValidationMessage> errors = validate(document);

        assertThat(errors)
                .as("errors for '%s': %s", what, describe(errors))
                .anySatisfy(error -> {
                    assertThat(error.getInstanceLocation()).hasToString(location);
                    assertThat(error.getType()).isEqualTo(keyword);
                })
                .allSatisfy(error -> assertThat(error.getInstanceLocation().toString()).startsWith(location));
    }
}
