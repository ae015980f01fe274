package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import io.github.aria2j.codegen.model.EnumConstantModel;
import io.github.aria2j.codegen.model.EnumModel;
import io.github.aria2j.codegen.model.OptionBounds;
import io.github.aria2j.codegen.model.OptionKind;
import io.github.aria2j.codegen.model.OptionModel;
import io.github.aria2j.codegen.model.ValueFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import javax.lang.model.element.Modifier;

/**
 * The typed setters of one option, by its kind: the Java parameters, the check (a call into the runtime's
 * {@code OptionValidation} with the option's bounds or accepted values) and the Javadoc. Every setter
 * returns the builder; a kind with a second natural form (a size as text, coefficients) gets an overload.
 */
final class OptionSetters {

    private static final String SIZE_TEXT = "the size: digits, optionally followed by `K` (1024) or `M` (1048576),"
            + " such as `1M` or `500K`";

    private static final String GID_TEXT = "the GID: 16 hexadecimal digits, in either case, not all zero";

    private final EmitContext context;
    private final ClassName builder;

    /** One Java parameter and its {@code @param} text (plain text with `code`). */
    private record Param(TypeName type, String name, String doc) {
    }

    OptionSetters(EmitContext context, ClassName builder) {
        this.context = context;
        this.builder = builder;
    }

    /** The setters of an option: the main one first, then its overload, if any. */
    List<MethodSpec> of(OptionModel option) {
        String name = option.name();
        Optional<String> range = OptionJavadoc.range(option);
        return switch (option.kind()) {
            case BOOLEAN -> List.of(main(option, List.of(param(boolean.class, "value", "`true` or `false`")),
                    put(name, CodeBlock.of("$T.toString(value)", Boolean.class)), Optional.empty()));
            case NUMBER -> List.of(main(option, List.of(param(long.class, "value", "the value" + comma(range))),
                    put(name, check("integer", name, "value", min(option), max(option))),
                    range.map(text -> "if `value` is not " + text)));
            case UNIT_NUMBER -> unitNumber(option, range);
            case FLOAT -> List.of(main(option, List.of(param(double.class, "value", "a decimal number" + comma(range)
                            + infinity(option))),
                    put(name, check("decimal", name, "value", decimalBound(option, true), decimalBound(option, false))),
                    Optional.of("if `value` is NaN" + range.map(text -> " or not " + text).orElse(""))));
            case INTEGER_RANGE -> List.of(main(option, List.of(param(String.class, "ranges",
                            "numbers and ranges separated by commas, such as `1-5,8`"
                                    + range.map(text -> ", each " + text).orElse("")
                                    + "; empty items are skipped, but one number is needed")),
                    put(name, check("integerRange", name, "ranges", min(option), max(option))),
                    Optional.of("if `ranges` is malformed"
                            + range.map(text -> " or has a number that is not " + text).orElse(""))));
            case PARAMETER -> List.of(parameter(option));
            case STRING, LOCAL_FILE_PATH -> List.of(text(option));
            case CUMULATIVE -> List.of(cumulative(option));
            case INDEX_OUT -> List.of(main(option, List.of(
                            param(int.class, "index", "the file's index, from 1, as `aria2.getFiles` lists it"),
                            param(String.class, "path", "the file's path, relative to `dir`")),
                    CodeBlock.builder().addStatement("return addValue($S, $T.indexOut($S, index, path))", name,
                            OptionRuntime.VALIDATION, name).build(),
                    Optional.of("if `index` is below 1, or `path` is empty or contains a line break")));
            case CHECKSUM -> List.of(checksum(option));
            case HOST_PORT -> List.of(main(option, List.of(param(String.class, "host", "the host name or IP address"),
                            param(int.class, "port", "the port, from 1 to 65535")),
                    put(name, CodeBlock.of("$T.hostPort($S, host, port)", OptionRuntime.VALIDATION, name)),
                    Optional.of("if `host` is malformed or `port` is not between 1 and 65535")));
            case HTTP_PROXY -> List.of(main(option, List.of(param(String.class, "proxy",
                            "the proxy, `[http://][USER:PASSWORD@]HOST[:PORT]` (the scheme may also be `https` or"
                                    + " `ftp`), or the empty string for none")),
                    put(name, CodeBlock.of("$T.httpProxy($S, proxy)", OptionRuntime.VALIDATION, name)),
                    Optional.of("if `proxy` has another form")));
            case PRIORITIZE_PIECE -> List.of(main(option, List.of(param(String.class, "pieces",
                            "`head[=SIZE]` and `tail[=SIZE]` separated by commas, such as `head=1M,tail=1M`, or the"
                                    + " empty string for none; no line break")),
                    put(name, CodeBlock.of("$T.prioritizePiece($S, pieces)", OptionRuntime.VALIDATION, name)),
                    Optional.of("if `pieces` has another form")));
            case OPTIMIZE_CONCURRENT_DOWNLOADS -> optimizeConcurrentDownloads(option);
        };
    }

