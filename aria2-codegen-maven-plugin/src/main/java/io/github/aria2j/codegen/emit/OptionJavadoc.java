package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.OptionBounds;
import io.github.aria2j.codegen.model.OptionKind;
import io.github.aria2j.codegen.model.OptionModel;
import io.github.aria2j.codegen.model.OptionSet;
import io.github.aria2j.codegen.model.TypeRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The Javadoc of the generated option sets: the class text (which calls take the set, how values are
 * checked and written) and the text of each setter (the option's documentation and facts, the manual's
 * attribution and link, and the block tags).
 */
final class OptionJavadoc {

    private static final String ADAPTED = "<p>Adapted from the aria2 manual.\n";
    private static final long MEBI = 1024L * 1024L;

    private OptionJavadoc() {
    }

    /**
     * The description of an option's main setter: summary, body, notes and facts, and the attribution when
     * the text comes from the manual.
     */
    static String setterDescription(OptionModel option) {
        String text = JavadocRenderer.render(option.doc());
        return option.doc().manualLink().isPresent() ? text + "\n" + ADAPTED : text;
    }

    /** The description of an overload: what it adds, and a link to the main setter. */
    static String overloadDescription(OptionModel option, String text, String mainSignature) {
        return text + "\n\n<p>See {@link #" + mainSignature + "} for what {@code " + option.name()
                + "} does.\n";
    }

    /** The block tags after the {@code @param} tags: return, throws, deprecated, see. */
    static CodeBlock tags(OptionModel option, Optional<String> throwsWhen) {
        CodeBlock.Builder tags = CodeBlock.builder().add("@return this builder\n");
        throwsWhen.ifPresent(when -> tags.add("@throws $T $L\n", OptionRuntime.INVALID_OPTION, when));
        option.deprecation().ifPresent(deprecation -> tags.add("@deprecated $L\n", deprecationText(deprecation)));
        JavadocRenderer.manualSee(option.doc(), "--" + option.name()).ifPresent(see -> tags.add("$L", see));
        return tags.build();
    }

    private static String deprecationText(OptionModel.Deprecation deprecation) {
        String effect = deprecation.effect().strip();
        if (!effect.isEmpty() && !effect.endsWith(".")) {
            effect += ".";
        }
        String text = (deprecation.message().strip() + " " + effect).strip();
        return text.isEmpty() ? "aria2 deprecates this option." : JavadocRenderer.inline(text);
    }

    /**
     * The accepted range of a numeric option as a phrase ({@code between 1 and 16}, {@code at least 1}),
     * sizes in bytes with their K/M form.
     */
    static Optional<String> range(OptionModel option) {
        if (option.bounds().isEmpty()) {
            return Optional.empty();
        }
        if (option.bounds().get() instanceof OptionBounds.IntegerBounds integers) {
            boolean sizes = option.kind() == OptionKind.UNIT_NUMBER;
            return phrase(text(integers.min(), sizes), text(integers.max(), sizes)).map(text -> sizes
                    ? text + " bytes"
                    : text);
        }
        OptionBounds.DecimalBounds decimals = (OptionBounds.DecimalBounds) option.bounds().get();
        return phrase(decimal(decimals.min()), decimal(decimals.max()));
    }

    /** A decimal bound without an exponent: {@code 0.0}, {@code 1.5}, {@code 35791394}. */
    private static Optional<String> decimal(OptionalDouble bound) {
        return bound.isPresent() ? Optional.of(BigDecimal.valueOf(bound.getAsDouble()).toPlainString())
                : Optional.empty();
    }

    private static Optional<String> phrase(Optional<String> min, Optional<String> max) {
        if (min.isPresent() && max.isPresent()) {
            return Optional.of("between " + min.get() + " and " + max.get());
        }
        return min.map(text -> "at least " + text).or(() -> max.map(text -> "at most " + text));
    }

    private static Optional<String> text(OptionalLong bound, boolean sizes) {
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        long value = bound.getAsLong();
        if (sizes && value != 0 && value % MEBI == 0) {
            return Optional.of(value + " (" + value / MEBI + "M)");
        } else if (sizes && value != 0 && value % 1024 == 0) {
            return Optional.of(value + " (" + value / 1024 + "K)");
        }
        return Optional.of(Long.toString(value));
    }

    /** The Javadoc of an option set class. */
    static CodeBlock type(OptionSet set, ApiModel model, ClassName type, int optionCount) {
        List<String> calls = model.methods().stream()
                .filter(method -> method.params().stream()
                        .anyMatch(param -> param.type().equals(new TypeRef.OptionsOf(set))))
                .map(method -> "{@code " + method.wireName() + "}")
                .toList();
        CodeBlock.Builder doc = CodeBlock.builder().add("$L\n\n", summary(set));
        doc.add("<p>");
        if (!calls.isEmpty()) {
            doc.add("The options that $L $L:\n", join(calls), calls.size() == 1 ? "takes" : "take");
        }
        doc.add("{@code $L} has a setter for each of the $L options aria2 accepts there, and an option\n"
                + "aria2 would silently ignore in $L cannot be set.\n\n", type.simpleName(), optionCount,
                calls.size() == 1 ? "this call" : "these calls");
        doc.add("<p>Each setter checks its value the way aria2 does and throws an {@link $T}\n"
                + "that names the option and what it accepts, because aria2 rejects a whole call for one invalid\n"
                + "value without saying why. Values go on the wire as JSON strings, aria2's only form for them,\n"
                + "and several values of {@code header} or {@code index-out} as an array;\n$L\n\n",
                OptionRuntime.INVALID_OPTION, cumulativeRule(set));
        doc.add("<p>Instances are immutable; {@code toString()} masks credentials. Options this binding does\n"
                + "not know can be set with {@link $L#option(String, String)}.\n", OptionRuntime.BUILDER);
        return doc.build();
    }

    private static String summary(OptionSet set) {
        return switch (set) {
            case ADD -> "Options for adding a download.";
            case CHANGE -> "Options to change for a download that aria2 already has.";
            case CHANGE_GLOBAL -> "Global options to change while aria2 runs.";
        };
    }

    private static String cumulativeRule(OptionSet set) {
        return set == OptionSet.ADD
                ? "aria2 adds them to the global values of those options."
                : "they replace the current values of those options.";
    }

    private static String join(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
