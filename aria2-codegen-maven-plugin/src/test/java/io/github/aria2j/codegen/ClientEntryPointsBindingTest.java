package io.github.aria2j.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.codegen.diagnostic.SchemaValidationException;
import io.github.aria2j.codegen.schema.SchemaSource;
import io.github.aria2j.runtime.AbstractClientBuilder;
import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.RpcErrorKind;
import io.github.aria2j.runtime.events.NotificationEvents;
import io.github.aria2j.runtime.rpc.BatchEntry;
import io.github.aria2j.runtime.rpc.BatchMode;
import io.github.aria2j.runtime.rpc.BatchResult;
import io.github.aria2j.runtime.rpc.RpcTransport;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end, from the project's real schema: the entry points of the generated client that no schema method
 * generates (the builder, the typed batch, the raw call, the events) and the paged variants, compiled with the
 * strict flags and driven over a fake transport, checking the exact requests.
 */
class ClientEntryPointsBindingTest {

    private static final String GID = "2089b05ecca3d829";
    private static final String TOKEN = "\"token:s3cret\"";
    private static final String MULTICALL = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system.multicall\",";

    @TempDir
    static Path work;

    private static List<String> compileProblems;
    private static URLClassLoader generated;

    @BeforeAll
    static void generateAndCompile() throws IOException, SchemaValidationException {
        Path sources = work.resolve("generated-sources");
        new CodeGenerator().generate(new GeneratorConfig(SchemaSource.defaultSchema(), List.of(),
                GeneratorConfig.DEFAULT_BASE_PACKAGE, EnumSet.allOf(GeneratedArtifact.class), sources));
        compileProblems = StrictCompiler.compile(StrictCompiler.FLAGS, sources, work.resolve("classes"));
        if (!compileProblems.isEmpty()) { // still run the behaviour tests, so that each failure says what it is
            assertThat(StrictCompiler.compile(StrictCompiler.LENIENT_FLAGS, sources, work.resolve("classes")))
                    .as("javac %s", StrictCompiler.LENIENT_FLAGS).noneMatch(problem -> problem.contains("ERROR"));
        }
        generated = new URLClassLoader(new URL[] {work.resolve("classes").toUri().toURL()},
                ClientEntryPointsBindingTest.class.getClassLoader());
    }

    @AfterAll
    static void closeLoader() throws IOException {
        generated.close();
    }

    @Test
    void compilesWithStrictFlagsWithoutAnyWarning() {
        assertThat(compileProblems).as("javac %s", StrictCompiler.FLAGS).isEmpty();
    }

    @Test
    void oneBuilderBuildsBothClients() throws Exception {
        FakeTransport transport = new FakeTransport().answer("\"OK\"").answer("\"OK\"");

        Object sync = build(builder("Aria2Client", transport), "build");
        Object async = build(builder("Aria2AsyncClient", transport), "buildAsync");
        invoke(sync, "pauseAll");
        CompletableFuture<?> paused = (CompletableFuture<?>) invoke(async, "pauseAll");

        assertThat(sync.getClass().getSimpleName()).isEqualTo("DefaultAria2Client");
        assertThat(async.getClass().getSimpleName()).isEqualTo("DefaultAria2AsyncClient");
        assertThat(paused.get()).isNull();
        assertThat(transport.requests()).containsExactly(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.pauseAll\",\"params\":[" + TOKEN + "]}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.pauseAll\",\"params\":[" + TOKEN + "]}");
    }

    @Test
    void builderSettersReturnTheGeneratedBuilderAndEachBuilderIsNew() throws Exception {
        Class<?> client = load("io.github.aria2j.client.Aria2Client");
        Object builder = client.getMethod("builder").invoke(null);

        Object afterSecret = ((AbstractClientBuilder<?>) builder).secret("s3cret");

        assertThat(afterSecret).isSameAs(builder);
        assertThat(builder.getClass().getSimpleName()).isEqualTo("Aria2ClientBuilder");
        assertThat(client.getMethod("builder").invoke(null)).isNotSameAs(builder);
        assertThat(load("io.github.aria2j.client.Aria2AsyncClient").getMethod("builder").invoke(null))
                .hasSameClassAs(builder);
    }

