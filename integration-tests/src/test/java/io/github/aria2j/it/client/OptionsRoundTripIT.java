package io.github.aria2j.it.client;

import static io.github.aria2j.it.support.ItAria2.LIMIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.Downloads.Added;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.options.ChangeOptions;
import io.github.aria2j.options.FileAllocation;
import io.github.aria2j.options.GlobalOptions;
import io.github.aria2j.options.LogLevel;
import io.github.aria2j.options.UriSelector;
import io.github.aria2j.testkit.Aria2Await;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Options set through the typed builders (AddOptions, ChangeOptions, GlobalOptions) come back from getOption and
 * getGlobalOption in aria2's normalised form: sizes in bytes, header lists as one string of lines, booleans and
 * enum values as aria2 spells them, paths as given.
 */
class OptionsRoundTripIT {

    @RegisterExtension
    static final ItAria2 aria2 = ItAria2.perClass();

    private final Aria2Client client = aria2.client();

    @Test
    void addOptionsAreReadBackInNormalisedForm() throws Exception {
        Path dir = Files.createDirectories(aria2.workDir().resolve("add-options-dir"));
        String uri = aria2.files().add("add-options.bin", new byte[] {1}).uri().toString();
        AddOptions options = AddOptions.builder()
                .pause(true)
                .maxDownloadLimit("1M")
                .header("X-A: 1", "X-B: 2")
                .allowOverwrite(true)
                .fileAllocation(FileAllocation.TRUNC)
                .uriSelector(UriSelector.INORDER)
                .split(3)
                .dir(dir.toString())
                .out("named-by-option.bin")
                .build();
        // aria2 appends the headers of addUri to the global ones.
        String globalHeaders = client.getGlobalOption().getOrDefault("header", "");

        String gid = client.addUri(List.of(uri), options);

        Map<String, String> readBack = client.getOption(gid);
        assertThat(readBack)
                .containsEntry("max-download-limit", "1048576")
                .containsEntry("header", globalHeaders + "X-A: 1\nX-B: 2\n")
                .containsEntry("allow-overwrite", "true")
                .containsEntry("file-allocation", "trunc")
                .containsEntry("uri-selector", "inorder")
                .containsEntry("split", "3")
                .containsEntry("dir", dir.toString())
                .containsEntry("out", "named-by-option.bin")
                // pause is one-shot: it never appears in getOption.
                .doesNotContainKey("pause");
        assertThat(client.tellStatus(gid).status()).isEqualTo(DownloadState.PAUSED);
    }

    @Test
    void addOptionsHeadersAndUserAgentReachTheServer() {
        String uri = aria2.files().addRandom("sent-headers.bin", 1024).uri().toString();
        AddOptions options = AddOptions.builder()
                .header("X-Aria2j-Test: yes")
                .userAgent("aria2j-it/1.0")
                .build();

        String gid = client.addUri(List.of(uri), options);

        Aria2Await.status(client, gid, DownloadState.COMPLETE, LIMIT);
        assertThat(aria2.files().requests("sent-headers.bin")).isNotEmpty().allSatisfy(request -> {
            assertThat(request.header("X-Aria2j-Test")).contains("yes");
            assertThat(request.header("User-Agent")).contains("aria2j-it/1.0");
        });
    }

    @Test
    void changeOptionOnAPausedDownloadIsReadBackAndReplacesHeaders() {
        Added download = aria2.downloads().paused("change-option.bin");
        String gid = download.gid();
        client.changeOption(gid, ChangeOptions.builder().header("X-Old: 1").build());

        client.changeOption(gid, ChangeOptions.builder()
                .maxDownloadLimit("512K")
                .header("X-New: 2", "X-Newer: 3")
                .maxTries(7)
                .remoteTime(true)
                .uriSelector(UriSelector.ADAPTIVE)
                .build());

        assertThat(client.getOption(gid))
                .containsEntry("max-download-limit", "524288")
                // changeOption replaces a cumulative option instead of appending to it.
                .containsEntry("header", "X-New: 2\nX-Newer: 3\n")
                .containsEntry("max-tries", "7")
                .containsEntry("remote-time", "true")
                .containsEntry("uri-selector", "adaptive");
    }

    @Test
    void changeOptionOnAnActiveDownloadAppliesWithoutStoppingIt() {
        Added download = aria2.downloads().active("change-option-active.bin");

        client.changeOption(download.gid(), ChangeOptions.builder().maxDownloadLimit(32 * 1024).build());

        assertThat(client.getOption(download.gid())).containsEntry("max-download-limit", "32768");
        assertThat(client.tellStatus(download.gid()).status()).isEqualTo(DownloadState.ACTIVE);
        client.forceRemove(download.gid());
    }

    @Test
    void changeGlobalOptionIsReadBackByGetGlobalOptionOnTheAsyncClient() throws Exception {
        Aria2AsyncClient async = aria2.asyncClient();
        Path dir = Files.createDirectories(aria2.workDir().resolve("global-dir"));
        GlobalOptions options = GlobalOptions.builder()
                .maxOverallDownloadLimit("2M")
                .maxConcurrentDownloads(7)
                .logLevel(LogLevel.WARN)
                .header("X-G: 1", "X-H: 2")
                .allowOverwrite(true)
                .dir(dir.toString())
                .build();

        Map<String, String> readBack = async.changeGlobalOption(options)
                .thenCompose(ok -> async.getGlobalOption())
                .get(10, TimeUnit.SECONDS);

        assertThat(readBack)
                .containsEntry("max-overall-download-limit", "2097152")
                .containsEntry("max-concurrent-downloads", "7")
                .containsEntry("log-level", "warn")
                .containsEntry("header", "X-G: 1\nX-H: 2\n")
                .containsEntry("allow-overwrite", "true")
                .containsEntry("dir", dir.toString());
        // A download added afterwards starts from the new global values.
        String gid = async.addUri(List.of(aria2.files().uri("after-global.bin").toString()),
                AddOptions.builder().pause(true).build()).get(10, TimeUnit.SECONDS);
        assertThat(async.getOption(gid).get(10, TimeUnit.SECONDS))
                .containsEntry("dir", dir.toString())
                .containsEntry("header", "X-G: 1\nX-H: 2\n");
    }
}
