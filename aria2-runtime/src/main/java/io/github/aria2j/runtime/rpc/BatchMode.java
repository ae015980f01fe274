package io.github.aria2j.runtime.rpc;

/**
 * How an {@link RpcBatch} puts its calls on the wire.
 *
 * <p>Both send every call of the batch in one request and get every answer back in one reply;
 * each call succeeds or fails on its own.
 */
public enum BatchMode {

  /**
   * One {@code system.multicall} request: the calls are its entries, each carrying the secret in
   * its own {@code params} (the multicall itself takes none). aria2 answers each entry with a
   * one-element array holding its result, or with a bare error object.
   */
  MULTICALL,

  /**
   * A JSON-RPC 2.0 batch: an array of ordinary requests, each with its own id and secret. aria2
   * answers with an array of ordinary replies, which may come in any order and are matched by id.
   */
  JSON_RPC
}
