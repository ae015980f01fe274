package io.github.aria2j.it.support;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import io.github.aria2j.testkit.Aria2Await;
import io.github.aria2j.testkit.Aria2Extension;
import io.github.aria2j.testkit.Missing;
import io.github.aria2j.testkit.TestFileServer;
import io.github.aria2j.testkit.Torrent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The aria2c of an IT class: the test kit's {@link Aria2Extension} (one aria2c and one {@link TestFileServer}
 * for the class, or for each method), with what this project's ITs add to it. Register it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final ItAria2 aria2 = ItAria2.perClass();
 * }</pre>
 *
 * <p>The additions: the clients it hands out record the methods they call ({@link MethodCoverage}) and it registers
 * the {@link MethodCoverageReport}; clients with a wrong secret; a housekeeping client that does not count
 * ({@link #clearDownloads()}); ready-made {@link Downloads}; a scratch directory; a seeding peer ({@link #seed});
 * more aria2c daemons like the test's ({@link #another()}), for tests that stop them; aria2c's exit status
 * ({@link #awaitExit}). aria2c missing fails the tests instead of skipping them (CI installs it; a missing aria2c is
 * a broken environment), and {@code -Daria2c.path} points at a specific one, as for the schema drift test.
 */
public final class ItAria2 implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {

    /** How long a test waits for aria2's state to change: enough for any local download, short enough to fail fast. */
    public static final Duration LIMIT = Duration.ofSeconds(20);

    /** System property that points at a specific aria2c; otherwise the kit looks it up. */
    public static final String PATH_PROPERTY = "aria2c.path";

    /**
     * A finished torrent seeds this many minutes (a day: longer than any run). The kit's seed-time=0 would end
     * seeding at once; these tests rely on aria2's own behaviour, seeding on while the share ratio is below 1.0.
     */
    private static final String SEED_MINUTES = "1440";

    /**
     * ManagedAria2 does not hand out the exit status; it logs it (java.util.logging by default) when it is closed:
     * "aria2c (pid 4242) stopped, exit code 0". Held here, so that the logger and its handlers are not collected.
     */
    private static final Logger LAUNCHER_LOG = Logger.getLogger(ManagedAria2.class.getName());

    private static final Pattern EXIT_CODE = Pattern.compile("aria2c \\(pid (\\d+)\\) stopped, exit code (-?\\d+)");

    private final Aria2Extension kit;
    private final boolean perMethod;
    private final List<AutoCloseable> extraClients = new ArrayList<>();
    /** The class's context (per class) or the running method's (per method): where {@link #another()} lives. */
    private volatile ExtensionContext scope;

    private ItAria2(boolean perMethod) {
        this.kit = configured(perMethod);
        this.perMethod = perMethod;
    }

    /** The kit's extension as this project's ITs configure it. */
    private static Aria2Extension configured(boolean perMethod) {
        Aria2Extension.Builder builder = Aria2Extension.builder()
                .whenMissing(Missing.FAIL)
                .option("seed-time", SEED_MINUTES);
        String configured = System.getProperty(PATH_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            builder.executable(Path.of(configured));
        }
        return perMethod ? builder.perMethod().build() : builder.perClass().build();
    }

    /** One aria2c for the whole test class. */
    public static ItAria2 perClass() {
        return new ItAria2(false);
    }

    /** A fresh aria2c for each test method, for tests that stop it. */
    public static ItAria2 perMethod() {
        return new ItAria2(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        new MethodCoverageReport().beforeAll(context);
        if (!perMethod) {
            scope = context;
        }
        kit.beforeAll(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (perMethod) {
            scope = context;
        }
        kit.beforeEach(context);
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (perMethod) {
                closeExtraClients();
            }
        } finally {
            kit.afterEach(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            closeExtraClients();
        } finally {
            kit.afterAll(context); // JUnit stops aria2c and the file server right after
        }
    }

    /** The generated blocking client, connected to the running test's aria2c; it records the methods it calls. */
    public Aria2Client client() {
        return MethodCoverage.recording(kit.client());
    }

    /** The generated asynchronous client, connected to the running test's aria2c; it records the methods it calls. */
    public Aria2AsyncClient asyncClient() {
        return MethodCoverage.recording(kit.asyncClient());
    }

    /** A blocking client that sends {@code wrongSecret} instead of aria2c's secret; it records the methods it calls. */
    public Aria2Client clientWithSecret(String wrongSecret) {
        return MethodCoverage.recording(track(Aria2Client.builder().settings(settings(wrongSecret)).build()));
    }

    /** An asynchronous client that sends {@code wrongSecret} instead of aria2c's secret; it records its methods. */
    public Aria2AsyncClient asyncClientWithSecret(String wrongSecret) {
        return MethodCoverage.recording(track(Aria2Client.builder().settings(settings(wrongSecret)).buildAsync()));
    }

    /** The running test's aria2c: endpoints, secret, download directory. */
    public ManagedAria2 daemon() {
        return kit.daemon();
    }

    /**
     * Starts one more aria2c configured like the test's (its own port, secret and directory), for a test that stops
     * it or needs a second peer. The kit stops and deletes it with the test class (per class) or method (per method).
     */
    public ManagedAria2 another() {
        ExtensionContext context = scope;
        if (context == null) {
            throw new IllegalStateException("another() is for tests and lifecycle methods of the class");
        }
        Aria2Extension spare = configured(perMethod);
        if (perMethod) {
            spare.beforeEach(context);
        } else {
            spare.beforeAll(context);
        }
        return spare.daemon();
    }

    /**
     * Waits at most {@code limit} for aria2c to exit by itself (after aria2.shutdown, say); empty if it is still
     * running then, else its exit status, as ManagedAria2 logs it when closed.
     */
    public static OptionalInt awaitExit(ManagedAria2 daemon, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (daemon.isAlive()) {
            if (System.nanoTime() - deadline > 0) {
                return OptionalInt.empty();
            }
            Thread.sleep(50);
        }
        List<String> messages = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord entry) {
                messages.add(entry.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        LAUNCHER_LOG.addHandler(handler);
        try {
            daemon.close(); // it has exited: this only reaps it and logs how it ended
        } finally {
            LAUNCHER_LOG.removeHandler(handler);
        }
        for (String message : messages) {
            Matcher matcher = EXIT_CODE.matcher(message == null ? "" : message);
            if (matcher.find() && Long.parseLong(matcher.group(1)) == daemon.pid()) {
                return OptionalInt.of(Integer.parseInt(matcher.group(2)));
            }
        }
        throw new AssertionError("aria2c exited, but ManagedAria2 logged no exit code on close: " + messages);
    }

    /** The running test's loopback file server. */
    public TestFileServer files() {
        return kit.files();
    }

    /**
     * A private scratch directory for files a test wants aria2c to write, such as a session file. It lies inside
     * aria2c's download directory, so that it is deleted with it, after aria2c has stopped (and written its session).
     */
    public Path workDir() {
        try {
            return Files.createDirectories(daemon().downloadDir().resolve("work"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ready-made downloads in stable states, added through the recording blocking client. */
    public Downloads downloads() {
        return new Downloads(client(), files());
    }

    /**
     * Makes this aria2c seed {@code torrent}, for a test whose other aria2c downloads it from a peer: writes
     * {@code content} into the download directory, adds the torrent through the recording client with check-integrity
     * (aria2 verifies the file in place and seeds it) and seed-ratio 0.0 (it seeds whatever the ratio), and waits until
     * aria2 says it seeds. Returns the seeding download's GID.
     */
    public String seed(Torrent torrent, byte[] content) throws IOException {
        Files.write(daemon().downloadDir().resolve(torrent.name()), content);
        Aria2Client seeder = client();
        String gid = seeder.addTorrent(torrent.base64(), List.of(),
                AddOptions.builder().checkIntegrity(true).seedRatio(0.0).build());
        Aria2Await.until("aria2c to seed " + torrent.name(), () -> seeder.tellStatus(gid),
                status -> Boolean.TRUE.equals(status.seeder()), LIMIT);
        return gid;
    }

    /**
     * Removes every download and download result, so that a test starts with an empty queue. Uses the kit's own
     * client, which does not count towards the method coverage.
     */
    public void clearDownloads() {
        Aria2Client housekeeping = kit.client();
        List<DownloadStatus> unfinished = new ArrayList<>(housekeeping.tellActive());
        unfinished.addAll(housekeeping.tellWaiting(0, 1000));
        for (DownloadStatus download : unfinished) {
            housekeeping.forceRemove(download.gid());
        }
        Aria2Await.until("aria2 to have no active or waiting download",
                () -> List.of(housekeeping.tellActive().size(), housekeeping.tellWaiting(0, 1000).size()),
                counts -> counts.get(0) == 0 && counts.get(1) == 0, LIMIT);
        housekeeping.purgeDownloadResult();
    }

    private RpcSettings settings(String clientSecret) {
        return daemon().settings().secret(clientSecret).build();
    }

    private <C extends AutoCloseable> C track(C client) {
        synchronized (extraClients) {
            extraClients.add(client);
        }
        return client;
    }

    private void closeExtraClients() throws Exception {
        List<AutoCloseable> clients;
        synchronized (extraClients) {
            clients = List.copyOf(extraClients);
            extraClients.clear();
        }
        for (AutoCloseable client : clients) {
            client.close();
        }
    }
}
