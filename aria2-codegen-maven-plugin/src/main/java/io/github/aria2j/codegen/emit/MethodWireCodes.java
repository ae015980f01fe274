package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.github.aria2j.codegen.model.MethodModel;
import io.github.aria2j.codegen.model.ParamModel;
import io.github.aria2j.codegen.model.ResultModel;
import io.github.aria2j.codegen.model.TypeRef;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The code of the JSON readers and writers in {@code Aria2Methods}: the runtime's {@code ValueReaders} and
 * {@code ValueWriters}, the struct and enum codecs' {@code READER}/{@code WRITER}, the projection codecs'
 * {@code READER} and {@code KEYS_WRITER}, and the option classes' {@code WRITER}. A constant result such as
 * {@code OK} has no ready-made reader: it is read by a private helper, {@code expect}, which the emitter adds
 * when {@link #helper()} says it is used.
 */
final class MethodWireCodes {

    private final EmitContext context;
    private boolean expectUsed;

    /**
     * Creates the code source of one {@code Aria2Methods} class.
     *
     * @param context names of generated classes
     */
    MethodWireCodes(EmitContext context) {
        this.context = context;
    }

    /**
     * The private helper the readers returned so far refer to, if any.
     *
     * @return {@code expect(JsonIn, String)}, when a constant result was read
     */
    Optional<MethodSpec> helper() {
        return expectUsed ? Optional.of(expectHelper()) : Optional.empty();
    }

    /**
     * The {@code RpcParam} of a param: required, optional with the value written in its place when a later
     * param is given, or optional and last.
     *
     * @param method the method
     * @param index the param's position
     * @return e.g. {@code RpcParam.optional("options", AddOptions.WRITER, ValueWriters.emptyObject())}
     */
    CodeBlock param(MethodModel method, int index) {
        ParamModel param = method.params().get(index);
        CodeBlock writer = writer(param);
        if (param.required()) {
            return CodeBlock.of("$T.required($S, $L)", ClientNames.RPC_PARAM, param.wireName(), writer);
        } else if (index == method.params().size() - 1) {
            return CodeBlock.of("$T.optionalLast($S, $L)", ClientNames.RPC_PARAM, param.wireName(), writer);
        }
        return CodeBlock.of("$T.optional($S, $L, $L)", ClientNames.RPC_PARAM, param.wireName(), writer,
                emptyWriter(method, param));
    }

    private CodeBlock writer(ParamModel param) {
        if (param.keysOf().isPresent()) {
            return CodeBlock.of("$T.KEYS_WRITER", ModelTypes.projectionCodec(context, param.keysOf().get().name()));
        }
        return writer(param.type());
    }

    private CodeBlock writer(TypeRef type) {
        if (type instanceof TypeRef.Scalar scalar) {
            String constant = switch (scalar) {
                case STRING -> "STRING";
                case INT -> "INT_NUMBER";
                case LONG -> "LONG_NUMBER";
                case BOOLEAN -> "BOOLEAN";
            };
            return CodeBlock.of("$T.$N", ClientNames.VALUE_WRITERS, constant);
        } else if (type instanceof TypeRef.ListOf list) {
            return CodeBlock.of("$T.listOf($L)", ClientNames.VALUE_WRITERS, writer(list.element()));
        } else if (type instanceof TypeRef.MapOf map) {
            return CodeBlock.of("$T.mapOf($L)", ClientNames.VALUE_WRITERS, writer(map.value()));
        } else if (type instanceof TypeRef.StructRef struct) {
            return CodeBlock.of("$T.WRITER", context.codecType(struct.name()));
        } else if (type instanceof TypeRef.EnumRef enumRef) {
            return CodeBlock.of("$T.WRITER", ModelTypes.enumCodec(context, enumRef.name()));
        } else if (type instanceof TypeRef.OptionsOf options) {
            return CodeBlock.of("$T.WRITER", context.optionsType(options.set()));
        }
        return CodeBlock.of("$T.ANY", ClientNames.VALUE_WRITERS);
    }

    /** aria2 rejects {@code null} for a param that is not given; a container's empty value is accepted. */
    private CodeBlock emptyWriter(MethodModel method, ParamModel param) {
        TypeRef type = param.type();
        if (type instanceof TypeRef.ListOf) {
            return CodeBlock.of("$T.emptyArray()", ClientNames.VALUE_WRITERS);
        } else if (type instanceof TypeRef.MapOf || type instanceof TypeRef.StructRef
                || type instanceof TypeRef.OptionsOf) {
            return CodeBlock.of("$T.emptyObject()", ClientNames.VALUE_WRITERS);
        }
        throw new IllegalStateException(method.wireName() + ": optional param '" + param.wireName() + "' of type "
                + type.expression() + " is followed by another param, but there is no value that means 'not "
                + "given' for that type; only list, map, struct and options params can precede other optional "
                + "params");
    }

    /**
     * The reader of a method's result.
     *
     * @param result the result
     * @param projectionOf the struct read as its projection, if any
     * @return e.g. {@code ValueReaders.listOf(DownloadStatusCodec.READER)}
     */
    CodeBlock reader(ResultModel result, Optional<TypeRef.StructRef> projectionOf) {
        CodeBlock projectionReader = projectionOf
                .map(struct -> CodeBlock.of("$T.READER", ModelTypes.projectionCodec(context, struct.name())))
                .orElse(null);
        return reader(result, projectionOf, projectionReader);
    }

    /**
     * The reader of a projection method's result for one call, which knows the keys the call asked for.
     *
     * @param result the result
     * @param projectionOf the struct read as its projection
     * @param keys the name of the variable holding the requested keys
     * @return e.g. {@code ValueReaders.listOf(DownloadStatusProjectionCodec.reader(keys))}
     */
    CodeBlock readerForKeys(ResultModel result, TypeRef.StructRef projectionOf, String keys) {
        return reader(result, Optional.of(projectionOf),
                CodeBlock.of("$T.reader($N)", ModelTypes.projectionCodec(context, projectionOf.name()), keys));
    }

    private CodeBlock reader(ResultModel result, Optional<TypeRef.StructRef> projectionOf,
            CodeBlock projectionReader) {
        if (result.constValue().isPresent()) {
            expectUsed = true;
            return CodeBlock.of("in -> expect(in, $S)", result.constValue().get());
        }
        return reader(result.type(), projectionOf, projectionReader);
    }

    private CodeBlock reader(TypeRef type, Optional<TypeRef.StructRef> projectionOf, CodeBlock projectionReader) {
        if (type instanceof TypeRef.Scalar scalar) {
            return CodeBlock.of("$T.$N", ClientNames.VALUE_READERS, scalar.name());
        } else if (type instanceof TypeRef.ListOf list) {
            return CodeBlock.of("$T.listOf($L)", ClientNames.VALUE_READERS,
                    reader(list.element(), projectionOf, projectionReader));
        } else if (type instanceof TypeRef.MapOf map) {
            return CodeBlock.of("$T.mapOf($L)", ClientNames.VALUE_READERS,
                    reader(map.value(), projectionOf, projectionReader));
        } else if (type instanceof TypeRef.StructRef struct) {
            return projectionOf.isPresent() && projectionOf.get().equals(struct)
                    ? projectionReader
                    : CodeBlock.of("$T.READER", context.codecType(struct.name()));
        } else if (type instanceof TypeRef.EnumRef enumRef) {
            return CodeBlock.of("$T.READER", ModelTypes.enumCodec(context, enumRef.name()));
        }
        return CodeBlock.of("$T.ANY", ClientNames.VALUE_READERS);
    }

    private static MethodSpec expectHelper() {
        return MethodSpec.methodBuilder("expect")
                .addJavadoc("Reads a result that has one possible value, such as {@code OK}.\n\n"
                        + "@param in the reply's {@code result}\n"
                        + "@param expected the only value aria2 sends on success\n"
                        + "@return {@code null}: the value carries no information\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Void.class)
                .addParameter(ClientNames.JSON_IN, "in")
                .addParameter(String.class, "expected")
                .addStatement("$T value = in.readString()", String.class)
                .beginControlFlow("if (!value.equals(expected))")
                .addStatement("$T shown = value.length() > 40 ? value.substring(0, 40) + \"...\" : value",
                        String.class)
                .addStatement("throw new $T(\"expected \\\"\" + expected + \"\\\" but found \\\"\" + shown + \"\\\"\", "
                        + "in.path())", ClientNames.JSON_DECODING_EXCEPTION)
                .endControlFlow()
                .addStatement("return null")
                .build();
    }
}
