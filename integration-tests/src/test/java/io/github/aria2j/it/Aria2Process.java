package io.github.aria2j.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private aria2c RPC daemon for one test: loopback only, random port and secret, its own temporary directory,
 * no configuration file and nothing from the user's home. {@link #close()} stops it and deletes the directory.
 */
final class Aria2Process implements AutoCloseable {

    /** How long aria2c may take to answer its first RPC call; it normally needs well under a second. */
    private static final long STARTUP_LIMIT_MILLIS = 20_000;
    private static final long POLL_INTERVAL_MILLIS = 50;
    private static final long STOP_LIMIT_SECONDS = 10;
    private static final int LOG_TAIL_LINES = 40;

    /** An option this launcher sets on aria2c's command line, and why. */
    record Setting(String name, String value, String reason) {}

    private final Path executable;
    private final Process process;
    private final Path directory;
    private final Path logFile;
    private final List<Setting> settings;
    private final JsonRpcClient rpc;

    private Aria2Process(
            Path executable, Process process, Path directory, Path logFile, List<Setting> settings, JsonRpcClient rpc) {
        this.executable = executable;
        this.process = process;
        this.directory = directory;
        this.logFile = logFile;
        this.settings = settings;
        this.rpc = rpc;
    }

    /** Starts aria2c and returns once its JSON-RPC server answers. */
    static Aria2Process start(Aria2Binary binary) throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("aria2j-it-");
        int port = freeLoopbackPort();
        String secret = randomSecret();
        List<Setting> settings = settings(directory, port, secret);
        List<String> command = new ArrayList<>();
        command.add(binary.executable().toString());
        for (Setting setting : settings) {
            command.add("--" + setting.name() + "=" + setting.value());
        }
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
        JsonRpcClient rpc = new JsonRpcClient(URI.create("http://127.0.0.1:" + port + "/jsonrpc"), secret);
        Aria2Process aria2 = new Aria2Process(
                binary.executable(), process, directory, directory.resolve("aria2c.log"), settings, rpc);
        try {
            aria2.awaitRpc();
        } catch (IOException | InterruptedException | RuntimeException e) {
            aria2.close();
            throw e;
        }
        return aria2;
    }

    private static List<Setting> settings(Path directory, int port, String secret) {
        return List.of(
                new Setting("enable-rpc", "true", "the test talks to aria2c over JSON-RPC"),
                new Setting("rpc-listen-port", Integer.toString(port), "a free port, so parallel runs do not clash"),
                new Setting("rpc-secret", secret, "a random secret, so no other local process can drive it"),
                new Setting("dir", directory.resolve("downloads").toString(),
                        "a fresh temporary directory instead of the user's files"),
                new Setting("no-conf", "true", "the user's aria2.conf must not change any value"),
                new Setting("quiet", "true", "no console readout in the build log"),
                // aria2c prints nothing when --quiet, so its reasons for failing to start are only in this log.
                new Setting("log", directory.resolve("aria2c.log").toString(),
                        "keeps aria2c's own error messages for failure reports"),
                // Only read for downloads, but pointed away from ~/.netrc so the user's credentials are never read.
                new Setting("netrc-path", directory.resolve("netrc").toString(), "never read the user's ~/.netrc"),
                new Setting("stop-with-process", Long.toString(ProcessHandle.current().pid()),
                        "aria2c exits by itself if this JVM dies without closing it"));
    }

    /** The options set on the command line, by name, with the reason for each. */
    Map<String, String> commandLineOptions() {
        Map<String, String> reasons = new LinkedHashMap<>();
        settings.forEach(setting -> reasons.put(setting.name(), setting.reason()));
        return reasons;
    }

    JsonRpcClient rpc() {
        return rpc;
    }

    /** aria2c's working directory, private to this process and deleted on close. */
    Path directory() {
        return directory;
    }

    private void awaitRpc() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(STARTUP_LIMIT_MILLIS);
        IOException lastFailure = null;
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("aria2c exited with status " + process.exitValue()
                        + " before its RPC server answered." + diagnostics());
            }
            try {
                rpc.call("aria2.getVersion");
                return;
            } catch (IOException notListeningYet) {
                lastFailure = notListeningYet;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("aria2c's RPC server did not answer within " + STARTUP_LIMIT_MILLIS
                        + " ms (last error: " + lastFailure + ")." + diagnostics());
            }
            Thread.sleep(POLL_INTERVAL_MILLIS);
        }
    }

    /** The command line (secret masked) and the end of aria2c's output and log, for failure messages. */
    private String diagnostics() {
        StringBuilder text = new StringBuilder("\nCommand line: ").append(executable);
        for (Setting setting : settings) {
            String value = setting.name().equals("rpc-secret") ? "****" : setting.value();
            text.append(" --").append(setting.name()).append('=').append(value);
        }
        text.append("\naria2c output:\n").append(tail(directory.resolve("aria2c.out")));
        text.append("\naria2c log (last ").append(LOG_TAIL_LINES).append(" lines):\n").append(tail(logFile));
        return text.toString();
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
        process.destroy();
        try {
            if (!process.waitFor(STOP_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            // Still make sure aria2c goes away, and let the caller see the interruption.
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        deleteRecursively(directory);
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** Asks the OS for a free port; aria2c binds it right after, and a rare clash shows up as a clear startup error. */
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
