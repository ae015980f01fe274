package io.github.aria2j.runtime.options;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Pattern;

/** How validation messages and {@code toString} show values: quoted, cut, credentials masked. */
final class OptionMessages {

  /** The mask that stands for a hidden value. */
  static final String MASK = "****";

  private static final int MAX_SHOWN = 40;
  private static final long MEBI = 1024L * 1024L;

  /** {@code [scheme://]USER[:PASSWORD]@} at the start of a URI. */
  private static final Pattern USER_INFO =
      Pattern.compile("^((?:[A-Za-z][A-Za-z0-9+.-]*://)?)[^/@]*@");

  private OptionMessages() {}

  /** Throws a {@link NullPointerException} naming the option when {@code value} is null. */
  static <T> T requireValue(String name, T value) {
    return Objects.requireNonNull(value, () -> "the value of option " + name + " is null");
  }

  /** A text value as messages show it: quoted, line breaks visible, cut at 40 characters. */
  static String quote(String value) {
    String cut = value.length() > MAX_SHOWN ? value.substring(0, MAX_SHOWN) + "..." : value;
    return "\"" + cut.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
        .replace("\r", "\\r") + "\"";
  }

  /** A URI with its {@code USER:PASSWORD@} part, if any, replaced by {@code ****@}. */
  static String maskUserInfo(String uri) {
    return USER_INFO.matcher(uri).replaceFirst("$1" + MASK + "@");
  }

  /** A byte count with its K or M form when it is a whole number of them: {@code 1048576 (1M)}. */
  static String bytes(long value) {
    if (value != 0 && value % MEBI == 0) {
      return value + " (" + value / MEBI + "M)";
    }
    if (value != 0 && value % 1024 == 0) {
      return value + " (" + value / 1024 + "K)";
    }
    return Long.toString(value);
  }

  /**
   * The requirement of a range whose open ends are {@code Long.MIN_VALUE} and {@code
   * Long.MAX_VALUE}: {@code must be between 1 and 16}, {@code must be at least 1}, ...
   */
  static String range(long min, long max, boolean sizes) {
    return "must be " + bounds(min, max, sizes);
  }

  /** A range as a phrase: {@code between 1 and 16}, {@code at least 1}, {@code at most 16}. */
  static String bounds(long min, long max, boolean sizes) {
    String unit = sizes ? " bytes" : "";
    String low = sizes ? bytes(min) : Long.toString(min);
    String high = sizes ? bytes(max) : Long.toString(max);
    if (min != Long.MIN_VALUE && max != Long.MAX_VALUE) {
      return "between " + low + " and " + high + unit;
    } else if (min != Long.MIN_VALUE) {
      return "at least " + low + unit;
    }
    return "at most " + high + unit;
  }

  /** The requirement of a decimal range whose open ends are infinite. */
  static String range(double min, double max) {
    if (min != Double.NEGATIVE_INFINITY && max != Double.POSITIVE_INFINITY) {
      return "must be between " + decimal(min) + " and " + decimal(max);
    } else if (min != Double.NEGATIVE_INFINITY) {
      return "must be at least " + decimal(min);
    } else if (max != Double.POSITIVE_INFINITY) {
      return "must be at most " + decimal(max);
    }
    return "must be a number";
  }

  /** A finite bound without an exponent: {@code 0.0}, {@code 1.5}, {@code 35791394}. */
  private static String decimal(double value) {
    return BigDecimal.valueOf(value).toPlainString();
  }
}
