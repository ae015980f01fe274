package io.github.aria2j.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecretTest {

  @Test
  @DisplayName("toString masks the secret; value() gives it to the wire code")
  void masked() {
    Secret secret = Secret.of("hunter2");

    assertThat(secret).hasToString("Secret[****]");
    assertThat(secret.value()).isEqualTo("hunter2");
  }

  @Test
  @DisplayName("secrets are equal by value")
  void equality() {
    assertThat(Secret.of("a")).isEqualTo(Secret.of("a")).hasSameHashCodeAs(Secret.of("a"));
    assertThat(Secret.of("a")).isNotEqualTo(Secret.of("b")).isNotEqualTo("a");
  }

  @Test
  @DisplayName("an empty or null secret is rejected")
  void rejected() {
    assertThatThrownBy(() -> Secret.of(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(() -> Secret.of(null)).isInstanceOf(NullPointerException.class);
  }
}
