package io.github.aria2j.codegen.model;

import static io.github.aria2j.codegen.testing.TestSchemas.at;
import static io.github.aria2j.codegen.testing.TestSchemas.minimal;
import static io.github.aria2j.codegen.testing.TestSchemas.named;
import static io.github.aria2j.codegen.testing.TestSchemas.problems;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Rules on type expressions, wire shapes and type references; one test per rule. */
class TypeRulesTest {

    private static final String KNOWN = "expected string, int, long, boolean, json, list<T>, map<T>, a struct"
            + " (DownloadStatus, EventPayload) or an enum (DownloadState, LogLevel, TlsVersion)";

    @Test
    void unknownTypeReferenceNamesTheKnownTypes() {
        assertThat(problemsAfter(doc -> field(doc, 1).put("type", "DownloadStat"))).containsExactly(
                "$.structs[0].fields[1].type (file test.json): unknown type 'DownloadStat'; " + KNOWN);
    }

    @Test
    void unknownTypeInsideAContainerNamesTheWholeExpression() {
        assertThat(problemsAfter(doc -> ((ObjectNode) named(doc, "methods", "aria2.tellStatus").get("result"))
                .put("type", "list<map<Peer>>").put("wire", "array<object>"))).containsExactly(
                "$.methods[1].result.type (file test.json): unknown type 'Peer' in 'list<map<Peer>>'; " + KNOWN);
    }

    @Test
    void optionsIsOnlyAMethodParamType() {
        assertThat(problemsAfter(doc -> field(doc, 2).put("type", "options").put("wire", "object"))).containsExactly(
                "$.structs[0].fields[2].type (file test.json): 'options' is only allowed as the whole type of a method"
                        + " param (with optionScope)");
    }

    @Test
    void notificationsCarryNoOptions() {
        assertThat(problemsAfter(doc -> at(named(doc, "notifications", "aria2.onDownloadStart"), "params", 0)
                .put("type", "options").put("optionScope", "add"))).containsExactly(
                "$.notifications[0].params[0].type (file test.json): 'options' is only allowed as the whole type of a"
                        + " method param (with optionScope)");
    }

    @Test
    void wireMustBeAWireExpression() {
        assertThat(problemsAfter(doc -> field(doc, 2).put("wire", "array<int>"))).containsExactly(
                "$.structs[0].fields[2].wire (file test.json): invalid wire 'int'; expected string, number, boolean,"
                        + " object, any or array<W>");
    }

    @Test
    void wireMustFitTheType() {
        assertThat(problemsAfter(doc -> field(doc, 2).put("wire", "object"))).containsExactly(
                "$.structs[0].fields[2].wire (file test.json): type 'long' cannot be sent as 'object': expected wire"
                        + " string or number");
    }

    @Test
    void aListNeedsAnArrayWire() {
        assertThat(problemsAfter(doc -> field(doc, 4).put("wire", "string"))).containsExactly(
                "$.structs[0].fields[4].wire (file test.json): type 'list<string>' cannot be sent as 'string': a list"
                        + " needs wire array<W>");
    }

    @Test
    void listElementsMustFitTheirWire() {
        assertThat(problemsAfter(doc -> field(doc, 4).put("type", "list<DownloadStatus>"))).containsExactly(
                "$.structs[0].fields[4].wire (file test.json): type 'list<DownloadStatus>' cannot be sent as"
                        + " 'array<string>': for the elements, expected wire object");
    }

    @Test
    void anyWireFitsOnlyJson() {
        assertThat(problemsAfter(doc -> field(doc, 0).put("wire", "any"))).containsExactly(
                "$.structs[0].fields[0].wire (file test.json): type 'string' cannot be sent as 'any': expected wire"
                        + " string");
        assertThat(problemsAfter(doc -> field(doc, 0).put("type", "json").put("wire", "any"))).isEmpty();
    }

    @Test
    void keysOfMustNameAStruct() {
        assertThat(problemsAfter(doc -> keysParam(doc).put("keysOf", "DownloadState"))).containsExactly(
                "$.methods[1].params[1].keysOf (file test.json): unknown struct 'DownloadState' in keysOf; expected one"
                        + " of: DownloadStatus, EventPayload");
    }

    @Test
    void keysOfNeedsAListOfStrings() {
        assertThat(problemsAfter(doc -> keysParam(doc).put("type", "string"))).containsExactly(
                "$.methods[1].params[1].keysOf (file test.json): a keysOf param must have type list<string>, not"
                        + " 'string'");
    }

    private static ObjectNode field(ObjectNode document, int index) {
        return at(named(document, "structs", "DownloadStatus"), "fields", index);
    }

    private static ObjectNode keysParam(ObjectNode document) {
        return at(named(document, "methods", "aria2.tellStatus"), "params", 1);
    }

    private static List<String> problemsAfter(Consumer<ObjectNode> edit) {
        ObjectNode document = minimal();
        edit.accept(document);
        return problems(document);
    }
}
