package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.EnumModel;
import io.github.aria2j.codegen.model.OptionSet;
import io.github.aria2j.codegen.model.StructModel;
import io.github.aria2j.codegen.model.TypeRef;
import java.util.Objects;
import java.util.Optional;

/**
 * What every emitter shares: the generated packages, how schema names map to Java classes, the
 * {@code @Generated} annotation and the file header. Deterministic by construction: it holds the schema's
 * file name (never a path) and its aria2 version, and no clock.
 *
 * @param basePackage the package all generated packages sit under, e.g. {@code io.github.aria2j}
 * @param schemaName the schema's file name, shown in the header of every file
 * @param model the model, to find the Java name of a struct or enum
 */
public record EmitContext(String basePackage, String schemaName, ApiModel model) {

    /** The runtime's CLASS-retention marker for generated code. */
    public static final ClassName GENERATED = ClassName.get("io.github.aria2j.runtime", "Generated");

    /** The value of every {@code @Generated} annotation. */
    public static final String GENERATOR = "aria2j-codegen";

    /**
     * Checks the components.
     *
     * @param basePackage the package all generated packages sit under
     * @param schemaName the schema's file name
     * @param model the model
     */
    public EmitContext {
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(schemaName, "schemaName");
        Objects.requireNonNull(model, "model");
    }

    /**
     * The package of records and enums.
     *
     * @return the package name
     */
    public String modelPackage() {
        return basePackage + ".model";
    }

    /**
     * The package of generated JSON codecs (not part of the public API).
     *
     * @return the package name
     */
    public String codecPackage() {
        return basePackage + ".internal.codec";
    }

    /**
     * The package of the option builders.
     *
     * @return the package name
     */
    public String optionsPackage() {
        return basePackage + ".options";
    }

    /**
     * The package of notification records and the listener.
     *
     * @return the package name
     */
    public String notificationPackage() {
        return basePackage + ".notification";
    }

    /**
     * The package of the client interfaces and implementations.
     *
     * @return the package name
     */
    public String clientPackage() {
        return basePackage + ".client";
    }

    /**
     * The record generated for a struct.
     *
     * @param schemaName the struct's schema name
     * @return the record's class name
     */
    public ClassName structType(String schemaName) {
        StructModel struct = model.struct(schemaName).orElseThrow(() -> unknown("struct", schemaName));
        return ClassName.get(modelPackage(), struct.javaName());
    }

    /**
     * The codec generated for a struct.
     *
     * @param schemaName the struct's schema name
     * @return the codec's class name
     */
    public ClassName codecType(String schemaName) {
        return codecOf(structType(schemaName));
    }

    /**
     * The codec generated for a generated type: same simple name plus {@code Codec}, in the codec package.
     *
     * @param type a generated record, enum or projection
     * @return the codec's class name
     */
    public ClassName codecOf(ClassName type) {
        return ClassName.get(codecPackage(), type.simpleName() + "Codec");
    }

    /**
     * The enum generated for a schema enum.
     *
     * @param schemaName the enum's schema name
     * @return the enum's class name
     */
    public ClassName enumType(String schemaName) {
        EnumModel enumModel = model.enumNamed(schemaName).orElseThrow(() -> unknown("enum", schemaName));
        return ClassName.get(isOptionValueEnum(schemaName) ? optionsPackage() : modelPackage(), enumModel.javaName());
    }

    /**
     * Whether an enum only lists option values (such as {@code LogLevel}): such enums live in the options
     * package, so that the options artifact stands alone; every other enum lives in the model package.
     *
     * @param schemaName the enum's schema name
     * @return true when options refer to the enum and no struct field or method parameter does
     */
    public boolean isOptionValueEnum(String schemaName) {
        TypeRef.EnumRef ref = new TypeRef.EnumRef(schemaName);
        boolean usedByOption = model.options().stream().anyMatch(option -> option.enumRef().equals(Optional.of(ref)));
        boolean usedElsewhere = model.structs().stream().flatMap(struct -> struct.fields().stream())
                        .anyMatch(field -> mentions(field.type(), ref))
                || model.methods().stream().flatMap(method -> method.params().stream())
                        .anyMatch(param -> mentions(param.type(), ref))
                || model.methods().stream().anyMatch(method -> mentions(method.result().type(), ref));
        return usedByOption && !usedElsewhere;
    }

    private static boolean mentions(TypeRef type, TypeRef.EnumRef ref) {
        if (type instanceof TypeRef.ListOf list) {
            return mentions(list.element(), ref);
        } else if (type instanceof TypeRef.MapOf map) {
            return mentions(map.value(), ref);
        }
        return type.equals(ref);
    }

    /**
     * The option builder class for one option set.
     *
     * @param set the option set
     * @return {@code AddOptions}, {@code ChangeOptions} or {@code GlobalOptions}
     */
    public ClassName optionsType(OptionSet set) {
        String simpleName = switch (set) {
            case ADD -> "AddOptions";
            case CHANGE -> "ChangeOptions";
            case CHANGE_GLOBAL -> "GlobalOptions";
        };
        return ClassName.get(optionsPackage(), simpleName);
    }

    /**
     * The {@code @Generated} annotation every generated type carries.
     *
     * @return the annotation
     */
    public AnnotationSpec generatedAnnotation() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", GENERATOR).build();
    }

    /**
     * Wraps a type into a file with the common header comment.
     *
     * @param packageName the file's package
     * @param type the top-level type
     * @return the file
     */
    public JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type)
                .addFileComment("Generated by $L from $L (aria2 $L). Do not edit.", GENERATOR, schemaName,
                        model.aria2Version())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static IllegalArgumentException unknown(String what, String name) {
        // The model has resolved every reference, so this is a bug in an emitter, not a user's mistake.
        return new IllegalArgumentException("no " + what + " named '" + name + "' in the model");
    }
}
