package io.github.aria2j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks {@link HelpParser} on the recorded {@code aria2c --help=#all} of 1.36.0, so that a parsing mistake cannot
 * hide drift (or invent it). Needs no aria2c; the recording is found through {@code -Daria2.reference.dir}.
 */
class HelpParserIT {

    private static final String REFERENCE_DIR_PROPERTY = "aria2.reference.dir";

    private static Map<String, HelpOption> help;

    @BeforeAll
    static void parseRecordedHelp() throws IOException {
        String dir = System.getProperty(REFERENCE_DIR_PROPERTY);
        assertThat(dir).as("system property %s (set by the build)", REFERENCE_DIR_PROPERTY).isNotBlank();
        Path recorded = Path.of(dir, "help-all-1.36.txt");
        assertThat(recorded).as("recorded aria2c --help=#all").isRegularFile();
        help = HelpParser.parse(Files.readString(recorded, StandardCharsets.UTF_8));
    }

    @Test
    void findsEveryVisibleOptionInHelpOrder() {
        // 1.36.0 has 198 visible option handlers minus no-want-digest-header (new in 1.37.0).
        assertThat(help).hasSize(197);
        assertThat(help.keySet()).startsWith("version", "help", "timeout").endsWith("metalink-base-uri");
    }

    @Test
    void readsShortNamePossibleValuesDefaultAndTags() {
        assertThat(help.get("split")).isEqualTo(
                new HelpOption("split", "s", "1-*", "5", List.of("basic", "http", "ftp")));
        assertThat(help.get("help")).satisfies(option -> {
            assertThat(option.shortName()).isEqualTo("h");
            assertThat(option.possibleValues()).startsWith("#basic, #advanced, ").endsWith(", #all");
            assertThat(option.defaultValue()).isEqualTo("#basic");
            assertThat(option.tags()).containsExactly("basic", "help");
        });
    }

    @Test
    void leavesAbsentAttributesNull() {
        HelpOption referer = help.get("referer");
        assertThat(referer.shortName()).isNull();
        assertThat(referer.possibleValues()).isNull();
        assertThat(referer.defaultValue()).isNull();
        assertThat(referer.tags()).containsExactly("http");
        assertThat(help.get("version").possibleValues()).isNull();
        assertThat(help.get("log").defaultValue()).isNull();
    }

    @Test
    void acceptsAnEmptyTagsLine() {
        // --netrc-path is the one option whose help prints "Tags: " with nothing after it.
        assertThat(help.get("netrc-path").tags()).isEmpty();
    }

    @Test
    void handlesHeaderVariants() {
        // Description starting on the next line, a name longer than the header column, and "=true|false|mem" syntax.
        assertThat(help.get("pause-metadata").possibleValues()).isEqualTo("true, false");
        assertThat(help.get("max-overall-download-limit").defaultValue()).isEqualTo("0");
        assertThat(help.get("follow-torrent").possibleValues()).isEqualTo("true, mem, false");
        assertThat(help.get("bt-prioritize-piece").possibleValues()).isEqualTo("head[=SIZE], tail[=SIZE]");
        // The short form -a exists but 1.36.0 does not print it.
        assertThat(help.get("file-allocation").shortName()).isNull();
        assertThat(help.get("dir").shortName()).isEqualTo("d");
    }

    @Test
    void keepsAttributeTextVerbatim() {
        assertThat(help.get("piece-length").possibleValues()).isEqualTo("1048576-1073741824");
        assertThat(help.get("piece-length").defaultValue()).isEqualTo("1M");
        assertThat(help.get("seed-ratio").possibleValues()).isEqualTo("0.0-*");
        assertThat(help.get("all-proxy").possibleValues()).isEqualTo("[http://][USER:PASSWORD@]HOST[:PORT]");
    }

    @Test
    void rejectsTextThatIsNotHelpOutput() {
        assertThatThrownBy(() -> HelpParser.parse("aria2 version 1.36.0\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no options found");
        assertThatThrownBy(() -> HelpParser.parse(" --split=N  Text.\n\n    Surprise: 5\n    Tags: #basic\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--split");
    }
}
