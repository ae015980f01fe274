package io.github.aria2j.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.JavaFile;
import io.github.aria2j.codegen.testing.TestSchemas;
import io.github.aria2j.runtime.options.InvalidOptionException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The options emitter beyond its golden files: what it emits, determinism, reserved names, the rarer kinds. */
class OptionsEmitterTest {

    @Test
    @DisplayName("three option sets and KnownOptions, in the options package")
    void files() {
        List<JavaFile> files = OptionsFixtures.golden().options();

        assertThat(files).extracting(file -> file.packageName() + "." + file.typeSpec().name()).containsExactly(
                "io.github.aria2j.options.AddOptions", "io.github.aria2j.options.ChangeOptions",
                "io.github.aria2j.options.GlobalOptions", "io.github.aria2j.options.KnownOptions");
    }

    @Test
    @DisplayName("the output is the same on every run")
    void deterministic() {
        assertThat(OptionsFixtures.real().options().stream().map(JavaFile::toString).toList())
                .isEqualTo(OptionsFixtures.real().options().stream().map(JavaFile::toString).toList());
    }

    @Test
    @DisplayName("every Java name the builder reserves is a schema problem, naming the option and the fix")
    void reservedJavaName() {
        for (String reserved : OptionRuntime.RESERVED_SETTER_NAMES) {
            ObjectNode document = TestSchemas.minimal();
            TestSchemas.named(document, "options", "continue").put("javaName", reserved);

            assertThat(TestSchemas.problems(document)).as(reserved).containsExactly("$.options[0].javaName (file"
                    + " test.json): javaName '" + reserved + "' cannot name a setter: the options builders have a"
                    + " method '" + reserved + "' of their own");
        }
    }

    @Test
    @DisplayName("the kinds only the golden schema has in a set: host and port, coefficients, several sets")
    void rareKinds() {
        ClassLoader loader = OptionsCompiler.golden().loader();

        assertThat(OptionsHandle.builder(loader, "GlobalOptions").call("exampleEntryPoint", "::1", 6881)
                .call("optimizeConcurrentDownloads", false).call("seedRatio", 2.0).json())
                .isEqualTo("{\"example-entry-point\":\"[::1]:6881\",\"optimize-concurrent-downloads\":\"false\","
                        + "\"seed-ratio\":\"2\"}");
        assertThatThrownBy(() -> OptionsHandle.builder(loader, "GlobalOptions").call("exampleEntryPoint", "h", 0))
                .isInstanceOf(InvalidOptionException.class)
                .hasMessage("example-entry-point must have a port between 1 and 65535 (got 0)");
        assertThatThrownBy(() -> OptionsHandle.builder(loader, "GlobalOptions")
                .call("optimizeConcurrentDownloads", Double.NaN, 1.0))
                .hasMessage("optimize-concurrent-downloads must have finite coefficients A and B (got NaN:1.0)");
        assertThat(OptionsHandle.builder(loader, "ChangeOptions").call("timeout", 600L).call("indexOut", 3, "c")
                .json()).isEqualTo("{\"timeout\":\"600\",\"index-out\":\"3=c\"}");
    }
}
