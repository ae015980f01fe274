package io.github.aria2j.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({"250, 250 ms", "1000, 1 s", "1500, 1.5 s", "1050, 1.05 s", "1001, 1.001 s",
      "30000, 30 s", "0, 0 ms"})
  void describe(long millis, String expected) {
    assertThat(Durations.describe(Duration.ofMillis(millis))).isEqualTo(expected);
  }
}
