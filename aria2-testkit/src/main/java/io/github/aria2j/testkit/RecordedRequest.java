package io.github.aria2j.testkit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A call that {@link FakeAria2} received, as logged for assertions.
 *
 * <p>The secret is never part of it: a leading {@code "token:..."} parameter is removed, from
 * the entries of a {@code system.multicall} too. Each entry of a multicall is also logged as a
 * call of its own, after the multicall itself.
 *
 * @param method the method's wire name, such as {@code aria2.addUri}, as sent (also when aria2
 *     does not know it)
 * @param params the parameters as generic values: {@code Map}, {@code List}, {@code String},
 *     {@code Long} for integers, {@code Double}, {@code Boolean} and {@code null}
 * @param transport how the call arrived
 */
public record RecordedRequest(String method, List<Object> params, Transport transport) {

  /** How a call reached the fake. */
  public enum Transport {
    /** An HTTP POST to {@code /jsonrpc}. */
    HTTP,
    /** A message on a WebSocket to {@code /jsonrpc}. */
    WEBSOCKET
  }

  /**
   * Checks the components and copies the parameters.
   *
   * @param method the method's wire name
   * @param params the parameters, without the secret
   * @param transport how the call arrived
   */
  public RecordedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(transport, "transport");
    params = Collections.unmodifiableList(new ArrayList<>(params)); // JSON null is a value here
  }
}
