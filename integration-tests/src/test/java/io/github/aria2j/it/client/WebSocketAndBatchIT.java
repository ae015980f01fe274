package io.github.aria2j.it.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Batch;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.DownloadStatusKey;
import io.github.aria2j.model.MulticallEntry;
import io.github.aria2j.model.VersionInfo;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.RpcErrorKind;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import io.github.aria2j.runtime.rpc.BatchEntry;
import io.github.aria2j.runtime.rpc.BatchMode;
import io.github.aria2j.runtime.rpc.BatchResult;
import io.github.aria2j.testkit.Aria2Await;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client's own additions against the real daemon: the WebSocket transport, typed batches
 * (system.multicall and JSON-RPC batch) with a failing entry, paging past the page size, the raw
 * call, and a client built on a managed aria2c.
 */
class WebSocketAndBatchIT {

    private static final String UNKNOWN_GID = "0123456789abcdef";

    @RegisterExtension
    static final ItAria2 aria2 = ItAria2.perClass();

    private Aria2Client ws;

    @BeforeEach
    void connectOverWebSocket() {
        aria2.clearDownloads();
        ws = Aria2Client.builder().endpoint(webSocketEndpoint()).secret(aria2.daemon().secret()).build();
    }

    /** aria2 serves WebSocket and HTTP on the same port and path. */
    private static URI webSocketEndpoint() {
        return aria2.daemon().webSocketEndpoint();
    }

    @AfterEach
    void close() {
        ws.close();
    }

    @Test
    void aDownloadIsAddedPausedResumedAndRemovedOverTheWebSocket() {
        URI uri = aria2.files().add("ws.bin", new byte[256 * 1024]).uri();
        aria2.files().slow("ws.bin", 16 * 1024);
        String gid = ws.addUri(List.of(uri.toString()));
        Aria2Await.status(ws, gid, DownloadState.ACTIVE, ItAria2.LIMIT);

        ws.pause(gid);
        assertThat(Aria2Await.status(ws, gid, DownloadState.PAUSED, ItAria2.LIMIT).gid()).isEqualTo(gid);
        ws.unpause(gid);
        Aria2Await.status(ws, gid, DownloadState.ACTIVE, ItAria2.LIMIT);
        ws.remove(gid); // an active download leaves a result; a waiting one removed would be forgotten
        assertThat(Aria2Await.status(ws, gid, DownloadState.REMOVED, ItAria2.LIMIT).status())
                .isEqualTo(DownloadState.REMOVED);
    }

    @Test
    void manyCallsInFlightOnOneWebSocketAllComeBack() throws Exception {
        try (Aria2AsyncClient async = Aria2Client.builder()
                .endpoint(webSocketEndpoint())
                .secret(aria2.daemon().secret())
                .buildAsync()) {
            List<CompletableFuture<VersionInfo>> calls = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                calls.add(async.getVersion());
            }
            CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

            assertThat(calls.stream().map(CompletableFuture::join).map(VersionInfo::version).collect(Collectors.toSet()))
                    .singleElement()
                    .satisfies(version -> assertThat(version).startsWith("1."));
        }
    }

    @Test
    void aMulticallBatchGivesEachEntryItsValueOrItsError() {
        URI uri = aria2.files().add("batch.bin", new byte[1024]).uri();
        Aria2Batch batch = aria2.client().batch();
        BatchEntry<VersionInfo> version = batch.getVersion();
        BatchEntry<DownloadStatus> unknown = batch.tellStatus(UNKNOWN_GID);
        BatchEntry<String> added = batch.addUri(List.of(uri.toString()), AddOptions.builder().pause(true).build());

        BatchResult result = batch.execute();

        assertThat(result.allSucceeded()).isFalse();
        assertThat(result.failures()).containsExactly(unknown);
        assertThat(version.get().version()).startsWith("1.");
        assertThat(unknown.outcome().isSuccess()).isFalse();
        assertThatThrownBy(unknown::get).isInstanceOfSatisfying(Aria2RpcException.class,
                error -> assertThat(error.kind()).isEqualTo(RpcErrorKind.GID_NOT_FOUND));
        assertThat(aria2.client().tellStatus(added.get()).status()).isEqualTo(DownloadState.PAUSED);
    }

    @Test
    void aJsonRpcBatchOverTheWebSocketWorksToo() throws Exception {
        Aria2Batch batch = ws.batch(BatchMode.JSON_RPC);
        BatchEntry<List<String>> methods = batch.listMethods();
        BatchEntry<DownloadStatus> unknown = batch.tellStatus(UNKNOWN_GID);

        BatchResult result = batch.executeAsync().get(10, TimeUnit.SECONDS);

        assertThat(result.entries()).hasSize(2);
        assertThat(methods.get()).hasSize(36).contains("aria2.addUri", "system.multicall");
        assertThat(unknown.outcome().isSuccess()).isFalse();
    }

    @Test
    void theTypedMulticallPutsTheSecretInsideEachEntry() {
        List<Object> results = ws.multicall(List.of(
                new MulticallEntry("aria2.getVersion", List.of()),
                new MulticallEntry("aria2.tellStatus", List.of(UNKNOWN_GID))));

        assertThat(results.get(0)).asInstanceOf(LIST).singleElement().asInstanceOf(MAP).containsKey("version");
        assertThat(results.get(1)).asInstanceOf(MAP)
                .containsEntry("message", "GID " + UNKNOWN_GID + " is not found");
    }

    @Test
    void pagingWalksTheWholeWaitingQueuePastThePageSize() {
        URI uri = aria2.files().add("queued.bin", new byte[16]).uri();
        Aria2Batch batch = aria2.client().batch();
        List<BatchEntry<String>> gids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            gids.add(batch.addUri(List.of(uri + "?n=" + i), AddOptions.builder().pause(true).build()));
        }
        assertThat(batch.execute().allSucceeded()).isTrue();

        List<String> walked = ws.tellWaitingAll(10, EnumSet.of(DownloadStatusKey.GID))
                .map(projection -> projection.gid())
                .toList();

        assertThat(walked).containsExactlyElementsOf(gids.stream().map(BatchEntry::get).toList());
    }

    @Test
    void theRawCallReturnsTheGenericValueAndAddsTheSecret() {
        Object stat = ws.call("aria2.getGlobalStat", List.of());

        assertThat(stat).asInstanceOf(MAP).containsKeys("numActive", "numWaiting", "downloadSpeed");
    }

    @Test
    void aClientWithoutEndpointRunsItsOwnAria2c(@TempDir Path dir) throws Exception {
        try (Aria2AsyncClient managed = Aria2Client.builder()
                .managed(ManagedAria2.builder().downloadDir(dir))
                .managedOverWebSocket()
                .buildAsync()) {
            Map<String, String> options = managed.getGlobalOption().get(10, TimeUnit.SECONDS);

            assertThat(options).containsEntry("dir", dir.toString());
        }
    }
}
