package io.github.aria2j.runtime;

import io.github.aria2j.runtime.events.EventSettings;
import io.github.aria2j.runtime.internal.Durations;
import io.github.aria2j.runtime.internal.Endpoints;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;

/**
 * How to reach aria2: endpoint, secret, timeouts, TLS and size limits; immutable.
 *
 * <pre>{@code
 * RpcSettings settings = RpcSettings.builder()
 *     .endpoint(URI.create("http://127.0.0.1:6800/jsonrpc"))
 *     .secret("s3cret")
 *     .requestTimeout(Duration.ofSeconds(10))
 *     .build();
 * }</pre>
 *
 * <p>{@link #toString()} masks the secret.
 */
public final class RpcSettings {

  /** The default per-call timeout: 30 seconds. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** The default connect timeout: 10 seconds. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** The default request size limit: 2 MiB, the default of aria2's rpc-max-request-size. */
  public static final int DEFAULT_MAX_REQUEST_BYTES = 2 * 1024 * 1024;

  /** The default response size limit: 64 MiB. */
  public static final int DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

  /** The default interval of WebSocket pings: 30 seconds. */
  public static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(30);

  private static final Set<String> SCHEMES = Set.of("http", "https", "ws", "wss");

  private final URI endpoint;
  private final Secret secret;
  private final Duration requestTimeout;
  private final Duration connectTimeout;
  private final SSLContext sslContext;
  private final int maxRequestBytes;
  private final int maxResponseBytes;
  private final Executor executor;
  private final Duration pingInterval;
  private final EventSettings events;

  private RpcSettings(Builder builder) {
    this.endpoint = builder.endpoint;
    this.secret = builder.secret;
    this.requestTimeout = builder.requestTimeout;
    this.connectTimeout = builder.connectTimeout;
    this.sslContext = builder.sslContext;
    this.maxRequestBytes = builder.maxRequestBytes;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.executor = builder.executor;
    this.pingInterval = builder.pingInterval;
    this.events = builder.events;
  }

  /**
   * Starts a builder with the defaults; only the endpoint must be set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding these settings, to derive changed settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns aria2's RPC endpoint.
   *
   * @return for example {@code http://127.0.0.1:6800/jsonrpc}
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * Returns the secret sent with each call, if aria2 runs with {@code --rpc-secret}.
   *
   * @return the secret, or empty
   */
  public Optional<Secret> secret() {
    return Optional.ofNullable(secret);
  }

  /**
   * Returns how long a call may take, from sending the request to the last byte of the answer.
   *
   * @return the per-call timeout; {@link #DEFAULT_REQUEST_TIMEOUT} unless set
   */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /**
   * Returns how long opening a connection may take.
   *
   * @return the connect timeout; {@link #DEFAULT_CONNECT_TIMEOUT} unless set
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Returns the TLS context for {@code https} and {@code wss} endpoints.
   *
   * @return the context, or empty for the JDK's default
   */
  public Optional<SSLContext> sslContext() {
    return Optional.ofNullable(sslContext);
  }

  /**
   * Returns the largest request the client sends, in bytes.
   *
   * @return the limit; it should not exceed aria2's {@code --rpc-max-request-size}
   */
  public int maxRequestBytes() {
    return maxRequestBytes;
  }

  /**
   * Returns the largest answer the client accepts, in bytes.
   *
   * @return the limit
   */
  public int maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * Returns the executor for the HTTP client's work and the completion of futures.
   *
   * @return the executor, or empty for the HTTP client's own
   */
  public Optional<Executor> executor() {
    return Optional.ofNullable(executor);
  }

  /**
   * The interval of WebSocket pings, which find a connection that died without closing.
   *
   * @return the interval, or {@link Duration#ZERO} if pings are off
   */
  public Duration pingInterval() {
    return pingInterval;
  }

  /**
   * How events are delivered, for the client's {@code events()}.
   *
   * @return the event settings
   */
  public EventSettings events() {
    return events;
  }

  /**
   * Describes the settings, with the secret masked.
   *
   * @return a description that never contains the secret
   */
  @Override
  public String toString() {
    return "RpcSettings{endpoint="
        + endpoint
        + ", secret="
        + (secret == null ? "none" : "****")
        + ", requestTimeout="
        + Durations.describe(requestTimeout)
        + ", connectTimeout="
        + Durations.describe(connectTimeout)
        + ", sslContext="
        + (sslContext == null ? "default" : "custom")
        + ", maxRequestBytes="
        + maxRequestBytes
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", executor="
        + (executor == null ? "default" : "custom")
        + ", pingInterval="
        + Durations.describe(pingInterval)
        + "}";
  }

  /** Builds {@link RpcSettings}; each setter checks its input at once. */
  public static final class Builder {

    private URI endpoint;
    private Secret secret;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private SSLContext sslContext;
    private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
    private int maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private Executor executor;
    private Duration pingInterval = DEFAULT_PING_INTERVAL;
    private EventSettings events = EventSettings.DEFAULT;

