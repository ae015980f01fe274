package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.FieldModel;
import io.github.aria2j.codegen.model.Naming;
import io.github.aria2j.codegen.model.StructModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * For every struct that a method param names in {@code keysOf} (aria2's {@code tell*} methods and
 * {@code DownloadStatus}): the key enum {@code <Struct>Key}, the class {@code <Struct>Projection} that holds the
 * values of the requested keys ({@link ProjectionClass}), and its codec {@code <Struct>ProjectionCodec}
 * ({@link ProjectionCodecs}).
 *
 * <p>Why a projection and not the record: when a call lists keys, aria2 leaves the others out, so the record's
 * always-present components would be missing. The projection has the same accessors, but an always-present
 * value that was not requested throws an {@code IllegalStateException} that names the key to add.
 */
public final class StatusKeysEmitter implements SourceEmitter {

    @Override
    public List<JavaFile> emit(ApiModel model, EmitContext context) {
        List<JavaFile> files = new ArrayList<>();
        for (StructModel struct : ModelTypes.keyedStructs(model)) {
            files.add(context.file(context.modelPackage(), keyEnum(struct, context)));
            files.add(context.file(context.modelPackage(), ProjectionClass.projection(struct, context)));
            files.add(context.file(context.codecPackage(), ProjectionCodecs.codec(struct, context)));
        }
        return files;
    }

    /**
     * The constant of a field in the key enum.
     *
     * @param field the field
     * @return e.g. {@code TOTAL_LENGTH} for {@code totalLength}
     */
    static String keyConstant(FieldModel field) {
        return Naming.upperSnake(field.javaName());
    }

    private static TypeSpec keyEnum(StructModel struct, EmitContext context) {
        ClassName record = context.structType(struct.name());
        ClassName name = ModelTypes.keyEnum(context, struct.name());
        TypeSpec.Builder type = TypeSpec.enumBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(context.generatedAnnotation())
                .addJavadoc("The keys of {@link $T}, to ask aria2 for only some of them; the reply is then a\n"
                        + "{@link $T}.\n", record, ModelTypes.projection(context, struct.name()));
        for (FieldModel field : struct.fields()) {
            type.addEnumConstant(keyConstant(field), TypeSpec.anonymousClassBuilder("$S", field.key())
                    .addJavadoc("The key {@code $L}: {@link $T#$L()}.\n", field.key(), record, field.javaName())
                    .build());
        }
        return type
                .addField(FieldSpec.builder(String.class, "wireValue", Modifier.PRIVATE, Modifier.FINAL).build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(String.class, "wireValue")
                        .addStatement("this.wireValue = wireValue")
                        .build())
                .addMethod(MethodSpec.methodBuilder("wireValue")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addJavadoc("The key as aria2 names it.\n\n@return the JSON key, e.g. {@code $L}\n",
                                struct.fields().get(0).key())
                        .addStatement("return wireValue")
                        .build())
                .build();
    }
}
