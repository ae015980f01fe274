package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.FieldModel;
import io.github.aria2j.codegen.model.StructModel;
import io.github.aria2j.codegen.model.TypeRef;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * One record per struct, in the model package. Components are the fields in schema order: primitives for
 * scalars that are always there, boxed {@code @Nullable} types for keys that may be absent, and collections that
 * are never null (an absent list or map is empty). The compact constructor checks non-null components and copies
 * collections into unmodifiable ones; maps keep their order.
 */
public final class RecordEmitter implements SourceEmitter {

    @Override
    public List<JavaFile> emit(ApiModel model, EmitContext context) {
        return model.structs().stream().map(struct -> context.file(context.modelPackage(), record(struct, context)))
                .toList();
    }

    private static TypeSpec record(StructModel struct, EmitContext context) {
        ClassName name = context.structType(struct.name());
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        StringBuilder params = new StringBuilder();
        boolean checks = false;
        for (FieldModel field : struct.fields()) {
            constructor.addParameter(ParameterSpec.builder(FieldDocs.componentType(field, context), field.javaName())
                    .build());
            CodeBlock check = check(field);
            checks |= !check.isEmpty();
            constructor.addCode(check);
            params.append("@param ").append(field.javaName()).append(' ').append(FieldDocs.describe(field))
                    .append('\n');
        }
        if (checks) {
            // JavaPoet leaves out a compact constructor without statements, so only a real one gets Javadoc.
            constructor.addJavadoc("Checks the components$L.\n\n$L",
                    struct.fields().stream().anyMatch(field -> field.type().isCollection())
                            ? " and makes the collections unmodifiable copies" : "",
                    params);
        }
        TypeSpec.Builder record = TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(context.generatedAnnotation())
                .addJavadoc("$L\n$L", JavadocRenderer.render(struct.doc()), params);
        return record.recordConstructor(constructor.build()).build();
    }

    /** The constructor statement for one component, if it needs one. */
    private static CodeBlock check(FieldModel field) {
        String name = field.javaName();
        if (field.type() instanceof TypeRef.ListOf) {
            return CodeBlock.of("$N = $N == null ? $T.of() : $T.copyOf($N);\n", name, name, List.class, List.class,
                    name);
        } else if (field.type() instanceof TypeRef.MapOf) {
            // Map.copyOf would lose the order of the keys as aria2 sent them.
            return CodeBlock.of("$N = $N == null ? $T.of() : $T.unmodifiableMap(new $T<>($N));\n", name, name,
                    Map.class, Collections.class, LinkedHashMap.class, name);
        } else if (FieldDocs.isNullable(field) || field.type() instanceof TypeRef.Scalar scalar
                && scalar != TypeRef.Scalar.STRING) {
            return CodeBlock.of("");
        }
        return CodeBlock.of("$T.requireNonNull($N, $S);\n", Objects.class, name, name);
    }
}
