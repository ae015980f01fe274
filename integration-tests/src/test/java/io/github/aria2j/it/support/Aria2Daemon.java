package io.github.aria2j.it.support;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.client.DefaultAria2AsyncClient;
import io.github.aria2j.client.DefaultAria2Client;
import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.rpc.RpcEngines;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private aria2c RPC daemon for one test class: loopback only, a free port, a random secret and its own temporary
 * directory; no configuration file, no DHT, nothing from the user's home. Clients it hands out record the methods
 * they call (see {@link MethodCoverage}) and are closed with the daemon. {@link #close()} stops aria2c and deletes
 * the directory.
 */
public final class Aria2Daemon implements AutoCloseable {

    /** System property that points at a specific aria2c; otherwise aria2c is looked up on PATH. */
    public static final String PATH_PROPERTY = "aria2c.path";

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(20);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final long POLL_MILLIS = 50;
    private static final long STOP_LIMIT_SECONDS = 10;
    private static final int LOG_TAIL_LINES = 40;

    private final Process process;
    private final Path directory;
    private final URI endpoint;
    private final String secret;
    private final List<AutoCloseable> clients = new ArrayList<>();

    private Aria2Daemon(Process process, Path directory, URI endpoint, String secret) {
        this.process = process;
        this.directory = directory;
        this.endpoint = endpoint;
        this.secret = secret;
    }

    /** Starts aria2c and returns once its JSON-RPC server answers. */
    public static Aria2Daemon start() throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("aria2j-client-it-");
        int port = freeLoopbackPort();
        String secret = randomSecret();
        List<String> command = new ArrayList<>();
        command.add(executable().toString());
        command.add("--enable-rpc=true");
        command.add("--rpc-listen-port=" + port);
        command.add("--rpc-secret=" + secret);
        command.add("--dir=" + directory.resolve("downloads"));
        command.add("--no-conf=true");
        command.add("--quiet=true");
        command.add("--log=" + directory.resolve("aria2c.log"));
        command.add("--log-level=notice");
        command.add("--netrc-path=" + directory.resolve("netrc"));
        // Offline: no DHT bootstrap traffic for the test torrents, which are fetched from a web seed.
        command.add("--enable-dht=false");
        command.add("--enable-dht6=false");
        // Slow test files declare several MiB; writing them in full up front would only cost time.
        command.add("--file-allocation=none");
        command.add("--stop-with-process=" + ProcessHandle.current().pid());
        Process process;
        try {
            Files.createDirectory(directory.resolve("downloads"));
            process = new ProcessBuilder(command)
                    .directory(directory.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(directory.resolve("aria2c.out").toFile())
                    .start();
        } catch (IOException | RuntimeException e) {
            deleteRecursively(directory);
            throw e;
        }
        process.getOutputStream().close(); // aria2c must never wait for input
        Aria2Daemon daemon = new Aria2Daemon(
                process, directory, URI.create("http://127.0.0.1:" + port + "/jsonrpc"), secret);
        try {
            daemon.awaitRpc();
        } catch (InterruptedException | RuntimeException e) {
            daemon.close();
            throw e;
        }
        return daemon;
    }

    /** A blocking client with the right secret; it records the methods it calls. */
    public Aria2Client client() {
        return MethodCoverage.recording(register(new DefaultAria2Client(RpcEngines.http(settings(secret)))));
    }

    /** An asynchronous client with the right secret; it records the methods it calls. */
    public Aria2AsyncClient asyncClient() {
        return MethodCoverage.recording(register(new DefaultAria2AsyncClient(RpcEngines.http(settings(secret)))));
    }

    /**
     * A blocking client that does not count towards {@link MethodCoverage}: for housekeeping between tests (clearing
     * the queue), which asserts nothing about the methods it calls.
     */
    public Aria2Client housekeepingClient() {
        return register(new DefaultAria2Client(RpcEngines.http(settings(secret))));
    }

    /** A blocking client that sends {@code wrongSecret} instead of the daemon's secret. */
    public Aria2Client clientWithSecret(String wrongSecret) {
        return MethodCoverage.recording(register(new DefaultAria2Client(RpcEngines.http(settings(wrongSecret)))));
    }

    /** An asynchronous client that sends {@code wrongSecret} instead of the daemon's secret. */
    public Aria2AsyncClient asyncClientWithSecret(String wrongSecret) {
        return MethodCoverage.recording(
                register(new DefaultAria2AsyncClient(RpcEngines.http(settings(wrongSecret)))));
    }

    /** The settings of a client of this daemon that sends {@code clientSecret}. */
    public RpcSettings settings(String clientSecret) {
        return RpcSettings.builder().endpoint(endpoint).secret(clientSecret).build();
    }

    /** The secret aria2c was started with, for raw multicall entries that must carry their own token. */
    public String secret() {
        return secret;
    }

    /** aria2c's --dir: where downloads land. */
    public Path downloadDir() {
        return directory.resolve("downloads");
    }

    /** A private scratch directory for files a test wants aria2c to write, such as a session file. */
    public Path workDir() {
        return directory;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits at most {@code limit} for aria2c to exit; empty if it is still running then. */
    public OptionalInt awaitExit(Duration limit) throws InterruptedException {
        if (process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            return OptionalInt.of(process.exitValue());
        }
        return OptionalInt.empty();
    }

    private <C extends AutoCloseable> C register(C client) {
        synchronized (clients) {
            clients.add(client);
        }
        return client;
    }

    private void awaitRpc() throws InterruptedException {
        long deadline = System.nanoTime() + STARTUP_LIMIT.toNanos();
        try (DefaultAria2Client probe = new DefaultAria2Client(RpcEngines.http(
                settings(secret).toBuilder().requestTimeout(PROBE_TIMEOUT).connectTimeout(PROBE_TIMEOUT).build()))) {
            Aria2TransportException lastFailure;
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("aria2c exited with status " + process.exitValue()
                            + " before its RPC server answered." + diagnostics());
                }
                try {
                    probe.getVersion();
                    return;
                } catch (Aria2TransportException e) {
                    if (e.kind() != TransportErrorKind.CONNECT && e.kind() != TransportErrorKind.IO) {
                        throw e;
                    }
                    lastFailure = e;
                }
                if (System.nanoTime() - deadline > 0) {
                    throw new IllegalStateException("aria2c's RPC server did not answer within " + STARTUP_LIMIT
                            + " (last error: " + lastFailure + ")." + diagnostics());
                }
                Thread.sleep(POLL_MILLIS);
            }
        }
    }

    /** The end of aria2c's output and log, for failure messages. */
    public String diagnostics() {
        return "\naria2c output:\n" + tail(directory.resolve("aria2c.out"))
                + "\naria2c log (last " + LOG_TAIL_LINES + " lines):\n" + tail(directory.resolve("aria2c.log"));
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            if (lines.isEmpty()) {
                return "(empty)";
            }
            return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (clients) {
            for (AutoCloseable client : clients) {
                try {
                    client.close();
                } catch (Exception e) {
                    // Closing a client only releases its HTTP connection; the process is stopped below anyway.
                }
            }
            clients.clear();
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteRecursively(directory);
    }

    /** aria2c from -Daria2c.path or PATH; missing is a broken environment (CI installs it), never a skip. */
    private static Path executable() {
        String configured = System.getProperty(PATH_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = dir.isEmpty() ? null : Path.of(dir, "aria2c");
            if (candidate != null && Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("aria2c was not found on PATH and -D" + PATH_PROPERTY + " is not set;"
                + " install it (Debian/Ubuntu: apt-get install aria2) or pass -D" + PATH_PROPERTY + "=/path/to/aria2c");
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