    private Builder() {}

    private Builder(RpcSettings settings) {
      this.endpoint = settings.endpoint;
      this.secret = settings.secret;
      this.requestTimeout = settings.requestTimeout;
      this.connectTimeout = settings.connectTimeout;
      this.sslContext = settings.sslContext;
      this.maxRequestBytes = settings.maxRequestBytes;
      this.maxResponseBytes = settings.maxResponseBytes;
      this.executor = settings.executor;
      this.pingInterval = settings.pingInterval;
      this.events = settings.events;
    }

    /**
     * Sets aria2's RPC endpoint; an empty path means aria2's {@code /jsonrpc}.
     *
     * @param endpoint an absolute {@code http}, {@code https}, {@code ws} or {@code wss} URI
     *     with a host and without user information or fragment
     * @return this builder
     * @throws IllegalArgumentException if the URI is not such a URI
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = Endpoints.check(Objects.requireNonNull(endpoint, "endpoint"), SCHEMES);
      return this;
    }

    /**
     * Sets the secret aria2 was started with ({@code --rpc-secret}).
     *
     * @param secret the secret
     * @return this builder
     * @throws IllegalArgumentException if the secret is empty
     */
    public Builder secret(String secret) {
      return secret(Secret.of(secret));
    }

    /**
     * Sets the secret aria2 was started with, or none.
     *
     * @param secret the secret, or {@code null} for none
     * @return this builder
     */
    public Builder secret(Secret secret) {
      this.secret = secret;
      return this;
    }

    /**
     * Sets how long a call may take, from sending the request to the last byte of the answer.
     *
     * @param timeout a positive duration of at least one millisecond
     * @return this builder
     * @throws IllegalArgumentException if the duration is shorter
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = Durations.checkTimeout("requestTimeout", timeout);
      return this;
    }

    /**
     * Sets how long opening a connection may take.
     *
     * @param timeout a positive duration of at least one millisecond
     * @return this builder
     * @throws IllegalArgumentException if the duration is shorter
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Durations.checkTimeout("connectTimeout", timeout);
      return this;
    }

    /**
     * Sets the TLS context for {@code https}/{@code wss}, for example one that trusts the
     * self-signed certificate of aria2's {@code --rpc-secure}.
     *
     * @param sslContext the context, or {@code null} for the JDK's default
     * @return this builder
     */
    public Builder sslContext(SSLContext sslContext) {
      this.sslContext = sslContext;
      return this;
    }

    /**
     * Sets the largest request the client sends; raise it together with aria2's {@code
     * --rpc-max-request-size}, for example to add large torrents.
     *
     * @param bytes a positive size in bytes; {@link #DEFAULT_MAX_REQUEST_BYTES} unless set
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public Builder maxRequestBytes(int bytes) {
      this.maxRequestBytes = checkSize("maxRequestBytes", bytes);
      return this;
    }

    /**
     * Sets the largest answer the client accepts.
     *
     * @param bytes a positive size in bytes; {@link #DEFAULT_MAX_RESPONSE_BYTES} unless set
     * @return this builder
     * @throws IllegalArgumentException if {@code bytes} is not positive
     */
    public Builder maxResponseBytes(int bytes) {
      this.maxResponseBytes = checkSize("maxResponseBytes", bytes);
      return this;
    }

    /**
     * Sets the executor for the HTTP client's work and the completion of futures.
     *
     * @param executor the executor, or {@code null} for the HTTP client's own
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    /**
     * Sets how often a WebSocket connection is pinged. A connection whose peer answers neither
     * the ping nor anything else within the next interval is taken for dead: its calls fail at
     * once and the next call (or the events' reconnect) opens a new one. No effect on HTTP.
     *
     * @param interval at least 10 ms, or {@link Duration#ZERO} to send no pings
     * @return this builder
     * @throws IllegalArgumentException if the interval is negative or shorter than 10 ms
     */
    public Builder pingInterval(Duration interval) {
      Objects.requireNonNull(interval, "pingInterval");
      if (!interval.isZero() && interval.toMillis() < 10) {
        throw new IllegalArgumentException(
            "pingInterval must be zero (off) or at least 10 ms, was " + interval);
      }
      this.pingInterval = interval;
      return this;
    }

    /**
     * Sets how the client's {@code events()} deliver notifications, reconnect and poll progress.
     *
     * @param settings the event settings
     * @return this builder
     */
    public Builder events(EventSettings settings) {
      this.events = Objects.requireNonNull(settings, "events");
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     * @throws IllegalStateException if no endpoint was set
     */
    public RpcSettings build() {
      if (endpoint == null) {
        throw new IllegalStateException(
            "an endpoint is required, such as http://127.0.0.1:6800/jsonrpc");
      }
      return new RpcSettings(this);
    }

    private static int checkSize(String name, int bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException(name + " must be positive, was " + bytes);
      }
      return bytes;
    }
  }
}
