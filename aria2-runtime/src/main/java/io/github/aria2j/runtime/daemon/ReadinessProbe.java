package io.github.aria2j.runtime.daemon;

import io.github.aria2j.runtime.Secret;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Waits until a starting aria2c answers {@code aria2.getVersion} with its token over HTTP, while
 * watching for it to exit or to report that its port was taken.
 *
 * <p>Talks {@code java.net.http} directly: the launcher needs only "did it answer 200", not the
 * engine's decoding.
 */
final class ReadinessProbe {

  /** How a wait ended. */
  enum Outcome {
    /** aria2c answered with HTTP 200. */
    READY,
    /** aria2c exited. */
    EXITED,
    /** aria2c could not listen on 127.0.0.1 at its port: another process holds it. */
    PORT_TAKEN,
    /** The start timeout passed without an answer. */
    TIMED_OUT
  }

  /**
   * What aria2c prints when another process holds its port on 127.0.0.1. It then either exits or,
   * if it could bind ::1, keeps running on IPv6 only, where the probe (and clients) never reach
   * it: both cases mean "pick another port".
   */
  static final String IPV4_BIND_FAILURE = "IPv4 RPC: failed to bind TCP port";

  private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

  /** Short, so that a port held by a silent stranger is noticed soon through the output. */
  private static final Duration ATTEMPT_TIMEOUT = Duration.ofMillis(500);

  private final HttpClient client;
  private final HttpRequest.Builder request;
  private String lastProblem = "no attempt made";

  /**
   * Creates a probe.
   *
   * @param endpoint aria2c's JSON-RPC endpoint
   * @param secret its secret
   */
  ReadinessProbe(URI endpoint, Secret secret) {
    // HTTP/1.1 only: aria2c would be offered an h2c upgrade otherwise, which it does not speak.
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(ATTEMPT_TIMEOUT)
            .build();
    String body =
        "{\"jsonrpc\":\"2.0\",\"id\":\"aria2j-probe\",\"method\":\"aria2.getVersion\","
            + "\"params\":[\"token:"
            + secret.value()
            + "\"]}";
    this.request =
        HttpRequest.newBuilder(endpoint)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  /**
   * Polls until aria2c answers, exits, reports a taken port, or the timeout passes.
   *
   * @param process the starting aria2c
   * @param output its output
   * @param timeout how long to wait in all
   * @return how the wait ended
   * @throws InterruptedException if the thread is interrupted
   */
  Outcome await(Process process, OutputTail output, Duration timeout)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      if (output.contains(IPV4_BIND_FAILURE)) {
        return Outcome.PORT_TAKEN;
      }
      if (!process.isAlive()) {
        return Outcome.EXITED;
      }
      long remaining = deadline - System.nanoTime();
      if (remaining <= 0) {
        return Outcome.TIMED_OUT;
      }
      Duration attemptTimeout = min(ATTEMPT_TIMEOUT, Duration.ofNanos(remaining));
      if (answers(attemptTimeout)) {
        // A stranger holding 127.0.0.1 at this port could answer too; aria2c's complaint about
        // the port tells the cases apart.
        return output.contains(IPV4_BIND_FAILURE) ? Outcome.PORT_TAKEN : Outcome.READY;
      }
      Thread.sleep(min(POLL_INTERVAL, Duration.ofNanos(Math.max(1, remaining))).toMillis());
    }
  }

  /** Says why the last attempt did not succeed, for the timeout message. */
  String lastProblem() {
    return lastProblem;
  }

  private boolean answers(Duration attemptTimeout) throws InterruptedException {
    try {
      HttpResponse<Void> response =
          client.send(
              request.copy().timeout(attemptTimeout).build(),
              HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() == 200) {
        return true;
      }
      lastProblem = "HTTP status " + response.statusCode();
    } catch (ConnectException refused) {
      lastProblem = "connection refused";
    } catch (HttpTimeoutException slow) {
      lastProblem = "no answer within " + attemptTimeout.toMillis() + " ms";
    } catch (IOException e) {
      // The JDK's messages name at most the URI; the request body (with the token) never.
      lastProblem =
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
    return false;
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
