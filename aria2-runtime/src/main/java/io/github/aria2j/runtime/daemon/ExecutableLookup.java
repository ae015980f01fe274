package io.github.aria2j.runtime.daemon;

import io.github.aria2j.runtime.daemon.Aria2LaunchException.Reason;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the aria2c executable: an explicit path, else {@code -Daria2j.aria2c}, else {@code
 * $ARIA2C}, else the first {@code aria2c} on {@code PATH}.
 *
 * <p>A path that is configured but unusable fails at once instead of falling back to {@code
 * PATH}: silently running another aria2c than the one asked for would hide the mistake.
 */
final class ExecutableLookup {

  /** The system property naming the executable. */
  static final String PROPERTY = "aria2j.aria2c";

  /** The environment variable naming the executable. */
  static final String ENVIRONMENT_VARIABLE = "ARIA2C";

  static final String INSTALL_HINT =
      "Install aria2 (Debian/Ubuntu: apt-get install aria2; macOS: brew install aria2) or say"
          + " where aria2c is with ManagedAria2.builder().executable(path), -D"
          + PROPERTY
          + "=/path/to/aria2c or the environment variable "
          + ENVIRONMENT_VARIABLE
          + "=/path/to/aria2c.";

  private final Path explicit;
  private final String property;
  private final String environment;
  private final String searchPath;
  private final List<String> names;

  /**
   * Creates a lookup over the given sources, so tests need not touch the real environment.
   *
   * @param explicit the path given to the builder, or {@code null}
   * @param property the value of {@link #PROPERTY}, or {@code null}
   * @param environment the value of {@link #ENVIRONMENT_VARIABLE}, or {@code null}
   * @param searchPath the value of {@code PATH}, or {@code null}
   * @param windows whether to look for {@code aria2c.exe} as well
   */
  ExecutableLookup(
      Path explicit, String property, String environment, String searchPath, boolean windows) {
    this.explicit = explicit;
    this.property = property;
    this.environment = environment;
    this.searchPath = searchPath == null ? "" : searchPath;
    this.names = windows ? List.of("aria2c.exe", "aria2c") : List.of("aria2c");
  }

  /** Creates a lookup over this JVM's system properties and environment. */
  static ExecutableLookup fromEnvironment(Path explicit) {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    boolean windows = os.startsWith("windows");
    return new ExecutableLookup(
        explicit,
        System.getProperty(PROPERTY),
        System.getenv(ENVIRONMENT_VARIABLE),
        System.getenv("PATH"),
        windows);
  }

  /**
   * Finds the executable.
   *
   * @return its absolute path (a bare relative name would make the OS search {@code PATH})
   * @throws Aria2LaunchException with {@link Reason#EXECUTABLE_NOT_FOUND}
   */
  Path find() {
    if (explicit != null) {
      return require(explicit, "the path given to ManagedAria2.Builder.executable");
    }
    if (isSet(property)) {
      return require(parse(property, "-D" + PROPERTY), "the system property -D" + PROPERTY);
    }
    if (isSet(environment)) {
      return require(
          parse(environment, "$" + ENVIRONMENT_VARIABLE),
          "the environment variable " + ENVIRONMENT_VARIABLE);
    }
    List<String> searched = new ArrayList<>();
    for (String directory : searchPath.split(File.pathSeparator, -1)) {
      if (directory.isBlank()) {
        continue;
      }
      searched.add(directory);
      for (String name : names) {
        Path candidate = candidate(directory, name);
        if (candidate != null && problem(candidate) == null) {
          return candidate.toAbsolutePath();
        }
      }
    }
    throw new Aria2LaunchException(
        Reason.EXECUTABLE_NOT_FOUND,
        "aria2c was not found. Looked at: ManagedAria2.Builder.executable (not set), the system"
            + " property -D"
            + PROPERTY
            + " (not set), the environment variable "
            + ENVIRONMENT_VARIABLE
            + " (not set), and each directory on PATH: "
            + (searched.isEmpty() ? "(PATH is empty)" : String.join(", ", searched))
            + ". "
            + INSTALL_HINT,
        null,
        null,
        null);
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  private static Path candidate(String directory, String name) {
    try {
      return Path.of(directory, name);
    } catch (InvalidPathException malformedEntry) {
      return null; // a garbled PATH entry cannot hold aria2c; keep looking
    }
  }

  private static Path parse(String value, String source) {
    try {
      return Path.of(value.strip());
    } catch (InvalidPathException e) {
      throw notFound(source + "=" + value + " is not a valid path (" + e.getReason() + ")");
    }
  }

  private static Path require(Path path, String source) {
    String problem = problem(path);
    if (problem != null) {
      throw notFound(path + " (from " + source + ") " + problem);
    }
    return path.toAbsolutePath();
  }

  /** Says what is wrong with a candidate, or returns {@code null} if it can be run. */
  private static String problem(Path path) {
    if (!Files.exists(path)) {
      return "does not exist";
    }
    if (!Files.isRegularFile(path)) {
      return "is not a file";
    }
    if (!Files.isExecutable(path)) {
      return "is not executable";
    }
    return null;
  }

  private static Aria2LaunchException notFound(String what) {
    return new Aria2LaunchException(
        Reason.EXECUTABLE_NOT_FOUND,
        "aria2c was not found: " + what + ". " + INSTALL_HINT,
        null,
        null,
        null);
  }
}
