package io.github.aria2j.it.client;

import static io.github.aria2j.it.support.ItAria2.LIMIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.it.support.Downloads.Added;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.model.DownloadFile;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.DownloadStatusKey;
import io.github.aria2j.model.VersionInfo;
import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.RpcErrorKind;
import io.github.aria2j.testkit.Aria2Await;
import io.github.aria2j.testkit.ServedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whole flows on the generated asynchronous client: results and aria2's errors arrive through the futures. */
class AsyncClientIT {

    private static final long WAIT_SECONDS = 10;

    @RegisterExtension
    static final ItAria2 aria2 = ItAria2.perClass();

    private final Aria2AsyncClient async = aria2.asyncClient();

    @Test
    void addUriThenTellStatusAndGetFilesFollowADownloadToCompletion() throws Exception {
        ServedFile served = aria2.files().addRandom("async.bin", 40 * 1024);
        byte[] content = served.content();
        String uri = served.uri().toString();

        String gid = async.addUri(List.of(uri)).get(WAIT_SECONDS, TimeUnit.SECONDS);
        DownloadStatus status = awaitStatus(gid, DownloadState.COMPLETE);
        List<DownloadFile> files = async.getFiles(gid).get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(status.completedLength()).isEqualTo(content.length);
        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.completedLength()).isEqualTo(content.length);
            assertThat(Files.readAllBytes(Path.of(file.path()))).isEqualTo(content);
        });
    }

    @Test
    void pauseAndUnpauseOfAnActiveDownloadCompleteTheirFutures() throws Exception {
        Added download = aria2.downloads().active("async-pause.bin");

        String paused = async.pause(download.gid()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(paused).isEqualTo(download.gid());
        awaitStatus(download.gid(), DownloadState.PAUSED);
        assertThat(async.tellActive().get(WAIT_SECONDS, TimeUnit.SECONDS)).isEmpty();

        String unpaused = async.unpause(download.gid()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(unpaused).isEqualTo(download.gid());
        awaitStatus(download.gid(), DownloadState.ACTIVE);
        assertThat(async.tellActive(EnumSet.of(DownloadStatusKey.GID)).get(WAIT_SECONDS, TimeUnit.SECONDS))
                .singleElement()
                .satisfies(projection -> assertThat(projection.gid()).isEqualTo(download.gid()));

        assertThat(async.forceRemove(download.gid()).get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(download.gid());
        awaitStatus(download.gid(), DownloadState.REMOVED);
    }

    @Test
    void anErrorReplyFailsTheFutureWithAria2RpcException() {
        CompletableFuture<DownloadStatus> future = async.tellStatus("0123456789abcdef");

        assertThat(future).failsWithin(Duration.ofSeconds(WAIT_SECONDS))
                .withThrowableOfType(ExecutionException.class)
                .havingCause()
                .isInstanceOfSatisfying(Aria2RpcException.class,
                        e -> assertThat(e.kind()).isEqualTo(RpcErrorKind.GID_NOT_FOUND));
    }

    @Test
    void manyCallsInFlightAtOnceAllComplete() throws Exception {
        List<CompletableFuture<VersionInfo>> calls = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            calls.add(async.getVersion());
        }

        CompletableFuture.allOf(calls.toArray(CompletableFuture<?>[]::new)).get(WAIT_SECONDS, TimeUnit.SECONDS);

        assertThat(calls).extracting(CompletableFuture::join).extracting(VersionInfo::version).containsOnly(
                calls.get(0).join().version());
        assertThat(async.getGlobalStat().get(WAIT_SECONDS, TimeUnit.SECONDS).numActive()).isNotNegative();
    }

    /** Polls {@code tellStatus(gid)} on the asynchronous client until the download is in {@code state}. */
    private DownloadStatus awaitStatus(String gid, DownloadState state) {
        return Aria2Await.until("download " + gid + " to be " + state, () -> async.tellStatus(gid).join(),
                status -> status.status() == state, LIMIT);
    }
}
