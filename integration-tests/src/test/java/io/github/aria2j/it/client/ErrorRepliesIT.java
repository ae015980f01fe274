package io.github.aria2j.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.Downloads.Added;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.model.GlobalStat;
import io.github.aria2j.model.PositionOrigin;
import io.github.aria2j.options.ChangeOptions;
import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcErrorKind;
import io.github.aria2j.runtime.TransportErrorKind;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The typical error replies of aria2, as the generated client reports them: Aria2RpcException and its kind. */
class ErrorRepliesIT {

    private static final String UNKNOWN_GID = "0123456789abcdef";

    @RegisterExtension
    static final ItAria2 aria2 = ItAria2.perClass();

    private final Aria2Client client = aria2.client();

    static Stream<Named<Consumer<Aria2Client>>> callsWithAnUnknownGid() {
        return Stream.of(
                Named.of("tellStatus", c -> c.tellStatus(UNKNOWN_GID)),
                Named.of("pause", c -> c.pause(UNKNOWN_GID)),
                Named.of("unpause", c -> c.unpause(UNKNOWN_GID)),
                Named.of("remove", c -> c.remove(UNKNOWN_GID)),
                Named.of("getOption", c -> c.getOption(UNKNOWN_GID)),
                Named.of("getFiles", c -> c.getFiles(UNKNOWN_GID)),
                Named.of("getUris", c -> c.getUris(UNKNOWN_GID)),
                Named.of("changePosition", c -> c.changePosition(UNKNOWN_GID, 0, PositionOrigin.SET)),
                Named.of("changeOption", c -> c.changeOption(UNKNOWN_GID, ChangeOptions.builder().maxTries(2).build())),
                Named.of("removeDownloadResult", c -> c.removeDownloadResult(UNKNOWN_GID)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callsWithAnUnknownGid")
    void anUnknownGidIsGidNotFound(Consumer<Aria2Client> call) {
        assertThatThrownBy(() -> call.accept(client))
                .isInstanceOfSatisfying(Aria2RpcException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RpcErrorKind.GID_NOT_FOUND);
                    assertThat(e.code()).isEqualTo(1);
                    assertThat(e.gid()).contains(UNKNOWN_GID);
                    assertThat(e.serverMessage()).isEqualTo("GID " + UNKNOWN_GID + " is not found");
                });
    }

    @Test
    void aGidThatIsNotHexadecimalIsInvalidGid() {
        assertThatThrownBy(() -> client.tellStatus("not-a-gid"))
                .isInstanceOfSatisfying(Aria2RpcException.class,
                        e -> assertThat(e.kind()).isEqualTo(RpcErrorKind.INVALID_GID));
    }

    @Test
    void aWrongSecretIsUnauthorizedAfterAria2sDelayOnBothClients() {
        String wrongSecret = "not-" + aria2.daemon().secret().value();
        long started = System.nanoTime();

        // The asynchronous call runs while the blocking one waits: aria2 delays each unauthorized answer by ~2 s.
        CompletableFuture<GlobalStat> async = aria2.asyncClientWithSecret(wrongSecret).getGlobalStat();
        assertThatThrownBy(aria2.clientWithSecret(wrongSecret)::getVersion)
                .isInstanceOfSatisfying(Aria2RpcException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RpcErrorKind.UNAUTHORIZED);
                    assertThat(e.getMessage()).doesNotContain(wrongSecret);
                });

        assertThat(async).failsWithin(Duration.ofSeconds(20))
                .withThrowableOfType(ExecutionException.class)
                .havingCause()
                .isInstanceOfSatisfying(Aria2RpcException.class,
                        e -> assertThat(e.kind()).isEqualTo(RpcErrorKind.UNAUTHORIZED));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofSeconds(1));
    }

    @Test
    void anAnswerSlowerThanTheClientsTimeoutIsATransportTimeout() {
        // aria2 holds an unauthorized answer back for about 2 s, longer than this client waits.
        Aria2Client impatient = aria2.clientWithSecret("wrong").withTimeout(Duration.ofMillis(300));

        assertThatThrownBy(impatient::getGlobalStat)
                .isInstanceOfSatisfying(Aria2TransportException.class,
                        e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.TIMEOUT));
    }

    @Test
    void listMethodsNeedsNoValidSecret() {
        assertThat(aria2.clientWithSecret("wrong").listMethods()).contains("aria2.addUri");
    }

    @Test
    void unpauseOfAnActiveDownloadIsNotChangeableNow() {
        Added download = aria2.downloads().active("errors-active.bin");

        assertThatThrownBy(() -> client.unpause(download.gid()))
                .isInstanceOfSatisfying(Aria2RpcException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RpcErrorKind.NOT_CHANGEABLE_NOW);
                    assertThat(e.serverMessage()).isEqualTo("GID#" + download.gid() + " cannot be unpaused now");
                });
        client.forceRemove(download.gid());
    }

    @Test
    void getServersOfAPausedDownloadIsNotChangeableNow() {
        Added download = aria2.downloads().paused("errors-paused.bin");

        assertThatThrownBy(() -> client.getServers(download.gid()))
                .isInstanceOfSatisfying(Aria2RpcException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RpcErrorKind.NOT_CHANGEABLE_NOW);
                    assertThat(e.gid()).contains(download.gid());
                });
    }

    @Test
    void addUriWithoutAnyUriIsInvalidParams() {
        assertThatThrownBy(() -> client.addUri(List.of()))
                .isInstanceOfSatisfying(Aria2RpcException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RpcErrorKind.INVALID_PARAMS);
                    assertThat(e.serverMessage()).isEqualTo("URI is not provided.");
                });
    }
}
