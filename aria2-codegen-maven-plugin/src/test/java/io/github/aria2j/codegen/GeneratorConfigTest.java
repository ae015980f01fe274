package io.github.aria2j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.codegen.schema.SchemaSource;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratorConfigTest {

    private static final Path OUTPUT = Path.of("target", "generated");

    @ParameterizedTest
    @ValueSource(strings = {"io.github.aria2j", "com.example", "a", "com.example.v2", "org._internal", "my_pkg.x1"})
    void acceptsValidPackageNames(String name) {
        assertThat(config(name, EnumSet.allOf(GeneratedArtifact.class)).basePackage()).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                | basePackage is empty; expected a Java package name such as io.github.aria2j
            com..example      | basePackage 'com..example' is not a valid Java package name: part 2 is empty; expected names separated by single dots, such as io.github.aria2j
            .com              | basePackage '.com' is not a valid Java package name: part 1 is empty
            com.              | basePackage 'com.' is not a valid Java package name: part 2 is empty
            com.example.class | basePackage 'com.example.class' is not a valid Java package name: 'class' is a Java keyword; each part must be a Java identifier (ASCII letters, digits and _, not starting with a digit) and not a keyword
            com.2fast         | basePackage 'com.2fast' is not a valid Java package name: '2fast' is not a Java identifier
            com.my-app        | basePackage 'com.my-app' is not a valid Java package name: 'my-app' is not a Java identifier
            'com example'     | basePackage 'com example' is not a valid Java package name: 'com example' is not a Java identifier
            java.aria2        | basePackage 'java.aria2' is not a valid Java package name: packages under 'java' are reserved for the JDK
            """)
    void rejectsInvalidPackageNamesWithAClearMessage(String name, String message) {
        assertThatThrownBy(() -> config(name, EnumSet.of(GeneratedArtifact.CLIENT)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void needsAtLeastOneArtifact() {
        assertThatThrownBy(() -> config("com.example", EnumSet.noneOf(GeneratedArtifact.class)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no artifact to generate; choose at least one of: OPTIONS, CLIENT");
    }

    @Test
    void copiesTheCollections() {
        Set<GeneratedArtifact> artifacts = new HashSet<>(Set.of(GeneratedArtifact.CLIENT));
        GeneratorConfig config = config("com.example", artifacts);
        artifacts.add(GeneratedArtifact.OPTIONS);

        assertThat(config.artifacts()).containsExactly(GeneratedArtifact.CLIENT);
        assertThatThrownBy(() -> config.artifacts().add(GeneratedArtifact.OPTIONS))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    private static GeneratorConfig config(String basePackage, Set<GeneratedArtifact> artifacts) {
        return new GeneratorConfig(SchemaSource.text("s.json", "{}"), List.of(), basePackage, artifacts, OUTPUT);
    }
}
