package io.github.aria2j.codegen.model;

import io.github.aria2j.codegen.diagnostic.ProblemCollector;
import io.github.aria2j.codegen.diagnostic.SchemaPath;
import io.github.aria2j.codegen.schema.OptionSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks an option's bounds and its default against its kind, bounds and enum. */
final class OptionValues {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern UNIT_NUMBER = Pattern.compile("([0-9]+)([KkMm]?)");
    private static final Pattern INTEGER_RANGE = Pattern.compile("([0-9]+)(?:-([0-9]+))?");
    private static final BigDecimal KIBI = BigDecimal.valueOf(1024);
    private static final BigDecimal MEBI = BigDecimal.valueOf(1024 * 1024);

    private final ProblemCollector problems;

    OptionValues(ProblemCollector problems) {
        this.problems = problems;
    }

    /** The bounds as the model holds them: integers except for Float; reports misplaced or invalid ones. */
    Optional<OptionBounds> bounds(OptionSpec spec, OptionKind kind) {
        if (spec.min().isEmpty() && spec.max().isEmpty()) {
            return Optional.empty();
        }
        if (!kind.isNumeric()) {
            problems.add(spec.path().field(spec.min().isPresent() ? "min" : "max"), "min and max are only for the kinds"
                    + " Number, UnitNumber, Float and IntegerRange; option '" + spec.name() + "' is " + kind.schemaName());
            return Optional.empty();
        }
        if (spec.min().isPresent() && spec.max().isPresent() && spec.min().get().compareTo(spec.max().get()) > 0) {
            problems.add(spec.path().field("min"), "min " + spec.min().get().toPlainString() + " is greater than max "
                    + spec.max().get().toPlainString() + " for option '" + spec.name() + "'");
        }
        if (kind == OptionKind.FLOAT) {
            return Optional.of(new OptionBounds.DecimalBounds(
                    spec.min().map(min -> OptionalDouble.of(min.doubleValue())).orElse(OptionalDouble.empty()),
                    spec.max().map(max -> OptionalDouble.of(max.doubleValue())).orElse(OptionalDouble.empty())));
        }
        return Optional.of(new OptionBounds.IntegerBounds(integerBound(spec, "min", spec.min(), kind),
                integerBound(spec, "max", spec.max(), kind)));
    }

    private OptionalLong integerBound(OptionSpec spec, String field, Optional<BigDecimal> bound, OptionKind kind) {
        if (bound.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(bound.get().longValueExact());
        } catch (ArithmeticException e) {
            problems.add(spec.path().field(field), field + " " + bound.get().toPlainString() + " is not an integer"
                    + " in the range of long; option '" + spec.name() + "' of kind " + kind.schemaName()
                    + " takes integer bounds");
            return OptionalLong.empty();
        }
    }

    /** Checks the default's syntax for the kind, its range, and for Parameter options its enum membership. */
    void checkDefault(OptionSpec spec, OptionKind kind, Optional<List<String>> enumValues) {
        if (spec.defaultValue().isEmpty()) {
            return;
        }
        String text = spec.defaultValue().get();
        SchemaPath path = spec.path().field("default");
        switch (kind) {
            case BOOLEAN -> problems.check(text.equals("true") || text.equals("false"), path, "default \"" + text
                    + "\" is not a Boolean for option '" + spec.name() + "'; expected true or false");
            case NUMBER -> number(spec, text, INTEGER.matcher(text).matches() ? new BigDecimal(text) : null,
                    "an integer");
            case FLOAT -> number(spec, text, DECIMAL.matcher(text).matches() ? new BigDecimal(text) : null,
                    "a decimal number");
            case UNIT_NUMBER -> number(spec, text, unitNumber(text),
                    "a whole number of bytes, optionally with the suffix K or M");
            case INTEGER_RANGE -> integerRange(spec, text);
            case PARAMETER -> enumValues.ifPresent(values -> problems.check(values.contains(text), path,
                    "default \"" + text + "\" is not a value of enum " + spec.enumName().orElse("?") + " for option '"
                            + spec.name() + "'; expected one of: " + String.join(", ", values)));
            default -> {
                // Other kinds take text that aria2 checks itself.
            }
        }
    }

    private void number(OptionSpec spec, String text, BigDecimal value, String expected) {
        if (value == null) {
            problems.add(spec.path().field("default"), "default \"" + text + "\" is not valid for option '"
                    + spec.name() + "' of kind " + spec.kind() + "; expected " + expected);
            return;
        }
        String shown = value.toPlainString().equals(text) ? "" : " (" + value.toPlainString() + ")";
        checkRange(spec, "default \"" + text + "\"" + shown, value);
    }

    private void integerRange(OptionSpec spec, String text) {
        SchemaPath path = spec.path().field("default");
        for (String part : text.split(",", -1)) {
            Matcher range = INTEGER_RANGE.matcher(part);
            if (!range.matches()) {
                problems.add(path, "default \"" + text + "\" is not valid for option '" + spec.name()
                        + "' of kind IntegerRange; expected integers and ranges, e.g. 1-5,8");
                return;
            }
            BigDecimal from = new BigDecimal(range.group(1));
            BigDecimal to = range.group(2) == null ? from : new BigDecimal(range.group(2));
            problems.check(from.compareTo(to) <= 0, path, "default \"" + text + "\" has the range " + part
                    + ", whose start is after its end, for option '" + spec.name() + "'");
            checkRange(spec, "default \"" + text + "\" has " + from.toPlainString() + ", which", from);
            if (range.group(2) != null) {
                checkRange(spec, "default \"" + text + "\" has " + to.toPlainString() + ", which", to);
            }
        }
    }

    private void checkRange(OptionSpec spec, String subject, BigDecimal value) {
        SchemaPath path = spec.path().field("default");
        spec.min().ifPresent(min -> problems.check(value.compareTo(min) >= 0, path,
                subject + " is below min " + min.toPlainString() + " for option '" + spec.name() + "'"));
        spec.max().ifPresent(max -> problems.check(value.compareTo(max) <= 0, path,
                subject + " is above max " + max.toPlainString() + " for option '" + spec.name() + "'"));
    }

    /** A UnitNumber in bytes ({@code K} = 1024, {@code M} = 1024 * 1024), or null when malformed. */
    static BigDecimal unitNumber(String text) {
        Matcher matcher = UNIT_NUMBER.matcher(text);
        if (!matcher.matches()) {
            return null;
        }
        BigDecimal number = new BigDecimal(matcher.group(1));
        return switch (matcher.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> number.multiply(KIBI);
            case "M" -> number.multiply(MEBI);
            default -> number;
        };
    }
}
