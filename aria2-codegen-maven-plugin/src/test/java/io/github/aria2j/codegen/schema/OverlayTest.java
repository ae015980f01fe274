package io.github.aria2j.codegen.schema;

import static io.github.aria2j.codegen.testing.TestSchemas.minimal;
import static io.github.aria2j.codegen.testing.TestSchemas.named;
import static io.github.aria2j.codegen.testing.TestSchemas.problems;
import static io.github.aria2j.codegen.testing.TestSchemas.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.aria2j.codegen.diagnostic.SchemaValidationException;
import io.github.aria2j.codegen.testing.TestSchemas;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The overlay merge rule: replace by name in place, append new names, keep repeats for the validator. */
class OverlayTest {

    private final SchemaReader reader = new SchemaReader();

    @Test
    void appendsANewMethod() throws SchemaValidationException {
        ObjectNode overlay = overlayWith("methods", named(minimal(), "methods", "aria2.tellStatus")
                .put("name", "aria2.tellEverything").put("manualAnchor", "aria2.tellEverything"));

        SchemaDocument document = reader.read(source("base.json", minimal()), List.of(source("user.json", overlay)));

        assertThat(document.methods()).extracting(MethodSpec::name)
                .containsExactly("aria2.addUri", "aria2.tellStatus", "system.listMethods", "aria2.tellEverything");
        assertThat(document.methods().get(3).path().toString()).isEqualTo("$.methods[0] (file user.json)");
        assertThat(document.sources()).containsExactly("base.json", "user.json");
    }

    @Test
    void replacesAnOptionInPlace() throws SchemaValidationException {
        ObjectNode overlay = overlayWith("options", named(minimal(), "options", "split").put("default", "8"));

        SchemaDocument document = reader.read(source("base.json", minimal()), List.of(source("user.json", overlay)));

        assertThat(document.options()).hasSize(9);
        assertThat(document.options().get(7).defaultValue()).contains("8");
        assertThat(document.options().get(7).path().file()).isEqualTo("user.json");
    }

    @Test
    void appliesOverlaysInOrderSoTheLastWins() throws SchemaValidationException {
        ObjectNode first = overlayWith("options", named(minimal(), "options", "split").put("default", "8"));
        ObjectNode second = overlayWith("options", named(minimal(), "options", "split").put("default", "9"));

        SchemaDocument document = reader.read(source("base.json", minimal()),
                List.of(source("first.json", first), source("second.json", second)));

        assertThat(document.options().get(7).defaultValue()).contains("9");
        assertThat(document.options().get(7).path().file()).isEqualTo("second.json");
    }

    @Test
    void keepsANameRepeatedInOneOverlaySoThatItIsReportedAsDuplicate() {
        ObjectNode overlay = overlayWith("options", named(minimal(), "options", "split").put("default", "8"),
                named(minimal(), "options", "split").put("default", "9"));

        assertThat(problems(source("base.json", minimal()), List.of(source("user.json", overlay)))).containsExactly(
                "$.options[1].name (file user.json): duplicate option 'split'; first at $.options[0].name (file user.json)");
    }

    @Test
    void reportsProblemsOfABrokenOverlayWithItsOwnFileName() {
        ObjectNode broken = named(minimal(), "options", "split").put("default", "0");
        broken.remove("kind");
        ObjectNode overlay = overlayWith("options", broken);

        assertThat(problems(source("base.json", minimal()), List.of(source("mine.json", overlay))))
                .containsExactly("$.options[0] (file mine.json): missing required field 'kind'");
    }

    @Test
    void reportsModelProblemsOfAnOverlayWithItsOwnFileName() {
        ObjectNode overlay = overlayWith("options", named(minimal(), "options", "split").put("default", "0"));

        assertThat(problems(source("base.json", minimal()), List.of(source("mine.json", overlay)))).containsExactly(
                "$.options[0].default (file mine.json): default \"0\" is below min 1 for option 'split'");
    }

    @Test
    void letsAnOverlayAddAStructThatANewMethodReturns() throws Exception {
        ObjectNode overlay = TestSchemas.object("""
                {"structs": [{"name": "Quota", "summary": "A quota.", "fields": [
                  {"key": "bytes", "type": "long", "wire": "string", "presence": "always", "description": "Bytes."}]}],
                 "methods": [{"name": "aria2.getQuota", "summary": "Gets the quota.", "manualAnchor": "aria2.getQuota",
                  "token": "required", "params": [], "errors": [],
                  "result": {"type": "Quota", "wire": "object", "description": "The quota."}}]}""");

        assertThat(problems(source("base.json", minimal()), List.of(source("quota.json", overlay)))).isEmpty();
    }

    private static ObjectNode overlayWith(String collection, ObjectNode... elements) {
        ObjectNode overlay = TestSchemas.object("{}");
        ArrayNode array = overlay.putArray(collection);
        for (ObjectNode element : elements) {
            array.add(element);
        }
        return overlay;
    }
}
