package io.github.aria2j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedSourceWriterTest {

    private static final Path A = Path.of("com/example/A.java");
    private static final Path B = Path.of("com/example/sub/B.java");

    @TempDir
    Path output;

    private final GeneratedSourceWriter writer = new GeneratedSourceWriter();

    @Test
    void writesEveryFileWithUnixLineEndsAndAManifest() throws IOException {
        GenerationResult result = writer.write(output, List.of(file("com.example", "A"), file("com.example.sub", "B")));

        assertThat(result.written()).containsExactly(A, B);
        assertThat(result.unchanged()).isEmpty();
        assertThat(result.deleted()).isEmpty();
        assertThat(result.upToDate()).isFalse();
        String text = Files.readString(output.resolve(A), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo(file("com.example", "A").toString()).doesNotContain("\r");
        assertThat(Files.readAllLines(output.resolve(GeneratedSourceWriter.MANIFEST)))
                .containsSubsequence("com/example/A.java", "com/example/sub/B.java");
    }

    @Test
    void leavesFilesWithUnchangedContentUntouched() throws IOException {
        writer.write(output, List.of(file("com.example", "A"), file("com.example.sub", "B")));
        FileTime past = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(output.resolve(A), past);
        Files.setLastModifiedTime(output.resolve(B), past);
        Files.setLastModifiedTime(output.resolve(GeneratedSourceWriter.MANIFEST), past);
        Object keyOfA = Files.readAttributes(output.resolve(A),
                BasicFileAttributes.class).fileKey();

        GenerationResult result = writer.write(output, List.of(file("com.example", "A"),
                fileWithField("com.example.sub", "B")));

        assertThat(result.unchanged()).containsExactly(A);
        assertThat(result.written()).containsExactly(B);
        assertThat(Files.getLastModifiedTime(output.resolve(A))).isEqualTo(past);
        assertThat(Files.readAttributes(output.resolve(A), BasicFileAttributes.class)
                .fileKey()).isEqualTo(keyOfA);
        assertThat(Files.getLastModifiedTime(output.resolve(B))).isNotEqualTo(past);
        assertThat(Files.getLastModifiedTime(output.resolve(GeneratedSourceWriter.MANIFEST))).isEqualTo(past);
    }

    @Test
    void secondRunWithTheSameFilesChangesNothing() throws IOException {
        List<JavaFile> files = List.of(file("com.example", "A"), file("com.example.sub", "B"));
        writer.write(output, files);

        GenerationResult again = writer.write(output, files);

        assertThat(again.upToDate()).isTrue();
        assertThat(again.unchanged()).containsExactly(A, B);
    }

    @Test
    void restoresAGeneratedFileEditedByHand() throws IOException {
        List<JavaFile> files = List.of(file("com.example", "A"), file("com.example.sub", "B"));
        writer.write(output, files);
        Files.writeString(output.resolve(A), "// edited by hand\n", StandardOpenOption.APPEND);

        GenerationResult result = writer.write(output, files);

        assertThat(result.written()).containsExactly(A);
        assertThat(Files.readString(output.resolve(A))).isEqualTo(file("com.example", "A").toString());
    }

    @Test
    void deletesFilesItGeneratedBeforeButNotUserFiles() throws IOException {
        writer.write(output, List.of(file("com.example", "A"), file("com.example.sub", "B")));
        Path userFile = output.resolve("com/example/Mine.java");
        Files.writeString(userFile, "package com.example; class Mine {}");
        Path userResource = output.resolve("notes.txt");
        Files.writeString(userResource, "mine");

        GenerationResult result = writer.write(output, List.of(file("com.example", "A")));

        assertThat(result.deleted()).containsExactly(B);
        assertThat(output.resolve(B)).doesNotExist();
        assertThat(output.resolve("com/example/sub")).as("emptied directory").doesNotExist();
        assertThat(userFile).exists();
        assertThat(userResource).exists();
        assertThat(output.resolve(A)).exists();
        assertThat(Files.readString(output.resolve(GeneratedSourceWriter.MANIFEST))).doesNotContain("B.java");
    }

    @Test
    void ignoresManifestEntriesOutsideTheOutputDirectory(@TempDir Path elsewhere) throws IOException {
        Path outside = elsewhere.resolve("Victim.java");
        Files.writeString(outside, "class Victim {}");
        Files.writeString(output.resolve(GeneratedSourceWriter.MANIFEST),
                "../" + elsewhere.getFileName() + "/Victim.java\n" + outside + "\nnotes.txt\n");
        Files.writeString(output.resolve("notes.txt"), "mine");

        GenerationResult result = writer.write(output, List.of(file("com.example", "A")));

        assertThat(result.deleted()).isEmpty();
        assertThat(outside).exists();
        assertThat(output.resolve("notes.txt")).exists();
    }

    @Test
    void writesTheSameBytesOnEveryRun(@TempDir Path other) throws IOException {
        List<JavaFile> files = List.of(file("com.example", "A"), file("com.example.sub", "B"));
        writer.write(output, files);
        writer.write(other, files);

        for (Path path : List.of(A, B, Path.of(GeneratedSourceWriter.MANIFEST))) {
            assertThat(Files.readAllBytes(other.resolve(path))).isEqualTo(Files.readAllBytes(output.resolve(path)));
        }
    }

    @Test
    void rejectsTwoFilesWithTheSamePath() {
        assertThatThrownBy(() -> writer.write(output, List.of(file("com.example", "A"), file("com.example", "A"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("com/example/A.java");
    }

    private static JavaFile file(String packageName, String name) {
        return JavaFile.builder(packageName, TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC).build())
                .build();
    }

    private static JavaFile fileWithField(String packageName, String name) {
        return JavaFile.builder(packageName, TypeSpec.classBuilder(name).addModifiers(Modifier.PUBLIC)
                .addField(int.class, "added").build()).build();
    }
}
