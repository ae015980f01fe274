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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The codec of a projection, {@code <Struct>ProjectionCodec}: {@code READER} reads a reply whose requested keys
 * are not known (they are then the keys the reply holds); {@code reader(keys)} reads one for known keys (all of
 * them when the list is empty, as aria2 does) and fails on a missing always-present key like the record's codec;
 * {@code KEYS_WRITER} writes a set of keys as aria2's {@code keys} param, a JSON array of key names in schema
 * order. Unknown keys are skipped.
 */
final class ProjectionCodecs {

    private static final String REQUESTED = "requested";
    private static final String PRESENT = "present";
    private static final String EXPECTED = "expected";

    private ProjectionCodecs() {
    }

    static TypeSpec codec(StructModel struct, EmitContext context) {
        ClassName projection = ModelTypes.projection(context, struct.name());
        ClassName codec = ModelTypes.projectionCodec(context, struct.name());
        ClassName key = ModelTypes.keyEnum(context, struct.name());
        TypeName keySet = ParameterizedTypeName.get(ClassName.get(Set.class), key);
        TypeName reader = ParameterizedTypeName.get(CodecExpressions.VALUE_READER, projection);
        ObjectReadCode reading = new ObjectReadCode(struct.fields(), context, List.of(REQUESTED, PRESENT, EXPECTED));
        return TypeSpec.classBuilder(codec)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(context.generatedAnnotation())
                .addJavadoc("Reads {@link $T} and writes {@link $T} lists. For generated code only: not part of the"
                        + " API.\n", projection, key)
                .addField(FieldSpec.builder(reader, "READER", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Reads a projection whose requested keys are those the reply holds.\n")
                        .initializer("in -> read(in, null)")
                        .build())
                .addField(FieldSpec.builder(ParameterizedTypeName.get(CodecExpressions.VALUE_WRITER, keySet),
                                "KEYS_WRITER", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Writes keys as a JSON array of their names, in schema order.\n")
                        .initializer("$T::writeKeys", codec)
                        .build())
                .addFields(reading.readerConstants())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("reader")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(reader)
                        .addParameter(keySet, "keys")
                        .addJavadoc("A reader for the reply to a call that asked for some keys.\n\n"
                                + "@param keys the keys the call asked for; empty means all keys, as for aria2\n"
                                + "@return a reader that fails when an always-present key of {@code keys} is missing\n")
                        .addStatement("$T copy = $T.noneOf($T.class)", ParameterizedTypeName.get(
                                ClassName.get(EnumSet.class), key), EnumSet.class, key)
                        .addStatement("copy.addAll($T.requireNonNull(keys, $S))", Objects.class, "keys")
                        .addStatement("return in -> read(in, copy)")
                        .build())
                .addMethod(read(struct, projection, key, keySet, reading))
                .addMethod(writeKeys(key, keySet))
                .build();
    }

    private static MethodSpec read(StructModel struct, ClassName projection, ClassName key, TypeName keySet,
            ObjectReadCode reading) {
        CodeBlock.Builder expected = CodeBlock.builder()
                .beginControlFlow("if ($N != null)", REQUESTED)
                .addStatement("$T $N = $N.isEmpty()$W? $T.allOf($T.class)$W: $T.copyOf($N)",
                        ParameterizedTypeName.get(ClassName.get(EnumSet.class), key), EXPECTED, REQUESTED,
                        EnumSet.class, key, EnumSet.class, REQUESTED);
        List<CodeBlock> arguments = new ArrayList<>();
        arguments.add(CodeBlock.of("$N", PRESENT));
        for (FieldModel field : struct.fields()) {
            arguments.add(CodeBlock.of("$N", reading.local(field)));
            if (field.presence() == FieldModel.Presence.ALWAYS) {
                String constant = StatusKeysEmitter.keyConstant(field);
                if (FieldDocs.isNullable(field)) {
                    // A json value may be JSON null: whether the key came decides.
                    expected.beginControlFlow("if ($N.contains($T.$N) && !$N.contains($T.$N))", EXPECTED, key,
                                    constant, PRESENT, key, constant)
                            .addStatement("$T.require(null, $S, $N)", CodecExpressions.CODECS, field.key(),
                                    ObjectReadCode.IN);
                } else {
                    expected.beginControlFlow("if ($N.contains($T.$N))", EXPECTED, key, constant)
                            .addStatement("$T.require($N, $S, $N)", CodecExpressions.CODECS, reading.local(field),
                                    field.key(), ObjectReadCode.IN);
                }
                expected.endControlFlow();
            }
        }
        expected.addStatement("$N.addAll($N)", PRESENT, EXPECTED).endControlFlow();
        return MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.STATIC)
                .returns(projection)
                .addParameter(CodecExpressions.JSON_IN, ObjectReadCode.IN)
                .addParameter(ParameterSpec.builder(ModelTypes.nullable(keySet), REQUESTED).build())
                .addStatement("$T $N = $T.noneOf($T.class)", ParameterizedTypeName.get(ClassName.get(EnumSet.class),
                        key), PRESENT, EnumSet.class, key)
                .addCode(reading.declarations())
                .addCode(reading.loop(field -> CodeBlock.of("$N.add($T.$N);\n", PRESENT, key,
                        StatusKeysEmitter.keyConstant(field))))
                .addCode(expected.build())
                .addStatement("return new $T($L)", projection, ObjectReadCode.argumentLines(arguments))
                .build();
    }

    private static MethodSpec writeKeys(ClassName key, TypeName keySet) {
        return MethodSpec.methodBuilder("writeKeys")
                .addModifiers(Modifier.STATIC)
                .addParameter(CodecExpressions.JSON_OUT, "out")
                .addParameter(keySet, "keys")
                .addStatement("out.beginArray()")
                .beginControlFlow("for ($T key : $T.values())", key, key)
                .beginControlFlow("if (keys.contains(key))")
                .addStatement("out.writeString(key.wireValue())")
                .endControlFlow()
                .endControlFlow()
                .addStatement("out.endArray()")
                .build();
    }
}
