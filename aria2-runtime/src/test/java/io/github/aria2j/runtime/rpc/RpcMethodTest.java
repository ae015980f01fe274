package io.github.aria2j.runtime.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.aria2j.runtime.json.ValueReaders;
import io.github.aria2j.runtime.json.ValueWriters;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Method and parameter descriptors check themselves when generated code builds them. */
class RpcMethodTest {

  @Test
  @DisplayName("the factories describe required and optional parameters")
  void factories() {
    RpcParam<String> gid = RpcParam.required("gid", ValueWriters.STRING);
    RpcParam<List<String>> keys =
        RpcParam.optional(
            "keys", ValueWriters.listOf(ValueWriters.STRING), ValueWriters.emptyArray());
    RpcParam<Integer> last = RpcParam.optionalLast("position", ValueWriters.INT_NUMBER);

    assertThat(gid.required()).isTrue();
    assertThat(keys.required()).isFalse();
    assertThat(keys.emptyWriter()).isNotNull();
    assertThat(last.emptyWriter()).isNull();
  }

  @Test
  @DisplayName("a method copies its parameter list")
  void paramsCopied() {
    List<RpcParam<?>> params = new ArrayList<>();
    params.add(RpcParam.required("gid", ValueWriters.STRING));
    RpcMethod<String> method =
        new RpcMethod<>("aria2.remove", TokenPlacement.REQUIRED, params, ValueReaders.STRING);
    params.clear();

    assertThat(method.params()).hasSize(1);
    assertThatThrownBy(() -> method.params().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  @DisplayName("withResult keeps name, token and params and swaps only the reader")
  void withResult() {
    RpcMethod<String> method =
        RpcMethod.of(
            "aria2.tellStatus",
            TokenPlacement.REQUIRED,
            ValueReaders.STRING,
            RpcParam.required("gid", ValueWriters.STRING));
    RpcMethod<Long> other = method.withResult(ValueReaders.LONG);

    assertThat(other.name()).isEqualTo("aria2.tellStatus");
    assertThat(other.token()).isEqualTo(TokenPlacement.REQUIRED);
    assertThat(other.params()).isSameAs(method.params());
    assertThat(ValueReaders.fromJson("\"12\"", other.result())).isEqualTo(12L);
  }

  @Test
  @DisplayName("an optional parameter followed by another must have an emptyWriter")
  void middleOptionalNeedsEmptyWriter() {
    assertThatThrownBy(
            () ->
                RpcMethod.of(
                    "aria2.addUri",
                    TokenPlacement.REQUIRED,
                    ValueReaders.STRING,
                    RpcParam.required("uris", ValueWriters.listOf(ValueWriters.STRING)),
                    RpcParam.optionalLast("options", ValueWriters.mapOf(ValueWriters.STRING)),
                    RpcParam.optionalLast("position", ValueWriters.INT_NUMBER)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "aria2.addUri: optional parameter 'options' is followed by another and needs an"
                + " emptyWriter");
  }

  @Test
  @DisplayName("blank names and missing parts are rejected")
  void invalidParts() {
    assertThatThrownBy(() -> RpcMethod.of(" ", TokenPlacement.REQUIRED, ValueReaders.STRING))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RpcParam.required("", ValueWriters.STRING))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RpcMethod.of("m", null, ValueReaders.STRING))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> RpcParam.required("p", null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  @DisplayName("a transport request describes itself without its body")
  void transportRequestToString() {
    TransportRequest request =
        new TransportRequest("aria2.getVersion", 3, new byte[83], Duration.ofSeconds(1));

    assertThat(request).hasToString("TransportRequest[method=aria2.getVersion, id=3, 83 bytes]");
    assertThat(new TransportReply(200, new byte[5]))
        .hasToString("TransportReply[status=200, 5 bytes]");
  }
}
