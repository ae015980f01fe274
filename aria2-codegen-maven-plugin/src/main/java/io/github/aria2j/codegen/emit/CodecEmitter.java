package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.FieldModel;
import io.github.aria2j.codegen.model.Naming;
import io.github.aria2j.codegen.model.StructModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The JSON codecs of the model, in the internal codec package: one {@code <Struct>Codec} per struct (see below)
 * and one {@code <Enum>Codec} per model enum ({@link EnumCodecs}). Each has public {@code READER} and
 * {@code WRITER} constants, which method descriptors use, and package-private static {@code read} and
 * {@code write} methods, which the other codecs call.
 *
 * <p>A struct codec reads an object key by key with a {@code switch}: a key it does not know is skipped (a newer
 * aria2 must not break an old client), a missing always-present key fails with a
 * {@code JsonDecodingException} naming the key and the object's JSON path ({@code Codecs.require}), and an absent
 * conditional key gives {@code null} (an empty collection for lists and maps). Numbers and booleans are read
 * leniently (aria2 sends {@code "123"} and {@code "true"}), and written in their schema wire form. The writer
 * leaves out absent conditional keys and empty conditional collections.
 */
public final class CodecEmitter implements SourceEmitter {

    private static final String OUT = "out";
    private static final String VALUE = "value";

    @Override
    public List<JavaFile> emit(ApiModel model, EmitContext context) {
        List<JavaFile> files = new ArrayList<>();
        for (StructModel struct : model.structs()) {
            files.add(context.file(context.codecPackage(), structCodec(struct, context)));
        }
        model.enums().stream()
                .filter(anEnum -> !context.isOptionValueEnum(anEnum.name()))
                .forEach(anEnum -> files.add(context.file(context.codecPackage(), EnumCodecs.codec(anEnum, context))));
        return files;
    }

    private static TypeSpec structCodec(StructModel struct, EmitContext context) {
        ClassName record = context.structType(struct.name());
        ClassName codec = context.codecType(struct.name());
        ObjectReadCode reading = new ObjectReadCode(struct.fields(), context, List.of());
        TypeSpec.Builder type = TypeSpec.classBuilder(codec)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(context.generatedAnnotation())
                .addJavadoc("Reads and writes {@link $T} as JSON. For generated code only: not part of the API.\n",
                        record);
        // READER and WRITER come first: other codecs' constants refer to them while this class initialises.
        type.addFields(readerWriterConstants(record, codec));
        type.addFields(reading.readerConstants());
        type.addFields(writerConstants(struct, context));
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(read(struct, record, reading));
        type.addMethod(write(struct, record, context));
        return type.build();
    }

    /** The public {@code READER} and {@code WRITER} constants of a codec with static read and write methods. */
    static List<FieldSpec> readerWriterConstants(TypeName valueType, ClassName codec) {
        return List.of(
                FieldSpec.builder(ParameterizedTypeName.get(CodecExpressions.VALUE_READER, valueType), "READER",
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Reads one value; fails with a {@code JsonDecodingException} naming the JSON"
                                + " path.\n")
                        .initializer("$T::read", codec)
                        .build(),
                FieldSpec.builder(ParameterizedTypeName.get(CodecExpressions.VALUE_WRITER, valueType), "WRITER",
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Writes one value in the form aria2 uses.\n")
                        .initializer("$T::write", codec)
                        .build());
    }

    private static MethodSpec read(StructModel struct, ClassName record, ObjectReadCode reading) {
        List<CodeBlock> arguments = struct.fields().stream().map(reading::argument).toList();
        return MethodSpec.methodBuilder("read")
                .addModifiers(Modifier.STATIC)
                .returns(record)
                .addParameter(CodecExpressions.JSON_IN, ObjectReadCode.IN)
                .addCode(reading.declarations())
                .addCode(reading.loop(field -> CodeBlock.of("")))
                .addCode(reading.presenceChecks())
                .addStatement("return new $T($L)", record, ObjectReadCode.argumentLines(arguments))
                .build();
    }

    /** The name of the {@code ValueWriter} constant of a list or map field. */
    private static String writerConstant(FieldModel field) {
        return Naming.upperSnake(field.javaName()) + "_WRITER";
    }

    private static List<FieldSpec> writerConstants(StructModel struct, EmitContext context) {
        List<FieldSpec> constants = new ArrayList<>();
        for (FieldModel field : struct.fields()) {
            if (field.type().isCollection()) {
                TypeName type = ParameterizedTypeName.get(CodecExpressions.VALUE_WRITER,
                        JavaTypes.of(field.type(), false, context));
                constants.add(FieldSpec.builder(type, writerConstant(field), Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer(CodecExpressions.writer(field.type(), field.wire(), context))
                        .build());
            }
        }
        return constants;
    }

    private static MethodSpec write(StructModel struct, ClassName record, EmitContext context) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("write")
                .addModifiers(Modifier.STATIC)
                .addParameter(CodecExpressions.JSON_OUT, OUT)
                .addParameter(record, VALUE)
                .addStatement("$N.beginObject()", OUT);
        for (FieldModel field : struct.fields()) {
            CodeBlock accessor = CodeBlock.of("$N.$N()", VALUE, field.javaName());
            CodeBlock call = CodecExpressions.writeCall(field.type(), field.wire(), OUT, accessor, context);
            if (call == null) {
                call = CodeBlock.of("$N.write($N, $L)", writerConstant(field), OUT, accessor);
            }
            boolean conditional = field.presence() == FieldModel.Presence.CONDITIONAL;
            if (conditional) {
                method.beginControlFlow(field.type().isCollection() ? "if (!$L.isEmpty())" : "if ($L != null)",
                        accessor);
            }
            method.addStatement("$N.name($S)", OUT, field.key()).addStatement(call);
            if (conditional) {
                method.endControlFlow();
            }
        }
        return method.addStatement("$N.endObject()", OUT).build();
    }
}
