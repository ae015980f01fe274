/**
 * JSON-RPC calls as data: method descriptors, the engine that runs them, and the transport SPI.
 *
 * <p>Generated clients hold one {@link io.github.aria2j.runtime.rpc.RpcMethod} constant per
 * aria2 method and call {@link io.github.aria2j.runtime.rpc.RpcEngine#call} or {@link
 * io.github.aria2j.runtime.rpc.RpcEngine#callAsync}; the engine writes the envelope, adds the
 * secret, sends the request through an {@link io.github.aria2j.runtime.rpc.RpcTransport} and
 * decodes the reply. Create an engine with {@link io.github.aria2j.runtime.rpc.RpcEngines}.
 *
 * <p>This package is public for the benefit of generated code; applications use the generated
 * client.
 */
package io.github.aria2j.runtime.rpc;
