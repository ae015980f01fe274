/**
 * The JSON-RPC engine: request envelope, reply decoding, error recognition; not exported.
 */
package io.github.aria2j.runtime.internal.rpc;
