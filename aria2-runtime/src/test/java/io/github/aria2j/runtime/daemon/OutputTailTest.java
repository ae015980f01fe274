package io.github.aria2j.runtime.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The output ring buffer: bounded, clean, and never showing the secret. */
class OutputTailTest {

  private static OutputTail drained(String text, String secret) {
    OutputTail tail =
        OutputTail.drain(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test-drain", secret);
    tail.awaitEnd(Duration.ofSeconds(10));
    return tail;
  }

  @Test
  @DisplayName("lines end at \\n or \\r; blank lines and escape codes go, indentation stays")
  void cleansLines() {
    OutputTail tail =
        drained("\n11/23 [\u001B[1;31mERROR\u001B[0m] bad  \r\n\r\n  \n  usage\rdone", null);

    assertThat(tail.text()).isEqualTo("11/23 [ERROR] bad\n  usage\ndone");
    assertThat(tail.contains("[ERROR] bad")).isTrue();
    assertThat(tail.contains("missing")).isFalse();
  }

  @Test
  @DisplayName("only the last 200 lines are kept, and last(n) gives the last n of them")
  void bounded() {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 250; i++) {
      text.append("line ").append(i).append('\n');
    }

    OutputTail tail = drained(text.toString(), null);

    assertThat(tail.text().split("\n"))
        .hasSize(OutputTail.MAX_LINES)
        .startsWith("line 51")
        .endsWith("line 250");
    assertThat(tail.last(2)).isEqualTo("line 249\nline 250");
  }

  @Test
  @DisplayName("a very long line is cut, and the next line is kept whole")
  void longLineCut() {
    OutputTail tail = drained("x".repeat(5000) + "\nnext\n", null);

    String[] lines = tail.text().split("\n");
    assertThat(lines[0]).hasSize(OutputTail.MAX_LINE_CHARS + " [...]".length()).endsWith(" [...]");
    assertThat(lines[1]).isEqualTo("next");
  }

  @Test
  @DisplayName("the secret is masked should the process ever print it")
  void masksSecret() {
    OutputTail tail = drained("token:0123abcd rejected\n", "0123abcd");

    assertThat(tail.text()).isEqualTo("token:**** rejected");
  }
}
