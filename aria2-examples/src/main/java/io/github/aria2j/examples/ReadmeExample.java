package io.github.aria2j.examples;

import io.github.aria2j.client.Aria2Batch;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.DownloadStatusKey;
import io.github.aria2j.model.DownloadStatusProjection;
import io.github.aria2j.notification.Aria2Events;
import io.github.aria2j.notification.DownloadComplete;
import io.github.aria2j.notification.DownloadError;
import io.github.aria2j.notification.DownloadStop;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.runtime.events.EventSettings;
import io.github.aria2j.runtime.events.ReconnectPolicy;
import io.github.aria2j.runtime.rpc.BatchEntry;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The README's examples ("Using the client", "Events"), kept here so that the build compiles it: when the API
 * changes, this file (and then the README) must change with it.
 */
final class ReadmeExample {

  private ReadmeExample() {}

  @SuppressWarnings("unused") // the example shows the calls; their results are not needed here
  static void run() {
    // --- from README.md, "Using the client" ---
    try (Aria2Client aria2 = Aria2Client.builder()
            .endpoint("ws://localhost:6800/jsonrpc")     // http(s):// posts each call, ws(s):// keeps one WebSocket
            .secret("s3cret")
            .requestTimeout(Duration.ofSeconds(10))
            .build()) {
        AddOptions options = AddOptions.builder().split(4).maxDownloadLimit("1M").build();
        String gid = aria2.addUri(List.of("https://example.org/file.iso"), options);

        // keys projections keep polling cheap: only these keys travel
        DownloadStatusProjection progress = aria2.tellStatus(gid,
                EnumSet.of(DownloadStatusKey.STATUS, DownloadStatusKey.COMPLETED_LENGTH, DownloadStatusKey.TOTAL_LENGTH));
        System.out.println(progress.status() + " " + progress.completedLength() + "/" + progress.totalLength());

        // one system.multicall; the secret goes inside each entry, and each entry succeeds or fails on its own
        Aria2Batch batch = aria2.batch();
        BatchEntry<DownloadStatus> known = batch.tellStatus(gid);
        BatchEntry<DownloadStatus> unknown = batch.tellStatus("0000000000000001");
        batch.execute();
        System.out.println(known.get().status() + ", " + unknown.outcome().isSuccess());   // ACTIVE, false

        // every waiting download, page after page, past aria2's (and other clients') 1000
        long waiting = aria2.tellWaitingAll(500).count();

        // anything the typed API does not cover: the raw call, the secret still added
        Object stat = aria2.call("aria2.getGlobalStat", List.of());
    }
    // --- end of the README example ---
  }

  static void events() throws Exception {
    // --- from README.md, "Events" ---
    try (Aria2Client aria2 = Aria2Client.builder()
            .endpoint("http://localhost:6800/jsonrpc")
            .secret("s3cret")
            .events(EventSettings.DEFAULT.withReconnect(ReconnectPolicy.DEFAULT.withDelays(
                    Duration.ofMillis(500), Duration.ofSeconds(30))))   // back-off with jitter, capped
            .build()) {
        Aria2Events events = aria2.events();   // a WebSocket of its own, opened again whenever it drops

        events.on(DownloadComplete.class, done ->
                System.out.println(done.gid() + " complete" + (done.recovered() ? " (while disconnected)" : "")));
        events.on(Set.of(DownloadError.class, DownloadStop.class), ended -> System.out.println("ended: " + ended));
        events.onConnection(change -> System.out.println(change));   // Connected, Disconnected(cause), Reconnecting, ...
        events.onProgress(moved -> System.out.printf("%s %.0f%%%n", moved.gid(), 100 * moved.current().fraction()));

        events.connect().get(10, TimeUnit.SECONDS);   // connected, and the downloads' states known
        aria2.addUri(List.of("https://example.org/file.iso"));
        Thread.sleep(60_000);
    }
    // --- end of the README example ---
  }
}