    private List<MethodSpec> unitNumber(OptionModel option, Optional<String> bounds) {
        String name = option.name();
        // Sizes are never negative: "at least 0" says nothing that "a size in bytes" does not.
        Optional<String> range = bounds.filter(text -> !text.equals("at least 0 bytes"));
        CodeBlock low = unitMin(option);
        MethodSpec bytes = main(option, List.of(param(long.class, "bytes", "the size in bytes, "
                        + range.orElse("not negative"))),
                put(name, check("unitNumber", name, "bytes", low, max(option))),
                Optional.of(range.map(text -> "if `bytes` is not " + text).orElse("if `bytes` is negative")));
        MethodSpec text = overload(option, "Sets {@code " + name + "} from a size written the way aria2 takes it,"
                        + " such as {@code 1M}; it is sent in bytes.", option.javaName() + "(long)",
                List.of(param(String.class, "size", SIZE_TEXT)),
                put(name, check("unitNumber", name, "size", low, max(option))),
                Optional.of("if `size` is malformed" + range.map(value -> " or not " + value).orElse("")));
        return List.of(bytes, text);
    }

    private MethodSpec parameter(OptionModel option) {
        String enumName = option.enumRef().orElseThrow(() -> new IllegalStateException(
                "Parameter option '" + option.name() + "' has no enum in the model")).name();
        EnumModel values = context.model().enumNamed(enumName).orElseThrow();
        CodeBlock.Builder allowed = CodeBlock.builder();
        for (EnumConstantModel constant : values.constants()) {
            allowed.add(", $S", constant.wireValue());
        }
        CodeBlock body = CodeBlock.builder()
                .addStatement("$T.requireNonNull(value, $S)", Objects.class, "value")
                .addStatement("return putValue($S, $T.oneOf($S, value.wireValue()$L))", option.name(),
                        OptionRuntime.VALIDATION, option.name(), allowed.build())
                .build();
        return main(option, List.of(new Param(context.enumType(enumName), "value", "the value")), body,
                Optional.of("if `value` is `" + EnumModel.UNKNOWN_CONSTANT + "`, which has no wire value"));
    }

    private MethodSpec text(OptionModel option) {
        boolean path = option.kind() == OptionKind.LOCAL_FILE_PATH;
        String parameter = path ? "path" : "value";
        if (option.format().isPresent()) {
            return formatted(option, option.format().get(), parameter);
        }
        String doc = path ? "a path on the machine that runs aria2" : "the text";
        if (option.acceptStdin()) {
            doc += ", or `-` for standard input";
        }
        if (option.mustExist()) {
            doc += "; the file must exist there";
        }
        doc += option.allowEmpty() ? (path ? ", or the empty string" : "; may be empty") : "; not empty";
        if (option.sensitive()) {
            doc += "; a credential, which messages and `toString()` never show";
        }
        return main(option, List.of(param(String.class, parameter, doc)),
                put(option.name(), CodeBlock.of("$T.text($S, $L, $L)", OptionRuntime.VALIDATION, option.name(),
                        parameter, option.allowEmpty())),
                option.allowEmpty() ? Optional.empty() : Optional.of("if `" + parameter + "` is empty"));
    }

