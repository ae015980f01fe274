package io.github.aria2j.runtime;

/**
 * The common causes of an aria2 error reply, recognised from the code and message text.
 *
 * <p>aria2 reports every method error with code 1 and tells them apart only by the message, so
 * the kind is derived from the message texts of aria2 1.36 and 1.37. An error whose text is not
 * recognised is {@link #OTHER}; its message is still available.
 */
public enum RpcErrorKind {

  /** The secret is missing or wrong ({@code Unauthorized}); aria2 delays this answer ~2 s. */
  UNAUTHORIZED,

  /** No download has this GID ({@code GID … is not found}, {@code No such download …}). */
  GID_NOT_FOUND,

  /**
   * A GID prefix matches more than one download ({@code GID … is not unique}), or the GID given
   * with the {@code gid} option of an add method is in use ({@code GID … is not unique.}).
   */
  GID_NOT_UNIQUE,

  /**
   * The GID is not 16 hexadecimal digits or a prefix of them ({@code Invalid GID …}), or the
   * {@code gid} option of an add method is no GID ({@code … is invalid for GID.}).
   */
  INVALID_GID,

  /** An option value was rejected; see {@link Aria2RpcException#optionName()}. */
  INVALID_OPTION,

  /**
   * The download exists but its current state does not allow the call, such as pausing a paused
   * download or asking a stopped one for its peers.
   */
  NOT_CHANGEABLE_NOW,

  /** aria2 has no such method ({@code No such method: …}, or JSON-RPC code -32601). */
  NO_SUCH_METHOD,

  /**
   * A parameter is missing, has the wrong type or an illegal value, such as a negative count, a
   * torrent or Metalink document that cannot be parsed, or URIs that give nothing to download; or
   * code -32602.
   */
  INVALID_PARAMS,

  /** aria2 could not parse the request as JSON (code -32700). */
  PARSE_ERROR,

  /** The request was not a valid JSON-RPC request (code -32600). */
  INVALID_REQUEST,

  /** Any other error, such as a session file that could not be written. */
  OTHER
}
