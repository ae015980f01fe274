package io.github.aria2j.runtime.daemon;

import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.Secret;
import io.github.aria2j.runtime.internal.Durations;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * A private aria2c started by this JVM: loopback only, on a free port, with a random secret.
 *
 * <pre>{@code
 * try (ManagedAria2 aria2 = ManagedAria2.builder().downloadDir(Path.of("downloads")).start();
 *     RpcEngine engine = RpcEngines.http(aria2.settings().build())) {
 *   ...
 * }
 * }</pre>
 *
 * <p>{@link #start()} returns once aria2c's RPC server answers. aria2c stops on {@link #close()},
 * when the JVM shuts down, and (through its {@code --stop-with-process}) when the JVM dies without
 * shutting down. It reads no configuration file of the user's; the secret is passed to it in a
 * private temporary file rather than on its command line, where other local users could read it.
 * HTTP and WebSocket are served on the same port.
 *
 * <p>Thread-safe. Logs through the {@link System.Logger} {@code
 * io.github.aria2j.runtime.daemon.ManagedAria2}: the start (pid, port) and stop at INFO, the
 * command line and port retries at DEBUG; never the secret.
 */
public final class ManagedAria2 implements AutoCloseable {

  /** The default time aria2c may take to answer its first call: 10 seconds. */
  public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(10);

  /** The default time aria2c may take to exit after SIGTERM before it is killed: 5 seconds. */
  public static final Duration DEFAULT_STOP_TIMEOUT = Duration.ofSeconds(5);

  private static final System.Logger LOGGER = System.getLogger(ManagedAria2.class.getName());

  /** How long {@link #close()} waits for the last of aria2c's output after it exits. */
  private static final Duration OUTPUT_GRACE = Duration.ofMillis(500);

  private final Process process;
  private final int port;
  private final Secret secret;
  private final Path downloadDir;
  private final OutputTail output;
  private final Duration stopTimeout;
  private final System.Logger logger;
  private final Object closeLock = new Object();
  private boolean closed;

  ManagedAria2(
      Process process,
      int port,
      Secret secret,
      Path downloadDir,
      OutputTail output,
      Duration stopTimeout,
      System.Logger logger) {
    this.process = process;
    this.port = port;
    this.secret = secret;
    this.downloadDir = downloadDir;
    this.output = output;
    this.stopTimeout = stopTimeout;
    this.logger = logger;
  }

  /**
   * Starts a builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts aria2c with the defaults: found as {@link Builder#executable} describes, downloading
   * into the current directory.
   *
   * @return the running aria2c; close it when done
   * @throws Aria2LaunchException if it cannot be started
   */
  public static ManagedAria2 start() {
    return builder().start();
  }

  /**
   * Returns the JSON-RPC endpoint over HTTP.
   *
   * @return {@code http://127.0.0.1:<port>/jsonrpc}
   */
  public URI httpEndpoint() {
    return Launcher.endpoint("http", port);
  }

  /**
   * Returns the JSON-RPC endpoint over WebSocket, the one that also delivers notifications.
   *
   * @return {@code ws://127.0.0.1:<port>/jsonrpc}
   */
  public URI webSocketEndpoint() {
    return Launcher.endpoint("ws", port);
  }

  /**
   * Returns the secret aria2c was started with.
   *
   * @return the secret; its {@code toString} is masked
   */
  public Secret secret() {
    return secret;
  }

  /**
   * Returns the loopback port aria2c listens on.
   *
   * @return the port
   */
  public int port() {
    return port;
  }

  /**
   * Returns the directory aria2c downloads into ({@code --dir}).
   *
   * @return the absolute path
   */
  public Path downloadDir() {
    return downloadDir;
  }

  /**
   * Returns aria2c's process id.
   *
   * @return the pid
   */
  public long pid() {
    return process.pid();
  }

  /**
   * Starts client settings for this aria2c: the HTTP endpoint and the secret are filled in.
   *
   * @return a new settings builder; for WebSocket, set {@link #webSocketEndpoint()} as endpoint
   */
  public RpcSettings.Builder settings() {
    return RpcSettings.builder().endpoint(httpEndpoint()).secret(secret);
  }

  /**
   * Tells whether aria2c is still running.
   *
   * @return {@code false} after {@link #close()} or if aria2c exited by itself
   */
  public boolean isAlive() {
    return process.isAlive();
  }

  /**
   * Returns what aria2c printed last (stdout and stderr merged), without blank lines.
   *
   * @return up to the last 200 lines, joined by {@code \n}; the secret masked
   */
  public String recentOutput() {
    return output.text();
  }

  /**
   * Stops aria2c: SIGTERM, up to the stop timeout for it to exit, then SIGKILL. Returns once it
   * has exited (aria2c 1.36 takes about a second to wind down); calling it again does nothing.
   */
  @Override
  public void close() {
    synchronized (closeLock) {
      if (closed) {
        return;
      }
      closed = true;
      boolean killed = ProcessReaper.stop(process, stopTimeout);
      output.awaitEnd(OUTPUT_GRACE);
      logger.log(
          Level.INFO,
          () ->
              "aria2c (pid "
                  + process.pid()
                  + ") "
                  + (killed
                      ? "killed: it did not exit within " + Durations.describe(stopTimeout)
                      : "stopped")
                  + (process.isAlive() ? "" : ", exit code " + process.exitValue()));
    }
  }

  /**
   * Describes the daemon; the secret is never part of it.
   *
   * @return for example {@code ManagedAria2{pid=4242, endpoint=http://127.0.0.1:40123/jsonrpc,
   *     downloadDir=/data, alive=true}}
   */
  @Override
  public String toString() {
    return "ManagedAria2{pid="
        + process.pid()
        + ", endpoint="
        + httpEndpoint()
        + ", downloadDir="
        + downloadDir
        + ", alive="
        + process.isAlive()
        + "}";
  }

  /** Configures and starts a {@link ManagedAria2}; each setter checks its input at once. */
  public static final class Builder {

    private Path executable;
    private Path downloadDir;
    private final Map<String, String> options = new LinkedHashMap<>();
    private Duration startTimeout = DEFAULT_START_TIMEOUT;
    private Duration stopTimeout = DEFAULT_STOP_TIMEOUT;
    private IntSupplier ports = Launcher::freeLoopbackPort;
    private boolean fixedPort;
    private Supplier<Secret> secrets = SecretFile::randomSecret;
    private System.Logger logger = LOGGER;

    private Builder() {}

    /**
     * Sets the aria2c executable. Without it, the launcher uses the system property {@code
     * aria2j.aria2c}, else the environment variable {@code ARIA2C}, else the first {@code
     * aria2c} on {@code PATH}.
     *
     * @param executable the path to aria2c
     * @return this builder
     */
    public Builder executable(Path executable) {
      this.executable = Objects.requireNonNull(executable, "executable");
      return this;
    }

    /**
     * Sets the directory aria2c downloads into; it is created if missing. Without it, aria2c's
     * own default applies: the current directory.
     *
     * @param downloadDir the directory; a relative path is taken from the current directory
     * @return this builder
     */
    public Builder downloadDir(Path downloadDir) {
      this.downloadDir = Objects.requireNonNull(downloadDir, "downloadDir");
      return this;
    }

    /**
     * Adds an option to aria2c's command line, such as {@code option("max-concurrent-downloads",
     * "3")}; setting the same name again replaces the value. aria2c checks the value at start:
     * one it rejects makes {@link #start()} fail with its complaint.
     *
     * @param name the option's name without leading dashes
     * @param value its value, as on aria2c's command line
     * @return this builder
     * @throws IllegalArgumentException if the name is malformed or one the launcher sets itself
     *     (such as {@code dir}, {@code rpc-listen-port}, {@code rpc-secret}, {@code
     *     stop-with-process}), or the value holds a NUL character
     */
    public Builder option(String name, String value) {
      CommandLine.checkUserOption(name, value);
      options.put(name, value);
      return this;
    }

    /**
     * Adds options to aria2c's command line, as {@link #option(String, String)} does for each.
     *
     * @param options option names (without dashes) and values
     * @return this builder
     * @throws IllegalArgumentException as {@link #option(String, String)} does; then no option of
     *     the map is added
     */
    public Builder options(Map<String, String> options) {
      Objects.requireNonNull(options, "options").forEach(CommandLine::checkUserOption);
      this.options.putAll(options);
      return this;
    }

    /**
     * Sets how long aria2c may take from being started to answering its first call.
     *
     * @param timeout at least one millisecond; {@link #DEFAULT_START_TIMEOUT} unless set
     * @return this builder
     * @throws IllegalArgumentException if the duration is shorter
     */
    public Builder startTimeout(Duration timeout) {
      this.startTimeout = Durations.checkTimeout("startTimeout", timeout);
      return this;
    }

    /**
     * Sets how long {@link ManagedAria2#close()} lets aria2c exit after SIGTERM before killing
     * it.
     *
     * @param timeout at least one millisecond; {@link #DEFAULT_STOP_TIMEOUT} unless set
     * @return this builder
     * @throws IllegalArgumentException if the duration is shorter
     */
    public Builder stopTimeout(Duration timeout) {
      this.stopTimeout = Durations.checkTimeout("stopTimeout", timeout);
      return this;
    }

    /**
     * Makes aria2c listen on a given port instead of a free one, for example to start it again
     * where clients (and their events) expect it. A port taken by another process makes {@link
     * #start()} fail at once, without trying another.
     *
     * @param port a TCP port from 1024 to 65535
     * @return this builder
     * @throws IllegalArgumentException if the port is out of range
     */
    public Builder port(int port) {
      if (port < 1024 || port > 65535) {
        throw new IllegalArgumentException("port must be from 1024 to 65535, was " + port);
      }
      ports(() -> port);
      fixedPort = true;
      return this;
    }

    /**
     * Starts aria2c with a given secret instead of a random one, for example to start it again
     * for clients that hold the old one.
     *
     * @param secret the secret
     * @return this builder
     */
    public Builder secret(Secret secret) {
      Objects.requireNonNull(secret, "secret");
      return secrets(() -> secret);
    }

    /** Replaces the free-port picker, for tests. */
    Builder ports(IntSupplier ports) {
      this.ports = Objects.requireNonNull(ports, "ports");
      this.fixedPort = false;
      return this;
    }

    /** Replaces the secret generator, for tests. */
    Builder secrets(Supplier<Secret> secrets) {
      this.secrets = Objects.requireNonNull(secrets, "secrets");
      return this;
    }

    /** Replaces the logger, for tests. */
    Builder logger(System.Logger logger) {
      this.logger = Objects.requireNonNull(logger, "logger");
      return this;
    }

    /**
     * Starts aria2c and waits until its RPC server answers {@code aria2.getVersion}.
     *
     * @return the running aria2c; close it when done
     * @throws Aria2LaunchException if aria2c is not found, exits early, does not answer within
     *     the start timeout, or finds no free port in four tries
     */
    public ManagedAria2 start() {
      return new Launcher(
              new Launcher.Spec(
                  executable,
                  downloadDir,
                  Collections.unmodifiableMap(new LinkedHashMap<>(options)),
                  startTimeout,
                  stopTimeout,
                  ports,
                  fixedPort,
                  secrets,
                  logger))
          .launch();
    }
  }
}
