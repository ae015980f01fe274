package io.github.aria2j.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * aria2.shutdown and aria2.forceShutdown end the daemon process. Each test stops its own daemon, so each gets one.
 */
class ShutdownIT {

    /** aria2 waits about 3 s after answering shutdown before it exits. */
    private static final Duration EXIT_LIMIT = Duration.ofSeconds(15);

    @RegisterExtension
    static final ItAria2 aria2 = ItAria2.perMethod();

    @Test
    void shutdownAnswersAndThenTheProcessExits() throws Exception {
        ManagedAria2 daemon = aria2.daemon();
        Aria2Client client = aria2.client();

        client.shutdown();

        OptionalInt exitStatus = ItAria2.awaitExit(daemon, EXIT_LIMIT);
        assertThat(exitStatus).as("aria2c exit status after shutdown; its output:%n%s", daemon.recentOutput())
                .hasValue(0);
        assertThatThrownBy(client::getVersion)
                .isInstanceOfSatisfying(Aria2TransportException.class,
                        e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.CONNECT));
    }

    @Test
    void forceShutdownOnTheAsyncClientEndsTheProcess() throws Exception {
        ManagedAria2 daemon = aria2.daemon();
        Aria2AsyncClient client = aria2.asyncClient();

        assertThat(client.forceShutdown().get(10, TimeUnit.SECONDS)).isNull();

        assertThat(ItAria2.awaitExit(daemon, EXIT_LIMIT)).as("aria2c exit status after forceShutdown").hasValue(0);
        assertThat(daemon.isAlive()).isFalse();
    }
}
