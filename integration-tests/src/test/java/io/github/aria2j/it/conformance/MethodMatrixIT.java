package io.github.aria2j.it.conformance;

import static io.github.aria2j.it.support.ItAria2.LIMIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.Downloads.Added;
import io.github.aria2j.it.support.Downloads;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.it.support.MethodCoverage;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.model.DownloadUri;
import io.github.aria2j.model.MulticallEntry;
import io.github.aria2j.model.PositionOrigin;
import io.github.aria2j.model.UriStatus;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.options.ChangeOptions;
import io.github.aria2j.options.GlobalOptions;
import io.github.aria2j.runtime.Aria2Exception;
import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.RpcErrorKind;
import io.github.aria2j.runtime.TransportErrorKind;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import io.github.aria2j.runtime.options.AbstractOptions;
import io.github.aria2j.testkit.Aria2Await;
import io.github.aria2j.testkit.Metalinks;
import io.github.aria2j.testkit.ServedFile;
import io.github.aria2j.testkit.Torrent;
import io.github.aria2j.testkit.Torrents;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every one of aria2's 36 RPC methods, called through the generated client on four paths (blocking and asynchronous,
 * over HTTP and over WebSocket), once with a success and once with the typical error: an unknown GID, a download in
 * the wrong state, a bad position or count, an invalid option value, a broken torrent or metalink; for methods that
 * cannot fail otherwise, a wrong secret (Unauthorized, which aria2 answers after about 2 s, so those calls are sent
 * together at the start). {@code system.listMethods} and {@code system.listNotifications} need no valid secret and
 * take no parameter, so aria2 has no error for them: their error case is the transport failure of a client whose
 * endpoint has no aria2. shutdown and forceShutdown stop daemons of their own. The run prints
 * "conformance methods: N/36 on 4 paths", counted from the calls that happened.
 */
class MethodMatrixIT {

    private static final String UNKNOWN_GID = "0123456789abcdef";
    private static final String UNAUTHORIZED = "Unauthorized";
    private static final Duration EXIT_LIMIT = Duration.ofSeconds(20);
    /** Methods whose typical error is the wrong secret. */
    private static final List<String> WRONG_SECRET_METHODS = List.of(
            "aria2.pauseAll", "aria2.forcePauseAll", "aria2.unpauseAll", "aria2.tellActive", "aria2.getGlobalOption",
            "aria2.purgeDownloadResult", "aria2.getVersion", "aria2.getSessionInfo", "aria2.getGlobalStat");

    @RegisterExtension
    static final ItAria2 aria2 = ItAria2.perClass();

