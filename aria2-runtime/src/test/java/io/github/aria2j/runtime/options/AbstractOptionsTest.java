package io.github.aria2j.runtime.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.runtime.json.ValueWriter;
import io.github.aria2j.runtime.json.ValueWriters;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The value map, the wire form, equality, masking and the escape hatch of the option sets. */
class AbstractOptionsTest {

  /** A hand-written stand-in for a generated option set. */
  static final class TestOptions extends AbstractOptions {
    private static final Map<String, String> ACCEPTED_BY =
        Map.of(
            "split", "TestOptions, OtherOptions",
            "log-level", "OtherOptions",
            "rpc-secret", "");

    private TestOptions(Builder builder) {
      super(builder, Set.of("http-passwd"), Set.of("all-proxy"));
    }

    static Builder builder() {
      return new Builder();
    }

    Builder toBuilder() {
      return new Builder(this);
    }

    static final class Builder extends AbstractOptions.AbstractBuilder<Builder> {
      Builder() {}

      Builder(TestOptions options) {
        super(options);
      }

      Builder split(long value) {
        return putValue("split", OptionValidation.integer("split", value, 1, Long.MAX_VALUE));
      }

      Builder header(String... values) {
        for (String value : values) {
          addValue("header", OptionValidation.line("header", value));
        }
        return this;
      }

      Builder set(String name, String value) {
        return putValue(name, value);
      }

      Builder option(String name, String value) {
        return putUnlisted(name, value, "TestOptions", ACCEPTED_BY);
      }

      TestOptions build() {
        return new TestOptions(this);
      }
    }
  }

  /** Another option set class, to show that equality depends on the class. */
  static final class OtherOptions extends AbstractOptions {
    OtherOptions(TestOptions.Builder builder) {
      super(builder, Set.of(), Set.of());
    }
  }

  private static String json(AbstractOptions options) {
    ValueWriter<AbstractOptions> writer = AbstractOptions.writer();
    return ValueWriters.toJson(options, writer);
  }

  @Test
  @DisplayName("the wire form: strings in the order set, arrays only for several values")
  void wireForm() {
    TestOptions options =
        TestOptions.builder()
            .split(4)
            .set("max-download-limit", "1048576")
            .header("A: b", "C: d")
            .build();

    assertThat(json(options))
        .isEqualTo(
            "{\"split\":\"4\",\"max-download-limit\":\"1048576\","
                + "\"header\":[\"A: b\",\"C: d\"]}");
    assertThat(json(TestOptions.builder().header("A: b").build()))
        .isEqualTo("{\"header\":\"A: b\"}");
    assertThat(json(TestOptions.builder().build())).isEqualTo("{}");
  }

  @Test
  @DisplayName("a typed writer for RPC parameters")
  void typedWriter() {
    ValueWriter<TestOptions> writer = AbstractOptions.writer();
    assertThat(ValueWriters.toJson(TestOptions.builder().split(2).build(), writer))
        .isEqualTo("{\"split\":\"2\"}");
  }

  @Test
  @DisplayName("a single-valued option is replaced; a cumulative one appended")
  void replaceAndAppend() {
    TestOptions options =
        TestOptions.builder().split(4).header("A: b").split(8).header("C: d").build();

    assertThat(options.asMap())
        .containsExactly(
            Map.entry("split", List.of("8")), Map.entry("header", List.of("A: b", "C: d")));
    assertThat(options.get("split")).containsExactly("8");
    assertThat(options.get("dir")).isEmpty();
    assertThat(options.isEmpty()).isFalse();
    assertThat(TestOptions.builder().build().isEmpty()).isTrue();
  }

  @Test
  @DisplayName("the options are immutable and independent of their builder")
  void immutable() {
    TestOptions.Builder builder = TestOptions.builder().header("A: b");
    TestOptions options = builder.build();
    builder.header("C: d").split(3);

    assertThat(options.asMap()).containsExactly(Map.entry("header", List.of("A: b")));
    assertThatThrownBy(() -> options.asMap().put("x", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> options.get("header").add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("a builder can start from an option set")
  void fromOptions() {
    TestOptions first = TestOptions.builder().split(4).header("A: b").build();
    TestOptions second = first.toBuilder().header("C: d").build();

    assertThat(second.get("header")).containsExactly("A: b", "C: d");
    assertThat(first.get("header")).containsExactly("A: b");
  }

  @Test
  @DisplayName("equal when of the same class with the same values")
  void equality() {
    TestOptions a = TestOptions.builder().split(4).header("A: b").build();
    TestOptions b = TestOptions.builder().header("A: b").split(4).build();
    TestOptions c = TestOptions.builder().split(5).header("A: b").build();
    OtherOptions other = new OtherOptions(TestOptions.builder().split(4).header("A: b"));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c).isNotEqualTo(other);
    assertThat(a).isNotEqualTo(null).isNotEqualTo("split=4");
  }

  @Test
  @DisplayName("toString masks secrets and proxy credentials")
  void masking() {
    TestOptions options =
        TestOptions.builder()
            .split(4)
            .set("http-passwd", "hunter2")
            .set("all-proxy", "http://me:hunter2@proxy:3128")
            .header("A: b", "C: d")
            .build();

    assertThat(options.toString())
        .isEqualTo(
            "TestOptions{split=4, http-passwd=****, all-proxy=http://****@proxy:3128,"
                + " header=[A: b, C: d]}")
        .doesNotContain("hunter2");
  }

  @Test
  @DisplayName("option(): unknown names are set verbatim")
  void unlistedUnknown() {
    TestOptions options = TestOptions.builder().option("new-option", "x").build();

    assertThat(json(options)).isEqualTo("{\"new-option\":\"x\"}");
  }

  @Test
  @DisplayName("option(): known names are refused, saying why")
  void unlistedKnown() {
    assertThatThrownBy(() -> TestOptions.builder().option("split", "4"))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage("split has a typed setter in TestOptions.Builder; use it instead of option()");
    assertThatThrownBy(() -> TestOptions.builder().option("log-level", "info"))
        .hasMessage(
            "log-level cannot be set in TestOptions: aria2 ignores it there; it belongs in"
                + " OtherOptions");
    assertThatThrownBy(() -> TestOptions.builder().option("rpc-secret", "x"))
        .hasMessage("rpc-secret cannot be set over RPC: aria2 ignores it in every call");
    assertThatThrownBy(() -> TestOptions.builder().option("--split", "4"))
        .hasMessageStartingWith("\"--split\" is not an option name");
    assertThatThrownBy(() -> TestOptions.builder().option("x", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("the value of option x is null");
  }
}
