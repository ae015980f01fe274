package io.github.aria2j.testkit;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.client.Aria2ClientBuilder;
import io.github.aria2j.runtime.daemon.Aria2LaunchException;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/**
 * What one scope of an {@link Aria2Extension} (a test class, or a test method) owns: a temporary
 * directory, the aria2c started in it, the clients connected to it and the file server. Each is
 * made on first use; JUnit closes the scope (it is an {@link AutoCloseable} in the extension
 * context's store) when the class or method is done, which stops and deletes everything.
 */
final class DaemonScope implements AutoCloseable {

  /**
   * How the extension was configured.
   *
   * @param options aria2c options, on top of {@link #DEFAULT_OPTIONS}
   * @param executable the aria2c to run, or {@code null} to look it up
   * @param startTimeout how long aria2c may take to answer, or {@code null} for the default
   * @param webSocket whether the clients talk WebSocket instead of HTTP
   * @param missing what to do without aria2c, or {@code null} to read {@value
   *     Aria2Extension#MISSING_PROPERTY}
   */
  record Config(
      Map<String, String> options,
      Path executable,
      Duration startTimeout,
      boolean webSocket,
      Missing missing) {}

  /**
   * Options for an offline, quick test daemon; {@code option(...)} overrides them. No DHT, local
   * peer discovery or peer exchange (a web-seeded torrent needs no peers); no file allocation; no
   * seeding after a torrent completes, so that it reaches {@code complete}; no {@code ~/.netrc}.
   */
  static final Map<String, String> DEFAULT_OPTIONS = defaultOptions();

  private static final String STORE_KEY = "aria2j-testkit-scope";

  private final Config config;
  private final String owner;
  private final List<AutoCloseable> clients = new ArrayList<>();
  private Path directory;
  private ManagedAria2 daemon;
  private RuntimeException startFailure;
  private Aria2Client client;
  private Aria2AsyncClient asyncClient;
  private TestFileServer files;
  private boolean closed;

  /**
   * Creates an empty scope.
   *
   * @param config the extension's configuration
   * @param owner the test class or method, for messages
   */
  DaemonScope(Config config, String owner) {
    this.config = config;
    this.owner = owner;
  }

