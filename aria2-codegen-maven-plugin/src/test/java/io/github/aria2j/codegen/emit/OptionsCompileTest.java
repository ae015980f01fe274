package io.github.aria2j.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.OptionModel;
import io.github.aria2j.codegen.model.OptionSet;
import java.lang.reflect.Field;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The options artifact of the project's real schema (the option sets, {@code KnownOptions} and the option-value
 * enums) compiles with {@code -Xlint:all -Werror -Xdoclint:all --release 17}, and each set has exactly the
 * options aria2 accepts in its calls.
 */
class OptionsCompileTest {

    @Test
    @DisplayName("the real schema's options compile under the strict flags without a single diagnostic")
    void compilesCleanly() {
        OptionsCompiler.Compiled compiled = OptionsCompiler.real();

        assertThat(compiled.diagnostics()).isEmpty();
        assertThat(compiled.loader()).isNotNull();
    }

    @Test
    @DisplayName("the golden schema's options (every kind, invented HostPort option included) compile too")
    void goldenCompilesCleanly() {
        assertThat(OptionsCompiler.golden().diagnostics()).isEmpty();
    }

    @ParameterizedTest(name = "{0}: {2} options")
    @CsvSource({"ADD, AddOptions, 113", "CHANGE, ChangeOptions, 106", "CHANGE_GLOBAL, GlobalOptions, 120"})
    @DisplayName("one setter name per option of the set, and no other")
    void setterPerOption(OptionSet set, String type, int count) {
        ApiModel model = OptionsFixtures.real().model();
        Class<?> options = OptionsHandle.type(OptionsCompiler.real().loader(), type);

        assertThat(model.optionsIn(set)).hasSize(count);
        assertThat(OptionsHandle.setterNames(options))
                .hasSize(count)
                .containsExactlyInAnyOrderElementsOf(model.optionsIn(set).stream().map(OptionModel::javaName).toList());
    }

    @Test
    @DisplayName("KnownOptions lists all 207 options with the sets that accept them")
    void knownOptions() throws ReflectiveOperationException {
        Field field = OptionsHandle.type(OptionsCompiler.real().loader(), "KnownOptions")
                .getDeclaredField("ACCEPTED_BY");
        field.setAccessible(true);
        @SuppressWarnings("unchecked")
        Map<String, String> acceptedBy = (Map<String, String>) field.get(null);

        assertThat(acceptedBy).hasSize(207)
                .containsEntry("split", "AddOptions, ChangeOptions, GlobalOptions")
                .containsEntry("checksum", "AddOptions, ChangeOptions")
                .containsEntry("dry-run", "AddOptions, GlobalOptions")
                .containsEntry("log-level", "GlobalOptions")
                .containsEntry("rpc-secret", "");
    }
}
