package io.github.aria2j.runtime;

import io.github.aria2j.runtime.internal.rpc.RpcErrorClassifier;
import io.github.aria2j.runtime.internal.rpc.RpcErrorMatch;
import java.util.Objects;
import java.util.Optional;

/**
 * aria2 answered a call with a JSON-RPC error object.
 *
 * <p>The message names the method and repeats aria2's text and code, for example {@code
 * aria2.tellStatus failed: GID 2089b05ecca3d829 is not found (code 1)}. {@link #kind()} tells the
 * common cases apart.
 */
public final class Aria2RpcException extends Aria2Exception {

  private static final long serialVersionUID = 1L;

  /** The JSON-RPC error code. */
  private final int code;

  /** aria2's message text. */
  private final String serverMessage;

  /** The recognised cause. */
  private final RpcErrorKind kind;

  /** The GID named by the message, or {@code null}. */
  private final String gid;

  /** The option named by the message, or {@code null}. */
  private final String optionName;

  /**
   * Creates the exception for an error object, recognising its kind from code and message.
   *
   * @param method the RPC method that failed, such as {@code aria2.tellStatus}
   * @param code the error object's {@code code}
   * @param serverMessage the error object's {@code message}
   */
  public Aria2RpcException(String method, int code, String serverMessage) {
    this(method, code, serverMessage, RpcErrorClassifier.classify(code, serverMessage));
  }

  private Aria2RpcException(String method, int code, String serverMessage, RpcErrorMatch match) {
    super(method, detail(code, serverMessage, match.kind()), null);
    this.code = code;
    this.serverMessage = serverMessage;
    this.kind = match.kind();
    this.gid = match.gid();
    this.optionName = match.optionName();
  }

  private static String detail(int code, String serverMessage, RpcErrorKind kind) {
    Objects.requireNonNull(serverMessage, "serverMessage");
    String detail = serverMessage + " (code " + code + ")";
    if (kind == RpcErrorKind.UNAUTHORIZED) {
      // aria2's bare "Unauthorized" arrives after a deliberate ~2 s delay; say what to fix.
      detail += ": the client's secret is missing or does not match aria2's --rpc-secret";
    }
    return detail;
  }

  /**
   * Returns the JSON-RPC error code: 1 for every method error, negative for protocol errors.
   *
   * @return the code
   */
  public int code() {
    return code;
  }

  /**
   * Returns aria2's message text, unchanged.
   *
   * @return the message, such as {@code GID 2089b05ecca3d829 is not found}
   */
  public String serverMessage() {
    return serverMessage;
  }

  /**
   * Returns the cause recognised from the code and message.
   *
   * @return the kind; {@link RpcErrorKind#OTHER} when the text is not recognised
   */
  public RpcErrorKind kind() {
    return kind;
  }

  /**
   * Returns the GID the message names, if it names one.
   *
   * @return the GID or GID prefix as aria2 wrote it
   */
  public Optional<String> gid() {
    return Optional.ofNullable(gid);
  }

  /**
   * Returns the option whose value aria2 rejected, for {@link RpcErrorKind#INVALID_OPTION}.
   *
   * @return the option name without dashes, such as {@code split}
   */
  public Optional<String> optionName() {
    return Optional.ofNullable(optionName);
  }
}
