package io.github.aria2j.codegen.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.codegen.GeneratedArtifact;
import io.github.aria2j.codegen.GeneratorConfig;
import io.github.aria2j.codegen.schema.SchemaSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fingerprint changes exactly when something that decides the output changes. */
class FingerprintTest {

    private static final Set<GeneratedArtifact> BOTH = EnumSet.allOf(GeneratedArtifact.class);

    @TempDir
    Path dir;

    @Test
    void isStableForEqualInputs() throws IOException {
        assertThat(Fingerprint.of(config("{}", List.of(), "a.b", BOTH), "plugin:1"))
                .isEqualTo(Fingerprint.of(config("{}", List.of(), "a.b", BOTH), "plugin:1"))
                .matches("[0-9a-f]{64}");
    }

    @Test
    void ignoresTheOutputDirectory() throws IOException {
        GeneratorConfig here = config("{}", List.of(), "a.b", BOTH);
        GeneratorConfig there = new GeneratorConfig(here.schema(), here.overlays(), here.basePackage(),
                here.artifacts(), dir.resolve("elsewhere"));

        assertThat(Fingerprint.of(there, "p")).isEqualTo(Fingerprint.of(here, "p"));
    }

    @Test
    void changesWithEveryInput() throws IOException {
        String base = Fingerprint.of(config("{}", List.of(), "a.b", BOTH), "plugin:1");

        assertThat(Fingerprint.of(config("{ }", List.of(), "a.b", BOTH), "plugin:1")).isNotEqualTo(base);
        assertThat(Fingerprint.of(config("{}", List.of("{}"), "a.b", BOTH), "plugin:1")).isNotEqualTo(base);
        assertThat(Fingerprint.of(config("{}", List.of(), "a.c", BOTH), "plugin:1")).isNotEqualTo(base);
        assertThat(Fingerprint.of(config("{}", List.of(), "a.b", EnumSet.of(GeneratedArtifact.OPTIONS)),
                "plugin:1")).isNotEqualTo(base);
        assertThat(Fingerprint.of(config("{}", List.of(), "a.b", BOTH), "plugin:2")).isNotEqualTo(base);
    }

    @Test
    void distinguishesOverlayOrderAndBoundaries() throws IOException {
        assertThat(Fingerprint.of(config("{}", List.of("[1]", "[2]"), "a.b", BOTH), "p"))
                .isNotEqualTo(Fingerprint.of(config("{}", List.of("[2]", "[1]"), "a.b", BOTH), "p"));
        assertThat(Fingerprint.of(config("{}", List.of("ab", "c"), "a.b", BOTH), "p"))
                .isNotEqualTo(Fingerprint.of(config("{}", List.of("a", "bc"), "a.b", BOTH), "p"));
    }

    @Test
    void changesWithTheSchemaDisplayNameShownInGeneratedHeaders() throws IOException {
        GeneratorConfig one = new GeneratorConfig(SchemaSource.text("one.json", "{}"), List.of(), "a.b", BOTH, dir);
        GeneratorConfig two = new GeneratorConfig(SchemaSource.text("two.json", "{}"), List.of(), "a.b", BOTH, dir);

        assertThat(Fingerprint.of(one, "p")).isNotEqualTo(Fingerprint.of(two, "p"));
    }

    @Test
    void digestsAJarByContent() throws IOException {
        Path file = Files.writeString(dir.resolve("x.jar"), "abc");

        assertThat(Fingerprint.ofCode(file))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void digestsAClassDirectoryByItsFilesSizesAndTimes() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/a"));
        Path file = Files.writeString(classes.resolve("A.class"), "abc");
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000));
        String before = Fingerprint.ofCode(dir.resolve("classes"));

        assertThat(Fingerprint.ofCode(dir.resolve("classes"))).isEqualTo(before);
        Files.setLastModifiedTime(file, FileTime.fromMillis(2_000_000));
        assertThat(Fingerprint.ofCode(dir.resolve("classes"))).isNotEqualTo(before);
        Files.writeString(classes.resolve("B.class"), "x");
        assertThat(Fingerprint.ofCode(dir.resolve("classes"))).isNotEqualTo(before);
    }

    private GeneratorConfig config(String schema, List<String> overlays, String basePackage,
            Set<GeneratedArtifact> artifacts) {
        List<SchemaSource> overlaySources = overlays.stream()
                .map(text -> SchemaSource.text("overlay.json", text))
                .toList();
        return new GeneratorConfig(SchemaSource.text("schema.json", schema), overlaySources, basePackage, artifacts,
                dir);
    }
}
