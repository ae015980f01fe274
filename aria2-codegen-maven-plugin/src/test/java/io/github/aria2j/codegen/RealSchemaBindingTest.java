package io.github.aria2j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.codegen.diagnostic.SchemaValidationException;
import io.github.aria2j.codegen.schema.SchemaSource;
import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.rpc.RpcEngine;
import io.github.aria2j.runtime.rpc.RpcEngines;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: generates both artifacts from the project's real schema, compiles all of it with the strict
 * flags, then drives the compiled {@code DefaultAria2Client} over a fake transport and checks the exact
 * request JSON and the decoding of a reply.
 */
class RealSchemaBindingTest {

    private static final String GID = "2089b05ecca3d829";

    @TempDir
    static Path work;

    private static GenerationResult firstRun;
    private static List<String> compileProblems;
    private static URLClassLoader generated;

    @BeforeAll
    static void generateAndCompile() throws IOException, SchemaValidationException {
        firstRun = new CodeGenerator().generate(config());
        compileProblems = StrictCompiler.compile(StrictCompiler.FLAGS, sources(), work.resolve("classes"));
        if (!compileProblems.isEmpty()) { // still run the behaviour tests, so that each failure says what it is
            assertThat(StrictCompiler.compile(StrictCompiler.LENIENT_FLAGS, sources(), work.resolve("classes")))
                    .as("javac %s", StrictCompiler.LENIENT_FLAGS).noneMatch(problem -> problem.contains("ERROR"));
        }
        generated = new URLClassLoader(new URL[] {work.resolve("classes").toUri().toURL()},
                RealSchemaBindingTest.class.getClassLoader());
    }

    @AfterAll
    static void closeLoader() throws IOException {
        generated.close();
    }

    @Test
    void generatesEveryArtifact() {
        assertThat(firstRun.written()).extracting(Path::toString).contains(
                "io/github/aria2j/client/Aria2Client.java",
                "io/github/aria2j/client/Aria2AsyncClient.java",
                "io/github/aria2j/client/Aria2Methods.java",
                "io/github/aria2j/client/DefaultAria2Client.java",
                "io/github/aria2j/client/DefaultAria2AsyncClient.java",
                "io/github/aria2j/options/AddOptions.java",
                "io/github/aria2j/model/DownloadStatus.java",
                "io/github/aria2j/internal/codec/DownloadStatusCodec.java");
        assertThat(firstRun.unchanged()).isEmpty();
        assertThat(firstRun.deleted()).isEmpty();
    }

    @Test
    void compilesWithStrictFlagsWithoutAnyWarning() {
        assertThat(compileProblems).as("javac %s", StrictCompiler.FLAGS).isEmpty();
    }

    @Test
    void secondRunRewritesNothing() throws IOException, SchemaValidationException {
        GenerationResult again = new CodeGenerator().generate(config());

        assertThat(again.upToDate()).isTrue();
        assertThat(again.unchanged()).hasSameSizeAs(firstRun.written());
    }

    @Test
    void addUriSendsTheUrisTheOptionsAndThePosition() throws ReflectiveOperationException {
        FakeTransport transport = new FakeTransport().answer("\"" + GID + "\"");
        Object client = syncClient(transport);
        Class<?> addOptions = load("io.github.aria2j.options.AddOptions");
        Object builder = addOptions.getMethod("builder").invoke(null);
        builder.getClass().getMethod("split", long.class).invoke(builder, 4L);
        Object options = builder.getClass().getMethod("build").invoke(builder);

        Object gid = method(client, "addUri", List.class, addOptions, int.class)
                .invoke(client, List.of("http://example.com/a.iso"), options, 0);

        assertThat(gid).isEqualTo(GID);
        assertThat(transport.requests()).containsExactly("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.addUri\","
                + "\"params\":[\"token:s3cret\",[\"http://example.com/a.iso\"],{\"split\":\"4\"},0]}");
    }

    @Test
    void addUriWithAPositionButNoOptionsSendsAnEmptyObjectInTheirPlace() throws ReflectiveOperationException {
        FakeTransport transport = new FakeTransport().answer("\"" + GID + "\"");
        Object client = syncClient(transport);
        Class<?> addOptions = load("io.github.aria2j.options.AddOptions");

        method(client, "addUri", List.class, addOptions, int.class)
                .invoke(client, List.of("http://example.com/a.iso"), null, 2);

        assertThat(transport.requests()).containsExactly("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.addUri\","
                + "\"params\":[\"token:s3cret\",[\"http://example.com/a.iso\"],{},2]}");
    }

