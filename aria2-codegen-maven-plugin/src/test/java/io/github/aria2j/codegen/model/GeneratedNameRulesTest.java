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

/** Rules on names the generator makes up itself, which the schema's names must not take. */
class GeneratedNameRulesTest {

    @Test
    void methodMayNotClashWithAClientMethodOfItsOwn() {
        assertThat(problemsAfter(doc -> named(doc, "methods", "system.listMethods").put("name", "system.close")))
                .containsExactly("$.methods[2].name (file test.json): method 'system.close' gives the Java method name"
                        + " 'close', which cannot be used: the client interfaces have a method 'close' of their own,"
                        + " which is not generated from the schema");
        assertThat(problemsAfter(doc -> named(doc, "methods", "system.listMethods").put("name", "aria2.withTimeout")))
                .containsExactly("$.methods[2].name (file test.json): method 'aria2.withTimeout' gives the Java method"
                        + " name 'withTimeout', which cannot be used: the client interfaces have a method"
                        + " 'withTimeout' of their own, which is not generated from the schema");
        assertThat(problemsAfter(doc -> named(doc, "methods", "system.listMethods").put("name", "system.notify")))
                .containsExactly("$.methods[2].name (file test.json): method 'system.notify' gives the Java method"
                        + " name 'notify', which cannot be used: it would clash with java.lang.Object.notify");
    }

    @Test
    void methodMayNotTakeTheNameOfAClientEntryPoint() {
        for (String name : List.of("batch", "call", "builder")) {
            assertThat(problemsAfter(doc -> named(doc, "methods", "system.listMethods").put("name", "system." + name)))
                    .containsExactly("$.methods[2].name (file test.json): method 'system." + name + "' gives the Java"
                            + " method name '" + name + "', which cannot be used: the client interfaces have a method '"
                            + name + "' of their own, which is not generated from the schema");
        }
    }

    @Test
    void methodMayNotTakeTheNameOfAMethodOfTheTypedBatch() {
        assertThat(problemsAfter(doc -> named(doc, "methods", "system.listMethods").put("name", "aria2.execute")))
                .containsExactly("$.methods[2].name (file test.json): method 'aria2.execute' gives the Java method"
                        + " name 'execute', which cannot be used: the typed batch (Aria2Batch) has a method 'execute'"
                        + " of its own, which is not generated from the schema");
    }

    @Test
    void methodMayNotTakeTheNameOfAPagedVariant() {
        assertThat(problemsAfter(doc -> {
            PagingRulesTest.withTellWaiting(doc);
            named(doc, "methods", "system.listMethods").put("name", "aria2.tellWaitingAll");
        })).containsExactly("$.methods[2].name (file test.json): method 'aria2.tellWaitingAll' gives the Java method"
                + " name 'tellWaitingAll', which cannot be used: the paged variant of method 'aria2.tellWaiting'"
                + " (which has paging) has that name");
        assertThat(problemsAfter(doc -> {
            at(PagingRulesTest.withTellWaiting(doc), "methods", 3).remove("paging");
            named(doc, "methods", "system.listMethods").put("name", "aria2.tellWaitingAll");
        })).as("without paging there is no variant").isEmpty();
    }

    @Test
    void typeMayNotTakeTheNameOfTheBatchOrTheBuilder() {
        assertThat(problemsAfter(doc -> named(doc, "enums", "TlsVersion").put("name", "Aria2Batch")))
                .containsExactly("$.enums[2].name (file test.json): enum 'Aria2Batch' has the Java type name"
                        + " 'Aria2Batch', which the generator gives to the typed batch; rename it");
        assertThat(problemsAfter(doc -> named(doc, "enums", "TlsVersion").put("name", "Aria2ClientBuilder")))
                .containsExactly("$.enums[2].name (file test.json): enum 'Aria2ClientBuilder' has the Java type name"
                        + " 'Aria2ClientBuilder', which the generator gives to the client builder; rename it");
    }

    @Test
    void typeMayNotTakeANameDerivedFromAKeysOfStruct() {
        assertThat(problemsAfter(doc -> named(doc, "enums", "TlsVersion").put("name", "DownloadStatusKey")))
                .containsExactly("$.enums[2].name (file test.json): enum 'DownloadStatusKey' has the Java type name"
                        + " 'DownloadStatusKey', which the generator gives to the key enum of struct 'DownloadStatus',"
                        + " which a keysOf names; rename it");
        assertThat(problemsAfter(doc -> named(doc, "enums", "TlsVersion").put("name", "DownloadStatusProjection")))
                .containsExactly("$.enums[2].name (file test.json): enum 'DownloadStatusProjection' has the Java type"
                        + " name 'DownloadStatusProjection', which the generator gives to the projection of struct"
                        + " 'DownloadStatus', which a keysOf names; rename it");
    }

