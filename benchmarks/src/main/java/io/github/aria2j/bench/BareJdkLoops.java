package io.github.aria2j.bench;

import io.github.aria2j.bench.Figure.Unit;
import io.github.aria2j.bench.Sampler.Case;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The raw limits of the JDK's own clients: {@link HttpClient} posting a fixed body and reading
 * the reply as bytes, and a bare {@link java.net.http.WebSocket}, one call after the other and
 * with many calls in flight. No JSON is written or read while measuring.
 */
final class BareJdkLoops implements AutoCloseable {

  private final HttpClient http;
  private final URI httpEndpoint;
  private final HttpRequest getVersion;
  private final BareWebSocket webSocket;
  private final String getVersionText;
  private final String[] inFlightTexts;
  private final Duration duration;

  /**
   * @param fixture the aria2c to talk to
   * @param bodies the fixed requests
   * @param inFlight how many calls the in-flight case sends at once
   * @param duration how long one run of a sequential case lasts
   */
  BareJdkLoops(Aria2Fixture fixture, RequestBodies bodies, int inFlight, Duration duration) {
    // Configured as the client's HTTP transport configures its HttpClient.
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    this.httpEndpoint = fixture.httpEndpoint();
    this.getVersion = post(bodies.getVersion(1));
    this.getVersionText = bodies.getVersion(1);
    this.inFlightTexts = new String[inFlight];
    for (int i = 0; i < inFlight; i++) {
      inFlightTexts[i] = bodies.getVersion(i + 1);
    }
    this.duration = duration;
    this.webSocket = new BareWebSocket(HttpClient.newHttpClient(), fixture.webSocketEndpoint());
  }

  /** Posts getVersion one call after the other. */
  Case httpSequential() {
    return Case.of("bare JDK HttpClient loop, sequential", Unit.CALLS_PER_SECOND,
        () -> Sampler.callsPerSecond(duration, this::postGetVersion));
  }

  /**
   * Posts a fixed body one call after the other, reading each reply as bytes: for large replies
   * this is what the JDK's HttpClient itself costs, apart from any JSON work.
   */
  Case httpSequential(String label, String body) {
    HttpRequest request = post(body);
    return Case.of(label, Unit.MS_PER_CALL,
        () -> Sampler.msPerCall(duration, () -> send(request)));
  }

  /** Sends getVersion on the bare WebSocket and waits for each reply. */
  Case webSocketSequential() {
    return Case.of("bare JDK WebSocket loop, sequential", Unit.CALLS_PER_SECOND,
        () -> webSocket.sequential(getVersionText, duration));
  }

  /** Sends every getVersion at once on the bare WebSocket, then counts the replies. */
  Case webSocketInFlight() {
    return Case.of("bare JDK WebSocket, " + inFlightTexts.length + " in flight",
        Unit.CALLS_PER_SECOND, () -> webSocket.inFlight(inFlightTexts));
  }

  /** Fails unless both loops get a real reply: figures for error replies would mean nothing. */
  void check() throws Exception {
    postGetVersion();
    webSocket.sequential(getVersionText, Duration.ZERO);
    String reply = webSocket.firstReply();
    if (!reply.contains("\"result\"")) {
      throw new IllegalStateException("aria2 answered the bare WebSocket with an error: "
          + reply.substring(0, Math.min(200, reply.length())));
    }
  }

  private void postGetVersion() throws IOException, InterruptedException {
    send(getVersion);
  }

  private void send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("aria2 answered HTTP " + response.statusCode());
    }
  }

  private HttpRequest post(String body) {
    return HttpRequest.newBuilder(httpEndpoint)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  @Override
  public void close() {
    webSocket.close();
  }
}