  /**
   * Returns the context that owns the scope of {@code context}: its class's (a nested class's
   * tests find the enclosing class's scope through the store) or, per method, the method's own.
   *
   * @param context the context of a callback or a parameter
   * @param perMethod whether each method has its own aria2c
   * @return the owning context
   * @throws ParameterResolutionException per method, for a context outside of a test method
   */
  static ExtensionContext owner(ExtensionContext context, boolean perMethod) {
    if (perMethod) {
      if (context.getTestMethod().isEmpty()) {
        throw new ParameterResolutionException(
            "Aria2Extension is set to perMethod(): its aria2c exists only while a test method"
                + " runs, not in @BeforeAll, @AfterAll or the constructor of a class with"
                + " @TestInstance(PER_CLASS) ("
                + context.getDisplayName()
                + ")");
      }
      return context;
    }
    ExtensionContext owner = context;
    while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
      owner = owner.getParent().get();
    }
    return owner;
  }

  /**
   * Returns the scope stored in {@code owner}'s store (or an enclosing context's), made empty on
   * first use; JUnit closes it with the context.
   *
   * @param owner the owning context
   * @param namespace the extension's namespace
   * @param config the extension's configuration
   * @return the scope
   */
  static DaemonScope of(ExtensionContext owner, Namespace namespace, Config config) {
    Missing missing = config.missing() != null ? config.missing() : configuredMissing(owner);
    Config resolved =
        new Config(
            config.options(),
            config.executable(),
            config.startTimeout(),
            config.webSocket(),
            missing);
    String described =
        (owner.getTestMethod().isPresent() ? "test " : "test class ") + owner.getDisplayName();
    return owner
        .getStore(namespace)
        .getOrComputeIfAbsent(
            STORE_KEY, key -> new DaemonScope(resolved, described), DaemonScope.class);
  }

  private static Missing configuredMissing(ExtensionContext context) {
    Optional<String> value = context.getConfigurationParameter(Aria2Extension.MISSING_PROPERTY);
    if (value.isEmpty() || value.get().isBlank()) {
      return Missing.SKIP;
    }
    try {
      return Missing.valueOf(value.get().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ExtensionConfigurationException(
          Aria2Extension.MISSING_PROPERTY
              + " must be 'skip' or 'fail', not '"
              + value.get()
              + "'",
          e);
    }
  }

  private static Map<String, String> defaultOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("enable-dht", "false");
    options.put("enable-dht6", "false");
    options.put("bt-enable-lpd", "false");
    options.put("enable-peer-exchange", "false");
    options.put("file-allocation", "none");
    options.put("seed-time", "0");
    options.put("no-netrc", "true");
    return Map.copyOf(options);
  }

  /**
   * Returns the scope's aria2c, starting it on first use.
   *
   * @return the running aria2c
   * @throws org.opentest4j.TestAbortedException if aria2c is not installed and the extension
   *     skips then
   * @throws org.opentest4j.AssertionFailedError if aria2c is not installed and the extension fails
   *     then
   * @throws Aria2LaunchException if aria2c is there but does not start
   */
  synchronized ManagedAria2 daemon() {
    checkOpen();
    if (startFailure != null) {
      throw startFailure; // the same answer for every test of the scope
    }
    if (daemon == null) {
      try {
        daemon = launch();
      } catch (RuntimeException e) {
        startFailure = e;
        throw e;
      }
    }
    return daemon;
  }

  private ManagedAria2 launch() {
    try {
      directory = Files.createTempDirectory("aria2j-testkit-");
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary directory for aria2c", e);
    }
    ManagedAria2.Builder builder =
        ManagedAria2.builder()
            .downloadDir(directory.resolve("downloads"))
            .options(DEFAULT_OPTIONS)
            .options(config.options());
    if (config.executable() != null) {
      builder.executable(config.executable());
    }
    if (config.startTimeout() != null) {
      builder.startTimeout(config.startTimeout());
    }
    try {
      return builder.start();
    } catch (Aria2LaunchException e) {
      deleteDirectory();
      if (e.reason() != Aria2LaunchException.Reason.EXECUTABLE_NOT_FOUND) {
        throw e;
      }
      return missing(e);
    }
  }

  private ManagedAria2 missing(Aria2LaunchException notFound) {
    boolean skip = config.missing() == Missing.SKIP;
    String message =
        "aria2c is not installed, so Aria2Extension "
            + (skip ? "skipped " : "failed ")
            + owner
            + ". "
            + notFound.getMessage()
            + " In a test, Aria2Extension.builder().executable(path) says where aria2c is too. "
            + (skip
                ? "To fail instead of skipping, set -D"
                    + Aria2Extension.MISSING_PROPERTY
                    + "=fail or use Aria2Extension.builder().whenMissing(Missing.FAIL)."
                : "To skip instead of failing, use"
                    + " Aria2Extension.builder().whenMissing(Missing.SKIP).");
    if (skip) {
      return Assumptions.abort(message);
    }
    return Assertions.fail(message, notFound);
  }

  /** Returns the blocking client, connected on first use; closed with the scope. */
  synchronized Aria2Client client() {
    if (client == null) {
      client = track(clientBuilder().build());
    }
    return client;
  }

  /** Returns the non-blocking client, connected on first use; closed with the scope. */
  synchronized Aria2AsyncClient asyncClient() {
    if (asyncClient == null) {
      asyncClient = track(clientBuilder().buildAsync());
    }
    return asyncClient;
  }

  private Aria2ClientBuilder clientBuilder() {
    ManagedAria2 aria2 = daemon();
    return Aria2Client.builder()
        .endpoint(config.webSocket() ? aria2.webSocketEndpoint() : aria2.httpEndpoint())
        .secret(aria2.secret());
  }

  private <C extends AutoCloseable> C track(C closeable) {
    clients.add(closeable);
    return closeable;
  }

  /** Returns the file server, started on first use; it does not need aria2c. */
  synchronized TestFileServer files() {
    checkOpen();
    if (files == null) {
      files = TestFileServer.start();
    }
    return files;
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException(
          "the aria2c of " + owner + " is stopped: the test class or method it belonged to ended");
    }
  }

  /** Closes the clients, stops aria2c and the file server, and deletes the directory. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    List<Exception> failures = new ArrayList<>();
    for (AutoCloseable closeable : clients) {
      closeQuietly(closeable, failures);
    }
    closeQuietly(daemon, failures);
    closeQuietly(files, failures);
    try {
      deleteDirectory();
    } catch (UncheckedIOException e) {
      failures.add(e);
    }
    if (!failures.isEmpty()) {
      IllegalStateException failure =
          new IllegalStateException("could not clean up after " + owner, failures.get(0));
      failures.subList(1, failures.size()).forEach(failure::addSuppressed);
      throw failure;
    }
  }

  private static void closeQuietly(AutoCloseable closeable, List<Exception> failures) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception e) {
      failures.add(e);
    }
  }

  private void deleteDirectory() {
    if (directory == null || !Files.exists(directory)) {
      return;
    }
    try {
      Files.walkFileTree(
          directory,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
                throws IOException {
              Files.delete(file);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
              if (e != null) {
                throw e;
              }
              Files.delete(dir);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("could not delete " + directory, e);
    }
  }
}
