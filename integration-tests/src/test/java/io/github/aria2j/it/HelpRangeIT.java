package io.github.aria2j.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Checks how {@link HelpRange} and {@link UnitNumbers} read help ranges and sizes; needs no aria2c. */
class HelpRangeIT {

    @Test
    void readsBoundsWithUnboundedStar() {
        assertThat(HelpRange.parse("1-600")).contains(new HelpRange(BigDecimal.ONE, BigDecimal.valueOf(600)));
        assertThat(HelpRange.parse("0-*")).contains(new HelpRange(BigDecimal.ZERO, null));
        assertThat(HelpRange.parse("0.0-*").orElseThrow().hasBounds(BigDecimal.ZERO, null)).isTrue();
    }

    @Test
    void scalesSizeSuffixes() {
        HelpRange range = HelpRange.parse("1M-1024M").orElseThrow();
        assertThat(range.hasBounds(BigDecimal.valueOf(1_048_576), BigDecimal.valueOf(1_073_741_824L))).isTrue();
        assertThat(UnitNumbers.toBytes("16M")).isEqualTo("16777216");
        assertThat(UnitNumbers.toBytes("50K")).isEqualTo("51200");
        assertThat(UnitNumbers.toBytes("9223372036854775807")).isEqualTo("9223372036854775807");
    }

    @Test
    void ignoresTextThatIsNotARange() {
        assertThat(HelpRange.parse("true, false")).isEmpty();
        assertThat(HelpRange.parse("/path/to/file")).isEmpty();
        assertThat(HelpRange.parse("HOST:PORT")).isEmpty();
        assertThat(HelpRange.parse(null)).isEmpty();
    }

    @Test
    void comparesBoundsNumerically() {
        HelpRange range = HelpRange.parse("1-*").orElseThrow();
        assertThat(range.hasBounds(new BigDecimal("1.0"), null)).isTrue();
        assertThat(range.hasBounds(BigDecimal.ONE, BigDecimal.TEN)).isFalse();
        assertThat(range.hasBounds(null, null)).isFalse();
    }
}