    @Test
    void tellStatusDecodesTheReply() throws ReflectiveOperationException {
        FakeTransport transport = new FakeTransport().answer("""
                {"bitfield":"0000000000","completedLength":"901120","connections":"1","dir":"/downloads",
                 "downloadSpeed":"15158","files":[{"index":"1","length":"34896138","completedLength":"34896138",
                 "path":"/downloads/file","selected":"true","uris":[{"status":"used","uri":"http://example.org/file"}]}],
                 "gid":"2089b05ecca3d829","numPieces":"34","pieceLength":"1048576","status":"active",
                 "totalLength":"34896138","uploadLength":"0","uploadSpeed":"0","newerKey":{"ignored":[1,2]}}""");
        Object client = syncClient(transport);

        Object status = method(client, "tellStatus", String.class).invoke(client, GID);

        assertThat(transport.requests()).containsExactly("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.tellStatus\","
                + "\"params\":[\"token:s3cret\",\"2089b05ecca3d829\"]}");
        assertThat(get(status, "gid")).isEqualTo(GID);
        assertThat(get(status, "status")).hasToString("ACTIVE");
        assertThat(get(status, "totalLength")).isEqualTo(34896138L);
        assertThat(get(status, "connections")).isEqualTo(1);
        assertThat(get(status, "numSeeders")).isNull();
        assertThat(get(status, "followedBy")).isEqualTo(List.of());
        Object file = ((List<?>) get(status, "files")).get(0);
        assertThat(get(file, "selected")).isEqualTo(true);
        Object uri = ((List<?>) get(file, "uris")).get(0);
        assertThat(get(uri, "uri")).isEqualTo("http://example.org/file");
        assertThat(get(uri, "status")).hasToString("USED");
    }

    @Test
    void tellStatusWithKeysSendsTheKeysAndReadsAProjection() throws ReflectiveOperationException {
        FakeTransport transport = new FakeTransport().answer("{\"gid\":\"" + GID + "\",\"totalLength\":\"100\"}");
        Object client = syncClient(transport);
        Class<?> key = load("io.github.aria2j.model.DownloadStatusKey");
        Set<Object> keys = Set.of(constant(key, "TOTAL_LENGTH"), constant(key, "GID"));

        Object projection = method(client, "tellStatus", String.class, Set.class).invoke(client, GID, keys);

        assertThat(transport.requests()).containsExactly("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.tellStatus\","
                + "\"params\":[\"token:s3cret\",\"2089b05ecca3d829\",[\"gid\",\"totalLength\"]]}");
        assertThat(projection.getClass().getSimpleName()).isEqualTo("DownloadStatusProjection");
        assertThat(get(projection, "totalLength")).isEqualTo(100L);
    }

    @Test
    void okResultsCompleteTheAsyncClientsFutureWithNull() throws Exception {
        FakeTransport transport = new FakeTransport().answer("\"OK\"");
        Class<?> impl = load("io.github.aria2j.client.DefaultAria2AsyncClient");
        Object client = impl.getConstructor(RpcEngine.class).newInstance(engine(transport));

        CompletableFuture<?> done = (CompletableFuture<?>) method(client, "pauseAll").invoke(client);

        assertThat(done.get()).isNull();
        assertThat(transport.requests()).containsExactly(
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"aria2.pauseAll\",\"params\":[\"token:s3cret\"]}");
    }

    private static GeneratorConfig config() {
        return new GeneratorConfig(SchemaSource.defaultSchema(), List.of(), GeneratorConfig.DEFAULT_BASE_PACKAGE,
                EnumSet.allOf(GeneratedArtifact.class), sources());
    }

    private static Path sources() {
        return work.resolve("generated-sources");
    }

    private static RpcEngine engine(FakeTransport transport) {
        RpcSettings settings = RpcSettings.builder().endpoint(URI.create("http://localhost:6800/jsonrpc"))
                .secret("s3cret").build();
        return RpcEngines.create(settings, transport);
    }

    private static Object syncClient(FakeTransport transport) throws ReflectiveOperationException {
        Class<?> impl = load("io.github.aria2j.client.DefaultAria2Client");
        return impl.getConstructor(RpcEngine.class).newInstance(engine(transport));
    }

    private static Class<?> load(String name) throws ClassNotFoundException {
        return Class.forName(name, true, generated);
    }

    /** A method of the client's public interface (the implementation class is public too). */
    private static Method method(Object target, String name, Class<?>... parameterTypes)
            throws NoSuchMethodException {
        return target.getClass().getMethod(name, parameterTypes);
    }

    private static Object get(Object record, String accessor) throws ReflectiveOperationException {
        return record.getClass().getMethod(accessor).invoke(record);
    }

    private static Object constant(Class<?> enumType, String name) {
        for (Object constant : enumType.getEnumConstants()) {
            if (((Enum<?>) constant).name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(enumType + " has no constant " + name);
    }
}
