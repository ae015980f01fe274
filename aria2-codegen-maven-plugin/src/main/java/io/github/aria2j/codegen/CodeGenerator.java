package io.github.aria2j.codegen;

import com.palantir.javapoet.JavaFile;
import io.github.aria2j.codegen.diagnostic.SchemaValidationException;
import io.github.aria2j.codegen.emit.BatchEmitter;
import io.github.aria2j.codegen.emit.ClientBuilderEmitter;
import io.github.aria2j.codegen.emit.ClientImplEmitter;
import io.github.aria2j.codegen.emit.ClientInterfaceEmitter;
import io.github.aria2j.codegen.emit.CodecEmitter;
import io.github.aria2j.codegen.emit.EmitContext;
import io.github.aria2j.codegen.emit.EnumEmitter;
import io.github.aria2j.codegen.emit.EventsEmitter;
import io.github.aria2j.codegen.emit.MethodDescriptorEmitter;
import io.github.aria2j.codegen.emit.NotificationEmitter;
import io.github.aria2j.codegen.emit.OptionsEmitter;
import io.github.aria2j.codegen.emit.RecordEmitter;
import io.github.aria2j.codegen.emit.SourceEmitter;
import io.github.aria2j.codegen.emit.StatusKeysEmitter;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.ModelBuilder;
import io.github.aria2j.codegen.schema.SchemaReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The generator's one entry point: reads the schema and its overlays, builds the validated model, runs the
 * emitters of the chosen artifacts and writes their files with {@link GeneratedSourceWriter}.
 *
 * <p>Output depends on the configuration and the schema's content only: schema order, no timestamps, no
 * machine paths. Instances hold no state and may be shared.
 */
public final class CodeGenerator {

    private final SchemaReader reader = new SchemaReader();
    private final ModelBuilder modelBuilder = new ModelBuilder();
    private final GeneratedSourceWriter writer = new GeneratedSourceWriter();

    /** Creates a generator. */
    public CodeGenerator() {
    }

    /**
     * Generates the sources into the configured output directory.
     *
     * @param config what to generate, from what, and where
     * @return what was written, left unchanged and deleted
     * @throws SchemaValidationException when the schema or an overlay is wrong; it lists every problem, each
     *     with its file and JSON path, and nothing is written
     * @throws IOException when reading a schema file or writing the output fails
     */
    public GenerationResult generate(GeneratorConfig config) throws SchemaValidationException, IOException {
        return writer.write(config.outputDirectory(), sources(config));
    }

    /**
     * Generates the sources without writing them.
     *
     * @param config what to generate and from what; the output directory is not used
     * @return the files, artifact by artifact, each emitter's files in schema order
     * @throws SchemaValidationException when the schema or an overlay is wrong
     */
    public List<JavaFile> sources(GeneratorConfig config) throws SchemaValidationException {
        ApiModel model = modelBuilder.build(reader.read(config.schema(), config.overlays()));
        EmitContext context = new EmitContext(config.basePackage(), config.schema().name(), model);
        List<JavaFile> files = new ArrayList<>();
        for (GeneratedArtifact artifact : config.artifacts()) {
            for (SourceEmitter emitter : emitters(artifact)) {
                files.addAll(emitter.emit(model, context));
            }
        }
        return files;
    }

    /**
     * The emitters of one artifact, in the order their files are generated.
     *
     * @param artifact the artifact
     * @return its emitters
     */
    static List<SourceEmitter> emitters(GeneratedArtifact artifact) {
        return switch (artifact) {
            case OPTIONS -> List.of(
                    new EnumEmitter(EnumEmitter.Selection.OPTION_VALUES),
                    new OptionsEmitter());
            case CLIENT -> List.of(
                    new RecordEmitter(),
                    new EnumEmitter(EnumEmitter.Selection.MODEL),
                    new CodecEmitter(),
                    new StatusKeysEmitter(),
                    new NotificationEmitter(),
                    new EventsEmitter(),
                    new MethodDescriptorEmitter(),
                    new ClientInterfaceEmitter(),
                    new ClientImplEmitter(),
                    new BatchEmitter(),
                    new ClientBuilderEmitter());
        };
    }
}