    private static final List<ClientPath> PATHS = ClientPath.all();
    private static final MethodMatrix matrix = new MethodMatrix(MethodCoverage.rpcMethods());
    private static final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "method-matrix");
        thread.setDaemon(true);
        return thread;
    });
    private static final Map<String, CompletableFuture<Void>> launched = new ConcurrentHashMap<>();
    private static final Map<String, ManagedAria2> shutdownDaemons = new ConcurrentHashMap<>();
    private static final List<CompletableFuture<Void>> exits = new ArrayList<>();
    private static final List<AutoCloseable> closeables = new ArrayList<>();

    /** Closes the clients; the extension stops the daemons, the shutdown ones included. */
    @AfterAll
    static void stopEverything() throws Exception {
        background.shutdownNow();
        for (AutoCloseable closeable : closeables) {
            closeable.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyMethodOnEveryPath() {
        return Stream.of(
                Stream.<DynamicNode>of(dynamicTest("wrong-secret calls and shutdown daemons started", this::launch)),
                PATHS.stream().map(path -> dynamicContainer(path.name(), new PathCases(path).cases())),
                Stream.<DynamicNode>of(dynamicTest("summary", this::summary)))
                .flatMap(nodes -> nodes);
    }

    /** Starts two daemons per path for shutdown/forceShutdown and sends every wrong-secret call at once. */
    private void launch() throws Exception {
        URI endpoint = aria2.daemon().httpEndpoint();
        String wrongSecret = "not-" + aria2.daemon().secret().value();
        for (ClientPath path : PATHS) {
            Aria2Client wrong = connect(path, endpoint, wrongSecret);
            for (String method : WRONG_SECRET_METHODS) {
                String name = method.substring("aria2.".length());
                launch(path, method, () -> matrix.error(path, wrong, method, client -> invokeByName(client, name),
                        matrix.rpcError(method, RpcErrorKind.UNAUTHORIZED, UNAUTHORIZED)));
            }
            for (String method : List.of("aria2.shutdown", "aria2.forceShutdown")) {
                ManagedAria2 daemon = aria2.another();
                shutdownDaemons.put(path + " " + method, daemon);
                Aria2Client wrongForDaemon = connect(path, daemon.httpEndpoint(), wrongSecret);
                String name = method.substring("aria2.".length());
                launch(path, method, () -> matrix.error(path, wrongForDaemon, method,
                        client -> invokeByName(client, name),
                        matrix.rpcError(method, RpcErrorKind.UNAUTHORIZED, UNAUTHORIZED)));
            }
        }
    }

    private static void launch(ClientPath path, String method, Runnable call) {
        launched.put(path + " " + method, CompletableFuture.runAsync(call, background));
    }

    /** Waits for the wrong-secret call of {@code method} on {@code path} that {@link #launch()} sent. */
    private static void awaitLaunched(ClientPath path, String method) throws Exception {
        try {
            launched.get(path + " " + method).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof CompletionException c ? c.getCause()
                    : e.getCause();
            if (cause instanceof Error error) {
                throw error;
            }
            throw (Exception) cause;
        }
    }

    private static void invokeByName(Aria2Client client, String name) {
        try {
            Method method = Aria2Client.class.getMethod(name);
            method.invoke(client);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private void summary() throws Exception {
        for (CompletableFuture<Void> exit : exits) {
            exit.get(EXIT_LIMIT.toSeconds() + 5, TimeUnit.SECONDS);
        }
        SortedSet<String> covered = matrix.coveredOnAll(PATHS);
        int total = MethodCoverage.rpcMethods().size();
        System.out.println("conformance methods: " + covered.size() + "/" + total + " on " + PATHS.size() + " paths ("
                + String.join(", ", PATHS.stream().map(ClientPath::name).toList()) + ")");
        matrix.table(PATHS).forEach(line -> System.out.println("  " + line));
        matrix.gapsSeen().forEach(gap -> System.out.println("  known gap: " + gap));
        List<String> missing = matrix.missing(PATHS);
        missing.forEach(line -> System.out.println("  missing: " + line));
        assertThat(total).as("RPC methods of the generated client").isEqualTo(36);
        assertThat(covered.size()).as("methods with a success and an error on every path; missing: %s", missing)
                .isEqualTo(total);
    }

    /**
     * A client on {@code path} for {@code httpEndpoint}, sending {@code secret}; it counts towards the run's method
     * coverage, and is closed after the class.
     */
    private static Aria2Client connect(ClientPath path, URI httpEndpoint, String secret) {
        Aria2Client client = path.connect(httpEndpoint, secret);
        synchronized (closeables) {
            closeables.add(client);
        }
        return MethodCoverage.recording(client);
    }

    /** The cases of one path, with the downloads they work on. */
    private static final class PathCases {

        private final ClientPath path;
        private final String prefix;
        private Aria2Client client;
        private Aria2Client setup;
        private Added active;
        private Added secondActive;
        private Added paused;
        private Added complete;
        private String torrentGid;

        PathCases(ClientPath path) {
            this.path = path;
            this.prefix = path.name().replace('/', '-');
        }

        /** The cases in the order they run: later ones rely on the state earlier ones leave (noted where so). */
        Stream<DynamicNode> cases() {
            return Stream.of(
                    dynamicTest("downloads in every state added", this::prepare),
                    dynamicTest("aria2.shutdown", () -> shutdown("aria2.shutdown", Aria2Client::shutdown)),
                    dynamicTest("aria2.forceShutdown",
                            () -> shutdown("aria2.forceShutdown", Aria2Client::forceShutdown)),
                    dynamicTest("aria2.addUri", this::addUri),
                    dynamicTest("aria2.addTorrent", this::addTorrent),
                    dynamicTest("aria2.getPeers", this::getPeers),
                    dynamicTest("aria2.addMetalink", this::addMetalink),
                    dynamicTest("aria2.getServers", this::getServers),
                    dynamicTest("aria2.tellActive", this::tellActive),
                    dynamicTest("aria2.getGlobalStat", this::getGlobalStat),
                    dynamicTest("aria2.remove", this::remove),
                    dynamicTest("aria2.forceRemove", this::forceRemove),
                    dynamicTest("aria2.pause", this::pause),
                    dynamicTest("aria2.forcePause", this::forcePause),
                    dynamicTest("aria2.unpause", this::unpause),
                    dynamicTest("aria2.changePosition", this::changePosition),
                    dynamicTest("aria2.tellStatus", this::tellStatus),
                    dynamicTest("aria2.getUris", this::getUris),
                    dynamicTest("aria2.getFiles", this::getFiles),
                    dynamicTest("aria2.tellWaiting", this::tellWaiting),
                    dynamicTest("aria2.tellStopped", this::tellStopped),
                    dynamicTest("aria2.getOption", this::getOption),
                    dynamicTest("aria2.changeUri", this::changeUri),
                    dynamicTest("aria2.changeOption", this::changeOption),
                    dynamicTest("aria2.getGlobalOption", this::getGlobalOption),
                    dynamicTest("aria2.changeGlobalOption", this::changeGlobalOption),
                    dynamicTest("aria2.removeDownloadResult", this::removeDownloadResult),
                    dynamicTest("aria2.getVersion", this::getVersion),
                    dynamicTest("aria2.getSessionInfo", this::getSessionInfo),
                    dynamicTest("aria2.saveSession", this::saveSession),
                    dynamicTest("system.multicall", this::multicall),
                    dynamicTest("system.listMethods",
                            () -> listNames("system.listMethods", Aria2Client::listMethods, 36)),
                    dynamicTest("system.listNotifications",
                            () -> listNames("system.listNotifications", Aria2Client::listNotifications, 6)),
                    dynamicTest("aria2.pauseAll", this::pauseAll),
                    dynamicTest("aria2.unpauseAll", this::unpauseAll),
                    dynamicTest("aria2.forcePauseAll", this::forcePauseAll),
                    dynamicTest("aria2.purgeDownloadResult", this::purgeDownloadResult),
                    dynamicTest("downloads cleared", aria2::clearDownloads));
        }

        private void prepare() {
            ManagedAria2 daemon = aria2.daemon();
            client = connect(path, daemon.httpEndpoint(), daemon.secret().value());
            setup = aria2.client();
            Downloads downloads = aria2.downloads();
            complete = downloads.complete(prefix + "-complete.bin");
            paused = downloads.paused(prefix + "-paused.bin");
            active = downloads.active(prefix + "-active.bin");
            secondActive = downloads.active(prefix + "-active-2.bin");
        }

        private <T> T ok(String method, Function<Aria2Client, T> call, Consumer<? super T> check) {
            return matrix.success(path, client, method, call, check);
        }

        private void fails(String method, Consumer<Aria2Client> call, Consumer<? super Aria2Exception> check) {
            matrix.error(path, client, method, call, check);
        }

        private String pausedDownload(String name) {
            return aria2.downloads().paused(prefix + "-" + name + ".bin").gid();
        }

        private void shutdown(String method, Consumer<Aria2Client> call) throws Exception {
            awaitLaunched(path, method);
            ManagedAria2 daemon = shutdownDaemons.get(path + " " + method);
            Aria2Client own = connect(path, daemon.httpEndpoint(), daemon.secret().value());
            matrix.success(path, own, method, c -> {
                call.accept(c);
                return "OK";
            }, ok -> { });
            // aria2 exits about 3 s after answering: the summary waits for it, so that the paths run meanwhile.
            exits.add(CompletableFuture.runAsync(() -> {
                try {
                    assertThat(ItAria2.awaitExit(daemon, EXIT_LIMIT)).as("exit status after %s on %s", method, path)
                            .hasValue(0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }, background));
        }

        private void addUri() {
            URI uri = aria2.files().addRandom(prefix + "-added.bin", 1024).uri();
            String gid = ok("aria2.addUri", c -> c.addUri(List.of(uri.toString()), AddOptions.builder().pause(true)
                    .build()), added -> assertThat(added).matches("[0-9a-f]{16}"));
            assertThat(setup.tellStatus(gid).status()).isEqualTo(DownloadState.PAUSED);
            fails("aria2.addUri", c -> c.addUri(List.of(uri.toString()), AddOptions.empty(), -1),
                    matrix.rpcError("aria2.addUri", RpcErrorKind.INVALID_PARAMS,
                            "Position must be greater than or equal to 0."));
        }

        private void addTorrent() {
            Torrent torrent = Torrents.webSeeded(aria2.files().addRandom(prefix + "-seeded.bin", 20 * 1024)).build();
            torrentGid = ok("aria2.addTorrent", c -> c.addTorrent(torrent.base64(), List.of(),
                    AddOptions.builder().pause(true).build()), gid -> assertThat(gid).matches("[0-9a-f]{16}"));
            assertThat(setup.tellStatus(torrentGid).infoHash()).isEqualTo(torrent.infoHash());
            String notATorrent = Base64.getEncoder().encodeToString("not a torrent".getBytes(StandardCharsets.UTF_8));
            fails("aria2.addTorrent", c -> c.addTorrent(notATorrent),
                    matrix.rpcError("aria2.addTorrent", RpcErrorKind.INVALID_PARAMS, "Bencode decoding failed"));
        }

        private void getPeers() {
            ok("aria2.getPeers", c -> c.getPeers(torrentGid), peers -> assertThat(peers).isEmpty());
            fails("aria2.getPeers", c -> c.getPeers(UNKNOWN_GID), gidNotFound("aria2.getPeers"));
        }

        private void addMetalink() {
            ServedFile linked = aria2.files().addRandom(prefix + "-linked.bin", 1024);
            String metalink = Metalinks.of(linked).base64();
            ok("aria2.addMetalink", c -> c.addMetalink(metalink, AddOptions.builder().pause(true).build()),
                    gids -> assertThat(gids).singleElement().asString().matches("[0-9a-f]{16}"));
            String notXml = Base64.getEncoder().encodeToString("hello".getBytes(StandardCharsets.UTF_8));
            fails("aria2.addMetalink", c -> c.addMetalink(notXml), matrix.rpcError("aria2.addMetalink",
                    RpcErrorKind.INVALID_PARAMS, "Could not parse Metalink XML document."));
        }

        private void remove() {
            String gid = pausedDownload("to-remove");
            ok("aria2.remove", c -> c.remove(gid), removed -> assertThat(removed).isEqualTo(gid));
            // A waiting download that is removed leaves no result behind.
            assertThatThrownBy(() -> setup.tellStatus(gid)).isInstanceOf(Aria2Exception.class);
            fails("aria2.remove", c -> c.remove(UNKNOWN_GID), gidNotFound("aria2.remove"));
        }

        private void forceRemove() {
            String gid = pausedDownload("to-force-remove");
            ok("aria2.forceRemove", c -> c.forceRemove(gid), removed -> assertThat(removed).isEqualTo(gid));
            fails("aria2.forceRemove", c -> c.forceRemove(UNKNOWN_GID), gidNotFound("aria2.forceRemove"));
        }

        private void pause() {
            ok("aria2.pause", c -> c.pause(active.gid()), gid -> assertThat(gid).isEqualTo(active.gid()));
            Aria2Await.status(setup, active.gid(), DownloadState.PAUSED, LIMIT);
            fails("aria2.pause", c -> c.pause(paused.gid()), matrix.rpcError("aria2.pause",
                    RpcErrorKind.NOT_CHANGEABLE_NOW, "GID#" + paused.gid() + " cannot be paused now"));
        }

        private void forcePause() {
            ok("aria2.forcePause", c -> c.forcePause(secondActive.gid()),
                    gid -> assertThat(gid).isEqualTo(secondActive.gid()));
            Aria2Await.status(setup, secondActive.gid(), DownloadState.PAUSED, LIMIT);
            fails("aria2.forcePause", c -> c.forcePause(paused.gid()), matrix.rpcError("aria2.forcePause",
                    RpcErrorKind.NOT_CHANGEABLE_NOW, "GID#" + paused.gid() + " cannot be paused now"));
        }

        private void unpause() {
            // The active download was paused by the pause case; unpausing it makes it active again.
            ok("aria2.unpause", c -> c.unpause(active.gid()), gid -> assertThat(gid).isEqualTo(active.gid()));
            Aria2Await.status(setup, active.gid(), DownloadState.ACTIVE, LIMIT);
            fails("aria2.unpause", c -> c.unpause(active.gid()), matrix.rpcError("aria2.unpause",
                    RpcErrorKind.NOT_CHANGEABLE_NOW, "GID#" + active.gid() + " cannot be unpaused now"));
        }

        private void changePosition() {
            String last = pausedDownload("to-move");
            ok("aria2.changePosition", c -> c.changePosition(last, 0, PositionOrigin.SET),
                    position -> assertThat(position).isZero());
            assertThat(setup.tellWaiting(0, 1).get(0).gid()).isEqualTo(last);
            fails("aria2.changePosition", c -> c.changePosition(UNKNOWN_GID, 0, PositionOrigin.SET),
                    gidNotFound("aria2.changePosition"));
        }

        private void tellStatus() {
            ok("aria2.tellStatus", c -> c.tellStatus(paused.gid()), status -> {
                assertThat(status.gid()).isEqualTo(paused.gid());
                assertThat(status.status()).isEqualTo(DownloadState.PAUSED);
                assertThat(status.totalLength()).isZero();
            });
            fails("aria2.tellStatus", c -> c.tellStatus("not-a-gid"),
                    matrix.rpcError("aria2.tellStatus", RpcErrorKind.INVALID_GID, "Invalid GID not-a-gid"));
        }

        private void getUris() {
            ok("aria2.getUris", c -> c.getUris(paused.gid()), uris -> assertThat(uris)
                    .containsExactly(new DownloadUri(paused.uri().toString(), UriStatus.WAITING)));
            fails("aria2.getUris", c -> c.getUris(complete.gid()), matrix.rpcError("aria2.getUris",
                    RpcErrorKind.NOT_CHANGEABLE_NOW, "No URI data is available for GID#" + complete.gid()));
        }

        private void getFiles() {
            ok("aria2.getFiles", c -> c.getFiles(complete.gid()), files -> assertThat(files).singleElement()
                    .satisfies(file -> {
                        assertThat(file.length()).isEqualTo(Downloads.SMALL_SIZE);
                        assertThat(file.completedLength()).isEqualTo(Downloads.SMALL_SIZE);
                        assertThat(file.path()).endsWith(prefix + "-complete.bin");
                    }));
            fails("aria2.getFiles", c -> c.getFiles(UNKNOWN_GID), gidNotFound("aria2.getFiles"));
        }

        private void getServers() {
            ok("aria2.getServers", c -> c.getServers(active.gid()), servers -> assertThat(servers).singleElement()
                    .satisfies(file -> assertThat(file.servers()).singleElement()
                            .satisfies(server -> assertThat(server.uri()).isEqualTo(active.uri().toString()))));
            fails("aria2.getServers", c -> c.getServers(paused.gid()), matrix.rpcError("aria2.getServers",
                    RpcErrorKind.NOT_CHANGEABLE_NOW, "No active download for GID#" + paused.gid()));
        }

        private void tellActive() throws Exception {
            ok("aria2.tellActive", Aria2Client::tellActive,
                    list -> assertThat(list).extracting(DownloadStatus::gid).contains(active.gid()));
            awaitLaunched(path, "aria2.tellActive");
        }

        private void tellWaiting() {
            ok("aria2.tellWaiting", c -> c.tellWaiting(0, 100),
                    list -> assertThat(list).extracting(DownloadStatus::gid).contains(paused.gid()));
            fails("aria2.tellWaiting", c -> c.tellWaiting(0, -1), matrix.rpcError("aria2.tellWaiting",
                    RpcErrorKind.INVALID_PARAMS, "The integer parameter at 1 has invalid value: the value must be"
                            + " greater than or equal to 0."));
        }

        private void tellStopped() {
            ok("aria2.tellStopped", c -> c.tellStopped(0, 100),
                    list -> assertThat(list).extracting(DownloadStatus::gid).contains(complete.gid()));
            fails("aria2.tellStopped", c -> c.tellStopped(0, -1), matrix.rpcError("aria2.tellStopped",
                    RpcErrorKind.INVALID_PARAMS, "The integer parameter at 1 has invalid value: the value must be"
                            + " greater than or equal to 0."));
        }

        private void getOption() {
            ok("aria2.getOption", c -> c.getOption(paused.gid()), options -> assertThat(options)
                    .containsEntry("dir", aria2.daemon().downloadDir().toString()));
            fails("aria2.getOption", c -> c.getOption(UNKNOWN_GID), gidNotFound("aria2.getOption"));
        }

        private void changeUri() {
            String mirror = aria2.files().uri(prefix + "-mirror.bin").toString();
            ok("aria2.changeUri", c -> c.changeUri(paused.gid(), 1, List.of(), List.of(mirror)),
                    counts -> assertThat(counts).containsExactly(0, 1));
            fails("aria2.changeUri", c -> c.changeUri(paused.gid(), 2, List.of(), List.of(mirror)),
                    matrix.rpcError("aria2.changeUri", RpcErrorKind.INVALID_PARAMS, "fileIndex is out of range"));
        }

        private void changeOption() {
            ok("aria2.changeOption", c -> {
                c.changeOption(paused.gid(), ChangeOptions.builder().maxTries(3).build());
                return "OK";
            }, done -> assertThat(setup.getOption(paused.gid())).containsEntry("max-tries", "3"));
            // The typed setters refuse "1G" (aria2 knows no G): put it in raw to see aria2's own answer.
            ChangeOptions invalid = withRawValue(ChangeOptions.builder(), "max-download-limit", "1G").build();
            fails("aria2.changeOption", c -> c.changeOption(paused.gid(), invalid), invalidOption(
                    "aria2.changeOption", "max-download-limit"));
        }

        private void getGlobalOption() throws Exception {
            ok("aria2.getGlobalOption", Aria2Client::getGlobalOption, options -> assertThat(options)
                    .containsEntry("dir", aria2.daemon().downloadDir().toString()));
            awaitLaunched(path, "aria2.getGlobalOption");
        }

        private void changeGlobalOption() {
            ok("aria2.changeGlobalOption", c -> {
                c.changeGlobalOption(GlobalOptions.builder().maxDownloadResult(500).build());
                return "OK";
            }, done -> assertThat(setup.getGlobalOption()).containsEntry("max-download-result", "500"));
            GlobalOptions invalid = withRawValue(GlobalOptions.builder(), "split", "0").build();
            fails("aria2.changeGlobalOption", c -> c.changeGlobalOption(invalid),
                    invalidOption("aria2.changeGlobalOption", "split"));
        }

        private void removeDownloadResult() {
            ok("aria2.removeDownloadResult", c -> {
                c.removeDownloadResult(complete.gid());
                return "OK";
            }, done -> assertThatThrownBy(() -> setup.tellStatus(complete.gid())).isInstanceOf(Aria2Exception.class));
            fails("aria2.removeDownloadResult", c -> c.removeDownloadResult(paused.gid()), matrix.rpcError(
                    "aria2.removeDownloadResult", RpcErrorKind.NOT_CHANGEABLE_NOW,
                    "Could not remove download result of GID#" + paused.gid()));
        }

        private void getVersion() throws Exception {
            ok("aria2.getVersion", Aria2Client::getVersion, version -> {
                assertThat(version.version()).matches("1\\.\\d+\\.\\d+");
                assertThat(version.enabledFeatures()).contains("BitTorrent", "Metalink");
            });
            awaitLaunched(path, "aria2.getVersion");
        }

        private void getSessionInfo() throws Exception {
            ok("aria2.getSessionInfo", Aria2Client::getSessionInfo,
                    info -> assertThat(info.sessionId()).matches("[0-9a-f]{40}"));
            awaitLaunched(path, "aria2.getSessionInfo");
        }

        private void getGlobalStat() throws Exception {
            ok("aria2.getGlobalStat", Aria2Client::getGlobalStat, stat -> {
                assertThat(stat.numActive()).isPositive();
                assertThat(stat.numWaiting()).isPositive();
            });
            awaitLaunched(path, "aria2.getGlobalStat");
        }

        private void saveSession() throws IOException {
            // Blank: the typed saveSession("") is refused (see OptionConformanceIT), so the raw call sets it.
            setup.call("aria2.changeGlobalOption", List.of(Map.of("save-session", "")));
            fails("aria2.saveSession", Aria2Client::saveSession,
                    matrix.rpcError("aria2.saveSession", RpcErrorKind.OTHER, "Filename is not given."));
            Path session = aria2.workDir().resolve(prefix + ".session");
            setup.changeGlobalOption(GlobalOptions.builder().saveSession(session.toString()).build());
            ok("aria2.saveSession", c -> {
                c.saveSession();
                return "OK";
            }, done -> assertThat(session).exists());
            assertThat(Files.readString(session)).contains(paused.uri().toString());
            setup.call("aria2.changeGlobalOption", List.of(Map.of("save-session", "")));
        }

        private void multicall() {
            ok("system.multicall", c -> c.multicall(List.of(new MulticallEntry("aria2.getVersion", List.of()))),
                    results -> assertThat(results).singleElement().asInstanceOf(LIST).singleElement()
                            .asInstanceOf(MAP).containsKey("version"));
            // A failing entry comes back as a fault inside the result; the call itself succeeds.
            matrix.errorInResult(path, client, "system.multicall",
                    c -> c.multicall(List.of(new MulticallEntry("aria2.tellStatus", List.of(UNKNOWN_GID)))),
                    results -> assertThat(results).singleElement().asInstanceOf(MAP)
                            .containsEntry("message", "GID " + UNKNOWN_GID + " is not found")
                            .containsKey("code"));
        }

        private void listNames(String method, Function<Aria2Client, List<String>> call,
                int count) throws IOException {
            ok(method, call, names -> assertThat(names).hasSize(count).allMatch(name -> name.contains(".")));
            // No secret needed: a client with a wrong one gets the same answer.
            Aria2Client wrong = connect(path, aria2.daemon().httpEndpoint(), "not-the-secret");
            matrix.success(path, wrong, method, call, names -> assertThat(names).hasSize(count));
            Aria2Client nowhere = connect(path, URI.create("http://127.0.0.1:" + freePort() + "/jsonrpc"), "any");
            matrix.error(path, nowhere, method, call::apply, failure -> assertThat(failure)
                    .isInstanceOfSatisfying(Aria2TransportException.class,
                            e -> assertThat(e.kind()).isEqualTo(TransportErrorKind.CONNECT)));
        }

        private void pauseAll() throws Exception {
            ok("aria2.pauseAll", c -> {
                c.pauseAll();
                return "OK";
            }, done -> Aria2Await.status(setup, active.gid(), DownloadState.PAUSED, LIMIT));
            awaitLaunched(path, "aria2.pauseAll");
        }

        private void unpauseAll() throws Exception {
            ok("aria2.unpauseAll", c -> {
                c.unpauseAll();
                return "OK";
            }, done -> Aria2Await.status(setup, active.gid(), DownloadState.ACTIVE, LIMIT));
            awaitLaunched(path, "aria2.unpauseAll");
        }

        private void forcePauseAll() throws Exception {
            ok("aria2.forcePauseAll", c -> {
                c.forcePauseAll();
                return "OK";
            }, done -> Aria2Await.status(setup, active.gid(), DownloadState.PAUSED, LIMIT));
            awaitLaunched(path, "aria2.forcePauseAll");
        }

        private void purgeDownloadResult() throws Exception {
            ok("aria2.purgeDownloadResult", c -> {
                c.purgeDownloadResult();
                return "OK";
            }, done -> assertThat(setup.tellStopped(0, 100)).isEmpty());
            awaitLaunched(path, "aria2.purgeDownloadResult");
        }

        private Consumer<Aria2Exception> gidNotFound(String method) {
            return matrix.rpcError(method, RpcErrorKind.GID_NOT_FOUND, "GID " + UNKNOWN_GID + " is not found");
        }

        private Consumer<Aria2Exception> invalidOption(String method, String option) {
            Consumer<Aria2Exception> base = matrix.rpcError(method, RpcErrorKind.INVALID_OPTION,
                    "We encountered a problem while processing the option '--" + option + "'.");
            return failure -> {
                base.accept(failure);
                assertThat(((Aria2RpcException) failure).optionName()).contains(option);
            };
        }
    }

    /**
     * Puts a value into an option builder without its typed setter's check, through the builder's protected
     * {@code putValue}: the typed setters refuse invalid values, and the matrix needs aria2's own answer to one.
     */
    static <B extends AbstractOptions.AbstractBuilder<B>> B withRawValue(B builder, String name, String value) {
        try {
            Method put = AbstractOptions.AbstractBuilder.class.getDeclaredMethod("putValue", String.class,
                    String.class);
            put.setAccessible(true);
            put.invoke(builder, name, value);
            return builder;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot put a raw option value into " + builder.getClass(), e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
