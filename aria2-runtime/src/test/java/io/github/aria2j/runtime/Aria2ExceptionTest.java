package io.github.aria2j.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The two exception families: messages, accessors and kinds. */
class Aria2ExceptionTest {

  @Test
  @DisplayName("an RPC error's message names the method, aria2's text and the code")
  void rpcMessage() {
    Aria2RpcException e =
        new Aria2RpcException("aria2.tellStatus", 1, "GID 2089b05ecca3d829 is not found");

    assertThat(e)
        .hasMessage("aria2.tellStatus failed: GID 2089b05ecca3d829 is not found (code 1)")
        .hasNoCause();
    assertThat(e.detail()).isEqualTo("GID 2089b05ecca3d829 is not found (code 1)");
    assertThat(e.method()).isEqualTo("aria2.tellStatus");
    assertThat(e.kind()).isEqualTo(RpcErrorKind.GID_NOT_FOUND);
    assertThat(e.gid()).contains("2089b05ecca3d829");
    assertThat(e.optionName()).isEmpty();
  }

  @Test
  @DisplayName("an invalid option error carries the option's name")
  void rpcOptionName() {
    Aria2RpcException e =
        new Aria2RpcException(
            "aria2.changeOption", 1,
            "We encountered a problem while processing the option '--split'.");

    assertThat(e.kind()).isEqualTo(RpcErrorKind.INVALID_OPTION);
    assertThat(e.optionName()).contains("split");
    assertThat(e.gid()).isEmpty();
  }

  @Test
  @DisplayName("an unrecognised error is OTHER and keeps aria2's text")
  void rpcOther() {
    Aria2RpcException e = new Aria2RpcException("aria2.saveSession", 1, "Filename is not given.");

    assertThat(e.kind()).isEqualTo(RpcErrorKind.OTHER);
    assertThat(e.serverMessage()).isEqualTo("Filename is not given.");
    assertThat(e.code()).isEqualTo(1);
  }

  @Test
  @DisplayName("a transport error names method and problem, and keeps its cause")
  void transport() {
    IOException cause = new IOException("reset");
    Aria2TransportException e =
        new Aria2TransportException("aria2.getVersion", TransportErrorKind.IO, "I/O error", cause);

    assertThat(e).hasMessage("aria2.getVersion failed: I/O error").hasCause(cause);
    assertThat(e.kind()).isEqualTo(TransportErrorKind.IO);
    assertThat(e.httpStatus()).isEmpty();
  }

  @Test
  @DisplayName("an HTTP status error carries the status")
  void httpStatus() {
    Aria2TransportException e = new Aria2TransportException("aria2.getVersion", 503, "busy");

    assertThat(e.kind()).isEqualTo(TransportErrorKind.HTTP_STATUS);
    assertThat(e.httpStatus()).hasValue(503);
  }

  @Test
  @DisplayName("method, message and kind are required")
  void nullsRejected() {
    assertThatThrownBy(() -> new Aria2RpcException(null, 1, "x"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Aria2RpcException("m", 1, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Aria2TransportException("m", null, "x", null))
        .isInstanceOf(NullPointerException.class);
  }
}
