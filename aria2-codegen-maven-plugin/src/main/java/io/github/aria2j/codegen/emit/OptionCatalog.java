package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.OptionModel;
import java.util.HashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The package-private {@code KnownOptions} class: every option of the schema (startup-only and hidden ones
 * too) mapped to the option sets that accept it. The builders' escape hatch, {@code option(name, value)},
 * consults it to refuse the options the binding knows.
 */
final class OptionCatalog {

    private OptionCatalog() {
    }

    /** The type's class name in the options package. */
    static ClassName className(EmitContext context) {
        return ClassName.get(context.optionsPackage(), OptionRuntime.KNOWN_OPTIONS);
    }

    /** The {@code KnownOptions} type. */
    static TypeSpec type(ApiModel model, EmitContext context) {
        // Pairs of string literals, not Map.ofEntries(Map.entry(...), ...): javac infers the types of 200 generic
        // calls slowly (seconds), and plain literals compile at once.
        CodeBlock.Builder pairs = CodeBlock.builder().add("table(").indent().indent();
        for (int i = 0; i < model.options().size(); i++) {
            OptionModel option = model.options().get(i);
            String separator = i + 1 < model.options().size() ? "," : "";
            pairs.add("\n$S, $S$L", option.name(), acceptedBy(option, context), separator);
        }
        pairs.unindent().unindent().add(")");
        ParameterizedTypeName mapType = ParameterizedTypeName.get(Map.class, String.class, String.class);
        return TypeSpec.classBuilder(className(context))
                .addModifiers(Modifier.FINAL)
                .addAnnotation(context.generatedAnnotation())
                .addJavadoc("Every option this binding knows, for the builders' {@code option(name, value)}\n"
                        + "escape hatch, which refuses them: an option of the builder's own set has a typed\n"
                        + "setter, and aria2 would silently ignore any other.\n")
                .addField(FieldSpec.builder(mapType, "ACCEPTED_BY", Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The long name of each option, mapped to the option sets that accept\n"
                                + "it (simple class names separated by {@code \", \"}; empty for options RPC\n"
                                + "calls ignore).\n")
                        .initializer(pairs.build())
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addJavadoc("Not instantiable.\n")
                        .build())
                .addMethod(MethodSpec.methodBuilder("table")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(mapType)
                        .addParameter(String[].class, "pairs")
                        .varargs(true)
                        .addJavadoc("A map from pairs of keys and values.\n\n"
                                + "@param pairs each key followed by its value\n"
                                + "@return the unmodifiable map\n")
                        .addStatement("$T<$T, $T> table = new $T<>()", Map.class, String.class, String.class,
                                HashMap.class)
                        .beginControlFlow("for (int i = 0; i < pairs.length; i += 2)")
                        .addStatement("table.put(pairs[i], pairs[i + 1])")
                        .endControlFlow()
                        .addStatement("return $T.copyOf(table)", Map.class)
                        .build())
                .build();
    }

    private static String acceptedBy(OptionModel option, EmitContext context) {
        return String.join(", ", option.sets().stream().map(set -> context.optionsType(set).simpleName()).toList());
    }
}
