package io.github.aria2j.it.client;

import static io.github.aria2j.it.support.Await.LIMIT;
import static io.github.aria2j.it.support.Await.awaitStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.it.support.Downloads.Added;
import io.github.aria2j.it.support.FileServer;
import io.github.aria2j.it.support.LiveAria2;
import io.github.aria2j.model.DownloadFile;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.DownloadStatusKey;
import io.github.aria2j.model.VersionInfo;
import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.RpcErrorKind;
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
    static final LiveAria2 aria2 = new LiveAria2();

    private final Aria2AsyncClient async = aria2.asyncClient();

    @Test
    void addUriThenTellStatusAndGetFilesFollowADownloadToCompletion() throws Exception {
        byte[] content = FileServer.content(40 * 1024, 31);
        String uri = aria2.files().serve("async.bin", content).toString();

        String gid = async.addUri(List.of(uri)).get(WAIT_SECONDS, TimeUnit.SECONDS);
        DownloadStatus status = awaitStatus(async, gid, DownloadState.COMPLETE, LIMIT);
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
        awaitStatus(async, download.gid(), DownloadState.PAUSED, LIMIT);
        assertThat(async.tellActive().get(WAIT_SECONDS, TimeUnit.SECONDS)).isEmpty();

        String unpaused = async.unpause(download.gid()).get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(unpaused).isEqualTo(download.gid());
        awaitStatus(async, download.gid(), DownloadState.ACTIVE, LIMIT);
        assertThat(async.tellActive(EnumSet.of(DownloadStatusKey.GID)).get(WAIT_SECONDS, TimeUnit.SECONDS))
                .singleElement()
                .satisfies(projection -> assertThat(projection.gid()).isEqualTo(download.gid()));

        assertThat(async.forceRemove(download.gid()).get(WAIT_SECONDS, TimeUnit.SECONDS)).isEqualTo(download.gid());
        awaitStatus(async, download.gid(), DownloadState.REMOVED, LIMIT);
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
}
