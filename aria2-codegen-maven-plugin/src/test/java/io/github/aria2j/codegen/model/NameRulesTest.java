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

/** Rules on names: duplicates, valid Java identifiers, and names that collide once turned into Java. */
class NameRulesTest {

    @Test
    void duplicateMethod() {
        assertThat(problemsAfter(doc -> named(doc, "methods", "system.listMethods").put("name", "aria2.addUri")))
                .containsExactly("$.methods[2].name (file test.json): duplicate method 'aria2.addUri'; first at"
                        + " $.methods[0].name (file test.json)");
    }

    @Test
    void duplicateNotification() {
        assertThat(problemsAfter(doc -> doc.withArray("notifications").add(named(doc, "notifications",
                "aria2.onDownloadStart").deepCopy()))).containsExactly("$.notifications[1].name (file test.json):"
                + " duplicate notification 'aria2.onDownloadStart'; first at $.notifications[0].name (file test.json)");
    }

    @Test
    void duplicateStruct() {
        assertThat(problemsAfter(doc -> doc.withArray("structs").add(named(doc, "structs", "DownloadStatus").deepCopy())))
                .containsExactly("$.structs[2].name (file test.json): duplicate struct 'DownloadStatus'; first at"
                        + " $.structs[0].name (file test.json)");
    }

    @Test
    void duplicateEnum() {
        assertThat(problemsAfter(doc -> named(doc, "enums", "TlsVersion").put("name", "DownloadState")))
                .containsExactly("$.enums[2].name (file test.json): duplicate enum 'DownloadState'; first at"
                        + " $.enums[0].name (file test.json)");
    }

    @Test
    void duplicateOption() {
        assertThat(problemsAfter(doc -> named(doc, "options", "rpc-secret").put("name", "header")))
                .containsExactly("$.options[8].name (file test.json): duplicate option 'header'; first at"
                        + " $.options[4].name (file test.json)");
    }

    @Test
    void duplicateShortName() {
        assertThat(problemsAfter(doc -> named(doc, "options", "header").put("short", "s"))).containsExactly(
                "$.options[7].short (file test.json): duplicate short name 's'; first at $.options[4].short"
                        + " (file test.json)");
    }

    @Test
    void duplicateField() {
        assertThat(problemsAfter(doc -> field(doc, 2).put("key", "gid"))).containsExactly(
                "$.structs[0].fields[2].key (file test.json): duplicate field 'gid'; first at"
                        + " $.structs[0].fields[0].key (file test.json)");
    }

    @Test
    void duplicateParam() {
        assertThat(problemsAfter(doc -> at(named(doc, "methods", "aria2.addUri"), "params", 2).put("name", "uris")))
                .containsExactly("$.methods[0].params[2].name (file test.json): duplicate param 'uris'; first at"
                        + " $.methods[0].params[0].name (file test.json)");
    }

    @Test
    void duplicateEnumValue() {
        assertThat(problemsAfter(doc -> at(named(doc, "enums", "DownloadState"), "values", 1).put("value", "active")))
                .containsExactly("$.enums[0].values[1].value (file test.json): duplicate value 'active'; first at"
                        + " $.enums[0].values[0].value (file test.json)");
    }

    @Test
    void structsEnumsAndNotificationsShareOneTypeNamespace() {
        assertThat(problemsAfter(doc -> {
            named(doc, "enums", "TlsVersion").put("name", "EventPayload");
            named(doc, "notifications", "aria2.onDownloadStart").put("name", "aria2.onDownloadStatus");
        })).containsExactly(
                "$.enums[2].name (file test.json): enum 'EventPayload' has the Java type name 'EventPayload', which"
                        + " struct 'EventPayload' at $.structs[1].name (file test.json) has too",
                "$.notifications[0].name (file test.json): notification 'aria2.onDownloadStatus' has the Java type"
                        + " name 'DownloadStatus', which struct 'DownloadStatus' at $.structs[0].name (file test.json)"
                        + " has too");
    }

