package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.JavaFile;
import io.github.aria2j.codegen.diagnostic.SchemaValidationException;
import io.github.aria2j.codegen.emit.testing.GoldenFiles;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.ModelBuilder;
import io.github.aria2j.codegen.schema.SchemaReader;
import io.github.aria2j.codegen.schema.SchemaSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The client artifacts ({@code Aria2Methods}, both client interfaces and both implementations, the typed
 * batch, the builder and the events) of a small schema, compared whole with
 * {@code src/test/resources/golden-client}. The
 * schema has a method with a required, an optional and an options param, an enum param, {@code OK} results,
 * {@code keys} params with a single and a list result, a paged method, a map result, a {@code system.*} method
 * and {@code system.multicall} (which the batch leaves out).
 */
class ClientGoldenTest {

    static final String SCHEMA = "schemas/client-golden.json";

    @Test
    void clientArtifactsMatchTheGoldenFiles() throws SchemaValidationException {
        GoldenFiles.assertMatches("golden-client", clientFiles(GOLDEN_PACKAGE));
    }

    static final String GOLDEN_PACKAGE = "io.github.aria2j";

    static List<JavaFile> clientFiles(String basePackage) throws SchemaValidationException {
        SchemaSource source = SchemaSource.classpath(SCHEMA, ClientGoldenTest.class.getClassLoader());
        ApiModel model = new ModelBuilder().build(new SchemaReader().read(source));
        EmitContext context = new EmitContext(basePackage, source.name(), model);
        List<JavaFile> files = new ArrayList<>();
        files.addAll(new EventsEmitter().emit(model, context));
        files.addAll(new MethodDescriptorEmitter().emit(model, context));
        files.addAll(new ClientInterfaceEmitter().emit(model, context));
        files.addAll(new ClientImplEmitter().emit(model, context));
        files.addAll(new BatchEmitter().emit(model, context));
        files.addAll(new ClientBuilderEmitter().emit(model, context));
        return files;
    }
}
