package io.github.aria2j.runtime.daemon;

import static io.github.aria2j.runtime.daemon.DaemonTesting.hold;
import static io.github.aria2j.runtime.daemon.DaemonTesting.release;
import static io.github.aria2j.runtime.daemon.DaemonTesting.running;
import static io.github.aria2j.runtime.daemon.DaemonTesting.script;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.aria2j.runtime.daemon.Aria2LaunchException.Reason;
import io.github.aria2j.runtime.testing.RecordingLogger;
import io.github.aria2j.runtime.rpc.RpcEngine;
import io.github.aria2j.runtime.rpc.RpcEngines;
import io.github.aria2j.runtime.testing.TestMethods;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Each way a start can fail says so clearly, and leaves no aria2c behind. */
@Timeout(60)
class LaunchFailureTest {

  @TempDir Path temp;

  @Test
  @DisplayName("a missing executable: the message names the path and how to install aria2")
  void missingExecutable() {
    Path missing = temp.resolve("no-such-aria2c");

    Aria2LaunchException e =
        catchThrowableOfType(
            Aria2LaunchException.class,
            () -> ManagedAria2.builder().executable(missing).downloadDir(temp).start());

    assertThat(e.reason()).isEqualTo(Reason.EXECUTABLE_NOT_FOUND);
    assertThat(e.getMessage())
        .contains(missing.toString(), "does not exist", "ManagedAria2.Builder.executable")
        .contains("apt-get install aria2", "brew install aria2");
    assertThat(e.output()).isEmpty();
    assertThat(e.exitCode()).isEmpty();
  }

  @Test
  @DisplayName("an option aria2c rejects: exited early, with its exit code and its complaint")
  void rejectedOption() {
    Aria2LaunchException e =
        catchThrowableOfType(
            Aria2LaunchException.class,
            () ->
                ManagedAria2.builder()
                    .downloadDir(temp)
                    .option("max-concurrent-downloads", "abc")
                    .start());

    assertThat(e.reason()).isEqualTo(Reason.EXITED_EARLY);
    assertThat(e.exitCode()).hasValue(28); // aria2c's "option error" exit status
    assertThat(e.getMessage())
        .startsWith("aria2c exited with code 28 before its RPC server answered.")
        .contains("'--max-concurrent-downloads'", "Bad number abc")
        .contains("Command line: ", "--max-concurrent-downloads=abc");
    assertThat(e.output()).contains("Bad number abc");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  @DisplayName("an executable that exits at once: its code and output are in the message")
  void exitsAtOnce() throws Exception {
    Path fake = script(temp, "aria2c", "echo 'fake aria2c: cannot start' >&2\nexit 3");

    Aria2LaunchException e =
        catchThrowableOfType(
            Aria2LaunchException.class,
            () -> ManagedAria2.builder().executable(fake).downloadDir(temp).start());

    assertThat(e.reason()).isEqualTo(Reason.EXITED_EARLY);
    assertThat(e.exitCode()).hasValue(3);
    assertThat(e.getMessage()).contains("exited with code 3", "fake aria2c: cannot start");
  }

  @Test
  @DisabledOnOs(OS.WINDOWS)
  @DisplayName("an executable that never answers: NOT_ANSWERING after startTimeout, stopped")
  void neverAnswers() throws Exception {
    Path pidFile = temp.resolve("pid");
    Path fake =
        script(
            temp,
            "aria2c",
            "echo $$ > '" + pidFile + "'\necho 'fake aria2c: no RPC here'\nexec sleep 60");

    Aria2LaunchException e =
        catchThrowableOfType(
            Aria2LaunchException.class,
            () ->
                ManagedAria2.builder()
                    .executable(fake)
                    .downloadDir(temp)
                    .startTimeout(Duration.ofMillis(300))
                    .start());

    assertThat(e.reason()).isEqualTo(Reason.NOT_ANSWERING);
    assertThat(e.getMessage())
        .contains("did not answer aria2.getVersion at http://127.0.0.1:")
        .contains("within 300 ms", "(last attempt: ", "so it was stopped")
        .contains("fake aria2c: no RPC here");
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    assertThat(running(pid)).isFalse();
  }

  @Test
  @DisplayName("a port taken by another process: retried on a fresh port")
  void portTakenOnce() throws Exception {
    int taken = Launcher.freeLoopbackPort();
    List<ServerSocket> held = hold(taken);
    AtomicInteger calls = new AtomicInteger();
    RecordingLogger logger = new RecordingLogger();
    try (ManagedAria2 aria2 =
            ManagedAria2.builder()
                .downloadDir(temp)
                .ports(() -> calls.getAndIncrement() == 0 ? taken : Launcher.freeLoopbackPort())
                .logger(logger)
                .start();
        RpcEngine engine = RpcEngines.http(aria2.settings().build())) {
      assertThat(aria2.port()).isNotEqualTo(taken);
      assertThat(engine.call(TestMethods.GET_VERSION).version()).isNotBlank();
      assertThat(calls).hasValue(2);
      assertThat(logger.messages())
          .anySatisfy(m -> assertThat(m).startsWith("DEBUG aria2c could not listen on 127.0.0.1:"
              + taken + ", another process holds it; trying another port (attempt 2)"));
    } finally {
      release(held);
    }
  }

  @Test
  @DisplayName("every port taken: PORT_IN_USE after the first try and three retries")
  void portAlwaysTaken() throws Exception {
    int taken = Launcher.freeLoopbackPort();
    List<ServerSocket> held = hold(taken);
    try {
      Aria2LaunchException e =
          catchThrowableOfType(
              Aria2LaunchException.class,
              () -> ManagedAria2.builder().downloadDir(temp).ports(() -> taken).start());

      assertThat(e.reason()).isEqualTo(Reason.PORT_IN_USE);
      assertThat(e.getMessage())
          .startsWith("aria2c could not listen on 127.0.0.1: other processes held each of the 4"
              + " ports tried [" + taken + ", " + taken + ", " + taken + ", " + taken + "].")
          .contains("failed to bind TCP port " + taken);
    } finally {
      release(held);
    }
  }

  @Test
  @DisplayName("a fixed port taken: PORT_IN_USE at once, no other port tried")
  void fixedPortTaken() throws Exception {
    int taken = Launcher.freeLoopbackPort();
    List<ServerSocket> held = hold(taken);
    try {
      Aria2LaunchException e =
          catchThrowableOfType(
              Aria2LaunchException.class,
              () -> ManagedAria2.builder().downloadDir(temp).port(taken).start());

      assertThat(e.reason()).isEqualTo(Reason.PORT_IN_USE);
      assertThat(e.getMessage())
          .startsWith("aria2c could not listen on 127.0.0.1:" + taken
              + ": another process holds that port.")
          .contains("failed to bind TCP port " + taken);
    } finally {
      release(held);
    }
  }

  @Test
  @DisplayName("a download directory that cannot be created: START_FAILED naming it")
  void downloadDirIsAFile() throws Exception {
    Path file = Files.writeString(temp.resolve("a-file"), "x");

    Aria2LaunchException e =
        catchThrowableOfType(
            Aria2LaunchException.class,
            () -> ManagedAria2.builder().downloadDir(file.resolve("sub")).start());

    assertThat(e.reason()).isEqualTo(Reason.START_FAILED);
    assertThat(e.getMessage()).contains("could not create the download directory " + file);
  }
}
