package io.github.aria2j.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The line diff that golden-file mismatches show. */
class OptionsGoldenFilesTest {

    @Test
    @DisplayName("changed, added and removed lines with two lines of context and line numbers")
    void diff() {
        String golden = "a\nb\nc\nd\ne\nf\ng\nh\ni\n";
        String generated = "a\nb\nc\nD\ne\nf\ng\nh\ni\nj\n";

        assertThat(OptionsGoldenFiles.diff(golden, generated)).isEqualTo("""
                @@ golden line 2, generated line 2 @@
                 b
                 c
                -d
                +D
                 e
                 f
                @@ golden line 8, generated line 8 @@
                 h
                 i
                +j
                """);
    }

    @Test
    @DisplayName("a missing final newline is reported")
    void finalNewline() {
        assertThat(OptionsGoldenFiles.diff("a\n", "a")).isEqualTo(
                "\\ the golden file ends with a newline; the generated text does not\n");
    }
}