    @Test
    void optionNamedByAJavaKeywordNeedsAJavaName() {
        assertThat(problemsAfter(doc -> named(doc, "options", "continue").remove("javaName"))).containsExactly(
                "$.options[0].name (file test.json): option 'continue' needs a javaName: its Java name 'continue'"
                        + " cannot be used, 'continue' is a Java keyword");
    }

    @Test
    void fieldNamedByAJavaKeywordNeedsAJavaName() {
        assertThat(problemsAfter(doc -> field(doc, 2).put("key", "class"))).containsExactly(
                "$.structs[0].fields[2].key (file test.json): field 'class' needs a javaName: 'class' is a Java"
                        + " keyword");
        assertThat(problemsAfter(doc -> field(doc, 2).put("key", "class").put("javaName", "classKey"))).isEmpty();
    }

    @Test
    void paramNamedByAJavaKeywordNeedsAJavaName() {
        assertThat(problemsAfter(doc -> at(named(doc, "methods", "aria2.addUri"), "params", 2).put("name", "default")))
                .containsExactly("$.methods[0].params[2].name (file test.json): param 'default' needs a javaName:"
                        + " 'default' is a Java keyword");
    }

    @Test
    void explicitJavaNameMustBeUsable() {
        assertThat(problemsAfter(doc -> named(doc, "options", "continue").put("javaName", "_"))).containsExactly(
                "$.options[0].javaName (file test.json): javaName '_' cannot name a setter: '_' is a Java keyword");
    }

    @Test
    void recordComponentMayNotBeNamedLikeAnObjectMethod() {
        assertThat(problemsAfter(doc -> field(doc, 2).put("key", "hashCode"))).containsExactly(
                "$.structs[0].fields[2].key (file test.json): field 'hashCode' needs a javaName: records may not have"
                        + " a component named 'hashCode'");
    }

    @Test
    void optionSetterMayNotClashWithAnObjectMethod() {
        assertThat(problemsAfter(doc -> named(doc, "options", "continue").put("javaName", "wait"))).containsExactly(
                "$.options[0].javaName (file test.json): javaName 'wait' cannot name a setter: it would clash with"
                        + " java.lang.Object.wait");
    }

    @Test
    void twoOptionNamesMappingToOneJavaName() {
        assertThat(problemsAfter(doc -> named(doc, "options", "header").put("javaName", "maxDownloadLimit")))
                .containsExactly("$.options[4].name (file test.json): option 'header' has the Java name"
                        + " 'maxDownloadLimit', which option 'max-download-limit' at $.options[2].name (file test.json)"
                        + " has too; give one of them another javaName");
    }

    @Test
    void twoOptionNamesMappingToOneJavaConstant() {
        assertThat(problemsAfter(doc -> named(doc, "options", "header").put("javaName", "max_download_limit")))
                .containsExactly("$.options[4].name (file test.json): option 'header' has the Java constant name"
                        + " 'MAX_DOWNLOAD_LIMIT', which option 'max-download-limit' at $.options[2].name"
                        + " (file test.json) has too; give one of them another javaName");
    }

    @Test
    void twoFieldsMappingToOneJavaName() {
        assertThat(problemsAfter(doc -> field(doc, 2).put("javaName", "gid"))).containsExactly(
                "$.structs[0].fields[2].key (file test.json): field 'totalLength' has the Java name 'gid', which"
                        + " field 'gid' at $.structs[0].fields[0].key (file test.json) has too; give one of them another"
                        + " javaName");
    }

    @Test
    void twoMethodsMappingToOneJavaName() {
        assertThat(problemsAfter(doc -> named(doc, "methods", "aria2.tellStatus").put("name", "aria2.listMethods")))
                .containsExactly("$.methods[2].name (file test.json): method 'system.listMethods' has the Java method"
                        + " name 'listMethods', which method 'aria2.listMethods' at $.methods[1].name (file test.json)"
                        + " has too");
    }

