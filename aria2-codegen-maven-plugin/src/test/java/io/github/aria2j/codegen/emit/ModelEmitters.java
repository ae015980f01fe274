package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.JavaFile;
import io.github.aria2j.codegen.emit.testing.GeneratedCompiler;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.ModelBuilder;
import io.github.aria2j.codegen.schema.SchemaReader;
import io.github.aria2j.codegen.schema.SchemaSource;
import io.github.aria2j.runtime.Generated;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The model-side emitters (records, enums, codecs, key projections, notifications) run together, as the tests
 * use them: on the golden schema, and on the real schema compiled once per test run.
 */
final class ModelEmitters {

    /** The base package of the tests' output. */
    static final String BASE_PACKAGE = "io.github.aria2j";

    private static URLClassLoader realSchemaClasses;

    private ModelEmitters() {
    }

    /** Every model-side emitter, option-value enums included. */
    static List<SourceEmitter> all() {
        return List.of(new RecordEmitter(), new EnumEmitter(EnumEmitter.Selection.MODEL),
                new EnumEmitter(EnumEmitter.Selection.OPTION_VALUES), new CodecEmitter(), new StatusKeysEmitter(),
                new NotificationEmitter());
    }

    /** Reads and builds a schema, then runs every model-side emitter on it. */
    static List<JavaFile> generate(SchemaSource source) {
        try {
            ApiModel model = new ModelBuilder().build(new SchemaReader().read(source));
            EmitContext context = new EmitContext(BASE_PACKAGE, source.name(), model);
            List<JavaFile> files = new ArrayList<>();
            all().forEach(emitter -> files.addAll(emitter.emit(model, context)));
            return files;
        } catch (Exception e) {
            throw new IllegalStateException("cannot generate from " + source.name(), e);
        }
    }

    /** The golden schema, {@code schemas/golden.json}. */
    static SchemaSource goldenSchema() {
        return SchemaSource.classpath("schemas/golden.json", ModelEmitters.class.getClassLoader());
    }

    /**
     * The classes generated from the real schema, compiled with the strict flags into the build folder once per
     * test run; the compilation fails the calling test if the code does not compile cleanly.
     */
    static synchronized URLClassLoader realSchemaClasses() {
        if (realSchemaClasses == null) {
            Path work = buildDirectory().resolve("model-emitters-compile");
            deleteRecursively(work);
            Path classes = GeneratedCompiler.compile(generate(SchemaSource.defaultSchema()), work, Generated.class,
                    Nullable.class);
            realSchemaClasses = GeneratedCompiler.loader(classes);
        }
        return realSchemaClasses;
    }

    /** The module's build folder ({@code target}, or the folder a build suffix names): above test-classes. */
    private static Path buildDirectory() {
        try {
            Path testClasses = Path.of(ModelEmitters.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
