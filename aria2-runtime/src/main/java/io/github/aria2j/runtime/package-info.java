/**
 * What applications see of the runtime: the exceptions, the connection settings and the secret.
 *
 * <p>Every failure is an unchecked {@link io.github.aria2j.runtime.Aria2Exception} naming the
 * RPC method: an {@link io.github.aria2j.runtime.Aria2RpcException} when aria2 answered with an
 * error, an {@link io.github.aria2j.runtime.Aria2TransportException} when no usable answer came.
 */
package io.github.aria2j.runtime;
