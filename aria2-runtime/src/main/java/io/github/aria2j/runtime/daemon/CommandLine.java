package io.github.aria2j.runtime.daemon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * aria2c's command line: the options the launcher sets itself, each with the reason for it,
 * followed by the user's options.
 *
 * <p>The RPC secret is not on it: it goes into a private configuration file ({@code
 * --conf-path}), because any local user can read a process's arguments, and the secret is what
 * keeps those users away from the loopback port.
 */
final class CommandLine {

  /** An option the launcher sets on aria2c's command line, and why. */
  record Setting(String name, String value, String reason) {}

  /** Options the user may not set, because the launcher sets them or relies on them; and why. */
  private static final Map<String, String> RESERVED = reservedOptions();

  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** Names whose values are credentials, masked whenever a command line is shown. */
  private static final Pattern SENSITIVE = Pattern.compile("passwd|password|secret|token");

  private final Path executable;
  private final List<Setting> settings;
  private final Map<String, String> userOptions;

  /**
   * Builds the command line.
   *
   * @param executable aria2c
   * @param port the loopback port for the RPC server
   * @param confFile the private configuration file holding the secret
   * @param downloadDir the absolute download directory
   * @param userOptions the user's options, already checked by {@link #checkUserOption}
   */
  CommandLine(
      Path executable, int port, Path confFile, Path downloadDir, Map<String, String> userOptions) {
    this.executable = executable;
    this.settings = settings(port, confFile, downloadDir);
    this.userOptions = new LinkedHashMap<>(userOptions);
  }

  private static List<Setting> settings(int port, Path confFile, Path downloadDir) {
    return List.of(
        new Setting(
            "conf-path",
            confFile.toString(),
            "holds --rpc-secret out of the process list; keeps the user's aria2.conf out too"),
        new Setting("enable-rpc", "true", "the JVM drives aria2c over JSON-RPC"),
        new Setting("rpc-listen-all", "false", "loopback only: nothing else may reach it"),
        new Setting("rpc-listen-port", Integer.toString(port), "a free port picked at start"),
        new Setting("dir", downloadDir.toString(), "the download directory given to the builder"),
        new Setting("daemon", "false", "stays a child of this JVM, to be watched and stopped"),
        new Setting("quiet", "false", "its complaints reach recentOutput() and failure messages"),
        new Setting("console-log-level", "notice", "shows why a start failed, not every request"),
        new Setting("enable-color", "false", "plain text, without terminal escape codes"),
        new Setting("summary-interval", "0", "no periodic progress readout filling the buffer"),
        new Setting(
            "stop-with-process",
            Long.toString(ProcessHandle.current().pid()),
            "aria2c exits by itself if this JVM dies without closing it"));
  }

  private static Map<String, String> reservedOptions() {
    Map<String, String> reserved = new LinkedHashMap<>();
    for (Setting setting : settings(0, Path.of("aria2.conf"), Path.of("."))) {
      reserved.put(setting.name(), setting.reason());
    }
    // The user may quieten or recolour aria2c; only the failure messages get poorer.
    reserved.remove("quiet");
    reserved.remove("console-log-level");
    reserved.remove("enable-color");
    reserved.remove("summary-interval");
    reserved.put("dir", "use ManagedAria2.Builder.downloadDir(Path)");
    reserved.put("rpc-secret", "a random secret is generated at each start");
    reserved.put("no-conf", "the launcher passes its own --conf-path");
    reserved.put("rpc-secure", "the launcher talks plain HTTP to aria2c over loopback");
    return Map.copyOf(reserved);
  }

  /**
   * Checks a user option before it is stored.
   *
   * @param name the option's name without leading dashes, such as {@code max-tries}
   * @param value its value; empty is allowed (for an optional boolean it means {@code true})
   * @throws IllegalArgumentException if the name is malformed or reserved, or the value holds a
   *     NUL character (no process argument can)
   */
  static void checkUserOption(String name, String value) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value of option " + name);
    if (name.startsWith("-")) {
      throw new IllegalArgumentException(
          "give the option's name without leading dashes: '" + name.replaceFirst("^-+", "") + "'");
    }
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "'" + name + "' is not an aria2 option name (lower-case letters, digits and dashes)");
    }
    String reason = RESERVED.get(name);
    if (reason != null) {
      throw new IllegalArgumentException(
          "option '" + name + "' is managed by ManagedAria2: " + reason);
    }
    if (value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("the value of option '" + name + "' holds a NUL char");
    }
  }

  /** Returns the options the launcher sets itself, in command-line order. */
  List<Setting> settings() {
    return settings;
  }

  /** Returns the arguments for {@link ProcessBuilder}, the executable first. */
  List<String> arguments() {
    List<String> arguments = new ArrayList<>();
    arguments.add(executable.toString());
    for (Setting setting : settings) {
      arguments.add("--" + setting.name() + "=" + setting.value());
    }
    // After the launcher's options: for an option given twice, aria2c keeps the last value.
    userOptions.forEach((name, value) -> arguments.add("--" + name + "=" + value));
    return arguments;
  }

  /** Returns the command line for logs and messages, with credentials masked. */
  String describe() {
    StringBuilder text = new StringBuilder(executable.toString());
    for (Setting setting : settings) {
      text.append(" --").append(setting.name()).append('=').append(setting.value());
    }
    userOptions.forEach(
        (name, value) ->
            text.append(" --")
                .append(name)
                .append('=')
                .append(isSensitive(name) ? "****" : value));
    return text.toString();
  }

  /** Whether an option's value is a credential, never to be shown. */
  static boolean isSensitive(String name) {
    return SENSITIVE.matcher(name.toLowerCase(Locale.ROOT)).find();
  }
}
