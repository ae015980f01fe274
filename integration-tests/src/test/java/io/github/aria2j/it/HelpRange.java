package io.github.aria2j.it;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric range as --help shows it for Number, UnitNumber, Float and IntegerRange options: "1-600", "0-*",
 * "0.0-*", "1048576-1073741824" or with size suffixes such as "1M-1024M". A null bound means '*' (unbounded).
 */
record HelpRange(BigDecimal min, BigDecimal max) {

    private static final String BOUND = "(\\*|\\d+(?:\\.\\d+)?[KkMm]?)";
    private static final Pattern RANGE = Pattern.compile(BOUND + "-" + BOUND);

    /** The range in a Possible Values text, or empty when the text is not a range. */
    static Optional<HelpRange> parse(String possibleValues) {
        if (possibleValues == null) {
            return Optional.empty();
        }
        Matcher matcher = RANGE.matcher(possibleValues.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new HelpRange(bound(matcher.group(1)), bound(matcher.group(2))));
    }

    private static BigDecimal bound(String text) {
        return text.equals("*") ? null : UnitNumbers.parse(text);
    }

    /** True when both bounds are equal numerically ("0" equals "0.0"), or both unbounded. */
    boolean hasBounds(BigDecimal expectedMin, BigDecimal expectedMax) {
        return sameBound(min, expectedMin) && sameBound(max, expectedMax);
    }

    private static boolean sameBound(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public String toString() {
        return text(min) + "-" + text(max);
    }

    static String text(BigDecimal bound) {
        return bound == null ? "*" : bound.stripTrailingZeros().toPlainString();
    }
}
