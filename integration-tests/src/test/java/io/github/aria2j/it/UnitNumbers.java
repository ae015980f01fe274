package io.github.aria2j.it;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** aria2's size notation: an integer with an optional K/k (x1024) or M/m (x1024²) suffix, as UnitNumber options take. */
final class UnitNumbers {

    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)([KkMm]?)");
    private static final BigDecimal KIBI = BigDecimal.valueOf(1024);
    private static final BigDecimal MEBI = KIBI.multiply(KIBI);

    private UnitNumbers() {}

    /** The value in bytes, e.g. "16M" -> 16777216; also accepts plain decimals ("0.0") for Float bounds. */
    static BigDecimal parse(String text) {
        Matcher matcher = SIZE.matcher(text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not a number with optional K/M suffix: '" + text + "'");
        }
        BigDecimal number = new BigDecimal(matcher.group(1));
        return switch (matcher.group(2)) {
            case "K", "k" -> number.multiply(KIBI);
            case "M", "m" -> number.multiply(MEBI);
            default -> number;
        };
    }

    /** How aria2 returns a UnitNumber value over RPC: plain bytes ("1M" -> "1048576"). */
    static String toBytes(String text) {
        return parse(text).toBigIntegerExact().toString();
    }
}
