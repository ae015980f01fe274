package io.github.aria2j.runtime.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ReconnectPolicyTest {

  private final ReconnectPolicy policy =
      new ReconnectPolicy(Duration.ofMillis(100), Duration.ofSeconds(2), 2.0, 0.25, 0);

  @Test
  void delaysGrowByTheMultiplierUpToTheCap() {
    assertThat(policy.delayBefore(1, 0.5)).isEqualTo(Duration.ofMillis(100));
    assertThat(policy.delayBefore(2, 0.5)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.delayBefore(4, 0.5)).isEqualTo(Duration.ofMillis(800));
    assertThat(policy.delayBefore(10, 0.5)).isEqualTo(Duration.ofSeconds(2));
    assertThat(policy.delayBefore(10_000, 0.5)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void jitterMovesTheDelayBothWaysByAtMostItsShare() {
    assertThat(policy.delayBefore(2, 0.0)).isEqualTo(Duration.ofMillis(150));
    assertThat(policy.delayBefore(2, 0.999_999)).isBetween(
        Duration.ofMillis(249), Duration.ofMillis(250));
  }

  @Test
  void attemptsAreUnlimitedUnlessCapped() {
    assertThat(policy.allows(1_000_000)).isTrue();
    assertThat(policy.withMaxAttempts(3).allows(3)).isTrue();
    assertThat(policy.withMaxAttempts(3).allows(4)).isFalse();
  }

  @Test
  void componentsOutOfRangeAreRejectedByName() {
    assertThatThrownBy(() -> policy.withDelays(Duration.ofSeconds(3), Duration.ofSeconds(1)))
        .hasMessageContaining("maxDelay");
    assertThatThrownBy(() -> policy.withJitter(1.5)).hasMessageContaining("jitter");
    assertThatThrownBy(() -> policy.withMaxAttempts(-1)).hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> policy.delayBefore(0, 0.5)).hasMessageContaining("attempt");
  }
}
