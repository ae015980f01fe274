package io.github.aria2j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The README shows the same code that ReadmeExample compiles. */
class ReadmeExampleTest {

  @ParameterizedTest
  @ValueSource(strings = {"Using the client", "Events"})
  void readmeShowsTheCompiledExampleVerbatim(String section) throws IOException {
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    String readme = Files.readString(root.resolve("README.md"));
    String source =
        Files.readString(
            Path.of("src/main/java/io/github/aria2j/examples/ReadmeExample.java"));
    int start = source.indexOf("// --- from README.md, \"" + section + "\" ---");
    assertThat(start).as("the example of section " + section).isNotNegative();
    String example =
        source.substring(
            source.indexOf('\n', start) + 1,
            source.indexOf("    // --- end of the README example", start));

    // stripTrailing first: stripIndent counts a last empty line as unindented
    assertThat(readme).contains(example.stripTrailing().stripIndent().strip());
  }
}
