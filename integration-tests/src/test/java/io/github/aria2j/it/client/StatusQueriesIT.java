package io.github.aria2j.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.Downloads;
import io.github.aria2j.it.support.Downloads.Added;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.model.DownloadFile;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.DownloadStatusKey;
import io.github.aria2j.model.DownloadStatusProjection;
import io.github.aria2j.model.DownloadUri;
import io.github.aria2j.model.ExitCode;
import io.github.aria2j.model.FileServers;
import io.github.aria2j.model.GlobalStat;
import io.github.aria2j.model.SessionInfo;
import io.github.aria2j.model.UriStatus;
import io.github.aria2j.model.VersionInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The tell* and get* methods against one download in each state: active (a slow file), paused ({@code pause=true}),
 * complete (a tiny file) and error (a 404).
 */
class StatusQueriesIT {

    @RegisterExtension
    static final ItAria2 aria2 = ItAria2.perClass();

    private static Added active;
    private static Added paused;
    private static Added complete;
    private static Added failed;

    private final Aria2Client client = aria2.client();

    @BeforeAll
    static void addOneDownloadInEachState() {
        Downloads downloads = aria2.downloads();
        complete = downloads.complete("status-complete.bin");
        failed = downloads.failed("status-missing.bin");
        paused = downloads.paused("status-paused.bin");
        active = downloads.active("status-active.bin");
    }

    @Test
    void tellStatusReturnsTheFullStatusOfAnActiveDownload() {
        DownloadStatus status = client.tellStatus(active.gid());

        assertThat(status.gid()).isEqualTo(active.gid());
        assertThat(status.status()).isEqualTo(DownloadState.ACTIVE);
        assertThat(status.totalLength()).isEqualTo(Downloads.SLOW_SIZE);
        assertThat(status.completedLength()).isPositive().isLessThan(Downloads.SLOW_SIZE);
        assertThat(status.connections()).isEqualTo(1);
        assertThat(status.bitfield()).isNotNull().matches("[0-9a-f]+");
        assertThat(status.numPieces()).isPositive();
        assertThat(status.errorCode()).isNull();
        assertThat(status.infoHash()).isNull();
        assertThat(status.files()).singleElement().satisfies(file -> {
            assertThat(file.length()).isEqualTo(Downloads.SLOW_SIZE);
            assertThat(file.uris()).extracting(DownloadUri::uri).contains(active.uri().toString());
        });
    }

    @Test
    void tellStatusWithKeysReturnsOnlyTheRequestedKeys() {
        Set<DownloadStatusKey> keys = EnumSet.of(
                DownloadStatusKey.GID, DownloadStatusKey.STATUS, DownloadStatusKey.TOTAL_LENGTH);

        DownloadStatusProjection projection = client.tellStatus(active.gid(), keys);

        assertThat(projection.requestedKeys()).isEqualTo(keys);
        assertThat(projection.gid()).isEqualTo(active.gid());
        assertThat(projection.status()).isEqualTo(DownloadState.ACTIVE);
        assertThat(projection.totalLength()).isEqualTo(Downloads.SLOW_SIZE);
        assertThat(projection.bitfield()).isNull();
        assertThatThrownBy(projection::files).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FILES");
    }

    @Test
    void tellStatusWithAKeyTheReplyLacksLeavesItsValueOut() {
        DownloadStatusProjection projection = client.tellStatus(
                active.gid(), EnumSet.of(DownloadStatusKey.GID, DownloadStatusKey.ERROR_CODE));

        // aria2 leaves errorCode out for a download that has not stopped.
        assertThat(projection.gid()).isEqualTo(active.gid());
        assertThat(projection.errorCode()).isNull();
    }

    @Test
    void tellStatusWithAnEmptyKeySetReturnsEveryKey() {
        DownloadStatusProjection projection = client.tellStatus(active.gid(), EnumSet.noneOf(DownloadStatusKey.class));

        assertThat(projection.gid()).isEqualTo(active.gid());
        assertThat(projection.status()).isEqualTo(DownloadState.ACTIVE);
        assertThat(projection.files()).hasSize(1);
    }

    @Test
    void requestedKeysAreTheKeysTheCallAskedFor() {
        Set<DownloadStatusKey> keys = EnumSet.of(DownloadStatusKey.GID, DownloadStatusKey.ERROR_CODE);

        assertThat(client.tellStatus(active.gid(), keys).requestedKeys()).isEqualTo(keys);
        assertThat(client.tellStatus(active.gid(), EnumSet.noneOf(DownloadStatusKey.class)).requestedKeys())
                .isEqualTo(EnumSet.allOf(DownloadStatusKey.class));
    }

    @Test
    void tellStatusOfAStoppedDownloadCarriesItsErrorCodeAndMessage() {
        DownloadStatus status = client.tellStatus(failed.gid());

        assertThat(status.status()).isEqualTo(DownloadState.ERROR);
        assertThat(status.errorCode()).isEqualTo(ExitCode.RESOURCE_NOT_FOUND);
        assertThat(status.errorMessage()).isNotBlank();
    }