    /** A String option whose text has a format: the runtime checks it with the method of that format. */
    private MethodSpec formatted(OptionModel option, ValueFormat format, String parameter) {
        if (format != ValueFormat.GID) {
            throw new IllegalStateException("no check for the option format " + format.schemaName() + " of option '"
                    + option.name() + "'");
        }
        return main(option, List.of(param(String.class, parameter, GID_TEXT)),
                put(option.name(), CodeBlock.of("$T.gid($S, $L)", OptionRuntime.VALIDATION, option.name(), parameter)),
                Optional.of("if `" + parameter + "` is not 16 hexadecimal digits, or is all zeros"));
    }

    private MethodSpec cumulative(OptionModel option) {
        CodeBlock body = CodeBlock.builder()
                .addStatement("$T.requireNonNull(values, $S)", Objects.class, "values")
                .beginControlFlow("for ($T value : values)", String.class)
                .addStatement("addValue($S, $T.line($S, value))", option.name(), OptionRuntime.VALIDATION,
                        option.name())
                .endControlFlow()
                .addStatement("return this")
                .build();
        return main(option, List.of(new Param(ArrayTypeName.of(String.class), "values",
                        "the values to add after those set before, one line each")), body,
                Optional.of("if a value contains a line break")).toBuilder().varargs(true).build();
    }

    private MethodSpec checksum(OptionModel option) {
        List<String> types = option.checksumTypes();
        CodeBlock.Builder allowed = CodeBlock.builder();
        types.forEach(type -> allowed.add(", $S", type));
        String typeDoc = types.isEmpty()
                ? "the hash type, such as `sha-256`, in any case"
                : "the hash type, " + String.join(" or ", types.stream().map(type -> "`" + type + "`").toList())
                        + ", in any case";
        return main(option, List.of(param(String.class, "type", typeDoc),
                        param(String.class, "hexDigest", "the digest in hexadecimal")),
                put(option.name(), CodeBlock.of("$T.checksum($S, type, hexDigest$L)", OptionRuntime.VALIDATION,
                        option.name(), allowed.build())),
                Optional.of("if `type` is not an accepted hash type, or `hexDigest` is not a hexadecimal digest of"
                        + " its length"));
    }

    private List<MethodSpec> optimizeConcurrentDownloads(OptionModel option) {
        String name = option.name();
        MethodSpec enabled = main(option, List.of(param(boolean.class, "enabled",
                        "`true` to optimize with aria2's default coefficients, `false` not to optimize")),
                put(name, CodeBlock.of("$T.toString(enabled)", Boolean.class)), Optional.empty());
        MethodSpec coefficients = overload(option, "Turns {@code " + name + "} on with the coefficients A and B:"
                        + " aria2 runs about {@code A + B * log10(speed in Mbit/s)} downloads at once.",
                option.javaName() + "(boolean)",
                List.of(param(double.class, "a", "the coefficient A"), param(double.class, "b", "the coefficient B")),
                put(name, CodeBlock.of("$T.optimizeConcurrentDownloads($S, a, b)", OptionRuntime.VALIDATION, name)),
                Optional.of("if `a` or `b` is not finite"));
        return List.of(enabled, coefficients);
    }

    /** The main setter, documented with the option's whole text. */
    private MethodSpec main(OptionModel option, List<Param> params, CodeBlock body, Optional<String> throwsWhen) {
        return method(option, OptionJavadoc.setterDescription(option), params, body, throwsWhen);
    }

    /** A second setter of the same option, documented briefly with a link to the main one. */
    private MethodSpec overload(OptionModel option, String text, String mainSignature, List<Param> params,
            CodeBlock body, Optional<String> throwsWhen) {
        return method(option, OptionJavadoc.overloadDescription(option, text, mainSignature), params, body,
                throwsWhen);
    }

