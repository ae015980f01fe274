package io.github.aria2j.runtime.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** Stopping: SIGTERM first, SIGKILL for a process that ignores it. */
@Timeout(30)
@DisabledOnOs(OS.WINDOWS)
class ProcessReaperTest {

  @Test
  @DisplayName("a process that exits on SIGTERM is not killed")
  void terminates() throws Exception {
    Process process = new ProcessBuilder("sleep", "30").start();
    ProcessReaper.register(process);

    assertThat(ProcessReaper.stop(process, Duration.ofSeconds(10))).isFalse();
    assertThat(process.isAlive()).isFalse();
  }

  @Test
  @DisplayName("a process that ignores SIGTERM is killed after the stop timeout")
  void kills() throws Exception {
    Process process =
        new ProcessBuilder("sh", "-c", "trap '' TERM; echo ready; while :; do sleep 1; done")
            .redirectErrorStream(true)
            .start();
    ProcessReaper.register(process);
    process.getInputStream().read(); // the trap is set once it speaks

    assertThat(ProcessReaper.stop(process, Duration.ofMillis(200))).isTrue();
    assertThat(process.isAlive()).isFalse();
  }

  @Test
  @DisplayName("stopping an exited process does nothing")
  void alreadyExited() throws Exception {
    Process process = new ProcessBuilder("true").start();
    process.waitFor();

    assertThat(ProcessReaper.stop(process, Duration.ofSeconds(1))).isFalse();
  }
}
