package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.github.aria2j.codegen.model.TypeRef;
import io.github.aria2j.codegen.model.WireShape;

/**
 * Java expressions that read or write one value of a model type in its wire form, for generated codecs and
 * method descriptors: {@code ValueReader}/{@code ValueWriter} constants and combinators of the runtime, the
 * generated codecs of structs and enums, and single reader or writer calls.
 *
 * <p>Reading is lenient by design of the runtime: {@code readLong()}, {@code readInt()} and {@code readBoolean()}
 * accept the JSON form and the string form, so one reader serves both wire forms. Writing follows the wire form
 * exactly: a {@code long} with wire {@code string} is written as {@code "123"}, with wire {@code number} as
 * {@code 123}. Map values have no wire form of their own in the schema; scalars in maps are written as strings,
 * the form aria2 uses everywhere.
 */
public final class CodecExpressions {

    /** The runtime's JSON package. */
    public static final String JSON_PACKAGE = "io.github.aria2j.runtime.json";
    /** {@code JsonIn}. */
    public static final ClassName JSON_IN = ClassName.get(JSON_PACKAGE, "JsonIn");
    /** {@code JsonOut}. */
    public static final ClassName JSON_OUT = ClassName.get(JSON_PACKAGE, "JsonOut");
    /** {@code ValueReader}. */
    public static final ClassName VALUE_READER = ClassName.get(JSON_PACKAGE, "ValueReader");
    /** {@code ValueWriter}. */
    public static final ClassName VALUE_WRITER = ClassName.get(JSON_PACKAGE, "ValueWriter");
    /** {@code ValueReaders}. */
    public static final ClassName VALUE_READERS = ClassName.get(JSON_PACKAGE, "ValueReaders");
    /** {@code ValueWriters}. */
    public static final ClassName VALUE_WRITERS = ClassName.get(JSON_PACKAGE, "ValueWriters");
    /** {@code Codecs}. */
    public static final ClassName CODECS = ClassName.get(JSON_PACKAGE, "Codecs");
    /** {@code JsonDecodingException}. */
    public static final ClassName DECODING_EXCEPTION = ClassName.get(JSON_PACKAGE, "JsonDecodingException");

    private CodecExpressions() {
    }

    /**
     * A {@code ValueReader<T>} expression for a type, e.g. {@code ValueReaders.listOf(DownloadFileCodec.READER)}.
     *
     * @param type the model type
     * @param context names of generated classes
     * @return the expression
     */
    public static CodeBlock reader(TypeRef type, EmitContext context) {
        if (type instanceof TypeRef.Scalar scalar) {
            return CodeBlock.of("$T.$L", VALUE_READERS, switch (scalar) {
                case STRING -> "STRING";
                case INT -> "INT";
                case LONG -> "LONG";
                case BOOLEAN -> "BOOLEAN";
            });
        } else if (type instanceof TypeRef.ListOf list) {
            return CodeBlock.of("$T.listOf($Z$L)", VALUE_READERS, reader(list.element(), context));
        } else if (type instanceof TypeRef.MapOf map) {
            return CodeBlock.of("$T.mapOf($Z$L)", VALUE_READERS, reader(map.value(), context));
        } else if (type instanceof TypeRef.StructRef struct) {
            return CodeBlock.of("$T.READER", context.codecType(struct.name()));
        } else if (type instanceof TypeRef.EnumRef enumRef) {
            return CodeBlock.of("$T.READER", ModelTypes.enumCodec(context, enumRef.name()));
        } else if (type instanceof TypeRef.AnyJson) {
            return CodeBlock.of("$T.ANY", VALUE_READERS);
        }
        throw unsupported(type);
    }

    /**
     * A {@code ValueWriter<T>} expression for a type in a wire form.
     *
     * @param type the model type
     * @param wire how the value looks in JSON
     * @param context names of generated classes
     * @return the expression
     */
    public static CodeBlock writer(TypeRef type, WireShape wire, EmitContext context) {
        if (type instanceof TypeRef.Scalar scalar) {
            return scalarWriter(scalar, wire);
        } else if (type instanceof TypeRef.ListOf list) {
            WireShape element = wire instanceof WireShape.ArrayOf array
                    ? array.element()
                    : implicitWire(list.element());
            return CodeBlock.of("$T.listOf($Z$L)", VALUE_WRITERS, writer(list.element(), element, context));
        } else if (type instanceof TypeRef.MapOf map) {
            CodeBlock value = writer(map.value(), implicitWire(map.value()), context);
            return CodeBlock.of("$T.mapOf($Z$L)", VALUE_WRITERS, value);
        } else if (type instanceof TypeRef.StructRef struct) {
            return CodeBlock.of("$T.WRITER", context.codecType(struct.name()));
        } else if (type instanceof TypeRef.EnumRef enumRef) {
            return CodeBlock.of("$T.WRITER", ModelTypes.enumCodec(context, enumRef.name()));
        } else if (type instanceof TypeRef.AnyJson) {
            return CodeBlock.of("$T.ANY", VALUE_WRITERS);
        }
        throw unsupported(type);
    }

