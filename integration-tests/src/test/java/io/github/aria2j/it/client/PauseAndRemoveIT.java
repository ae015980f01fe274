package io.github.aria2j.it.client;

import static io.github.aria2j.it.support.ItAria2.LIMIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.Downloads;
import io.github.aria2j.it.support.Downloads.Added;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.ExitCode;
import io.github.aria2j.model.GlobalStat;
import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.RpcErrorKind;
import io.github.aria2j.testkit.Aria2Await;
import io.github.aria2j.testkit.FileRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** pause, forcePause, unpause, the *All variants, remove, forceRemove, removeDownloadResult, purgeDownloadResult. */
class PauseAndRemoveIT {

    @RegisterExtension
    static final ItAria2 aria2 = ItAria2.perClass();

    private final Aria2Client client = aria2.client();
    private final Downloads downloads = aria2.downloads();

    @BeforeEach
    void startFromAnEmptyQueue() {
        aria2.clearDownloads();
    }

    @Test
    void pauseStopsAnActiveDownloadAndUnpauseResumesItWithARangeRequest() {
        Added download = downloads.active("pause.bin");

        assertThat(client.pause(download.gid())).isEqualTo(download.gid());
        DownloadStatus paused = Aria2Await.status(client, download.gid(), DownloadState.PAUSED, LIMIT);
        assertThat(paused.completedLength()).isPositive();
        assertThat(client.tellWaiting(0, 10)).extracting(DownloadStatus::gid).containsExactly(download.gid());

        assertThat(client.unpause(download.gid())).isEqualTo(download.gid());
        Aria2Await.status(client, download.gid(), DownloadState.ACTIVE, LIMIT);
        List<FileRequest> requests = Aria2Await.until("a second request for pause.bin",
                () -> aria2.files().requests("pause.bin"), list -> list.size() >= 2, LIMIT);
        assertThat(requests.get(requests.size() - 1).range())
                .hasValueSatisfying(range -> assertThat(range).matches("bytes=[1-9][0-9]*-.*"));
    }

    @Test
    void forcePausePausesAnActiveDownload() {
        Added download = downloads.active("force-pause.bin");

        assertThat(client.forcePause(download.gid())).isEqualTo(download.gid());

        Aria2Await.status(client, download.gid(), DownloadState.PAUSED, LIMIT);
    }

    @Test
    void pauseAllAndUnpauseAllApplyToEveryDownload() {
        Added first = downloads.active("pause-all-1.bin");
        Added second = downloads.active("pause-all-2.bin");

        client.pauseAll();

        Aria2Await.status(client, first.gid(), DownloadState.PAUSED, LIMIT);
        Aria2Await.status(client, second.gid(), DownloadState.PAUSED, LIMIT);
        assertThat(client.tellActive()).isEmpty();

        client.unpauseAll();

        Aria2Await.status(client, first.gid(), DownloadState.ACTIVE, LIMIT);
        Aria2Await.status(client, second.gid(), DownloadState.ACTIVE, LIMIT);
    }

    @Test
    void forcePauseAllPausesEveryDownload() {
        Added active = downloads.active("force-pause-all.bin");
        Added waiting = downloads.paused("force-pause-all-waiting.bin");

        client.forcePauseAll();

        Aria2Await.status(client, active.gid(), DownloadState.PAUSED, LIMIT);
        assertThat(client.tellStatus(waiting.gid()).status()).isEqualTo(DownloadState.PAUSED);
        assertThat(client.getGlobalStat().numActive()).isZero();
    }

    @Test
    void removeStopsAnActiveDownloadAndKeepsARemovedResult() {
        Added download = downloads.active("remove.bin");

        assertThat(client.remove(download.gid())).isEqualTo(download.gid());

        DownloadStatus removed = Aria2Await.status(client, download.gid(), DownloadState.REMOVED, LIMIT);
        assertThat(removed.errorCode()).isEqualTo(ExitCode.REMOVED);
        assertThat(client.tellStopped(0, 10)).extracting(DownloadStatus::gid).containsExactly(download.gid());
    }

    @Test
    void forceRemoveOfAPausedDownloadDropsItEntirely() {
        Added download = downloads.paused("force-remove.bin");

        assertThat(client.forceRemove(download.gid())).isEqualTo(download.gid());

        Aria2Await.until("the paused download to disappear", () -> gidNotFound(download.gid()), gone -> gone, LIMIT);
        assertThat(client.tellStopped(0, 10)).isEmpty();
    }

    @Test
    void forceRemoveOfAnActiveDownloadKeepsARemovedResult() {
        Added download = downloads.active("force-remove-active.bin");

        assertThat(client.forceRemove(download.gid())).isEqualTo(download.gid());

        Aria2Await.status(client, download.gid(), DownloadState.REMOVED, LIMIT);
    }

    @Test
    void removeDownloadResultForgetsOneStoppedDownload() {
        Added kept = downloads.complete("result-kept.bin");
        Added forgotten = downloads.complete("result-forgotten.bin");

        client.removeDownloadResult(forgotten.gid());

        assertThat(gidNotFound(forgotten.gid())).isTrue();
        assertThat(client.tellStopped(0, 10)).extracting(DownloadStatus::gid).containsExactly(kept.gid());
    }

    @Test
    void purgeDownloadResultForgetsEveryStoppedDownloadButNotTheTotal() {
        downloads.complete("purge-1.bin");
        downloads.failed("purge-2.bin");
        int stoppedTotalBefore = client.getGlobalStat().numStoppedTotal();

        client.purgeDownloadResult();

        assertThat(client.tellStopped(0, 10)).isEmpty();
        GlobalStat stat = client.getGlobalStat();
        assertThat(stat.numStopped()).isZero();
        assertThat(stat.numStoppedTotal()).isEqualTo(stoppedTotalBefore).isGreaterThanOrEqualTo(2);
    }

    @Test
    void removeOfAStoppedDownloadIsNotChangeableNow() {
        Added download = downloads.complete("remove-stopped.bin");

        assertThatThrownBy(() -> client.remove(download.gid()))
                .isInstanceOfSatisfying(Aria2RpcException.class, e -> {
                    assertThat(e.kind()).isEqualTo(RpcErrorKind.NOT_CHANGEABLE_NOW);
                    assertThat(e.gid()).contains(download.gid());
                });
    }

    private boolean gidNotFound(String gid) {
        try {
            client.tellStatus(gid);
            return false;
        } catch (Aria2RpcException e) {
            if (e.kind() != RpcErrorKind.GID_NOT_FOUND) {
                throw e;
            }
            return true;
        }
    }
}
