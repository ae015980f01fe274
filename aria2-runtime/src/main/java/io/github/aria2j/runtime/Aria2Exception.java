package io.github.aria2j.runtime;

import java.util.Objects;

/**
 * A failed call to aria2; the message always names the RPC method.
 *
 * <p>There are two kinds: {@link Aria2RpcException} when aria2 answered with an error object,
 * and {@link Aria2TransportException} when no usable answer came back. Futures of asynchronous
 * calls complete exceptionally with the same types; {@code join()} wraps them in a {@code
 * CompletionException} and {@code get()} in an {@code ExecutionException}.
 */
public abstract sealed class Aria2Exception extends RuntimeException
    permits Aria2RpcException, Aria2TransportException {

  private static final long serialVersionUID = 1L;

  /** The RPC method that failed. */
  private final String method;

  /** The message without the method prefix. */
  private final String detail;

  Aria2Exception(String method, String detail, Throwable cause) {
    super(Objects.requireNonNull(method, "method") + " failed: " + detail, cause);
    this.method = method;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /**
   * Returns the RPC method that failed.
   *
   * @return a method name such as {@code aria2.tellStatus}
   */
  public String method() {
    return method;
  }

  /**
   * Returns what went wrong, without the {@code "<method> failed: "} prefix of the message.
   *
   * @return the detail, such as {@code GID 2089b05ecca3d829 is not found (code 1)}
   */
  public String detail() {
    return detail;
  }
}
