package io.github.aria2j.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.JavaFile;
import io.github.aria2j.codegen.emit.testing.GoldenFiles;
import io.github.aria2j.codegen.emit.testing.GeneratedCompiler;
import io.github.aria2j.runtime.Generated;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden files of the model-side emitters: {@code schemas/golden.json} uses every struct and enum feature
 * (conditional fields, lists of structs, a nested struct, enum fields, a long with wire number, json fields, a
 * map, keysOf, notifications, platform notes, an option-value enum), and each generated file must equal its
 * golden file under {@code src/test/resources/golden/model}. Update with {@code -Daria2j.updateGolden=true}.
 */
class ModelEmittersGoldenTest {

    private static final String GOLDEN_DIRECTORY = "golden/model";

    @Test
    void generatesTheGoldenFiles() {
        GoldenFiles.assertMatches(GOLDEN_DIRECTORY, ModelEmitters.generate(ModelEmitters.goldenSchema()));
    }

    @Test
    void goldenOutputCompilesStrictly(@TempDir Path work) {
        GeneratedCompiler.compile(ModelEmitters.generate(ModelEmitters.goldenSchema()), work, Generated.class,
                Nullable.class);
    }

    @Test
    void isDeterministic() {
        List<String> first = ModelEmitters.generate(ModelEmitters.goldenSchema()).stream().map(JavaFile::toString)
                .toList();
        List<String> second = ModelEmitters.generate(ModelEmitters.goldenSchema()).stream().map(JavaFile::toString)
                .toList();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void writesEachKindOfFileToItsPackage() {
        assertThat(ModelEmitters.generate(ModelEmitters.goldenSchema())).extracting(GoldenFiles::pathOf)
                .contains("io/github/aria2j/model/Status.java",
                        "io/github/aria2j/model/StatusKey.java",
                        "io/github/aria2j/model/StatusProjection.java",
                        "io/github/aria2j/model/DownloadState.java",
                        "io/github/aria2j/options/EventPoll.java",
                        "io/github/aria2j/internal/codec/StatusCodec.java",
                        "io/github/aria2j/internal/codec/StatusProjectionCodec.java",
                        "io/github/aria2j/internal/codec/ExitCodeCodec.java",
                        "io/github/aria2j/internal/codec/NotificationDispatcher.java",
                        "io/github/aria2j/notification/DownloadStart.java",
                        "io/github/aria2j/notification/Aria2Notification.java",
                        "io/github/aria2j/notification/Aria2Listener.java")
                .doesNotContain("io/github/aria2j/model/EventPoll.java",
                        "io/github/aria2j/internal/codec/EventPollCodec.java",
                        "io/github/aria2j/model/FileKey.java");
    }
}
