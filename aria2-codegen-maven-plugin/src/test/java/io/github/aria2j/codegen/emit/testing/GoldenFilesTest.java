package io.github.aria2j.codegen.emit.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The diff that a golden-file mismatch shows. */
class GoldenFilesTest {

    @Test
    void showsChangedLinesWithContextAndTheirLineNumber() {
        String expected = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\n";
        String actual = "a\nb\nc\nd\ne\nF\ng\nh\ni\nj\n";
        assertThat(GoldenFiles.diff(expected, actual))
                .isEqualTo("@@ golden line 3 @@\n c\n d\n e\n-f\n+F\n g\n h\n i\n");
    }

    @Test
    void joinsNearbyChangesAndSeparatesDistantOnes() {
        String expected = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n19\n20\n";
        String actual = "1\ntwo\n3\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\neighteen\n19\n20\n";
        String diff = GoldenFiles.diff(expected, actual);
        assertThat(diff).startsWith("@@ golden line 1 @@\n 1\n-2\n+two\n 3\n-4\n 5\n");
        assertThat(diff).contains("@@ golden line 15 @@\n 15\n 16\n 17\n-18\n+eighteen\n 19\n 20\n");
    }

    @Test
    void namesADifferenceOnlyInLineEndings() {
        assertThat(GoldenFiles.diff("a\n", "a")).contains("line endings");
    }
}
