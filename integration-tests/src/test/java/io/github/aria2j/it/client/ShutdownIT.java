package io.github.aria2j.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.Aria2Daemon;
import io.github.aria2j.it.support.MethodCoverageReport;
import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * aria2.shutdown and aria2.forceShutdown end the daemon process. Each test stops its own daemon, so each starts one.
 */
@ExtendWith(MethodCoverageReport.class)
class ShutdownIT {

    /** aria2 waits about 3 s after answering shutdown before it exits. */
    private static final Duration EXIT_LIMIT = Duration.ofSeconds(15);

    @Test
    void shutdownAnswersAndThenTheProcessExits() throws Exception {
        try (Aria2Daemon daemon = Aria2Daemon.start()) {
            Aria2Client client = daemon.client();

            client.shutdown();

            OptionalInt exitStatus = daemon.awaitExit(EXIT_LIMIT);
            assertThat(exitStatus).as("aria2c exit status after shutdown%s", daemon.diagnostics()).hasValue(0);
            assertThatThrownBy(client::getVersion)
                    .isInstanceOfSatisfying(Aria2TransportException.class,
                            e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.CONNECT));
        }
    }

    @Test
    void forceShutdownOnTheAsyncClientEndsTheProcess() throws Exception {
        try (Aria2Daemon daemon = Aria2Daemon.start()) {
            Aria2AsyncClient client = daemon.asyncClient();

            assertThat(client.forceShutdown().get(10, TimeUnit.SECONDS)).isNull();

            assertThat(daemon.awaitExit(EXIT_LIMIT)).as("aria2c exit status after forceShutdown").hasValue(0);
            assertThat(daemon.isAlive()).isFalse();
        }
    }
}
