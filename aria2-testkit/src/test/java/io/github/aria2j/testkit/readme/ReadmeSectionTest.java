package io.github.aria2j.testkit.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The README's test kit section shows the two tests of this package, which the build runs,
 * verbatim: each whole file is one of the section's code blocks.
 */
class ReadmeSectionTest {

  private static final String SECTION = "## Testing your aria2 code";

  @ParameterizedTest
  @ValueSource(strings = {"ReadmeUserTest.java", "ReadmeFakeAria2Test.java"})
  void readmeShowsTheTestVerbatim(String file) throws IOException {
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    String readme = Files.readString(root.resolve("README.md"));
    String source =
        Files.readString(Path.of("src/test/java/io/github/aria2j/testkit/readme").resolve(file));

    int start = readme.indexOf("\n" + SECTION);
    assertThat(start).as("the README section " + SECTION).isNotNegative();
    int end = readme.indexOf("\n## ", start + 1);
    String section = readme.substring(start, end < 0 ? readme.length() : end);
    assertThat(section).contains("```java\n" + source + "```\n");
  }
}
