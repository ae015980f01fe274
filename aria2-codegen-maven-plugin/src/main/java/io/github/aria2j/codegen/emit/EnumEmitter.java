package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.EnumConstantModel;
import io.github.aria2j.codegen.model.EnumModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * One Java enum per schema enum, carrying its wire value, with an extra {@link EnumModel#UNKNOWN_CONSTANT} member
 * for values the schema does not list and a {@code fromWire} lookup that never throws. The selection passed to the
 * constructor decides which enums: those that only list option values go to the options package (with the
 * options artifact), every other enum to the model package (with the client).
 */
public final class EnumEmitter implements SourceEmitter {

    /** Which enums an emitter writes. */
    public enum Selection {
        /** Enums used by structs or methods: the model package, part of the client artifact. */
        MODEL,
        /** Enums only options refer to: the options package, part of the options artifact. */
        OPTION_VALUES
    }

    private final Selection selection;

    /**
     * Creates the emitter.
     *
     * @param selection which enums to write
     */
    public EnumEmitter(Selection selection) {
        this.selection = Objects.requireNonNull(selection, "selection");
    }

    @Override
    public List<JavaFile> emit(ApiModel model, EmitContext context) {
        return model.enums().stream()
                .filter(anEnum -> context.isOptionValueEnum(anEnum.name()) == (selection == Selection.OPTION_VALUES))
                .map(anEnum -> {
                    ClassName name = context.enumType(anEnum.name());
                    return context.file(name.packageName(), enumType(anEnum, name, context));
                })
                .toList();
    }

    private static TypeSpec enumType(EnumModel model, ClassName name, EmitContext context) {
        TypeName wireType = ModelTypes.nullable(ClassName.get(String.class));
        TypeSpec.Builder type = TypeSpec.enumBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(context.generatedAnnotation())
                .addJavadoc("$L", javadoc(model));
        for (EnumConstantModel constant : model.constants()) {
            type.addEnumConstant(constant.javaName(), TypeSpec.anonymousClassBuilder("$S", constant.wireValue())
                    .addJavadoc("$L", constantDoc(constant))
                    .build());
        }
        type.addEnumConstant(EnumModel.UNKNOWN_CONSTANT, TypeSpec.anonymousClassBuilder("null")
                .addJavadoc("A value this version of the binding does not know, such as one a newer aria2 sends;\n"
                        + "decoding never fails because of it. Its {@link #wireValue()} is {@code null}.\n")
                .build());

        ParameterizedTypeName mapType = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                name);
        type.addField(FieldSpec.builder(mapType, "BY_WIRE_VALUE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("byWireValue()")
                .build());
        type.addField(FieldSpec.builder(wireType, "wireValue", Modifier.PRIVATE, Modifier.FINAL).build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addParameter(ParameterSpec.builder(wireType, "wireValue").build())
                .addStatement("this.wireValue = wireValue")
                .build());
        type.addMethod(MethodSpec.methodBuilder("wireValue")
                .addModifiers(Modifier.PUBLIC)
                .returns(wireType)
                .addJavadoc("The value as aria2 sends and accepts it.\n\n"
                        + "@return the wire value; {@code null} for {@link #$L}\n", EnumModel.UNKNOWN_CONSTANT)
                .addStatement("return wireValue")
                .build());
        type.addMethod(MethodSpec.methodBuilder("fromWire")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(ParameterSpec.builder(wireType, "wireValue").build())
                .addJavadoc("The constant of a wire value; never fails.\n\n"
                        + "@param wireValue the value as aria2 sends it (case-sensitive)\n"
                        + "@return the constant, or {@link #$L} for a value this enum does not list or {@code null}\n",
                        EnumModel.UNKNOWN_CONSTANT)
                .addStatement("$T constant = wireValue == null ? null : BY_WIRE_VALUE.get(wireValue)",
                        ModelTypes.nullable(name))
                .addStatement("return constant == null ? $L : constant", EnumModel.UNKNOWN_CONSTANT)
                .build());
        type.addMethod(MethodSpec.methodBuilder("byWireValue")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(mapType)
                .addStatement("$T<$T, $T> byWireValue = new $T<>()", Map.class, String.class, name, HashMap.class)
                .beginControlFlow("for ($T constant : values())", name)
                .beginControlFlow("if (constant.wireValue != null)")
                .addStatement("byWireValue.put(constant.wireValue, constant)")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return $T.copyOf(byWireValue)", Map.class)
                .build());
        return type.build();
    }

    private static String javadoc(EnumModel model) {
        StringBuilder text = new StringBuilder(JavadocRenderer.render(model.doc()));
        text.append("\n<p>Decoding never fails on a value this version does not know: it gives {@link #")
                .append(EnumModel.UNKNOWN_CONSTANT).append("}.\n");
        JavadocRenderer.manualSee(model.doc(), model.name()).ifPresent(see -> text.append('\n').append(see));
        return text.toString();
    }

    private static String constantDoc(EnumConstantModel constant) {
        StringBuilder text = new StringBuilder(JavadocRenderer.inline(constant.description()));
        text.append("\n\n<p>Wire value: ").append(JavadocRenderer.inline("`" + constant.wireValue() + "`")).append('.');
        constant.platform().ifPresent(platform -> text.append(" Only available on ")
                .append(JavadocRenderer.inline(platform)).append('.'));
        return text.append('\n').toString();
    }
}