    @Test
    void tellActiveListsTheActiveDownload() {
        assertThat(client.tellActive()).extracting(DownloadStatus::gid).containsExactly(active.gid());
        assertThat(client.tellActive(EnumSet.of(DownloadStatusKey.GID, DownloadStatusKey.DOWNLOAD_SPEED)))
                .singleElement()
                .satisfies(projection -> {
                    assertThat(projection.gid()).isEqualTo(active.gid());
                    assertThat(projection.downloadSpeed()).isNotNegative();
                    assertThatThrownBy(projection::status).isInstanceOf(IllegalStateException.class);
                });
    }

    @Test
    void tellWaitingListsThePausedDownload() {
        assertThat(client.tellWaiting(0, 10)).singleElement().satisfies(status -> {
            assertThat(status.gid()).isEqualTo(paused.gid());
            assertThat(status.status()).isEqualTo(DownloadState.PAUSED);
        });
        assertThat(client.tellWaiting(0, 10, EnumSet.of(DownloadStatusKey.GID, DownloadStatusKey.STATUS)))
                .extracting(DownloadStatusProjection::gid, DownloadStatusProjection::status)
                .containsExactly(tuple(paused.gid(), DownloadState.PAUSED));
        assertThat(client.tellWaiting(1, 10)).isEmpty();
    }

    @Test
    void tellStoppedListsTheCompleteAndTheFailedDownload() {
        assertThat(client.tellStopped(0, 10))
                .extracting(DownloadStatus::gid, DownloadStatus::status, DownloadStatus::errorCode)
                .containsExactly(
                        tuple(complete.gid(), DownloadState.COMPLETE, ExitCode.FINISHED),
                        tuple(failed.gid(), DownloadState.ERROR, ExitCode.RESOURCE_NOT_FOUND));
        assertThat(client.tellStopped(1, 1, EnumSet.of(DownloadStatusKey.GID)))
                .extracting(DownloadStatusProjection::gid)
                .containsExactly(failed.gid());
    }

    @Test
    void getUrisReturnsTheUrisOfAWaitingDownload() {
        List<DownloadUri> uris = client.getUris(paused.gid());

        assertThat(uris).containsExactly(new DownloadUri(paused.uri().toString(), UriStatus.WAITING));
    }

    @Test
    void getFilesReturnsTheFileOfACompleteDownload() {
        List<DownloadFile> files = client.getFiles(complete.gid());

        assertThat(files).singleElement().satisfies(file -> {
            assertThat(file.index()).isEqualTo(1);
            assertThat(file.path()).isEqualTo(
                    aria2.daemon().downloadDir().resolve("status-complete.bin").toString());
            assertThat(file.length()).isEqualTo(Downloads.SMALL_SIZE);
            assertThat(file.completedLength()).isEqualTo(Downloads.SMALL_SIZE);
            assertThat(file.selected()).isTrue();
        });
    }

    @Test
    void getServersReturnsTheServerOfAnActiveDownload() {
        List<FileServers> servers = client.getServers(active.gid());

        assertThat(servers).singleElement().satisfies(file -> {
            assertThat(file.index()).isEqualTo(1);
            assertThat(file.servers()).singleElement().satisfies(server -> {
                assertThat(server.uri()).isEqualTo(active.uri().toString());
                assertThat(server.currentUri()).isEqualTo(active.uri().toString());
                assertThat(server.downloadSpeed()).isNotNegative();
            });
        });
    }

    @Test
    void getPeersOfAnHttpDownloadIsEmpty() {
        assertThat(client.getPeers(active.gid())).isEmpty();
    }

    @Test
    void getGlobalStatCountsTheDownloadsByState() {
        GlobalStat stat = client.getGlobalStat();

        assertThat(stat.numActive()).isEqualTo(1);
        assertThat(stat.numWaiting()).isEqualTo(1);
        assertThat(stat.numStopped()).isEqualTo(2);
        assertThat(stat.numStoppedTotal()).isEqualTo(2);
        assertThat(stat.downloadSpeed()).isNotNegative();
        assertThat(stat.uploadSpeed()).isZero();
    }

    @Test
    void getVersionReportsTheLiveVersionAndItsFeatures() {
        VersionInfo version = client.getVersion();

        assertThat(version.version()).matches("1\\.\\d+\\.\\d+");
        assertThat(version.enabledFeatures()).contains("BitTorrent", "Metalink");
    }

    @Test
    void getSessionInfoReturnsTheSameSessionIdEachTime() {
        SessionInfo first = client.getSessionInfo();

        assertThat(first.sessionId()).matches("[0-9a-f]{40}");
        assertThat(client.getSessionInfo()).isEqualTo(first);
    }

    @Test
    void listMethodsAndListNotificationsNameEveryMethodAndNotification() {
        assertThat(client.listMethods()).hasSize(36).contains("aria2.addUri", "system.multicall");
        assertThat(client.listNotifications()).hasSize(6).contains("aria2.onDownloadComplete");
    }
}
