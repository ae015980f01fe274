package io.github.aria2j.codegen.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.codegen.GeneratedArtifact;
import io.github.aria2j.codegen.GeneratorConfig;
import io.github.aria2j.codegen.schema.SchemaSource;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the goal's parameters become a generator configuration, and how wrong ones are reported. */
class ConfigMapperTest {

    @TempDir
    Path dir;

    @Test
    void defaultsToTheBundledSchemaBothArtifactsAndTheGivenPackage() throws MojoFailureException {
        GeneratorConfig config = ConfigMapper.toConfig(null, null, "io.github.aria2j", "both", dir.toFile());

        assertThat(config.schema().name()).isEqualTo("aria2-rpc.json");
        assertThat(config.overlays()).isEmpty();
        assertThat(config.basePackage()).isEqualTo("io.github.aria2j");
        assertThat(config.artifacts()).containsExactlyInAnyOrder(GeneratedArtifact.OPTIONS, GeneratedArtifact.CLIENT);
        assertThat(config.outputDirectory()).isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void theBundledSchemaIsOnTheClasspath() throws IOException {
        try (var in = SchemaSource.defaultSchema().open()) {
            assertThat(in.read()).isEqualTo('{');
        }
    }

    @Test
    void namesSchemaAndOverlaysByTheirFileNamesInOrder() throws IOException, MojoFailureException {
        File schema = file("my-schema.json");
        File first = file("first.json");
        File second = file("second.json");

        GeneratorConfig config = ConfigMapper.toConfig(schema, List.of(first, second), "com.example", "both",
                dir.resolve("out").toFile());

        assertThat(config.schema().name()).isEqualTo("my-schema.json");
        assertThat(config.overlays()).extracting(SchemaSource::name).containsExactly("first.json", "second.json");
    }

    @Test
    void mapsEachGenerateValueInAnyCase() throws MojoFailureException {
        assertThat(ConfigMapper.artifacts("client")).containsExactly(GeneratedArtifact.CLIENT);
        assertThat(ConfigMapper.artifacts("Options")).containsExactly(GeneratedArtifact.OPTIONS);
        assertThat(ConfigMapper.artifacts(" BOTH ")).containsExactlyInAnyOrder(GeneratedArtifact.OPTIONS,
                GeneratedArtifact.CLIENT);
        assertThat(ConfigMapper.artifacts(null)).hasSize(2);
    }

    @Test
    void rejectsAnUnknownGenerateValueNamingTheAcceptedOnes() {
        assertThatThrownBy(() -> ConfigMapper.artifacts("server"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("aria2j: parameter 'generate' is 'server'; expected one of: client, options, both");
    }

    @Test
    void rejectsAMissingSchemaFile() {
        File missing = dir.resolve("nope.json").toFile();

        assertThatThrownBy(() -> ConfigMapper.toConfig(missing, null, "a.b", "both", dir.toFile()))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("schemaFile")
                .hasMessageContaining("nope.json")
                .hasMessageContaining("does not exist");
    }

    @Test
    void rejectsAMissingOverlay() throws IOException {
        List<File> overlays = List.of(file("present.json"), dir.resolve("absent.json").toFile());

        assertThatThrownBy(() -> ConfigMapper.toConfig(null, overlays, "a.b", "both", dir.toFile()))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("overlays")
                .hasMessageContaining("absent.json");
    }

    @Test
    void reportsAnInvalidPackageAsAConfigurationMistake() {
        assertThatThrownBy(() -> ConfigMapper.toConfig(null, null, "not a package", "both", dir.toFile()))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("aria2j: basePackage 'not a package' is not a valid Java package name")
                .hasNoCause();
    }

    private File file(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "{}").toFile();
    }
}
