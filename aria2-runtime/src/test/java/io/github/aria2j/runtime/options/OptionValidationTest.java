package io.github.aria2j.runtime.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks of the scalar kinds: integers, sizes, decimals, enumerations, text, names. */
class OptionValidationTest {

  @Test
  @DisplayName("integer: values in range come back in decimal; the ends are inclusive")
  void integerValid() {
    assertThat(OptionValidation.integer("split", 1, 1, Long.MAX_VALUE)).isEqualTo("1");
    assertThat(OptionValidation.integer("timeout", 600, 1, 600)).isEqualTo("600");
    assertThat(OptionValidation.integer("x", -5, Long.MIN_VALUE, Long.MAX_VALUE)).isEqualTo("-5");
  }

  @Test
  @DisplayName("integer: a value out of range names the option, the range and the value")
  void integerInvalid() {
    assertThatThrownBy(() -> OptionValidation.integer("split", 0, 1, Long.MAX_VALUE))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage("split must be at least 1 (got 0)");
    assertThatThrownBy(() -> OptionValidation.integer("timeout", 601, 1, 600))
        .hasMessage("timeout must be between 1 and 600 (got 601)");
    assertThatThrownBy(() -> OptionValidation.integer("x", 11, Long.MIN_VALUE, 10))
        .hasMessage("x must be at most 10 (got 11)");
  }

