package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.aria2j.codegen.model.EnumModel;
import javax.lang.model.element.Modifier;

/**
 * The codec of one model enum, {@code <Enum>Codec}: reads a JSON string through the enum's never-failing
 * {@code fromWire} and logs a value it does not know at DEBUG ({@code System.Logger} named after the codec), so
 * that a newer aria2 is visible without breaking anything; writes the wire value, and rejects {@code UNKNOWN},
 * which has none.
 */
final class EnumCodecs {

    private EnumCodecs() {
    }

    static TypeSpec codec(EnumModel model, EmitContext context) {
        ClassName enumType = context.enumType(model.name());
        ClassName codec = ModelTypes.enumCodec(context, model.name());
        ClassName logger = ClassName.get(System.Logger.class);
        return TypeSpec.classBuilder(codec)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(context.generatedAnnotation())
                .addJavadoc("Reads and writes {@link $T} as its wire value. For generated code only: not part of the"
                        + " API.\n", enumType)
                .addFields(CodecEmitter.readerWriterConstants(enumType, codec))
                .addField(FieldSpec.builder(logger, "LOGGER", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.getLogger($T.class.getName())", System.class, codec)
                        .build())
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
                .addMethod(MethodSpec.methodBuilder("read")
                        .addModifiers(Modifier.STATIC)
                        .returns(enumType)
                        .addParameter(CodecExpressions.JSON_IN, "in")
                        .addStatement("String wireValue = in.readString()")
                        .addStatement("$T value = $T.fromWire(wireValue)", enumType, enumType)
                        .beginControlFlow("if (value == $T.$L)", enumType, EnumModel.UNKNOWN_CONSTANT)
                        .addStatement("LOGGER.log($T.DEBUG,$W() -> \"unknown $L value \\\"\" + wireValue + \"\\\" at \""
                                + " + in.path())", System.Logger.Level.class, enumType.simpleName())
                        .endControlFlow()
                        .addStatement("return value")
                        .build())
                .addMethod(MethodSpec.methodBuilder("write")
                        .addModifiers(Modifier.STATIC)
                        .addParameter(CodecExpressions.JSON_OUT, "out")
                        .addParameter(enumType, "value")
                        .addStatement("String wireValue = value.wireValue()")
                        .beginControlFlow("if (wireValue == null)")
                        .addStatement("throw new $T($S)", IllegalArgumentException.class,
                                enumType.simpleName() + "." + EnumModel.UNKNOWN_CONSTANT
                                        + " has no wire value and cannot be sent")
                        .endControlFlow()
                        .addStatement("out.writeString(wireValue)")
                        .build())
                .build();
    }
}