    @Test
    void methodWhoseJavaNameIsAKeywordOrAnObjectMethod() {
        assertThat(problemsAfter(doc -> {
            named(doc, "methods", "aria2.tellStatus").put("name", "aria2.new");
            named(doc, "methods", "aria2.addUri").put("name", "aria2.wait");
        })).containsExactly(
                "$.methods[0].name (file test.json): method 'aria2.wait' gives the Java method name 'wait', which"
                        + " cannot be used: it would clash with java.lang.Object.wait",
                "$.methods[1].name (file test.json): method 'aria2.new' gives the Java method name 'new', which cannot"
                        + " be used: 'new' is a Java keyword");
    }

    @Test
    void enumValueWithoutAConstantNameNeedsAJavaName() {
        assertThat(problemsAfter(doc -> at(named(doc, "enums", "DownloadState"), "values", 1).put("value", "0")))
                .containsExactly("$.enums[0].values[1].value (file test.json): value '0' gives no Java constant name"
                        + " (upper-cased, with '-' and '.' as '_'); add a javaName");
    }

    @Test
    void enumJavaNameMustBeUpperSnake() {
        assertThat(problemsAfter(doc -> at(named(doc, "enums", "TlsVersion"), "values", 0).put("javaName", "Tls12")))
                .containsExactly("$.enums[2].values[0].javaName (file test.json): javaName 'Tls12' is not valid;"
                        + " expected an upper-snake constant name (an upper-case letter, then upper-case letters, digits"
                        + " and '_')");
    }

    @Test
    void twoEnumValuesMappingToOneConstant() {
        assertThat(problemsAfter(doc -> at(named(doc, "enums", "TlsVersion"), "values", 1).put("value", "TLS_V1-2")))
                .containsExactly("$.enums[2].values[1].value (file test.json): value 'TLS_V1-2' has the Java name"
                        + " 'TLS_V1_2', which value 'TLSv1.2' at $.enums[2].values[0].javaName (file test.json) has"
                        + " too; give one of them another javaName");
    }

    @Test
    void enumConstantUnknownIsReserved() {
        assertThat(problemsAfter(doc -> at(named(doc, "enums", "DownloadState"), "values", 1).put("value", "unknown")))
                .containsExactly("$.enums[0].values[1].value (file test.json): value 'unknown' has the Java name"
                        + " 'UNKNOWN', which is reserved for the member that stands for values the schema does not list;"
                        + " give it another javaName");
    }

    @Test
    void namesMustFollowTheFormatsPatterns() {
        assertThat(problemsAfter(doc -> {
            named(doc, "methods", "aria2.addUri").put("name", "aria2.add_uri");
            named(doc, "notifications", "aria2.onDownloadStart").put("name", "aria2.downloadStart");
            doc.withArray("structs").add(named(doc, "structs", "EventPayload").deepCopy().put("name", "eventPayload"));
            named(doc, "options", "rpc-secret").put("name", "-rpc-secret");
        })).containsExactly(
                "$.structs[2].name (file test.json): struct name 'eventPayload' is not valid; expected an upper-case"
                        + " letter, then letters and digits",
                "$.methods[0].name (file test.json): method name 'aria2.add_uri' is not valid; expected aria2.NAME or"
                        + " system.NAME, NAME being a lower-case letter, then letters",
                "$.notifications[0].name (file test.json): notification name 'aria2.downloadStart' is not valid;"
                        + " expected aria2.onNAME, NAME starting with an upper-case letter, then letters",
                "$.options[8].name (file test.json): option name '-rpc-secret' is not valid; expected lower-case"
                        + " letters, digits and '-', not starting with '-'");
    }

    private static ObjectNode field(ObjectNode document, int index) {
        return at(named(document, "structs", "DownloadStatus"), "fields", index);
    }

    private static List<String> problemsAfter(Consumer<ObjectNode> edit) {
        ObjectNode document = minimal();
        edit.accept(document);
        return problems(document);
    }
}
