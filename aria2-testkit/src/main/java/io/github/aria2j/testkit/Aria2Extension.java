package io.github.aria2j.testkit;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs a real aria2c for a test class (or for each test method) and
 * hands out clients connected to it.
 *
 * <pre>{@code
 * @ExtendWith(Aria2Extension.class)          // one aria2c for the class, the defaults
 * class DownloadTest {
 *   @Test
 *   void downloads(Aria2Client aria2, TestFileServer files) { ... }
 * }
 *
 * class TunedTest {
 *   @RegisterExtension
 *   static Aria2Extension aria2 = Aria2Extension.builder()
 *       .option("max-concurrent-downloads", "3")
 *       .perMethod()                          // a fresh aria2c for each test
 *       .whenMissing(Missing.FAIL)
 *       .build();
 *
 *   @Test
 *   void works() { aria2.client().getGlobalStat(); }
 * }
 * }</pre>
 *
 * <p>The aria2c is a {@link ManagedAria2}: loopback only, a free port, a random secret, downloading
 * into a fresh temporary directory, with options for quick offline tests (no DHT, no peer
 * discovery, no file allocation, no seeding, no {@code ~/.netrc}) that {@link
 * Builder#option(String, String)} can override. Test methods, constructors and lifecycle methods
 * get {@link Aria2Client}, {@link Aria2AsyncClient}, {@link ManagedAria2} and {@link
 * TestFileServer} parameters; the accessors ({@link #client()} and the like) give the same objects
 * to code that holds the extension. Everything is stopped and deleted after the class (or the
 * method). Nested classes share the aria2c of their enclosing class.
 *
 * <p>aria2c is looked up as {@link ManagedAria2.Builder#executable(Path)} describes ({@code
 * -Daria2j.aria2c}, {@code $ARIA2C}, {@code PATH}). When it is not installed the tests are
 * skipped with a message that says how to install it, or fail when so configured ({@link
 * Missing}).
 */
public final class Aria2Extension
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        AfterAllCallback,
        ParameterResolver {

  /**
   * The system property, or JUnit configuration parameter, that says what to do without aria2c
   * when the builder does not: {@code skip} (the default) or {@code fail}.
   */
  public static final String MISSING_PROPERTY = "aria2j.testkit.missing";

  private static final Set<Class<?>> INJECTED =
      Set.of(Aria2Client.class, Aria2AsyncClient.class, ManagedAria2.class, TestFileServer.class);

  private final boolean perMethod;
  private final DaemonScope.Config config;
  private final Namespace namespace = Namespace.create(Aria2Extension.class, this);
  private final ThreadLocal<ExtensionContext> current = new ThreadLocal<>();
  private volatile ExtensionContext lastContext;

  /** Creates the extension with the defaults, for {@code @ExtendWith(Aria2Extension.class)}. */
  public Aria2Extension() {
    this(new Builder());
  }

  private Aria2Extension(Builder builder) {
    this.perMethod = builder.perMethod;
    this.config =
        new DaemonScope.Config(
            Map.copyOf(builder.options),
            builder.executable,
            builder.startTimeout,
            builder.webSocket,
            builder.missing);
  }

  /**
   * Starts configuring an extension, for {@code @RegisterExtension}.
   *
   * @return a builder with the defaults: one aria2c per class, HTTP, skip without aria2c
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the blocking client of the running test's aria2c.
   *
   * @return the client, connected on first use
   * @throws IllegalStateException if no test of this extension is running on this thread
   */
  public Aria2Client client() {
    return scope(currentContext()).client();
  }

  /**
   * Returns the non-blocking client of the running test's aria2c.
   *
   * @return the client, connected on first use
   * @throws IllegalStateException if no test of this extension is running on this thread
   */
  public Aria2AsyncClient asyncClient() {
    return scope(currentContext()).asyncClient();
  }

  /**
   * Returns the running test's aria2c: its endpoints, secret, download directory and output.
   *
   * @return the running aria2c
   * @throws IllegalStateException if no test of this extension is running on this thread
   */
  public ManagedAria2 daemon() {
    return scope(currentContext()).daemon();
  }

  /**
   * Returns the running test's file server.
   *
   * @return the server, started on first use
   * @throws IllegalStateException if no test of this extension is running on this thread
   */
  public TestFileServer files() {
    return scope(currentContext()).files();
  }

  /**
   * Starts the class's aria2c, unless each method gets its own.
   *
   * @param context the class's context
   */
  @Override
  public void beforeAll(ExtensionContext context) {
    enter(context);
    if (!perMethod) {
      scope(context).daemon();
    }
  }

  /**
   * Starts the method's aria2c when each method gets its own (or when the extension was not
   * registered in time for {@code beforeAll}).
   *
   * @param context the method's context
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    enter(context);
    scope(context).daemon();
  }

  /**
   * Forgets the method; JUnit closes a per-method aria2c right after.
   *
   * @param context the method's context
   */
  @Override
  public void afterEach(ExtensionContext context) {
    enter(context.getParent().orElse(context));
  }

  /**
   * Forgets the class; JUnit closes the class's aria2c right after.
   *
   * @param context the class's context
   */
  @Override
  public void afterAll(ExtensionContext context) {
    current.remove();
    lastContext =
        context.getParent().filter(parent -> parent.getTestClass().isPresent()).orElse(null);
  }

  /**
   * Tells whether a parameter is one this extension injects.
   *
   * @param parameter the parameter
   * @param context the context it is resolved in
   * @return whether its type is {@link Aria2Client}, {@link Aria2AsyncClient}, {@link
   *     ManagedAria2} or {@link TestFileServer}
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTED.contains(parameter.getParameter().getType());
  }

  /**
   * Injects a client, the aria2c or the file server of the context's scope.
   *
   * @param parameter the parameter
   * @param context the context it is resolved in
   * @return the object
   * @throws ParameterResolutionException if a per-method aria2c is asked for outside of a method
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    DaemonScope scope = scope(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == Aria2Client.class) {
      return scope.client();
    }
    if (type == Aria2AsyncClient.class) {
      return scope.asyncClient();
    }
    if (type == ManagedAria2.class) {
      return scope.daemon();
    }
    return scope.files();
  }

  /**
   * Resolves constructor parameters in the method's context, so that a per-method aria2c can be
   * injected into the constructor of a class with a per-method lifecycle.
   *
   * @param rootContext the root context
   * @return {@link ExtensionContextScope#TEST_METHOD}
   */
  @Override
  public ExtensionContextScope getTestInstantiationExtensionContextScope(
      ExtensionContext rootContext) {
    return ExtensionContextScope.TEST_METHOD;
  }

  private void enter(ExtensionContext context) {
    current.set(context);
    lastContext = context;
  }

  private ExtensionContext currentContext() {
    ExtensionContext context = current.get();
    if (context == null) {
      context = lastContext; // a thread the test started itself
    }
    if (context == null) {
      throw new IllegalStateException(
          "no test of this Aria2Extension is running: call it from a test, a lifecycle method or"
              + " a constructor, or take an Aria2Client parameter");
    }
    return context;
  }

  /** The scope of a context: its class's (per class) or the method's own (per method). */
  private DaemonScope scope(ExtensionContext context) {
    return DaemonScope.of(DaemonScope.owner(context, perMethod), namespace, config);
  }

  /** Configures an {@link Aria2Extension}; each setter checks its input at once. */
  public static final class Builder {

    private final Map<String, String> options = new LinkedHashMap<>();
    private boolean perMethod;
    private Missing missing;
    private Path executable;
    private Duration startTimeout;
    private boolean webSocket;

    private Builder() {}

    /**
     * Adds an option to aria2c's command line, replacing the kit's default for it if any.
     *
     * @param name the option's name without leading dashes, such as {@code max-tries}
     * @param value its value, as on aria2c's command line
     * @return this builder
     * @throws IllegalArgumentException if the name is malformed or one the launcher sets itself
     *     (as {@link ManagedAria2.Builder#option(String, String)} says)
     */
    public Builder option(String name, String value) {
      ManagedAria2.builder().option(name, value); // the launcher's own checks, now
      options.put(name, value);
      return this;
    }

    /**
     * Adds options, as {@link #option(String, String)} does for each.
     *
     * @param options option names (without dashes) and values
     * @return this builder
     */
    public Builder options(Map<String, String> options) {
      Objects.requireNonNull(options, "options").forEach(this::option);
      return this;
    }

    /**
     * Gives each test method its own aria2c, started before it and stopped after it.
     *
     * @return this builder
     */
    public Builder perMethod() {
      this.perMethod = true;
      return this;
    }

    /**
     * Shares one aria2c among the tests of a class (the default).
     *
     * @return this builder
     */
    public Builder perClass() {
      this.perMethod = false;
      return this;
    }

    /**
     * Says what happens when aria2c is not installed; overrides {@value #MISSING_PROPERTY}.
     *
     * @param missing {@link Missing#SKIP} or {@link Missing#FAIL}
     * @return this builder
     */
    public Builder whenMissing(Missing missing) {
      this.missing = Objects.requireNonNull(missing, "missing");
      return this;
    }

    /**
     * Sets the aria2c executable instead of looking it up; a path that is not an executable file
     * counts as aria2c not being installed.
     *
     * @param executable the path to aria2c
     * @return this builder
     */
    public Builder executable(Path executable) {
      this.executable = Objects.requireNonNull(executable, "executable");
      return this;
    }

    /**
     * Sets how long aria2c may take to answer after it is started.
     *
     * @param timeout at least one millisecond; {@link ManagedAria2#DEFAULT_START_TIMEOUT} unless
     *     set
     * @return this builder
     */
    public Builder startTimeout(Duration timeout) {
      ManagedAria2.builder().startTimeout(timeout); // the launcher's own checks, now
      this.startTimeout = timeout;
      return this;
    }

    /**
     * Connects the injected clients over a WebSocket instead of HTTP.
     *
     * @return this builder
     */
    public Builder overWebSocket() {
      this.webSocket = true;
      return this;
    }

    /**
     * Builds the extension.
     *
     * @return the extension, to assign to a {@code @RegisterExtension} field
     */
    public Aria2Extension build() {
      return new Aria2Extension(this);
    }
  }
}