    @Test
    void typeMayNotTakeTheNameOfACodec() {
        assertThat(problemsAfter(doc -> named(doc, "enums", "TlsVersion").put("name", "EventPayloadCodec")))
                .containsExactly("$.enums[2].name (file test.json): enum 'EventPayloadCodec' has the Java type name"
                        + " 'EventPayloadCodec', which the generator gives to the codec of struct 'EventPayload';"
                        + " rename it");
    }

    @Test
    void typeMayNotTakeTheNameOfAFixedGeneratedClass() {
        assertThat(problemsAfter(doc -> {
            named(doc, "enums", "TlsVersion").put("name", "AddOptions");
            named(doc, "notifications", "aria2.onDownloadStart").put("name", "aria2.onNotificationDispatcher");
        })).containsExactly(
                "$.notifications[0].name (file test.json): notification 'aria2.onNotificationDispatcher' has the Java"
                        + " type name 'NotificationDispatcher', which the generator gives to the notification"
                        + " dispatcher; rename it",
                "$.enums[2].name (file test.json): enum 'AddOptions' has the Java type name 'AddOptions', which the"
                        + " generator gives to the options of aria2.addUri and the other add methods; rename it");
    }

    @Test
    void projectedFieldMayNotTakeTheProjectionsAccessor() {
        assertThat(problemsAfter(doc -> statusField(doc, 2).put("key", "requestedKeys"))).containsExactly(
                "$.structs[0].fields[2].key (file test.json): field 'requestedKeys' of struct 'DownloadStatus' has"
                        + " the Java name 'requestedKeys', which the struct's projection (a keysOf names the struct)"
                        + " uses for its own accessor; give the field another javaName");
        assertThat(problemsAfter(doc -> statusField(doc, 2).put("key", "requestedKeys").put("javaName", "keysAsked")))
                .isEmpty();
        assertThat(problemsAfter(doc -> at(named(doc, "structs", "EventPayload"), "fields", 0)
                .put("key", "requestedKeys"))).isEmpty();
    }

    @Test
    void methodMayNotTakeTheNameOfTheEventsAndNoTypeTheirClass() {
        assertThat(problemsAfter(doc -> named(doc, "methods", "system.listMethods").put("name", "system.events")))
                .containsExactly("$.methods[2].name (file test.json): method 'system.events' gives the Java method"
                        + " name 'events', which cannot be used: the client interfaces have a method 'events' of"
                        + " their own, which is not generated from the schema");
        assertThat(problemsAfter(doc -> named(doc, "enums", "TlsVersion").put("name", "Aria2Events")))
                .containsExactly("$.enums[2].name (file test.json): enum 'Aria2Events' has the Java type name"
                        + " 'Aria2Events', which the generator gives to the notification events; rename it");
    }

    @Test
    void notificationComponentMayNotTakeTheNameRecovered() {
        assertThat(problemsAfter(doc -> at(named(doc, "structs", "EventPayload"), "fields", 0)
                .put("key", "recovered"))).containsExactly(
                "$.structs[1].fields[0].key (file test.json): field 'recovered' of struct 'EventPayload' has the Java"
                        + " name 'recovered', which every notification record has as a component of its own (a"
                        + " notification is flattened from the struct); give the field another javaName");
        assertThat(problemsAfter(doc -> at(named(doc, "structs", "EventPayload"), "fields", 0)
                .put("key", "recovered").put("javaName", "wasRecovered"))).isEmpty();
        assertThat(problemsAfter(doc -> at(named(doc, "notifications", "aria2.onDownloadStart"), "params", 0)
                .put("type", "string").put("name", "recovered"))).containsExactly(
                "$.notifications[0].params[0].name (file test.json): param 'recovered' of notification"
                        + " 'aria2.onDownloadStart' has the Java name 'recovered', which every notification record"
                        + " has as a component of its own; give the param another javaName");
        assertThat(problemsAfter(doc -> statusField(doc, 2).put("key", "recovered")))
                .as("a struct no notification is flattened from").isEmpty();
    }

    @Test
    void optionSetterMayNotTakeABuilderMethodName() {
        assertThat(problemsAfter(doc -> named(doc, "options", "continue").put("javaName", "putValue")))
                .containsExactly("$.options[0].javaName (file test.json): javaName 'putValue' cannot name a setter:"
                        + " the options builders have a method 'putValue' of their own");
        assertThat(problemsAfter(doc -> named(doc, "options", "split").put("name", "build"))).containsExactly(
                "$.options[7].name (file test.json): option 'build' needs a javaName: its Java name 'build' cannot be"
                        + " used, the options builders have a method 'build' of their own");
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