    @Test
    void batchSendsOneMulticallWithTheTokenInsideEachEntry() throws Exception {
        FakeTransport transport = new FakeTransport().answer("[[\"" + GID + "\"],"
                + "{\"code\":1,\"message\":\"GID 0000000000000001 is not found\"}]");
        Object client = build(builder("Aria2Client", transport), "build");
        Object batch = invoke(client, "batch");

        BatchEntry<?> added = (BatchEntry<?>) method(batch, "addUri", List.class)
                .invoke(batch, List.of("http://example.org/file"));
        BatchEntry<?> status = (BatchEntry<?>) method(batch, "tellStatus", String.class, Set.class)
                .invoke(batch, "0000000000000001", Set.of(statusKey("GID")));
        BatchResult result = (BatchResult) invoke(batch, "execute");

        assertThat(transport.requests()).containsExactly(MULTICALL
                + "\"params\":[[{\"methodName\":\"aria2.addUri\","
                + "\"params\":[" + TOKEN + ",[\"http://example.org/file\"]]},"
                + "{\"methodName\":\"aria2.tellStatus\",\"params\":[" + TOKEN + ",\"0000000000000001\",[\"gid\"]]}]]}");
        assertThat(added.get()).isEqualTo(GID);
        assertThat(result.failures()).containsExactly(status);
        assertThatThrownBy(status::get).isInstanceOfSatisfying(Aria2RpcException.class,
                error -> assertThat(error.kind()).isEqualTo(RpcErrorKind.GID_NOT_FOUND));
    }

    @Test
    void batchOfTheAsyncClientRunsWithoutBlockingInEitherMode() throws Exception {
        FakeTransport transport = new FakeTransport().answer("[[\"OK\"]]");
        Object client = build(builder("Aria2AsyncClient", transport), "buildAsync");
        Object batch = invoke(client, "batch");
        Object jsonRpc = method(client, "batch", BatchMode.class).invoke(client, BatchMode.JSON_RPC);

        BatchEntry<?> paused = (BatchEntry<?>) invoke(batch, "pauseAll");
        BatchResult result = ((CompletableFuture<?>) invoke(batch, "executeAsync")).thenApply(BatchResult.class::cast)
                .get();

        assertThat(invoke(batch, "mode")).isEqualTo(BatchMode.MULTICALL);
        assertThat(invoke(jsonRpc, "mode")).isEqualTo(BatchMode.JSON_RPC);
        assertThat(result.allSucceeded()).isTrue();
        assertThat(paused.get()).isNull();
        assertThat(transport.requests()).containsExactly(MULTICALL
                + "\"params\":[[{\"methodName\":\"aria2.pauseAll\",\"params\":[" + TOKEN + "]}]]}");
    }

    @Test
    void batchHasEveryClientMethodButMulticall() throws ClassNotFoundException {
        List<String> batchMethods = Arrays.stream(load("io.github.aria2j.client.Aria2Batch").getDeclaredMethods())
                .map(Method::getName).toList();

        assertThat(batchMethods).contains("addUri", "tellWaiting", "listMethods", "size", "mode", "execute",
                "executeAsync").doesNotContain("multicall", "tellWaitingAll");
    }

    @Test
    void tellWaitingAllWalksThePages() throws Exception {
        FakeTransport transport = new FakeTransport().answer("[{\"gid\":\"a\"},{\"gid\":\"b\"}]")
                .answer("[{\"gid\":\"c\"}]");
        Object client = build(builder("Aria2Client", transport), "build");

        Stream<?> all = (Stream<?>) method(client, "tellWaitingAll", int.class, Set.class)
                .invoke(client, 2, Set.of(statusKey("GID")));

        assertThat(transport.requests()).as("lazy: nothing before the terminal operation").isEmpty();
        assertThat(all.map(projection -> get(projection, "gid")).toList()).containsExactly("a", "b", "c");
        assertThat(transport.requests()).containsExactly(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.tellWaiting\","
                        + "\"params\":[" + TOKEN + ",0,2,[\"gid\"]]}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"aria2.tellWaiting\","
                        + "\"params\":[" + TOKEN + ",2,2,[\"gid\"]]}");
    }

