package io.github.aria2j.runtime.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** aria2c's command line: the launcher's options, the user's after them, credentials masked. */
class CommandLineTest {

  private static final Path ARIA2C = Path.of("/usr/bin/aria2c");
  private static final Path CONF = Path.of("/tmp/aria2j-1.conf");
  private static final Path DIR = Path.of("/data/downloads");

  private static CommandLine commandLine(Map<String, String> userOptions) {
    return new CommandLine(ARIA2C, 6800, CONF, DIR, userOptions);
  }

  @Test
  @DisplayName("the launcher's options come first, each with a reason, then the user's")
  void arguments() {
    Map<String, String> user = new LinkedHashMap<>();
    user.put("max-concurrent-downloads", "3");
    user.put("continue", "");

    assertThat(commandLine(user).arguments())
        .containsExactly(
            "/usr/bin/aria2c",
            "--conf-path=/tmp/aria2j-1.conf",
            "--enable-rpc=true",
            "--rpc-listen-all=false",
            "--rpc-listen-port=6800",
            "--dir=/data/downloads",
            "--daemon=false",
            "--quiet=false",
            "--console-log-level=notice",
            "--enable-color=false",
            "--summary-interval=0",
            "--stop-with-process=" + ProcessHandle.current().pid(),
            "--max-concurrent-downloads=3",
            "--continue=");
    assertThat(commandLine(Map.of()).settings())
        .allSatisfy(setting -> assertThat(setting.reason()).isNotBlank());
  }

  @Test
  @DisplayName("credentials among the user's options are masked when the line is shown")
  void describeMasks() {
    Map<String, String> user = new LinkedHashMap<>();
    user.put("http-passwd", "p4ss");
    user.put("ftp-passwd", "p4ss");
    user.put("bt-tracker", "http://t.example");

    String described = commandLine(user).describe();

    assertThat(described)
        .startsWith("/usr/bin/aria2c --conf-path=/tmp/aria2j-1.conf --enable-rpc=true")
        .endsWith(" --http-passwd=**** --ftp-passwd=**** --bt-tracker=http://t.example")
        .doesNotContain("p4ss");
  }

  @Test
  @DisplayName("options the launcher manages are refused, with the reason")
  void reserved() {
    assertThatThrownBy(() -> CommandLine.checkUserOption("dir", "/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "option 'dir' is managed by ManagedAria2: use ManagedAria2.Builder.downloadDir(Path)");
    assertThatThrownBy(() -> CommandLine.checkUserOption("rpc-secret", "mine"))
        .hasMessage("option 'rpc-secret' is managed by ManagedAria2: a random secret is generated"
            + " at each start");
    for (String name :
        new String[] {"rpc-listen-port", "rpc-listen-all", "enable-rpc", "conf-path", "no-conf",
            "daemon", "stop-with-process", "rpc-secure"}) {
      assertThatThrownBy(() -> CommandLine.checkUserOption(name, "x"))
          .hasMessageStartingWith("option '" + name + "' is managed by ManagedAria2: ");
    }
    // Cosmetic ones may be changed: only the failure messages get poorer.
    CommandLine.checkUserOption("quiet", "true");
    CommandLine.checkUserOption("console-log-level", "warn");
  }

  @Test
  @DisplayName("malformed names, dashes and NUL characters are refused")
  void malformed() {
    assertThatThrownBy(() -> CommandLine.checkUserOption("--split", "4"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("give the option's name without leading dashes: 'split'");
    assertThatThrownBy(() -> CommandLine.checkUserOption("Split", "4"))
        .hasMessage("'Split' is not an aria2 option name (lower-case letters, digits and dashes)");
    assertThatThrownBy(() -> CommandLine.checkUserOption("split=4", "4"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CommandLine.checkUserOption("out", "a\0b"))
        .hasMessage("the value of option 'out' holds a NUL char");
    assertThatThrownBy(() -> CommandLine.checkUserOption("out", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  @DisplayName("the builder checks options at once and adds none of a rejected map")
  void builderChecks() {
    ManagedAria2.Builder builder = ManagedAria2.builder();
    Map<String, String> mixed = new LinkedHashMap<>();
    mixed.put("split", "4");
    mixed.put("rpc-listen-port", "6800");

    assertThatThrownBy(() -> builder.options(mixed)).hasMessageContaining("rpc-listen-port");
    assertThatThrownBy(() -> builder.option("dir", "/x")).hasMessageContaining("downloadDir");
    assertThatThrownBy(() -> builder.startTimeout(java.time.Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("startTimeout must be at least 1 ms");
    assertThatThrownBy(() -> builder.stopTimeout(java.time.Duration.ofSeconds(-1)))
        .hasMessageStartingWith("stopTimeout must be at least 1 ms");
  }
}
