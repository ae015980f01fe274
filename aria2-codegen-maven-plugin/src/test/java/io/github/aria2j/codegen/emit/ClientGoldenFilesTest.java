package io.github.aria2j.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The golden-file diff must point at the change, with a little context, and nothing else. */
class ClientGoldenFilesTest {

    @Test
    void showsChangedLinesWithContextAndLineNumbers() {
        String expected = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
        String actual = "a\nb\nc\nd\ne\nF\ng\nh\ni\nj\nk\n";

        assertThat(ClientGoldenFiles.diff(expected, actual)).isEqualTo("""
                @@ golden line 3, generated line 3 @@
                 c
                 d
                 e
                -f
                +F
                 g
                 h
                 i
                 j
                +k
                """);
    }

    @Test
    void separatesDistantChangesIntoHunks() {
        String expected = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n";
        String actual = "x\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\ny\n";

        assertThat(ClientGoldenFiles.diff(expected, actual)).isEqualTo("""
                @@ golden line 1, generated line 1 @@
                -1
                +x
                 2
                 3
                 4
                @@ golden line 9, generated line 9 @@
                 9
                 10
                 11
                -12
                +y
                """);
    }

    @Test
    void reportsAMissingFinalNewline() {
        assertThat(ClientGoldenFiles.diff("a\n", "a")).contains("\\ (golden ends with a newline, generated does not)");
    }
}
