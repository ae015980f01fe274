package io.github.aria2j.it.client;

import static io.github.aria2j.it.support.ItAria2.LIMIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.Downloads.Added;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadUri;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.RpcErrorKind;
import io.github.aria2j.testkit.Aria2Await;
import io.github.aria2j.testkit.ServedFile;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** aria2.changeUri: adding and deleting URIs of a download's file, read back through getUris. */
class ChangeUriIT {

    @RegisterExtension
    static final ItAria2 aria2 = ItAria2.perClass();

    private final Aria2Client client = aria2.client();

    @Test
    void changeUriAddsAUriAfterTheExistingOnes() {
        Added download = aria2.downloads().paused("change-uri-add.bin");
        String mirror = aria2.files().uri("mirror/change-uri-add.bin").toString();

        List<Integer> deletedAndAdded = client.changeUri(download.gid(), 1, List.of(), List.of(mirror));

        assertThat(deletedAndAdded).containsExactly(0, 1);
        assertThat(client.getUris(download.gid())).extracting(DownloadUri::uri)
                .containsExactly(download.uri().toString(), mirror);
    }

    @Test
    void changeUriWithAPositionInsertsTheUriThere() {
        Added download = aria2.downloads().paused("change-uri-position.bin");
        String first = aria2.files().uri("first/change-uri-position.bin").toString();

        assertThat(client.changeUri(download.gid(), 1, List.of(), List.of(first), 0)).containsExactly(0, 1);

        assertThat(client.getUris(download.gid())).extracting(DownloadUri::uri)
                .containsExactly(first, download.uri().toString());
    }

    @Test
    void changeUriDeletesAUri() {
        Added download = aria2.downloads().paused("change-uri-delete.bin");
        String mirror = aria2.files().uri("mirror/change-uri-delete.bin").toString();
        client.changeUri(download.gid(), 1, List.of(), List.of(mirror));

        List<Integer> deletedAndAdded = client.changeUri(
                download.gid(), 1, List.of(download.uri().toString()), List.of());

        assertThat(deletedAndAdded).containsExactly(1, 0);
        assertThat(client.getUris(download.gid())).extracting(DownloadUri::uri).containsExactly(mirror);
    }

    @Test
    void replacingABrokenUriLetsThePausedDownloadComplete() throws Exception {
        ServedFile served = aria2.files().addRandom("change-uri-working.bin", 16 * 1024);
        byte[] content = served.content();
        String working = served.uri().toString();
        String broken = aria2.files().uri("change-uri-broken.bin").toString();
        String gid = client.addUri(List.of(broken),
                AddOptions.builder().pause(true).out("change-uri-result.bin").build());

        assertThat(client.changeUri(gid, 1, List.of(broken), List.of(working))).containsExactly(1, 1);
        client.unpause(gid);

        Aria2Await.status(client, gid, DownloadState.COMPLETE, LIMIT);
        assertThat(Files.readAllBytes(aria2.daemon().downloadDir().resolve("change-uri-result.bin")))
                .isEqualTo(content);
        assertThat(aria2.files().requests("change-uri-broken.bin")).isEmpty();
    }

    @Test
    void changeUriWithAFileIndexOutOfRangeIsInvalidParams() {
        Added download = aria2.downloads().paused("change-uri-index.bin");

        assertThatThrownBy(() -> client.changeUri(download.gid(), 2, List.of(), List.of("http://127.0.0.1:1/x")))
                .isInstanceOfSatisfying(Aria2RpcException.class,
                        e -> assertThat(e.kind()).isEqualTo(RpcErrorKind.INVALID_PARAMS));
    }
}
