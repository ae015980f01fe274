package io.github.aria2j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README shows the same code that ReadmeExample compiles. */
class ReadmeExampleTest {

  @Test
  void readmeShowsTheCompiledExampleVerbatim() throws IOException {
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    String readme = Files.readString(root.resolve("README.md"));
    String source =
        Files.readString(
            Path.of("src/main/java/io/github/aria2j/examples/ReadmeExample.java"));
    String example =
        source.substring(
            source.indexOf('\n', source.indexOf("// --- from README.md")) + 1,
            source.indexOf("    // --- end of the README example"));

    // stripTrailing first: stripIndent counts a last empty line as unindented
    assertThat(readme).contains(example.stripTrailing().stripIndent().strip());
  }
}