    /**
     * An expression that reads one value from the {@code JsonIn} named {@code in}, e.g. {@code in.readLong()}.
     * Lists and maps have no single call; for them this returns {@code null} and the caller uses a
     * {@link #reader} constant.
     *
     * @param type the model type
     * @param in the name of the {@code JsonIn} variable
     * @param context names of generated classes
     * @return the expression, or {@code null} for collections
     */
    public static CodeBlock readCall(TypeRef type, String in, EmitContext context) {
        if (type instanceof TypeRef.Scalar scalar) {
            return CodeBlock.of("$N.$L()", in, switch (scalar) {
                case STRING -> "readString";
                case INT -> "readInt";
                case LONG -> "readLong";
                case BOOLEAN -> "readBoolean";
            });
        } else if (type instanceof TypeRef.StructRef struct) {
            return CodeBlock.of("$T.read($N)", context.codecType(struct.name()), in);
        } else if (type instanceof TypeRef.EnumRef enumRef) {
            return CodeBlock.of("$T.read($N)", ModelTypes.enumCodec(context, enumRef.name()), in);
        } else if (type instanceof TypeRef.AnyJson) {
            return CodeBlock.of("$N.readAny()", in);
        } else if (type.isCollection()) {
            return null;
        }
        throw unsupported(type);
    }

    /**
     * A statement (without the semicolon) that writes one non-null value to the {@code JsonOut} named
     * {@code out}, e.g. {@code out.writeString(Long.toString(value.totalLength()))}. Lists and maps have no single
     * call; for them this returns {@code null} and the caller uses a {@link #writer} constant.
     *
     * @param type the model type
     * @param wire how the value looks in JSON
     * @param out the name of the {@code JsonOut} variable
     * @param value the expression of the value
     * @param context names of generated classes
     * @return the statement, or {@code null} for collections
     */
    public static CodeBlock writeCall(TypeRef type, WireShape wire, String out, CodeBlock value, EmitContext context) {
        if (type instanceof TypeRef.Scalar scalar) {
            if (scalar == TypeRef.Scalar.STRING) {
                return CodeBlock.of("$N.writeString($L)", out, value);
            } else if (wire == WireShape.Leaf.STRING) {
                return CodeBlock.of("$N.writeString($T.toString($L))", out, scalar.boxed(), value);
            }
            return CodeBlock.of("$N.$L($L)", out, scalar == TypeRef.Scalar.BOOLEAN ? "writeBoolean" : "writeNumber",
                    value);
        } else if (type instanceof TypeRef.StructRef struct) {
            return CodeBlock.of("$T.write($N, $L)", context.codecType(struct.name()), out, value);
        } else if (type instanceof TypeRef.EnumRef enumRef) {
            return CodeBlock.of("$T.write($N, $L)", ModelTypes.enumCodec(context, enumRef.name()), out, value);
        } else if (type instanceof TypeRef.AnyJson) {
            return CodeBlock.of("$N.writeAny($L)", out, value);
        } else if (type.isCollection()) {
            return null;
        }
        throw unsupported(type);
    }

    private static CodeBlock scalarWriter(TypeRef.Scalar scalar, WireShape wire) {
        if (scalar == TypeRef.Scalar.STRING) {
            return CodeBlock.of("$T.STRING", VALUE_WRITERS);
        } else if (wire == WireShape.Leaf.STRING) {
            // The runtime has no "number as a string" writer; a typed lambda keeps inference simple.
            return CodeBlock.of("($T out, $T value) ->$Wout.writeString(value.toString())", JSON_OUT, scalar.boxed());
        }
        return CodeBlock.of("$T.$L", VALUE_WRITERS, switch (scalar) {
            case INT -> "INT_NUMBER";
            case LONG -> "LONG_NUMBER";
            default -> "BOOLEAN";
        });
    }

    /** The wire form of a value the schema gives none for (map values): aria2's usual form. */
    private static WireShape implicitWire(TypeRef type) {
        if (type instanceof TypeRef.Scalar) {
            return WireShape.Leaf.STRING;
        } else if (type instanceof TypeRef.ListOf list) {
            return new WireShape.ArrayOf(implicitWire(list.element()));
        }
        return type instanceof TypeRef.AnyJson ? WireShape.Leaf.ANY : WireShape.Leaf.OBJECT;
    }

    private static IllegalArgumentException unsupported(TypeRef type) {
        // Options are written by the options artifact's own code; the model keeps them out of structs.
        return new IllegalArgumentException("no codec for type '" + type.expression() + "'");
    }
}
