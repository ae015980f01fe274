package io.github.aria2j.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.runtime.json.ValueWriter;
import io.github.aria2j.runtime.json.ValueWriters;
import io.github.aria2j.runtime.options.AbstractOptions;
import io.github.aria2j.runtime.options.InvalidOptionException;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The option sets generated from the real schema, compiled and used: wire form, checks, scope, escape hatch. */
class OptionsBehaviourTest {

    private static final ClassLoader LOADER = OptionsCompiler.real().loader();

    private static OptionsHandle add() {
        return OptionsHandle.builder(LOADER, "AddOptions");
    }

    private static OptionsHandle global() {
        return OptionsHandle.builder(LOADER, "GlobalOptions");
    }

    @Test
    @DisplayName("the wire form: JSON strings in the order set, header as an array of its values")
    void wireForm() {
        String json = add().call("split", 4L).call("maxDownloadLimit", "1M").callVarargs("header", "A: b", "C: d")
                .json();

        assertThat(json)
                .isEqualTo("{\"split\":\"4\",\"max-download-limit\":\"1048576\",\"header\":[\"A: b\",\"C: d\"]}");
    }

    @Test
    @DisplayName("every kind of value is written as a string")
    void valuesAreStrings() {
        String json = add()
                .call("pause", true)
                .call("seedRatio", 1.5)
                .call("maxDownloadLimit", 51200L)
                .call("selectFile", "1-3,5")
                .call("followTorrent", OptionsHandle.constant(LOADER, "FollowMode", "MEM"))
                .call("checksum", "SHA-1", "0192ba11326fe2298c8cb4de616f4d4140213838")
                .call("indexOut", 1, "a.iso")
                .call("indexOut", 2, "b.iso")
                .call("btPrioritizePiece", "head=1M,tail")
                .json();

        assertThat(json).isEqualTo("{\"pause\":\"true\",\"seed-ratio\":\"1.5\",\"max-download-limit\":\"51200\","
                + "\"select-file\":\"1-3,5\",\"follow-torrent\":\"mem\","
                + "\"checksum\":\"sha-1=0192ba11326fe2298c8cb4de616f4d4140213838\","
                + "\"index-out\":[\"1=a.iso\",\"2=b.iso\"],\"bt-prioritize-piece\":\"head=1M,tail\"}");
    }

    @Test
    @DisplayName("global-only kinds: log level, concurrent download optimization")
    void globalKinds() {
        String json = global().call("logLevel", OptionsHandle.constant(LOADER, "LogLevel", "NOTICE"))
                .call("optimizeConcurrentDownloads", 5.0, 25.0)
                .call("maxOverallDownloadLimit", "10M")
                .json();

        assertThat(json).isEqualTo("{\"log-level\":\"notice\",\"optimize-concurrent-downloads\":\"5:25\","
                + "\"max-overall-download-limit\":\"10485760\"}");
    }

    @Test
    @DisplayName("invalid values fail at once, naming the option and what it accepts")
    void validation() {
        assertThatThrownBy(() -> add().call("split", 0L))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("split must be at least 1 (got 0)");
        assertThatThrownBy(() -> add().call("maxConnectionPerServer", 17L))
                .hasMessage("max-connection-per-server must be between 1 and 16 (got 17)");
        assertThatThrownBy(() -> add().call("minSplitSize", "512K"))
                .hasMessage("min-split-size must be between 1048576 (1M) and 1073741824 (1024M) bytes"
                        + " (got \"512K\" = 524288 bytes)");
        assertThatThrownBy(() -> add().call("maxDownloadLimit", "1G"))
                .hasMessageStartingWith("max-download-limit must be a whole number of bytes");
        assertThatThrownBy(() -> add().call("seedRatio", -1.0))
                .hasMessage("seed-ratio must be at least 0.0 (got -1.0)");
        assertThatThrownBy(() -> add().call("selectFile", "0-2"))
                .hasMessage("select-file must only have numbers that are between 1 and 1048576 (got \"0-2\")");
        assertThatThrownBy(() -> global().call("logLevel", OptionsHandle.constant(LOADER, "LogLevel", "UNKNOWN")))
                .hasMessage("log-level must be one of debug, info, notice, warn, error"
                        + " (got a constant without a wire value)");
        assertThatThrownBy(() -> add().call("sshHostKeyMd", "sha-256", "ab".repeat(32)))
                .hasMessage("ssh-host-key-md must have a hash type among sha-1, md5 (got \"sha-256\")");
        assertThatThrownBy(() -> add().call("allProxy", "socks5://me:secret@proxy:1080"))
                .hasMessageContaining("(got \"socks5://****@proxy:1080\")");
        assertThatThrownBy(() -> add().call("gid", ""))
                .hasMessage("gid must be a GID: 16 hexadecimal digits, not all zero (got \"\")");
        assertThatThrownBy(() -> add().call("gid", "0000000000000000"))
                .hasMessage("gid must be a GID: 16 hexadecimal digits, not all zero (got \"0000000000000000\")");
        assertThatThrownBy(() -> add().call("seedTime", Double.POSITIVE_INFINITY))
                .hasMessage("seed-time must be between 0.0 and 35791394 (got Infinity)");
        assertThatThrownBy(() -> add().callVarargs("header", "X-A: b\nX-B: c"))
                .hasMessage("header must not contain a line break (got \"X-A: b\\nX-B: c\")");
    }

