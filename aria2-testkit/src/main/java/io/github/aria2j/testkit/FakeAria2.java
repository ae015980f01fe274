package io.github.aria2j.testkit;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.client.Aria2ClientBuilder;
import io.github.aria2j.runtime.Secret;
import io.github.aria2j.runtime.json.ValueWriters;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A fake aria2 for fast tests of code that talks to aria2: JSON-RPC over HTTP and WebSocket on one
 * port of 127.0.0.1 ({@code /jsonrpc}), no aria2c needed.
 *
 * <pre>{@code
 * try (FakeAria2 fake = FakeAria2.start()) {
 *   fake.on("aria2.addUri").reply("\"2089b05ecca3d829\"");
 *   MyDownloader downloader = new MyDownloader(fake.client());
 *   downloader.fetch("https://example.org/file.iso");
 *   assertThat(fake.requests("aria2.addUri").get(0).params().get(0))
 *       .isEqualTo(List.of("https://example.org/file.iso"));
 *   fake.notify("aria2.onDownloadComplete", "2089b05ecca3d829");   // to WebSocket clients
 * }
 * }</pre>
 *
 * <p>It knows aria2's 36 methods from the generated client's descriptors ({@link
 * io.github.aria2j.client.Aria2Methods}) and answers as aria2c 1.36 does: an unknown method with
 * {@code {"code":1,"message":"No such method: NAME"}}, a missing or wrong token with {@code
 * Unauthorized} (code 1, HTTP 400), a missing required parameter with aria2's message, {@code
 * system.multicall} entry by entry, and JSON-RPC batches. A method answers from its script
 * ({@link #on(String)}), else from a default: a recorded aria2 reply for the methods that return
 * state, a new GID for those that add downloads, {@code "OK"} and the like for the others.
 * Every call is logged, without the secret ({@link #requests()}).
 *
 * <p>Thread-safe. Unlike aria2, it does not delay an unauthorized answer, and it keeps no state:
 * adding a download does not make it appear in {@code tellActive}; script that when needed.
 */
public final class FakeAria2 implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Secret secret;
  private final Map<String, Function<List<Object>, FakeReply>> scripts = new ConcurrentHashMap<>();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
  private final List<AutoCloseable> clients = new CopyOnWriteArrayList<>();
  private final FakeEndpoint endpoint;

  private FakeAria2(Secret secret) {
    this.secret = secret;
    this.endpoint =
        new FakeEndpoint(new FakeRpc(secret, scripts::get, new DefaultReplies(), requests::add));
  }

  /**
   * Starts a fake with a random secret on a free port.
   *
   * @return the running fake; close it when done
   */
  public static FakeAria2 start() {
    return builder().start();
  }

  /**
   * Starts configuring a fake.
   *
   * @return a builder: random secret unless set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts scripting a method's answers.
   *
   * @param method the method's wire name, such as {@code aria2.tellStatus}
   * @return the method's script, to set
   * @throws IllegalArgumentException if aria2 has no such method (or it is {@code
   *     system.multicall}, which the fake answers entry by entry)
   */
  public MethodStub on(String method) {
    Objects.requireNonNull(method, "method");
    if (Aria2Catalog.method(method) == null || method.equals("system.multicall")) {
      throw new IllegalArgumentException(
          "'" + method + "' is not an aria2 method that can be scripted; aria2 has "
              + Aria2Catalog.methodNames());
    }
    return new MethodStub(this, method);
  }

  /** Sets or (with {@code null}) drops a method's script; {@link MethodStub} calls it. */
  FakeAria2 script(String method, Function<List<Object>, FakeReply> script) {
    if (script == null) {
      scripts.remove(method);
    } else {
      scripts.put(method, script);
    }
    return this;
  }

  /**
   * Sends a notification to every connected WebSocket client, as aria2 does: {@code
   * {"jsonrpc":"2.0","method":NAME,"params":[{"gid":GID}]}}.
   *
   * @param notification one of aria2's notifications, such as {@code aria2.onDownloadComplete}
   * @param gid the download's GID
   * @return how many clients it was sent to
   * @throws IllegalArgumentException if aria2 has no such notification
   */
  public int notify(String notification, String gid) {
    Objects.requireNonNull(gid, "gid");
    if (!Aria2Catalog.notifications().contains(notification)) {
      throw new IllegalArgumentException(
          "'" + notification + "' is not an aria2 notification; aria2 has "
              + Aria2Catalog.notifications());
    }
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("jsonrpc", "2.0");
    message.put("method", notification);
    message.put("params", List.of(Map.of("gid", gid)));
    return endpoint.push(ValueWriters.toJson(message, ValueWriters.ANY));
  }

  /**
   * Returns how many WebSocket clients are connected.
   *
   * @return the number of open WebSockets
   */
  public int webSocketConnections() {
    return endpoint.connections();
  }

  /**
   * Waits until at least {@code count} WebSocket clients are connected, for code under test that
   * connects in the background.
   *
   * @param count the number of connections to wait for
   * @param timeout how long to wait at most
   * @return whether that many were connected in time
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  public boolean awaitWebSocketConnections(int count, Duration timeout)
      throws InterruptedException {
    return endpoint.awaitConnections(count, timeout);
  }

  /**
   * Returns every call received so far, oldest first, without the secret.
   *
   * @return an immutable copy of the log
   */
  public List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /**
   * Returns the calls of one method received so far, oldest first.
   *
   * @param method the method's wire name
   * @return an immutable list
   */
  public List<RecordedRequest> requests(String method) {
    return requests.stream().filter(request -> request.method().equals(method)).toList();
  }

  /** Empties the log of calls. */
  public void clearRequests() {
    requests.clear();
  }

  /** Drops every script and empties the log: the fake answers with its defaults again. */
  public void reset() {
    scripts.clear();
    requests.clear();
  }

  /**
   * Returns the JSON-RPC endpoint over HTTP.
   *
   * @return {@code http://127.0.0.1:<port>/jsonrpc}
   */
  public URI httpEndpoint() {
    return URI.create("http://127.0.0.1:" + endpoint.port() + "/jsonrpc");
  }

  /**
   * Returns the JSON-RPC endpoint over WebSocket, the one that receives notifications.
   *
   * @return {@code ws://127.0.0.1:<port>/jsonrpc}
   */
  public URI webSocketEndpoint() {
    return URI.create("ws://127.0.0.1:" + endpoint.port() + "/jsonrpc");
  }

  /**
   * Returns the secret calls must carry.
   *
   * @return the secret, or empty for a fake built with {@link Builder#noSecret()}
   */
  public Optional<Secret> secret() {
    return Optional.ofNullable(secret);
  }

  /**
   * Starts a client builder for this fake: the HTTP endpoint and the secret are set; set the
   * {@link #webSocketEndpoint()} as endpoint for a WebSocket. Clients built from it are not closed
   * with the fake.
   *
   * @return a new builder
   */
  public Aria2ClientBuilder clientBuilder() {
    Aria2ClientBuilder builder = Aria2Client.builder().endpoint(httpEndpoint());
    return secret == null ? builder : builder.secret(secret);
  }

  /**
   * Builds a blocking client over HTTP, closed with the fake.
   *
   * @return the client
   */
  public Aria2Client client() {
    return track(clientBuilder().build());
  }

  /**
   * Builds a non-blocking client over HTTP, closed with the fake.
   *
   * @return the client
   */
  public Aria2AsyncClient asyncClient() {
    return track(clientBuilder().buildAsync());
  }

  /**
   * Builds a blocking client over WebSocket, closed with the fake.
   *
   * @return the client
   */
  public Aria2Client webSocketClient() {
    return track(clientBuilder().endpoint(webSocketEndpoint()).build());
  }

  private <C extends AutoCloseable> C track(C client) {
    clients.add(client);
    return client;
  }

  /** Closes the clients it built, the WebSockets and the port; calling it again does nothing. */
  @Override
  public void close() {
    List<Exception> failures = new ArrayList<>();
    for (AutoCloseable client : clients) {
      try {
        client.close();
      } catch (Exception e) {
        failures.add(e);
      }
    }
    clients.clear();
    endpoint.close();
    if (!failures.isEmpty()) {
      IllegalStateException failure = new IllegalStateException("a client failed to close");
      failures.forEach(failure::addSuppressed);
      throw failure;
    }
  }

  /**
   * Describes the fake; the secret is never part of it.
   *
   * @return for example {@code FakeAria2{http://127.0.0.1:40123/jsonrpc, webSockets=1}}
   */
  @Override
  public String toString() {
    return "FakeAria2{" + httpEndpoint() + ", webSockets=" + endpoint.connections() + "}";
  }

  /** Configures and starts a {@link FakeAria2}. */
  public static final class Builder {

    private Secret secret = randomSecret();

    private Builder() {}

    /**
     * Sets the secret calls must carry, as aria2's {@code --rpc-secret}.
     *
     * @param secret the secret, not empty
     * @return this builder
     */
    public Builder secret(String secret) {
      this.secret = Secret.of(secret);
      return this;
    }

    /**
     * Runs the fake without a secret: calls need no token (a token sent anyway is accepted, as
     * by aria2).
     *
     * @return this builder
     */
    public Builder noSecret() {
      this.secret = null;
      return this;
    }

    /**
     * Starts the fake on a free port of 127.0.0.1.
     *
     * @return the running fake; close it when done
     */
    public FakeAria2 start() {
      return new FakeAria2(secret);
    }

    private static Secret randomSecret() {
      byte[] bytes = new byte[16];
      RANDOM.nextBytes(bytes);
      return Secret.of(HexFormat.of().formatHex(bytes));
    }
  }
}
