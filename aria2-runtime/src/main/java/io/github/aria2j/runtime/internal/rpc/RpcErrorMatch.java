package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.RpcErrorKind;

/**
 * What {@link RpcErrorClassifier} recognised in an error reply.
 *
 * @param kind the recognised cause
 * @param gid the GID the message names, or {@code null}
 * @param optionName the option the message names, without dashes, or {@code null}
 */
public record RpcErrorMatch(RpcErrorKind kind, String gid, String optionName) {}
