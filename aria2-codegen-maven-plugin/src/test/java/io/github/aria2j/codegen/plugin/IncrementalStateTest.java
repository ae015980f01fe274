package io.github.aria2j.codegen.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a run may skip generating: same fingerprint and every recorded file still present. */
class IncrementalStateTest {

    @TempDir
    Path out;

    private IncrementalState state;
    private Path first;
    private Path second;

    @BeforeEach
    void generateTwoFiles() throws IOException {
        state = new IncrementalState(out);
        first = write("a/b/First.java");
        second = write("a/Second.java");
    }

    @Test
    void isNotUpToDateWithoutAState() throws IOException {
        assertThat(state.isUpToDate("f1")).isFalse();
    }

    @Test
    void isUpToDateAfterRecordingTheSameFingerprint() throws IOException {
        state.record("f1", List.of(first, second));

        assertThat(state.isUpToDate("f1")).isTrue();
        assertThat(new IncrementalState(out).isUpToDate("f1")).isTrue();
    }

    @Test
    void isNotUpToDateForAnotherFingerprint() throws IOException {
        state.record("f1", List.of(first, second));

        assertThat(state.isUpToDate("f2")).isFalse();
    }

    @Test
    void isNotUpToDateWhenAGeneratedFileWasDeleted() throws IOException {
        state.record("f1", List.of(first, second));
        Files.delete(second);

        assertThat(state.isUpToDate("f1")).isFalse();
    }

    @Test
    void isNotUpToDateWhenAGeneratedFileWasEdited() throws IOException {
        state.record("f1", List.of(first, second));
        Files.writeString(second, "class Y { int edited; }");

        assertThat(state.isUpToDate("f1")).isFalse();
    }

    @Test
    void isNotUpToDateWhenAGeneratedFileWasTouched() throws IOException {
        state.record("f1", List.of(first, second));
        Files.setLastModifiedTime(first, FileTime.fromMillis(Files.getLastModifiedTime(first).toMillis() - 5000));

        assertThat(state.isUpToDate("f1")).isFalse();
    }

    @Test
    void isNotUpToDateWhenNothingWasGenerated() throws IOException {
        state.record("f1", List.of());

        assertThat(state.isUpToDate("f1")).isFalse();
    }

    @Test
    void isNotUpToDateAfterClearing() throws IOException {
        state.record("f1", List.of(first, second));
        state.clear();

        assertThat(state.isUpToDate("f1")).isFalse();
        assertThat(out.resolve(IncrementalState.FILE_NAME)).doesNotExist();
    }

    @Test
    void storesSortedRelativePathsWithForwardSlashesSizesAndTimes() throws IOException {
        state.record("f1", List.of(first, out.relativize(second)));

        assertThat(Files.readAllLines(out.resolve(IncrementalState.FILE_NAME))).containsExactly(
                "# aria2j-codegen: inputs of the last generation; delete to regenerate",
                "fingerprint=f1",
                "file=a/Second.java\t10\t" + Files.getLastModifiedTime(second).toMillis(),
                "file=a/b/First.java\t10\t" + Files.getLastModifiedTime(first).toMillis());
    }

    @Test
    void refusesAFileOutsideTheOutputDirectory() {
        Path outside = out.resolveSibling("Elsewhere.java");

        assertThatThrownBy(() -> state.record("f1", List.of(outside)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private Path write(String relative) throws IOException {
        Path file = out.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "class X {}");
    }
}
