/**
 * The hand-written runtime under the generated aria2 client.
 *
 * <p>It holds the JSON-RPC envelope, the transports, the error types and the JSON reading and
 * writing interfaces that generated code is written against. Jackson and {@code java.net.http}
 * are implementation details: neither appears in an exported signature.
 */
module io.github.aria2j.runtime {
  requires com.fasterxml.jackson.core;
  requires java.net.http;
  requires static transitive org.jspecify;

  exports io.github.aria2j.runtime;
  exports io.github.aria2j.runtime.daemon;
  exports io.github.aria2j.runtime.events;
  exports io.github.aria2j.runtime.json;
  exports io.github.aria2j.runtime.options;
  exports io.github.aria2j.runtime.rpc;
}
