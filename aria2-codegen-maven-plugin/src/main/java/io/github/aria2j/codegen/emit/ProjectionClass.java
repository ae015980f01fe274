package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.aria2j.codegen.model.FieldModel;
import io.github.aria2j.codegen.model.StructModel;
import io.github.aria2j.codegen.model.TypeRef;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * The class {@code <Struct>Projection}: the values of the requested keys of a struct, with one accessor per
 * field. An always-present field that was not requested makes its accessor throw {@code IllegalStateException}
 * naming the key to add; a conditional field gives {@code null} when absent, a collection an empty one. Value
 * semantics: {@code equals}, {@code hashCode} and {@code toString} over the requested keys and the values.
 */
final class ProjectionClass {

    /** The accessor and field of the requested keys. */
    static final String REQUESTED_KEYS = "requestedKeys";

    private ProjectionClass() {
    }

    static TypeSpec projection(StructModel struct, EmitContext context) {
        ClassName record = context.structType(struct.name());
        ClassName name = ModelTypes.projection(context, struct.name());
        ClassName key = ModelTypes.keyEnum(context, struct.name());
        if (struct.fields().stream().anyMatch(field -> field.javaName().equals(REQUESTED_KEYS))) {
            throw new IllegalArgumentException("struct " + struct.name() + " has a field named " + REQUESTED_KEYS
                    + ", which its projection uses itself");
        }
        TypeName keySet = ParameterizedTypeName.get(ClassName.get(Set.class), key);
        TypeSpec.Builder type = TypeSpec.classBuilder(name)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(context.generatedAnnotation())
                .addJavadoc("Some keys of a {@link $T}: the reply of a call that lists the {@link $T keys} it"
                        + " wants.\n\n"
                        + "<p>The accessors are those of the record. One of a key that is always in a full reply\n"
                        + "throws {@link IllegalStateException} if the key was not requested; one of a conditional\n"
                        + "key returns {@code null} (or an empty collection) when the key is absent.\n", record, key)
                .addField(keySet, REQUESTED_KEYS, Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addParameter(keySet, REQUESTED_KEYS)
                .addStatement("this.$N = $T.unmodifiableSet($N.isEmpty()$W? $T.noneOf($T.class)$W: $T.copyOf($N))",
                        REQUESTED_KEYS, Collections.class, REQUESTED_KEYS, EnumSet.class, key, EnumSet.class,
                        REQUESTED_KEYS);
        StringBuilder params = new StringBuilder("@param " + REQUESTED_KEYS
                + " the keys asked for, or in the reply when that is all that is known\n");
        for (FieldModel field : struct.fields()) {
            TypeName stored = ModelTypes.nullable(JavaTypes.boxed(field.type(), context));
            type.addField(FieldSpec.builder(stored, field.javaName(), Modifier.PRIVATE, Modifier.FINAL).build());
            constructor.addParameter(ParameterSpec.builder(stored, field.javaName()).build())
                    .addCode(assignment(field));
            params.append("@param ").append(field.javaName()).append(' ')
                    .append(JavadocRenderer.inline(field.description())).append(" {@code null} when absent.\n");
            type.addMethod(accessor(field, key, context));
        }
        constructor.addJavadoc("Creates a projection; generated codecs call this. Lists and maps are copied.\n\n$L",
                params);
        return type.addMethod(constructor.build())
                .addMethod(MethodSpec.methodBuilder(REQUESTED_KEYS)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(keySet)
                        .addJavadoc("The keys this projection holds: the keys the call asked for (all of them for an"
                                + " empty list),\nor the keys of the reply where the call's list is not known.\n\n"
                                + "@return an unmodifiable set\n")
                        .addStatement("return $N", REQUESTED_KEYS)
                        .build())
                .addMethod(equalsMethod(struct, name))
                .addMethod(MethodSpec.methodBuilder("hashCode")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement("return $T.hash($N$L)", Objects.class, REQUESTED_KEYS,
                                struct.fields().stream().map(field -> CodeBlock.of(",$W$N", field.javaName()))
                                        .collect(CodeBlock.joining("")))
                        .build())
                .addMethod(toStringMethod(struct, name))
                .build();
    }

    private static CodeBlock assignment(FieldModel field) {
        String name = field.javaName();
        if (field.type() instanceof TypeRef.ListOf) {
            return CodeBlock.of("this.$N = $N == null ? null : $T.copyOf($N);\n", name, name, List.class, name);
        } else if (field.type() instanceof TypeRef.MapOf) {
            return CodeBlock.of("this.$N = $N == null ? null : $T.unmodifiableMap(new $T<>($N));\n", name, name,
                    Collections.class, LinkedHashMap.class, name);
        }
        return CodeBlock.of("this.$N = $N;\n", name, name);
    }

    private static MethodSpec accessor(FieldModel field, ClassName key, EmitContext context) {
        String name = field.javaName();
        String constant = StatusKeysEmitter.keyConstant(field);
        MethodSpec.Builder method = MethodSpec.methodBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .returns(FieldDocs.componentType(field, context));
        String description = JavadocRenderer.inline(field.description());
        if (field.presence() == FieldModel.Presence.CONDITIONAL) {
            boolean collection = field.type().isCollection();
            method.addJavadoc("$L\n\n@return the value, or $L when the key is absent\n", FieldDocs.describe(field),
                    collection ? "an empty " + (field.type() instanceof TypeRef.ListOf ? "list" : "map")
                            : "{@code null}");
            return collection
                    ? method.addStatement("return $N == null ? $T.of() : $N", name,
                            field.type() instanceof TypeRef.ListOf ? List.class : Map.class, name).build()
                    : method.addStatement("return $N", name).build();
        }
        method.addJavadoc("$L\n\n@return the value\n@throws IllegalStateException if {@link $T#$L} was not requested\n",
                description, key, constant);
        // A json value may be JSON null, so for it the requested keys, not null, tell whether it came.
        CodeBlock missing = FieldDocs.isNullable(field)
                ? CodeBlock.of("!$N.contains($T.$N)", REQUESTED_KEYS, key, constant)
                : CodeBlock.of("$N == null", name);
        return method.beginControlFlow("if ($L)", missing)
                .addStatement("throw new $T($S)", IllegalStateException.class,
                        name + " was not requested; add " + key.simpleName() + "." + constant + " to the keys")
                .endControlFlow()
                .addStatement("return $N", name)
                .build();
    }

    private static MethodSpec equalsMethod(StructModel struct, ClassName name) {
        CodeBlock.Builder comparison = CodeBlock.builder()
                .add("$N.equals(that.$N)", REQUESTED_KEYS, REQUESTED_KEYS);
        for (FieldModel field : struct.fields()) {
            comparison.add("\n&& $T.equals(this.$N, that.$N)", Objects.class, field.javaName(), field.javaName());
        }
        return MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(ModelTypes.nullable(ClassName.OBJECT), "other")
                .beginControlFlow("if (this == other)")
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (!(other instanceof $T that))", name)
                .addStatement("return false")
                .endControlFlow()
                .addStatement("return $L", comparison.build())
                .build();
    }

    private static MethodSpec toStringMethod(StructModel struct, ClassName name) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$T text = new $T($S, $S, $S)", StringJoiner.class, StringJoiner.class, ", ",
                        name.simpleName() + "[", "]")
                .addStatement("text.add($S + $N)", REQUESTED_KEYS + "=", REQUESTED_KEYS);
        for (FieldModel field : struct.fields()) {
            method.beginControlFlow("if (this.$N != null)", field.javaName())
                    .addStatement("text.add($S + this.$N)", field.javaName() + "=", field.javaName())
                    .endControlFlow();
        }
        return method.addStatement("return text.toString()").build();
    }
}
