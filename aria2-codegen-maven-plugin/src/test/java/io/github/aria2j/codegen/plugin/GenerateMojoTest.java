package io.github.aria2j.codegen.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.codegen.diagnostic.Problem;
import io.github.aria2j.codegen.diagnostic.SchemaPath;
import io.github.aria2j.codegen.diagnostic.SchemaValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The failure message for a schema with mistakes: every problem, each with file and JSON path. */
class GenerateMojoTest {

    @Test
    void listsEveryProblemWithItsPath() {
        SchemaValidationException e = new SchemaValidationException(List.of(
                new Problem(new SchemaPath("mine.json", "$.methods[0].result.type"), "unknown type 'Nope'"),
                new Problem(new SchemaPath("mine.json", "$.options[1].name"), "duplicate option 'split'")));

        assertThat(GenerateMojo.describe(e)).isEqualTo("""
                aria2j: the schema has 2 problems (nothing was generated):
                  - $.methods[0].result.type (file mine.json): unknown type 'Nope'
                  - $.options[1].name (file mine.json): duplicate option 'split'""");
    }

    @Test
    void saysProblemInTheSingular() {
        SchemaValidationException e = new SchemaValidationException(List.of(
                new Problem(SchemaPath.root("a.json"), "missing required field 'format'")));

        assertThat(GenerateMojo.describe(e)).startsWith("aria2j: the schema has 1 problem (");
    }
}
