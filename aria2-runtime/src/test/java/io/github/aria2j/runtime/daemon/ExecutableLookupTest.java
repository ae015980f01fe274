package io.github.aria2j.runtime.daemon;

import static io.github.aria2j.runtime.daemon.DaemonTesting.script;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aria2j.runtime.daemon.Aria2LaunchException.Reason;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Where the launcher looks for aria2c, in which order, and what it says when it is missing. */
@DisabledOnOs(OS.WINDOWS) // the fake executables are shell scripts
class ExecutableLookupTest {

  @TempDir Path temp;

  private String path(Path... dirs) {
    StringBuilder text = new StringBuilder();
    for (Path dir : dirs) {
      text.append(text.length() == 0 ? "" : File.pathSeparator).append(dir);
    }
    return text.toString();
  }

  @Test
  @DisplayName("nothing found: the message lists every place searched and how to install")
  void listsPlacesSearched() throws Exception {
    Path a = Files.createDirectory(temp.resolve("a"));
    Path b = Files.createDirectory(temp.resolve("b"));
    ExecutableLookup lookup =
        new ExecutableLookup(null, null, "  ", path(a, b) + File.pathSeparator, false);

    Aria2LaunchException e = catchThrowableOfType(Aria2LaunchException.class, lookup::find);

    assertThat(e.reason()).isEqualTo(Reason.EXECUTABLE_NOT_FOUND);
    assertThat(e.getMessage())
        .startsWith("aria2c was not found. Looked at: ManagedAria2.Builder.executable (not set),"
            + " the system property -Daria2j.aria2c (not set), the environment variable ARIA2C"
            + " (not set), and each directory on PATH: " + a + ", " + b + ". ")
        .contains("Debian/Ubuntu: apt-get install aria2", "macOS: brew install aria2")
        .contains("-Daria2j.aria2c=/path/to/aria2c", "ARIA2C=/path/to/aria2c");
  }

  @Test
  @DisplayName("an empty PATH is named as such")
  void emptyPath() {
    Aria2LaunchException e =
        catchThrowableOfType(
            Aria2LaunchException.class, new ExecutableLookup(null, null, null, null, false)::find);

    assertThat(e.getMessage()).contains("each directory on PATH: (PATH is empty).");
  }

  @Test
  @DisplayName("PATH is searched in order, skipping files that are not executable")
  void searchesPath() throws Exception {
    Path a = Files.createDirectory(temp.resolve("a"));
    Path b = Files.createDirectory(temp.resolve("b"));
    Path c = Files.createDirectory(temp.resolve("c"));
    Files.writeString(a.resolve("aria2c"), "not executable");
    Files.createDirectory(b.resolve("aria2c")); // a directory of that name
    Path found = script(c, "aria2c", "exit 0");

    assertThat(new ExecutableLookup(null, null, null, path(a, b, c), false).find())
        .isEqualTo(found);
  }

  @Test
  @DisplayName("on Windows aria2c.exe is looked for first")
  void windowsName() throws Exception {
    Path dir = Files.createDirectory(temp.resolve("bin"));
    Path exe = script(dir, "aria2c.exe", "exit 0");
    script(dir, "aria2c", "exit 0");

    assertThat(new ExecutableLookup(null, null, null, path(dir), true).find()).isEqualTo(exe);
  }

  @Test
  @DisplayName("explicit path before the system property before $ARIA2C before PATH")
  void precedence() throws Exception {
    Path explicit = script(temp, "explicit", "exit 0");
    Path property = script(temp, "property", "exit 0");
    Path environment = script(temp, "environment", "exit 0");
    Path onPath = Files.createDirectory(temp.resolve("bin"));
    script(onPath, "aria2c", "exit 0");
    String p = property.toString();
    String env = environment.toString();
    String search = path(onPath);

    assertThat(new ExecutableLookup(explicit, p, env, search, false).find()).isEqualTo(explicit);
    assertThat(new ExecutableLookup(null, p, env, search, false).find()).isEqualTo(property);
    assertThat(new ExecutableLookup(null, null, env, search, false).find()).isEqualTo(environment);
    assertThat(new ExecutableLookup(null, null, null, search, false).find())
        .isEqualTo(onPath.resolve("aria2c"));
  }

  @Test
  @DisplayName("a configured path that is unusable fails, naming its source, without falling back")
  void configuredButUnusable() throws Exception {
    Path onPath = Files.createDirectory(temp.resolve("bin"));
    script(onPath, "aria2c", "exit 0");
    Path plain = Files.writeString(temp.resolve("plain"), "not executable");

    Aria2LaunchException fromProperty =
        catchThrowableOfType(
            Aria2LaunchException.class,
            new ExecutableLookup(null, plain.toString(), null, path(onPath), false)::find);
    Aria2LaunchException fromEnvironment =
        catchThrowableOfType(
            Aria2LaunchException.class,
            new ExecutableLookup(null, null, temp.toString(), path(onPath), false)::find);

    assertThat(fromProperty.getMessage())
        .startsWith("aria2c was not found: " + plain
            + " (from the system property -Daria2j.aria2c) is not executable. ")
        .contains("apt-get install aria2");
    assertThat(fromEnvironment.getMessage())
        .startsWith("aria2c was not found: " + temp
            + " (from the environment variable ARIA2C) is not a file. ");
  }

  @Test
  @DisplayName("a relative explicit path is made absolute, so the OS does not search PATH")
  void relativeMadeAbsolute() throws Exception {
    Path fake = script(temp, "aria2c", "exit 0");
    Path relative = Path.of("").toAbsolutePath().relativize(fake);

    Path found = new ExecutableLookup(relative, null, null, null, false).find();

    assertThat(found).isAbsolute();
    assertThat(Files.isSameFile(found, fake)).isTrue();
  }
}
