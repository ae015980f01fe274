package io.github.aria2j.bench;

import io.github.aria2j.bench.Figure.Unit;
import io.github.aria2j.bench.Sampler.Case;
import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadStatusKey;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The generated client's cases, each through the public API exactly as an application would call
 * it: typed results, JSON written and read by the runtime.
 */
final class ClientCases implements AutoCloseable {

  /** The projection of the projected tellWaiting case. */
  static final Set<DownloadStatusKey> PROJECTION =
      EnumSet.of(
          DownloadStatusKey.GID,
          DownloadStatusKey.STATUS,
          DownloadStatusKey.COMPLETED_LENGTH,
          DownloadStatusKey.TOTAL_LENGTH);

  private final Aria2Client overWebSocket;
  private final Aria2Client overHttp;
  private final Aria2AsyncClient asyncOverWebSocket;
  private final int inFlight;
  private final int waiting;
  private final Duration duration;

  /**
   * @param fixture the aria2c to talk to
   * @param inFlight how many calls the in-flight case sends at once
   * @param waiting how many downloads tellWaiting asks for
   * @param duration how long one run of a sequential case lasts
   */
  ClientCases(Aria2Fixture fixture, int inFlight, int waiting, Duration duration) {
    this.overWebSocket =
        Aria2Client.builder()
            .endpoint(fixture.webSocketEndpoint())
            .secret(fixture.secret())
            .build();
    this.overHttp =
        Aria2Client.builder().endpoint(fixture.httpEndpoint()).secret(fixture.secret()).build();
    this.asyncOverWebSocket =
        Aria2AsyncClient.builder()
            .endpoint(fixture.webSocketEndpoint())
            .secret(fixture.secret())
            .buildAsync();
    this.inFlight = inFlight;
    this.waiting = waiting;
    this.duration = duration;
  }

  /** Sync client over WebSocket, getVersion one call after the other. */
  Case webSocketSequential() {
    return Case.of("client getVersion over WebSocket, sequential", Unit.CALLS_PER_SECOND,
        () -> Sampler.callsPerSecond(duration, overWebSocket::getVersion));
  }

  /** Sync client over HTTP, getVersion one call after the other. */
  Case httpSequential() {
    return Case.of("client getVersion over HTTP, sequential", Unit.CALLS_PER_SECOND,
        () -> Sampler.callsPerSecond(duration, overHttp::getVersion));
  }

  /** Async client over one WebSocket, {@code inFlight} getVersion calls at once. */
  Case webSocketInFlight() {
    return Case.of("client getVersion over WebSocket, " + inFlight + " in flight",
        Unit.CALLS_PER_SECOND, () -> Sampler.callsPerSecond(inFlight, this::allAtOnce));
  }

  /** tellWaiting(0, waiting) over HTTP, decoded into records. */
  Case tellWaiting() {
    return Case.of("client tellWaiting(0," + waiting + ") over HTTP, decoded", Unit.MS_PER_CALL,
        () -> Sampler.msPerCall(duration, () -> checkSize(overHttp.tellWaiting(0, waiting).size())));
  }

  /** tellWaiting(0, waiting, 4 keys) over HTTP, decoded into projections. */
  Case tellWaitingProjected() {
    return Case.of("client tellWaiting(0," + waiting + ", 4 keys) over HTTP", Unit.MS_PER_CALL,
        () -> Sampler.msPerCall(duration,
            () -> checkSize(overHttp.tellWaiting(0, waiting, PROJECTION).size())));
  }

  /** tellWaiting(0, waiting) over WebSocket, decoded into records: for comparison only. */
  Case tellWaitingOverWebSocket() {
    return Case.of("client tellWaiting(0," + waiting + ") over WebSocket", Unit.MS_PER_CALL,
        () -> Sampler.msPerCall(duration,
            () -> checkSize(overWebSocket.tellWaiting(0, waiting).size())));
  }

  private void allAtOnce() {
    CompletableFuture<?>[] calls = new CompletableFuture<?>[inFlight];
    for (int i = 0; i < inFlight; i++) {
      calls[i] = asyncOverWebSocket.getVersion();
    }
    CompletableFuture.allOf(calls).join();
  }

  private void checkSize(int size) {
    if (size != waiting) {
      throw new IllegalStateException("tellWaiting returned " + size + " of " + waiting);
    }
  }

  @Override
  public void close() {
    overWebSocket.close();
    overHttp.close();
    asyncOverWebSocket.close();
  }
}