    @Test
    @DisplayName("what aria2 takes without losing anything passes: empty paths, a GID in either case, inf")
    void laxFormsAria2Keeps() {
        String json = add().call("dir", "").call("out", "").call("gid", "2089B05ECCA3D829")
                .call("seedRatio", Double.POSITIVE_INFINITY).call("selectFile", "1,")
                .call("btPrioritizePiece", "head,head").json();

        assertThat(json).isEqualTo("{\"dir\":\"\",\"out\":\"\",\"gid\":\"2089B05ECCA3D829\",\"seed-ratio\":\"inf\","
                + "\"select-file\":\"1,\",\"bt-prioritize-piece\":\"head,head\"}");
        assertThat(global().call("saveSession", "").call("log", "").call("btPrioritizePiece", "").json())
                .isEqualTo("{\"save-session\":\"\",\"log\":\"\",\"bt-prioritize-piece\":\"\"}");
    }

    @Test
    @DisplayName("scope is in the types: an option aria2 ignores in a call has no setter there")
    void scopeInTypes() {
        assertThat(OptionsHandle.setterNames(OptionsHandle.type(LOADER, "AddOptions")))
                .contains("checksum", "pause", "gid").doesNotContain("logLevel", "maxConcurrentDownloads");
        assertThat(OptionsHandle.setterNames(OptionsHandle.type(LOADER, "ChangeOptions")))
                .contains("maxDownloadLimit", "header").doesNotContain("dryRun", "gid", "pause", "logLevel");
        assertThat(OptionsHandle.setterNames(OptionsHandle.type(LOADER, "GlobalOptions")))
                .contains("logLevel", "optimizeConcurrentDownloads")
                .doesNotContain("checksum", "indexOut", "out", "pause", "selectFile", "gid", "rpcSecret");
    }

    @Test
    @DisplayName("option(): unknown options pass; known ones are refused with the reason")
    void escapeHatch() {
        assertThat(add().call("option", "new-option", "x").json()).isEqualTo("{\"new-option\":\"x\"}");
        assertThatThrownBy(() -> add().call("option", "split", "4"))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("split has a typed setter in AddOptions.Builder; use it instead of option()");
        assertThatThrownBy(() -> add().call("option", "log-level", "info"))
                .hasMessage("log-level cannot be set in AddOptions: aria2 ignores it there; it belongs in"
                        + " GlobalOptions");
        assertThatThrownBy(() -> global().call("option", "rpc-secret", "s"))
                .hasMessage("rpc-secret cannot be set over RPC: aria2 ignores it in every call");
        assertThatThrownBy(() -> add().call("option", "--split", "4"))
                .hasMessageStartingWith("\"--split\" is not an option name");
    }

    @Test
    @DisplayName("empty(), WRITER, equality, toBuilder and masked toString")
    void valueSemantics() throws ReflectiveOperationException {
        Class<?> type = OptionsHandle.type(LOADER, "AddOptions");
        AbstractOptions empty = (AbstractOptions) type.getMethod("empty").invoke(null);
        @SuppressWarnings("unchecked")
        ValueWriter<AbstractOptions> writer = (ValueWriter<AbstractOptions>) type.getField("WRITER").get(null);
        AbstractOptions options = add().call("split", 2L).call("httpPasswd", "hunter2")
                .call("allProxy", "http://me:hunter2@proxy:3128").build();

        assertThat(ValueWriters.toJson(empty, writer)).isEqualTo("{}");
        assertThat(empty).isEqualTo(add().build());
        assertThat(options).isEqualTo(add().call("split", 2L).call("httpPasswd", "hunter2")
                .call("allProxy", "http://me:hunter2@proxy:3128").build());
        assertThat(options.toString())
                .isEqualTo("AddOptions{split=2, http-passwd=****, all-proxy=http://****@proxy:3128}");
        Object copy = type.getMethod("toBuilder").invoke(options);
        assertThat(copy.getClass().getSimpleName()).isEqualTo("Builder");
    }

    @Test
    @DisplayName("the deprecated option's setter is @Deprecated")
    void deprecated() {
        Class<?> builder = Arrays.stream(OptionsHandle.type(LOADER, "AddOptions").getClasses())
                .filter(nested -> nested.getSimpleName().equals("Builder")).findFirst().orElseThrow();

        assertThat(Arrays.stream(builder.getMethods()).filter(method -> method.getName().equals("enableAsyncDns6")))
                .singleElement()
                .satisfies(method -> assertThat(method.isAnnotationPresent(Deprecated.class)).isTrue());
        assertThat(Arrays.stream(builder.getMethods()).filter(method -> method.isAnnotationPresent(Deprecated.class))
                .map(java.lang.reflect.Method::getName)).containsExactly("enableAsyncDns6");
    }
}