  @Test
  @DisplayName("the exception tells the option and the requirement apart")
  void exceptionParts() {
    InvalidOptionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidOptionException.class, () -> OptionValidation.integer("split", 0, 1, 16));
    assertThat(e.optionName()).isEqualTo("split");
    assertThat(e.requirement()).isEqualTo("must be between 1 and 16");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0, 0",
    "1048576, 1048576",
    "1M, 1048576",
    "1m, 1048576",
    "500K, 512000",
    "500k, 512000",
    "8796093022207M, 9223372036853727232"
  })
  @DisplayName("unitNumber: digits with an optional K or M, scaled to bytes")
  void unitNumberValid(String size, String bytes) {
    assertThat(OptionValidation.unitNumber("max-download-limit", size, 0, Long.MAX_VALUE))
        .isEqualTo(bytes);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"1G", "1.5M", "-1", "", "M", "1 M", " 1", "1MB", "0x10", "1K "})
  @DisplayName("unitNumber: other forms are rejected with the accepted format")
  void unitNumberMalformed(String size) {
    assertThatThrownBy(() -> OptionValidation.unitNumber("max-download-limit", size, 0, 10))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageStartingWith(
            "max-download-limit must be a whole number of bytes, optionally followed by K (1024)"
                + " or M (1048576), such as 500K or 1M (got \"");
  }

  @Test
  @DisplayName("unitNumber: the range applies after scaling and is shown with K/M forms")
  void unitNumberRange() {
    assertThat(OptionValidation.unitNumber("min-split-size", "1024M", 1048576, 1073741824))
        .isEqualTo("1073741824");
    assertThatThrownBy(
            () -> OptionValidation.unitNumber("min-split-size", "500K", 1048576, 1073741824))
        .hasMessage(
            "min-split-size must be between 1048576 (1M) and 1073741824 (1024M) bytes"
                + " (got \"500K\" = 512000 bytes)");
    assertThatThrownBy(
            () -> OptionValidation.unitNumber("min-split-size", 1000, 1048576, 1073741824))
        .hasMessage(
            "min-split-size must be between 1048576 (1M) and 1073741824 (1024M) bytes (got 1000)");
    assertThatThrownBy(() -> OptionValidation.unitNumber("x", "9999999999999999M", 0, 10))
        .hasMessage("x must be at most 9223372036854775807 bytes (got \"9999999999999999M\")");
  }

  @Test
  @DisplayName("unitNumber: sizes are never negative, even without a minimum")
  void unitNumberNegative() {
    assertThat(OptionValidation.unitNumber("lowest-speed-limit", 51200, 0, Long.MAX_VALUE))
        .isEqualTo("51200");
    assertThatThrownBy(
            () -> OptionValidation.unitNumber("lowest-speed-limit", -1, Long.MIN_VALUE,
                Long.MAX_VALUE))
        .hasMessage("lowest-speed-limit must be at least 0 bytes (got -1)");
  }

  @Test
  @DisplayName("decimal: plain notation on the wire; range checked; NaN never")
  void decimal() {
    double inf = Double.POSITIVE_INFINITY;
    assertThat(OptionValidation.decimal("seed-ratio", 1.0, 0.0, inf)).isEqualTo("1");
    assertThat(OptionValidation.decimal("seed-ratio", 1.5, 0.0, inf)).isEqualTo("1.5");
    assertThat(OptionValidation.decimal("seed-ratio", 0.0, 0.0, inf)).isEqualTo("0");
    assertThat(OptionValidation.decimal("seed-ratio", 1e-7, 0.0, inf)).isEqualTo("0.0000001");
    assertThat(OptionValidation.decimal("seed-ratio", 1e20, 0.0, inf))
        .isEqualTo("100000000000000000000");
    assertThatThrownBy(() -> OptionValidation.decimal("seed-ratio", -0.5, 0.0, inf))
        .hasMessage("seed-ratio must be at least 0.0 (got -0.5)");
    assertThatThrownBy(() -> OptionValidation.decimal("seed-ratio", Double.NaN, 0.0, inf))
        .hasMessage("seed-ratio must be at least 0.0 (got NaN)");
    assertThatThrownBy(() -> OptionValidation.decimal("r", 3, 1.0, 2.0))
        .hasMessage("r must be between 1.0 and 2.0 (got 3.0)");
    assertThatThrownBy(() -> OptionValidation.decimal("r", Double.NaN, -inf, inf))
        .hasMessage("r must be a number (got NaN)");
  }

  @Test
  @DisplayName("decimal: an infinity goes as strtod's inf where the range is open on its side")
  void decimalInfinity() {
    double inf = Double.POSITIVE_INFINITY;
    assertThat(OptionValidation.decimal("seed-ratio", inf, 0.0, inf)).isEqualTo("inf");
    assertThat(OptionValidation.decimal("r", -inf, -inf, inf)).isEqualTo("-inf");
    assertThatThrownBy(() -> OptionValidation.decimal("seed-time", inf, 0.0, 35791394.0))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage("seed-time must be between 0.0 and 35791394 (got Infinity)");
    assertThatThrownBy(() -> OptionValidation.decimal("seed-ratio", -inf, 0.0, inf))
        .hasMessage("seed-ratio must be at least 0.0 (got -Infinity)");
  }

  @Test
  @DisplayName("oneOf: exact, case-sensitive match; the message lists the accepted values")
  void oneOf() {
    String[] levels = {"debug", "info", "notice", "warn", "error"};
    assertThat(OptionValidation.oneOf("log-level", "notice", levels)).isEqualTo("notice");
    assertThatThrownBy(() -> OptionValidation.oneOf("log-level", "Notice", levels))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage("log-level must be one of debug, info, notice, warn, error (got \"Notice\")");
    assertThatThrownBy(() -> OptionValidation.oneOf("log-level", null, levels))
        .hasMessage(
            "log-level must be one of debug, info, notice, warn, error"
                + " (got a constant without a wire value)");
  }

  @Test
  @DisplayName("text: empty only where allowed; the value is never shown")
  void text() {
    assertThat(OptionValidation.text("dir", "/tmp", false)).isEqualTo("/tmp");
    assertThat(OptionValidation.text("http-passwd", "", true)).isEmpty();
    assertThatThrownBy(() -> OptionValidation.text("dir", "", false))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage("dir must not be empty");
    assertThatThrownBy(() -> OptionValidation.text("http-passwd", null, true))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("the value of option http-passwd is null");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"2089b05ecca3d829", "2089B05ECCA3D829", "0000000000000001"})
  @DisplayName("gid: 16 hexadecimal digits in either case, as given")
  void gidValid(String gid) {
    assertThat(OptionValidation.gid("gid", gid)).isEqualTo(gid);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "", "abc", "0000000000000000", "2089b05ecca3d8290", "2089b05ecca3d82", "2089b05ecca3d82g"
      })
  @DisplayName("gid: anything else, the all-zero GID included, is refused and shown")
  void gidInvalid(String gid) {
    assertThatThrownBy(() -> OptionValidation.gid("gid", gid))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage("gid must be a GID: 16 hexadecimal digits, not all zero (got \"" + gid + "\")");
  }

  @Test
  @DisplayName("line: a cumulative value cannot carry a line break (header injection)")
  void line() {
    assertThat(OptionValidation.line("header", "X-A: b")).isEqualTo("X-A: b");
    assertThatThrownBy(() -> OptionValidation.line("header", "X-A: b\r\nX-B: c"))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage("header must not contain a line break (got \"X-A: b\\r\\nX-B: c\")");
  }

  @Test
  @DisplayName("long values are cut at 40 characters in messages")
  void longValuesCut() {
    String value = "x".repeat(50);
    assertThatThrownBy(() -> OptionValidation.oneOf("log-level", value, "debug"))
        .hasMessage("log-level must be one of debug (got \"" + "x".repeat(40) + "...\")");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"split", "max-download-limit", "no-want-digest-header", "7z"})
  @DisplayName("optionName: lower-case letters, digits and '-'")
  void optionNameValid(String name) {
    assertThat(OptionValidation.optionName(name)).isEqualTo(name);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"--split", "Split", "max_download", "", "-x", "a b", "dir="})
  @DisplayName("optionName: anything else is rejected with the expected form")
  void optionNameInvalid(String name) {
    assertThatThrownBy(() -> OptionValidation.optionName(name))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage(
            "\"" + name + "\" is not an option name: option names are lower-case letters, digits"
                + " and '-' without the leading --, such as max-download-limit");
  }
}
