package io.github.aria2j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Runs small test classes with the extension through the JUnit engine, to see what their author
 * sees: the skip or failure without aria2c, the cleanup after a class, misuse of perMethod.
 */
class Aria2ExtensionScenariosTest {

  private static final Path NO_ARIA2C = Path.of("/nonexistent/aria2j-testkit/aria2c");

  static class WithoutAria2c {
    @RegisterExtension
    static Aria2Extension aria2 = Aria2Extension.builder().executable(NO_ARIA2C).build();

    @Test
    void needsAria2(Aria2Client client) {
      client.getVersion();
    }
  }

  static class WithoutAria2cFailing {
    @RegisterExtension
    static Aria2Extension aria2 =
        Aria2Extension.builder().executable(NO_ARIA2C).whenMissing(Missing.FAIL).build();

    @Test
    void needsAria2(Aria2Client client) {
      client.getVersion();
    }
  }

  static class WithoutAria2cPerMethod {
    @RegisterExtension
    static Aria2Extension aria2 = Aria2Extension.builder().executable(NO_ARIA2C).perMethod().build();

    @Test
    void first() {}

    @Test
    void second() {}
  }

  static class Recorder {
    static ManagedAria2 daemon;
    static TestFileServer files;

    @RegisterExtension static Aria2Extension aria2 = Aria2Extension.builder().build();

    @Test
    void records(ManagedAria2 injected, TestFileServer server) {
      daemon = injected;
      files = server;
    }
  }

  static class PerMethodInBeforeAll {
    @RegisterExtension static Aria2Extension aria2 = Aria2Extension.builder().perMethod().build();

    @BeforeAll
    static void tooEarly(Aria2Client client) {}

    @Test
    void test() {}
  }

  @Test
  void skipsTheClassWithAHelpfulMessageWhenAria2cIsMissing() {
    EngineExecutionResults results = run(WithoutAria2c.class);

    Throwable skipped = onlyThrowable(results.containerEvents().aborted().list());
    assertThat(skipped).isInstanceOf(TestAbortedException.class);
    assertThat(skipped.getMessage())
        .contains("aria2c is not installed, so Aria2Extension skipped test class")
        .contains("WithoutAria2c")
        .contains(NO_ARIA2C.toString())
        .contains("apt-get install aria2")
        .contains("-Daria2j.aria2c")
        .contains("-Daria2j.testkit.missing=fail");
    assertThat(results.testEvents().started().count()).isZero();
  }

  @Test
  void failsInsteadWhenConfigured() {
    EngineExecutionResults results = run(WithoutAria2cFailing.class);

    Throwable failed = onlyThrowable(results.containerEvents().failed().list());
    assertThat(failed).isInstanceOf(AssertionFailedError.class);
    assertThat(failed.getMessage())
        .contains("aria2c is not installed, so Aria2Extension failed test class")
        .contains("apt-get install aria2");
  }

  @Test
  void failsInsteadWhenTheConfigurationParameterSaysSo() {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .configurationParameter(Aria2Extension.MISSING_PROPERTY, "fail")
            .selectors(selectClass(WithoutAria2c.class))
            .execute();

    assertThat(onlyThrowable(results.containerEvents().failed().list()))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("aria2c is not installed");
  }

  @Test
  void skipsEachMethodOfAPerMethodExtension() {
    EngineExecutionResults results = run(WithoutAria2cPerMethod.class);

    assertThat(results.testEvents().aborted().list())
        .hasSize(2)
        .allSatisfy(
            event ->
                assertThat(throwable(event).getMessage())
                    .containsAnyOf("skipped test first()", "skipped test second()")
                    .contains("apt-get install aria2"));
  }

  @Test
  void stopsAria2cAndDeletesEverythingAfterTheClass() {
    EngineExecutionResults results = run(Recorder.class);

    assertThat(results.testEvents().succeeded().count()).isOne();
    assertThat(Recorder.daemon.isAlive()).isFalse();
    assertThat(Files.exists(Recorder.daemon.downloadDir().getParent())).isFalse();
    assertThatThrownBy(() -> new Socket("127.0.0.1", Recorder.files.port()).close())
        .isInstanceOf(IOException.class);
  }

  @Test
  void refusesAPerMethodDaemonInBeforeAll() {
    EngineExecutionResults results = run(PerMethodInBeforeAll.class);

    assertThat(onlyThrowable(results.containerEvents().failed().list()))
        .hasMessageContaining("perMethod()")
        .hasMessageContaining("@BeforeAll");
  }

  @Test
  void accessorsNeedARunningTest() {
    Aria2Extension idle = Aria2Extension.builder().build();
    assertThatThrownBy(idle::client)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no test of this Aria2Extension is running");
  }

  @Test
  void checksOptionsWhenBuilt() {
    assertThatThrownBy(() -> Aria2Extension.builder().option("rpc-listen-port", "6800"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("managed by ManagedAria2");
  }

  private static EngineExecutionResults run(Class<?> testClass) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(testClass)).execute();
  }

  private static Throwable onlyThrowable(List<Event> events) {
    assertThat(events).hasSize(1);
    return throwable(events.get(0));
  }

  private static Throwable throwable(Event event) {
    return event.getPayload(org.junit.platform.engine.TestExecutionResult.class)
        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
        .orElseThrow();
  }
}
