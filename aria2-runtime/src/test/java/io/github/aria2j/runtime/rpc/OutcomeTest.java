package io.github.aria2j.runtime.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.runtime.Aria2RpcException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The two outcomes of a call in a batch. */
class OutcomeTest {

  @Test
  @DisplayName("a success holds its value, null included")
  void success() {
    Outcome<String> outcome = new Outcome.Success<>("gid");

    assertThat(outcome.isSuccess()).isTrue();
    assertThat(outcome.getOrThrow()).isEqualTo("gid");
    assertThat(new Outcome.Success<>(null).getOrThrow()).isNull();
  }

  @Test
  @DisplayName("a failure throws its own error, the same instance each time")
  void failure() {
    Aria2RpcException error = new Aria2RpcException("aria2.remove", 1, "GID 1 is not found");
    Outcome<String> outcome = new Outcome.Failure<>(error);

    assertThat(outcome.isSuccess()).isFalse();
    assertThatThrownBy(outcome::getOrThrow).isSameAs(error);
    assertThatThrownBy(outcome::getOrThrow).isSameAs(error);
    assertThatThrownBy(() -> new Outcome.Failure<String>(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  @DisplayName("a batch result copies its entries")
  void resultCopies() {
    assertThat(new BatchResult(List.of()).failures()).isEmpty();
    assertThatThrownBy(() -> new BatchResult(null)).isInstanceOf(NullPointerException.class);
  }
}
