package io.github.aria2j.runtime;

/** Why no usable answer came back from aria2. */
public enum TransportErrorKind {

  /** aria2 could not be reached: connection refused, connect timeout, unknown host or TLS. */
  CONNECT,

  /** No complete answer came within the call's timeout; the request was abandoned. */
  TIMEOUT,

  /** An HTTP status other than 2xx, without a JSON-RPC error object in the body. */
  HTTP_STATUS,

  /** The answer was not a JSON-RPC reply to this request, or its result could not be decoded. */
  MALFORMED_RESPONSE,

  /** The answer was larger than the client's response size limit. */
  RESPONSE_TOO_LARGE,

  /**
   * The request was larger than the client's request size limit, which mirrors aria2's {@code
   * --rpc-max-request-size}; it was not sent.
   */
  REQUEST_TOO_LARGE,

  /** The client was closed before or during the call. */
  CLOSED,

  /** The calling thread was interrupted while waiting; its interrupt flag is set again. */
  INTERRUPTED,

  /** Another input/output failure, such as a connection closed in the middle of the answer. */
  IO
}
