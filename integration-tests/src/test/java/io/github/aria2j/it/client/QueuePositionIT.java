package io.github.aria2j.it.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.Downloads;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.PositionOrigin;
import io.github.aria2j.options.AddOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * aria2.changePosition with each origin, and addUri's position, over a waiting queue of four paused downloads
 * [a, b, c, d].
 */
class QueuePositionIT {

    @RegisterExtension
    static final ItAria2 aria2 = ItAria2.perClass();

    private final Aria2Client client = aria2.client();
    private String a;
    private String b;
    private String c;
    private String d;

    @BeforeEach
    void queueFourPausedDownloads() {
        aria2.clearDownloads();
        Downloads downloads = aria2.downloads();
        a = downloads.paused("queue-a.bin").gid();
        b = downloads.paused("queue-b.bin").gid();
        c = downloads.paused("queue-c.bin").gid();
        d = downloads.paused("queue-d.bin").gid();
        assertThat(waitingQueue()).containsExactly(a, b, c, d);
    }

    @Test
    void posSetMovesToAnAbsolutePosition() {
        assertThat(client.changePosition(d, 0, PositionOrigin.SET)).isZero();
        assertThat(waitingQueue()).containsExactly(d, a, b, c);

        assertThat(client.changePosition(d, 2, PositionOrigin.SET)).isEqualTo(2);
        assertThat(waitingQueue()).containsExactly(a, b, d, c);
    }

    @Test
    void posSetBeyondTheEndMovesToTheEnd() {
        assertThat(client.changePosition(a, 10, PositionOrigin.SET)).isEqualTo(3);
        assertThat(waitingQueue()).containsExactly(b, c, d, a);
    }

    @Test
    void posCurMovesRelativeToTheCurrentPosition() {
        assertThat(client.changePosition(a, 2, PositionOrigin.CURRENT)).isEqualTo(2);
        assertThat(waitingQueue()).containsExactly(b, c, a, d);

        assertThat(client.changePosition(a, -1, PositionOrigin.CURRENT)).isEqualTo(1);
        assertThat(waitingQueue()).containsExactly(b, a, c, d);
    }

    @Test
    void posEndMovesRelativeToTheEnd() {
        assertThat(client.changePosition(a, 0, PositionOrigin.END)).isEqualTo(3);
        assertThat(waitingQueue()).containsExactly(b, c, d, a);

        assertThat(client.changePosition(b, -2, PositionOrigin.END)).isEqualTo(1);
        assertThat(waitingQueue()).containsExactly(c, b, d, a);
    }

    @Test
    void tellWaitingWithANegativeOffsetCountsFromTheEndInReverseOrder() {
        List<String> lastTwo = new ArrayList<>();
        for (DownloadStatus status : client.tellWaiting(-1, 2)) {
            lastTwo.add(status.gid());
        }

        assertThat(lastTwo).containsExactly(d, c);
    }

    @Test
    void addUriWithAPositionInsertsTheDownloadThere() {
        String uri = aria2.files().add("queue-new.bin", new byte[] {1, 2, 3}).uri().toString();

        String inserted = client.addUri(List.of(uri), AddOptions.builder().pause(true).build(), 1);

        assertThat(waitingQueue()).containsExactly(a, inserted, b, c, d);
    }

    private List<String> waitingQueue() {
        List<String> gids = new ArrayList<>();
        for (DownloadStatus status : client.tellWaiting(0, 100)) {
            gids.add(status.gid());
        }
        return gids;
    }
}
