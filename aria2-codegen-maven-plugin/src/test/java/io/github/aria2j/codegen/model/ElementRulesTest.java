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

/** Rules on params, results, struct fields, enums and the top level; one test per rule. */
class ElementRulesTest {

    @Test
    void requiredParamAfterOptional() {
        assertThat(problemsAfter(doc -> addUriParam(doc, 2).put("required", true))).containsExactly(
                "$.methods[0].params[2].required (file test.json): required param 'position' follows optional param"
                        + " 'options'; optional params must come last");
    }

    @Test
    void optionalParamFollowedByAnotherNeedsAnEmptyValue() {
        assertThat(problemsAfter(doc -> addUriParam(doc, 1).put("type", "int").remove("optionScope")))
                .containsExactly("$.methods[0].params[1] (file test.json): optional parameter 'options' of"
                        + " aria2.addUri is followed by another parameter, but a int has no empty value to send in its"
                        + " place; make it required or the last parameter");
        assertThat(problemsAfter(doc -> addUriParam(doc, 1).put("type", "EventPayload").remove("optionScope")))
                .containsExactly("$.methods[0].params[1] (file test.json): optional parameter 'options' of"
                        + " aria2.addUri is followed by another parameter, but a EventPayload has no empty value to"
                        + " send in its place; make it required or the last parameter");
        assertThat(problemsAfter(doc -> addUriParam(doc, 1).put("type", "list<string>").remove("optionScope")))
                .isEmpty();
    }

    @Test
    void optionsParamNeedsAnOptionScope() {
        assertThat(problemsAfter(doc -> addUriParam(doc, 1).remove("optionScope"))).containsExactly(
                "$.methods[0].params[1].type (file test.json): a param of type 'options' needs optionScope (one of:"
                        + " add, change, changeGlobal)");
    }

    @Test
    void optionScopeMustNameAnOptionSet() {
        assertThat(problemsAfter(doc -> addUriParam(doc, 1).put("optionScope", "global"))).containsExactly(
                "$.methods[0].params[1].optionScope (file test.json): 'global' is not a valid optionScope; expected"
                        + " one of: add, change, changeGlobal");
    }

    @Test
    void optionScopeOnlyOnOptionsParams() {
        assertThat(problemsAfter(doc -> addUriParam(doc, 0).put("optionScope", "add"))).containsExactly(
                "$.methods[0].params[0].optionScope (file test.json): optionScope is only for params of type"
                        + " 'options', not 'list<string>'");
    }

    @Test
    void minimumOnlyOnIntegerParams() {
        assertThat(problemsAfter(doc -> addUriParam(doc, 0).put("minimum", 1))).containsExactly(
                "$.methods[0].params[0].minimum (file test.json): minimum is only for int and long params, not"
                        + " 'list<string>'");
    }

    @Test
    void formatsAreClosedSetsPerElement() {
        assertThat(problemsAfter(doc -> {
            addUriParam(doc, 0).put("format", "hex");
            addUriResult(doc).put("format", "guid");
            at(named(doc, "structs", "EventPayload"), "fields", 0).put("format", "uri");
        })).containsExactly(
                "$.structs[1].fields[0].format (file test.json): 'uri' is not a valid field format; expected one of:"
                        + " gid, hex",
                "$.methods[0].params[0].format (file test.json): 'hex' is not a valid param format; expected one of:"
                        + " gid, base64, uri",
                "$.methods[0].result.format (file test.json): 'guid' is not a valid result format; expected one of:"
                        + " gid, hex, base64, uri");
    }

    @Test
    void tokenIsAClosedSet() {
        assertThat(problemsAfter(doc -> named(doc, "methods", "aria2.addUri").put("token", "none"))).containsExactly(
                "$.methods[0].token (file test.json): 'none' is not a valid token; expected one of: required,"
                        + " optional, perEntry");
    }

    @Test
    void constOnlyForStringResults() {
        assertThat(problemsAfter(doc -> ((ObjectNode) named(doc, "methods", "system.listMethods").get("result"))
                .put("const", "OK"))).containsExactly("$.methods[2].result.const (file test.json): const is only for"
                + " results of type string, not 'list<string>'");
    }

    @Test
    void buildConditionOfAMethodIsAClosedSet() {
        assertThat(problemsAfter(doc -> named(doc, "methods", "aria2.addUri").put("buildCondition", "HTTPS")))
                .containsExactly("$.methods[0].buildCondition (file test.json): 'HTTPS' is not a valid buildCondition;"
                        + " expected one of: BitTorrent, Metalink");
    }

    @Test
    void conditionalFieldNeedsWhen() {
        assertThat(problemsAfter(doc -> statusField(doc, 3).remove("when"))).containsExactly(
                "$.structs[0].fields[3] (file test.json): conditional field 'numSeeders' needs 'when' (when the key is"
                        + " present)");
    }

    @Test
    void whenOnlyOnConditionalFields() {
        assertThat(problemsAfter(doc -> statusField(doc, 0).put("when", "Always."))).containsExactly(
                "$.structs[0].fields[0].when (file test.json): 'when' is only for conditional fields; field 'gid' is"
                        + " always present");
    }

    @Test
    void presenceIsAClosedSet() {
        assertThat(problemsAfter(doc -> statusField(doc, 0).put("presence", "sometimes"))).containsExactly(
                "$.structs[0].fields[0].presence (file test.json): 'sometimes' is not a valid presence; expected one"
                        + " of: always, conditional");
    }

    @Test
    void structsAndEnumsAreNotEmpty() {
        assertThat(problemsAfter(doc -> {
            named(doc, "structs", "EventPayload").putArray("fields");
            named(doc, "enums", "TlsVersion").putArray("values");
        })).containsExactly(
                "$.structs[1].fields (file test.json): struct 'EventPayload' has no fields; expected at least one",
                "$.enums[2].values (file test.json): enum 'TlsVersion' has no values; expected at least one");
    }

    @Test
    void versionsAndManualUrlFollowTheirPatterns() {
        assertThat(problemsAfter(doc -> {
            doc.put("aria2Version", "1.37");
            ((ObjectNode) doc.get("manual")).put("url", "http://aria2.github.io/manual#top");
        })).containsExactly(
                "$.manual.url (file test.json): manual url 'http://aria2.github.io/manual#top' is not valid; expected"
                        + " an https URL without '#'",
                "$.aria2Version (file test.json): aria2Version '1.37' is not valid; expected MAJOR.MINOR.PATCH, e.g."
                        + " 1.37.0");
    }

    @Test
    void reportsEveryProblemOfEveryKindAtOnce() {
        assertThat(problemsAfter(doc -> {
            statusField(doc, 1).put("type", "State");
            addUriParam(doc, 2).put("required", true);
            named(doc, "options", "split").put("default", "0");
            named(doc, "options", "continue").remove("javaName");
        })).hasSize(4).allSatisfy(problem -> assertThat(problem).contains("(file test.json): "));
    }

    private static ObjectNode addUriParam(ObjectNode document, int index) {
        return at(named(document, "methods", "aria2.addUri"), "params", index);
    }

    private static ObjectNode addUriResult(ObjectNode document) {
        return (ObjectNode) named(document, "methods", "aria2.addUri").get("result");
    }

    private static ObjectNode statusField(ObjectNode document, int index) {
        return at(named(document, "structs", "DownloadStatus"), "fields", index);
    }

    private static List<String> problemsAfter(Consumer<ObjectNode> edit) {
        ObjectNode document = minimal();
        edit.accept(document);
        return problems(document);
    }
}
