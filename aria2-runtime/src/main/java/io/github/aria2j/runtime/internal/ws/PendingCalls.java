package io.github.aria2j.runtime.internal.ws;

import io.github.aria2j.runtime.Aria2TransportException;
import io.github.aria2j.runtime.TransportErrorKind;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The calls waiting for a reply on one connection, keyed by request id.
 *
 * <p>Whoever removes a call from the table completes it: a reply, a connection failure, or the
 * call itself when it ends otherwise (timeout, cancel). That makes each outcome exclusive
 * without locks.
 */
final class PendingCalls {

  private final ConcurrentHashMap<Long, PendingCall> calls = new ConcurrentHashMap<>();
  private volatile WsFailures.Reason failure;

  /**
   * Adds a call before its frame is sent.
   *
   * @return false, with the call left untouched, if the connection has already failed: the
   *     caller should try it on a new connection
   */
  boolean add(PendingCall call) {
    call.attach(this);
    Long id = call.id();
    if (calls.putIfAbsent(id, call) != null) {
      call.fail(new Aria2TransportException(call.method(), TransportErrorKind.IO,
          "request id " + id + " is already waiting for a reply on this connection", null));
      return true;
    }
    if (call.isDone()) { // timed out or cancelled before it was in the table
      calls.remove(id, call);
      return true;
    }
    // failAll may have run before the put; if it did not take this call, it is ours to retry.
    return failure == null || !calls.remove(id, call);
  }

  /**
   * Completes the call with this id with a reply.
   *
   * @return false if no such call is waiting (it timed out, was cancelled, or never existed)
   */
  boolean complete(long id, byte[] reply) {
    PendingCall call = calls.remove(id);
    if (call == null) {
      return false;
    }
    call.succeed(reply);
    return true;
  }

  /** Completes the first waiting call among {@code ids}, for batch replies. */
  boolean completeAny(long[] ids, byte[] reply) {
    for (long id : ids) {
      if (complete(id, reply)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a call with one of these ids is waiting. */
  boolean waitingAny(long[] ids) {
    for (long id : ids) {
      if (calls.containsKey(id)) {
        return true;
      }
    }
    return false;
  }

  /** Fails the call with this id, if it is waiting. */
  boolean fail(long id, WsFailures.Reason reason) {
    PendingCall call = calls.remove(id);
    if (call == null) {
      return false;
    }
    call.fail(reason.forCall(call.method()));
    return true;
  }

  /** Fails every waiting call, and refuses calls added later. */
  void failAll(WsFailures.Reason reason) {
    failure = reason;
    for (PendingCall call : calls.values()) {
      if (calls.remove(call.id(), call)) {
        call.fail(reason.forCall(call.method()));
      }
    }
  }

  /** Drops a call that ended by itself; a no-op if something else removed it first. */
  void remove(PendingCall call) {
    calls.remove(call.id(), call);
  }

  int size() {
    return calls.size();
  }
}
