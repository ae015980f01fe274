package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.OptionKind;
import io.github.aria2j.codegen.model.OptionModel;
import io.github.aria2j.codegen.model.OptionSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.Modifier;

/**
 * The option sets: {@code AddOptions}, {@code ChangeOptions} and {@code GlobalOptions}, one final class per
 * {@link OptionSet} extending the runtime's {@code AbstractOptions}, each with a nested {@code Builder} that has
 * one typed, checked setter per option of its set (see {@link OptionSetters}) and the escape hatch
 * {@code option(name, value)} for options the schema does not know; plus the package-private
 * {@code KnownOptions} table the escape hatch consults. The option-value enums the setters take are the
 * {@link EnumEmitter}'s.
 */
public final class OptionsEmitter implements SourceEmitter {

    /** Creates the emitter; it has no settings. */
    public OptionsEmitter() {
    }

    @Override
    public List<JavaFile> emit(ApiModel model, EmitContext context) {
        List<JavaFile> files = new ArrayList<>();
        for (OptionSet set : OptionSet.values()) {
            files.add(context.file(context.optionsPackage(), optionSet(set, model, context)));
        }
        files.add(context.file(context.optionsPackage(), OptionCatalog.type(model, context)));
        return files;
    }

    private static TypeSpec optionSet(OptionSet set, ApiModel model, EmitContext context) {
        ClassName type = context.optionsType(set);
        ClassName builder = type.nestedClass(OptionRuntime.BUILDER);
        List<OptionModel> options = model.optionsIn(set);
        ParameterizedTypeName names = ParameterizedTypeName.get(Set.class, String.class);
        return TypeSpec.classBuilder(type)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(OptionRuntime.ABSTRACT_OPTIONS)
                .addAnnotation(context.generatedAnnotation())
                .addJavadoc(OptionJavadoc.type(set, model, type, options.size()))
                .addField(FieldSpec.builder(ParameterizedTypeName.get(OptionRuntime.VALUE_WRITER, type), "WRITER",
                                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Writes these options as the JSON object aria2 takes, for the generated client.\n")
                        .initializer("$T.writer()", OptionRuntime.ABSTRACT_OPTIONS)
                        .build())
                .addField(FieldSpec.builder(names, "SECRET_OPTIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Options whose values are credentials, never shown by {@code toString()}.\n")
                        .initializer(nameSet(options, OptionModel::sensitive))
                        .build())
                .addField(FieldSpec.builder(names, "PROXY_OPTIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Options whose values are proxy URIs, shown with their credentials masked.\n")
                        .initializer(nameSet(options, option -> option.kind() == OptionKind.HTTP_PROXY))
                        .build())
                .addField(FieldSpec.builder(type, "EMPTY", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("The set without options.\n")
                        .initializer("new $T().build()", builder)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addJavadoc("Creates the set from a builder's values.\n\n@param builder the builder\n")
                        .addParameter(builder, "builder")
                        .addStatement("super(builder, SECRET_OPTIONS, PROXY_OPTIONS)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addJavadoc("Starts a set of options.\n\n@return a builder without options\n")
                        .addStatement("return new $T()", builder)
                        .build())
                .addMethod(MethodSpec.methodBuilder("empty")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(type)
                        .addJavadoc("The set without options: aria2 applies none.\n\n@return the empty set\n")
                        .addStatement("return EMPTY")
                        .build())
                .addMethod(MethodSpec.methodBuilder("toBuilder")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addJavadoc("Starts a set of options from this one.\n\n"
                                + "@return a builder holding these options\n")
                        .addStatement("return new $T(this)", builder)
                        .build())
                .addType(builderType(set, type, builder, options, context))
                .build();
    }

    private static TypeSpec builderType(OptionSet set, ClassName type, ClassName builder, List<OptionModel> options,
            EmitContext context) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(OptionRuntime.ABSTRACT_BUILDER, builder))
                .addJavadoc("Builds {@link $T}: each setter checks its value and replaces an earlier value of the\n"
                        + "same option, except those of {@code header} and {@code index-out}, which add to it. Not\n"
                        + "thread-safe.\n", type)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addJavadoc("Creates a builder without options.\n")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addJavadoc("Creates a builder holding the options of a set.\n\n@param options the set\n")
                        .addParameter(type, "options")
                        .addStatement("super(options)")
                        .build());
        OptionSetters setters = new OptionSetters(context, builder);
        for (OptionModel option : options) {
            if (OptionRuntime.RESERVED_SETTER_NAMES.contains(option.javaName())) {
                throw new IllegalArgumentException("option '" + option.name() + "' has the Java name '"
                        + option.javaName() + "', which " + builder.simpleName() + " of " + type.simpleName()
                        + " reserves; give the option another javaName in the schema");
            }
            setters.of(option).forEach(spec::addMethod);
        }
        return spec.addMethod(escapeHatch(set, type, builder, context))
                .addMethod(MethodSpec.methodBuilder("build")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(type)
                        .addJavadoc("Builds the set.\n\n@return the options set so far\n")
                        .addStatement("return new $T(this)", type)
                        .build())
                .build();
    }

    private static MethodSpec escapeHatch(OptionSet set, ClassName type, ClassName builder, EmitContext context) {
        String others = String.join(" or ", List.of(OptionSet.values()).stream().filter(other -> other != set)
                .map(other -> "{@link " + context.optionsType(other).simpleName() + "}").toList());
        return MethodSpec.methodBuilder("option")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(String.class, "name")
                .addParameter(String.class, "value")
                .addJavadoc(CodeBlock.builder()
                        .add("Sets an option this binding does not know, such as one a newer aria2 added: the escape\n"
                                + "hatch for options missing from the schema. The value is sent as given, without a\n"
                                + "check, and replaces an earlier value of the same option.\n\n")
                        .add("<p>Options the binding knows are refused, with a message saying why: those of\n"
                                + "{@code $L} have a typed setter that checks the value, and aria2 would silently\n"
                                + "ignore the others here: they belong in\n$L,\nor can only be set when aria2 starts.\n"
                                + "To get a typed setter for a new option, add it to the schema, for example in an\n"
                                + "overlay file, and generate again.\n\n", type.simpleName(), others)
                        .add("@param name the option's long name without the leading {@code --}, such as\n"
                                + "    {@code new-option}\n")
                        .add("@param value the value, written as on aria2's command line\n")
                        .add("@return this builder\n")
                        .add("@throws $T if {@code name} is not made of lower-case letters, digits\n"
                                + "    and {@code -}, or names an option this binding knows\n",
                                OptionRuntime.INVALID_OPTION)
                        .build())
                .addStatement("return putUnlisted(name, value, $S, $T.ACCEPTED_BY)", type.simpleName(),
                        OptionCatalog.className(context))
                .build();
    }

    private static CodeBlock nameSet(List<OptionModel> options, Predicate<OptionModel> filter) {
        List<CodeBlock> names = options.stream().filter(filter).map(option -> CodeBlock.of("$S", option.name()))
                .toList();
        return CodeBlock.of("$T.of($L)", Set.class, CodeBlock.join(names, ",$W"));
    }
}