    private MethodSpec method(OptionModel option, String description, List<Param> params, CodeBlock body,
            Optional<String> throwsWhen) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(option.javaName())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder);
        CodeBlock.Builder doc = CodeBlock.builder().add("$L\n", description);
        for (Param param : params) {
            method.addParameter(param.type(), param.name());
            doc.add("@param $L $L\n", param.name(), JavadocRenderer.inline(param.doc()));
        }
        doc.add(OptionJavadoc.tags(option, throwsWhen.map(JavadocRenderer::inline)));
        if (option.deprecation().isPresent()) {
            method.addAnnotation(Deprecated.class);
        }
        return method.addJavadoc(doc.build()).addCode(body).build();
    }

    private static Param param(Class<?> type, String name, String doc) {
        return new Param(TypeName.get(type), name, doc);
    }

    /** An open upper end takes infinity, which goes on the wire as strtod's {@code inf}. */
    private static String infinity(OptionModel option) {
        boolean open = option.bounds().filter(OptionBounds.DecimalBounds.class::isInstance)
                .map(OptionBounds.DecimalBounds.class::cast).map(decimals -> decimals.max().isEmpty()).orElse(true);
        return open ? "; `Double.POSITIVE_INFINITY` is sent as `inf`" : "";
    }

    private static String comma(Optional<String> range) {
        return range.map(text -> ", " + text).orElse("");
    }

    private static CodeBlock put(String name, CodeBlock value) {
        return CodeBlock.builder().addStatement("return putValue($S, $L)", name, value).build();
    }

    private static CodeBlock check(String method, String name, String argument, CodeBlock min, CodeBlock max) {
        return CodeBlock.of("$T.$L($S, $L, $L, $L)", OptionRuntime.VALIDATION, method, name, argument, min, max);
    }

    private static CodeBlock min(OptionModel option) {
        return longBound(integerBounds(option).map(OptionBounds.IntegerBounds::min).orElse(OptionalLong.empty()),
                "MIN_VALUE");
    }

    private static CodeBlock max(OptionModel option) {
        return longBound(integerBounds(option).map(OptionBounds.IntegerBounds::max).orElse(OptionalLong.empty()),
                "MAX_VALUE");
    }

    /** Sizes are never negative: an open lower end is 0. */
    private static CodeBlock unitMin(OptionModel option) {
        OptionalLong min = integerBounds(option).map(OptionBounds.IntegerBounds::min).orElse(OptionalLong.empty());
        return min.isPresent() && min.getAsLong() > 0 ? longBound(min, "MIN_VALUE") : CodeBlock.of("0L");
    }

    private static Optional<OptionBounds.IntegerBounds> integerBounds(OptionModel option) {
        return option.bounds().filter(OptionBounds.IntegerBounds.class::isInstance)
                .map(OptionBounds.IntegerBounds.class::cast);
    }

    private static CodeBlock longBound(OptionalLong bound, String openEnd) {
        if (bound.isEmpty() || bound.getAsLong() == Long.MIN_VALUE || bound.getAsLong() == Long.MAX_VALUE) {
            String constant = bound.isEmpty() ? openEnd : bound.getAsLong() == Long.MIN_VALUE ? "MIN_VALUE"
                    : "MAX_VALUE";
            return CodeBlock.of("$T.$L", Long.class, constant);
        }
        return CodeBlock.of("$LL", bound.getAsLong());
    }

    private static CodeBlock decimalBound(OptionModel option, boolean min) {
        OptionalDouble bound = option.bounds().filter(OptionBounds.DecimalBounds.class::isInstance)
                .map(OptionBounds.DecimalBounds.class::cast)
                .map(decimals -> min ? decimals.min() : decimals.max())
                .orElse(OptionalDouble.empty());
        if (bound.isEmpty()) {
            return CodeBlock.of("$T.$L", Double.class, min ? "NEGATIVE_INFINITY" : "POSITIVE_INFINITY");
        }
        return CodeBlock.of("$L", Double.toString(bound.getAsDouble()));
    }
}
