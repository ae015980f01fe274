package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.JavaFile;
import io.github.aria2j.codegen.diagnostic.SchemaValidationException;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.ModelBuilder;
import io.github.aria2j.codegen.schema.SchemaReader;
import io.github.aria2j.codegen.schema.SchemaSource;
import java.util.ArrayList;
import java.util.List;

/** The schemas the options tests generate from, and what they generate. */
final class OptionsFixtures {

    /** The small schema with an option of every kind in every set ({@code src/test/resources}). */
    static final String GOLDEN_SCHEMA = "schemas/options-golden.json";

    /** The base package of the generated code. */
    static final String BASE_PACKAGE = "io.github.aria2j";

    private OptionsFixtures() {
    }

    /** The model of the small golden schema. */
    static Generated golden() {
        return generate(SchemaSource.classpath(GOLDEN_SCHEMA, OptionsFixtures.class.getClassLoader()));
    }

    /** The model of the project's real schema. */
    static Generated real() {
        return generate(SchemaSource.defaultSchema());
    }

    private static Generated generate(SchemaSource source) {
        try {
            ApiModel model = new ModelBuilder().build(new SchemaReader().read(source));
            EmitContext context = new EmitContext(BASE_PACKAGE, source.name(), model);
            List<JavaFile> options = new OptionsEmitter().emit(model, context);
            List<JavaFile> all = new ArrayList<>(options);
            all.addAll(new EnumEmitter(EnumEmitter.Selection.OPTION_VALUES).emit(model, context));
            return new Generated(model, context, options, all);
        } catch (SchemaValidationException e) {
            throw new IllegalStateException("the schema " + source.name() + " should be valid", e);
        }
    }

    /**
     * What a schema generates.
     *
     * @param model the model
     * @param context the emit context
     * @param options the files of the options emitter only
     * @param artifact the whole options artifact: the options emitter's files and the option-value enums
     */
    record Generated(ApiModel model, EmitContext context, List<JavaFile> options, List<JavaFile> artifact) {
    }
}
