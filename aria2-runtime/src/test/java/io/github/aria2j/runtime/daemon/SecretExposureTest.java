package io.github.aria2j.runtime.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aria2j.runtime.Secret;
import io.github.aria2j.runtime.testing.RecordingLogger;
import io.github.aria2j.runtime.rpc.RpcEngine;
import io.github.aria2j.runtime.rpc.RpcEngines;
import io.github.aria2j.runtime.testing.TestMethods;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The secret appears in no toString, message, log line, output or process argument. */
@Timeout(60)
class SecretExposureTest {

  private static final String SECRET = "5ecret0f0123456789abcdef01234567";

  @TempDir Path temp;
  private final RecordingLogger logger = new RecordingLogger();

  private ManagedAria2.Builder builder() {
    return ManagedAria2.builder().downloadDir(temp).secrets(() -> Secret.of(SECRET)).logger(logger);
  }

  @Test
  @DisplayName("a running daemon: toString, settings, output, logs and arguments hold no secret")
  void runningDaemon() {
    String description;
    String output;
    String settings;
    String[] arguments;
    try (ManagedAria2 aria2 = builder().option("http-passwd", "p4ss").start();
        RpcEngine engine = RpcEngines.http(aria2.settings().build())) {
      engine.call(TestMethods.GET_VERSION); // the secret is really in use
      description = aria2.toString();
      settings = aria2.settings().build().toString();
      output = aria2.recentOutput();
      arguments =
          ProcessHandle.of(aria2.pid()).orElseThrow().info().arguments().orElse(new String[0]);
      assertThat(aria2.secret().value()).isEqualTo(SECRET);
      assertThat(aria2.secret()).hasToString("Secret[****]");
      assertThat(description)
          .isEqualTo("ManagedAria2{pid=" + aria2.pid() + ", endpoint=" + aria2.httpEndpoint()
              + ", downloadDir=" + temp + ", alive=true}");
    }

    assertThat(description).doesNotContain(SECRET);
    assertThat(settings).doesNotContain(SECRET).contains("secret=****");
    assertThat(output).doesNotContain(SECRET);
    assertThat(String.join(" ", arguments)).doesNotContain(SECRET);
    assertThat(logger.messages())
        .anySatisfy(m -> assertThat(m).startsWith("DEBUG starting ").contains("--http-passwd=****"))
        .anySatisfy(m -> assertThat(m).startsWith("INFO aria2c started: pid "))
        .anySatisfy(m -> assertThat(m).startsWith("INFO aria2c (pid ").contains(") stopped"))
        .allSatisfy(m -> assertThat(m).doesNotContain(SECRET, "p4ss"));
  }

  @Test
  @DisplayName("a failed start: neither message nor output nor log holds the secret")
  void failedStart() {
    Aria2LaunchException e =
        catchThrowableOfType(
            Aria2LaunchException.class,
            () -> builder().option("max-concurrent-downloads", "abc").start());

    assertThat(e.reason()).isEqualTo(Aria2LaunchException.Reason.EXITED_EARLY);
    assertThat(e.getMessage()).doesNotContain(SECRET).contains("--conf-path=");
    assertThat(e.output()).doesNotContain(SECRET);
    assertThat(e.toString()).doesNotContain(SECRET);
    assertThat(logger.messages()).isNotEmpty().allSatisfy(m -> assertThat(m).doesNotContain(SECRET));
  }
}