    @Test
    void asyncTellStoppedAllCollectsEveryPageInPagesOfAThousand() throws Exception {
        FakeTransport transport = new FakeTransport().answer("[{\"gid\":\"a\"}]");
        Object client = build(builder("Aria2AsyncClient", transport), "buildAsync");

        List<?> all = (List<?>) ((CompletableFuture<?>) method(client, "tellStoppedAll", Set.class)
                .invoke(client, Set.of(statusKey("GID")))).get();

        assertThat(all).hasSize(1);
        assertThat(transport.requests()).containsExactly(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.tellStopped\","
                + "\"params\":[" + TOKEN + ",0,1000,[\"gid\"]]}");
    }

    @Test
    void callPassesMethodAndParamsThroughAndReturnsPlainJsonValues() throws Exception {
        FakeTransport transport = new FakeTransport()
                .answer("{\"version\":\"1.37.0\",\"enabledFeatures\":[\"BitTorrent\"]}")
                .answer("[\"aria2.addUri\"]");
        Object client = build(builder("Aria2Client", transport), "build");
        Object async = build(builder("Aria2AsyncClient", transport), "buildAsync");

        Object version = method(client, "call", String.class, List.class).invoke(client, "aria2.getVersion", List.of());
        Object methods = ((CompletableFuture<?>) method(async, "call", String.class, List.class)
                .invoke(async, "system.listMethods", List.of())).get();

        assertThat(version).isEqualTo(Map.of("version", "1.37.0", "enabledFeatures", List.of("BitTorrent")));
        assertThat(methods).isEqualTo(List.of("aria2.addUri"));
        assertThat(transport.requests()).containsExactly(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.getVersion\",\"params\":[" + TOKEN + "]}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"system.listMethods\",\"params\":[]}");
    }

    @Test
    void eventsAreMadeOnceAndSharedWithTheViewsUntilTheClientCloses() throws Exception {
        for (String[] kind : new String[][] {{"Aria2Client", "build"}, {"Aria2AsyncClient", "buildAsync"}}) {
            FakeTransport transport = new FakeTransport();
            Object client = build(builder(kind[0], transport), kind[1]);
            Object view = method(client, "withTimeout", Duration.class).invoke(client, Duration.ofSeconds(5));

            Object events = invoke(client, "events");

            assertThat(events.getClass().getName()).isEqualTo("io.github.aria2j.notification.Aria2Events");
            assertThat(((NotificationEvents<?>) events).isConnected()).as("made, not connected").isFalse();
            assertThat(invoke(client, "events")).isSameAs(events);
            assertThat(invoke(view, "events")).isSameAs(events);
            invoke(view, "close");
            assertThat(invoke(client, "events")).as("closing a view leaves the events open").isSameAs(events);
            invoke(client, "close");
            for (Object closed : List.of(client, view)) {
                assertThatThrownBy(() -> invoke(closed, "events")).isInstanceOf(InvocationTargetException.class)
                        .cause().isInstanceOf(IllegalStateException.class);
            }
            assertThat(transport.requests()).as("the events use a WebSocket of their own").isEmpty();
        }
    }

    /** {@code <client>.builder()} with the endpoint, the secret and the fake transport set. */
    private static Object builder(String client, RpcTransport transport) throws ReflectiveOperationException {
        Object builder = load("io.github.aria2j.client." + client).getMethod("builder").invoke(null);
        ((AbstractClientBuilder<?>) builder).endpoint("http://localhost:6800/jsonrpc").secret("s3cret")
                .transport(transport);
        return builder;
    }

    private static Object build(Object builder, String method) throws Exception {
        try {
            return builder.getClass().getMethod(method).invoke(builder);
        } catch (InvocationTargetException e) {
            throw (Exception) e.getCause();
        }
    }

    private static Object invoke(Object target, String name) throws ReflectiveOperationException {
        return method(target, name).invoke(target);
    }

    private static Method method(Object target, String name, Class<?>... parameterTypes)
            throws NoSuchMethodException {
        return target.getClass().getMethod(name, parameterTypes);
    }

    private static Object statusKey(String name) throws ClassNotFoundException {
        Class<?> keys = load("io.github.aria2j.model.DownloadStatusKey");
        return Arrays.stream(keys.getEnumConstants()).filter(key -> ((Enum<?>) key).name().equals(name))
                .findFirst().orElseThrow();
    }

    private static Object get(Object record, String accessor) {
        try {
            return record.getClass().getMethod(accessor).invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name, true, generated);
    }
}
