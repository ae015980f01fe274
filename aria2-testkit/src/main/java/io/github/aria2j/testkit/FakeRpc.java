package io.github.aria2j.testkit;

import io.github.aria2j.runtime.Secret;
import io.github.aria2j.runtime.json.JsonDecodingException;
import io.github.aria2j.runtime.json.ValueReaders;
import io.github.aria2j.runtime.json.ValueWriters;
import io.github.aria2j.runtime.rpc.TokenPlacement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * aria2's JSON-RPC semantics for {@link FakeAria2}, as observed on aria2c 1.36: the envelope and
 * its errors, batches, the secret, {@code system.multicall}, and the method errors aria2 raises
 * before a method runs. Replies come from the scripts, else from {@link DefaultReplies}.
 *
 * <p>What aria2 does and this does too: every method error has code 1 and HTTP status 400; a
 * leading {@code "token:..."} parameter is removed before the method sees its parameters; with a
 * secret, a wrong or missing token gives {@code Unauthorized}, checked before the method name,
 * so an unknown method called without the token is {@code Unauthorized} as well; {@code
 * system.listMethods}, {@code system.listNotifications} and {@code system.multicall} take no
 * token (an outer token on a multicall is a wrong-typed parameter); each multicall entry
 * succeeds as {@code [result]} or fails as a bare {@code {code, message}}. Unlike aria2, an
 * unauthorized answer is not delayed.
 */
final class FakeRpc {

  /**
   * An HTTP answer.
   *
   * @param status the HTTP status
   * @param body the JSON text
   */
  record Answer(int status, String body) {}

  /** A method error: code 1 unless scripted otherwise. */
  private static final class MethodError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int code;

    MethodError(int code, String message) {
      super(message, null, false, false);
      this.code = code;
    }
  }

  private static final String MULTICALL = "system.multicall";

  private final Secret secret;
  private final Function<String, Function<List<Object>, FakeReply>> scripts;
  private final DefaultReplies defaults;
  private final Consumer<RecordedRequest> log;

  /**
   * Creates the semantics for one fake.
   *
   * @param secret the secret calls must carry, or {@code null} for none
   * @param scripts the script of a method, or {@code null} when it has none
   * @param defaults the answers without a script
   * @param log receives each call received
   */
  FakeRpc(
      Secret secret,
      Function<String, Function<List<Object>, FakeReply>> scripts,
      DefaultReplies defaults,
      Consumer<RecordedRequest> log) {
    this.secret = secret;
    this.scripts = scripts;
    this.defaults = defaults;
    this.log = log;
  }

  /**
   * Answers a request body: one call, or a batch.
   *
   * @param body the JSON text received
   * @param transport how it arrived
   * @return the HTTP status and the JSON answer
   */
  Answer handle(byte[] body, RecordedRequest.Transport transport) {
    Object request;
    try {
      request = ValueReaders.fromJson(body, ValueReaders.ANY);
    } catch (JsonDecodingException e) {
      return answer(500, envelope(null, null, error(-32700, "Parse error.")));
    }
    if (request instanceof List<?> batch) {
      List<Object> answers = new ArrayList<>();
      for (Object element : batch) {
        if (element instanceof Map<?, ?> call) {
          answers.add(single(call, transport).body);
        }
      }
      return answer(200, answers);
    }
    if (request instanceof Map<?, ?> call) {
      Reply reply = single(call, transport);
      return answer(reply.status, reply.body);
    }
    return answer(400, envelope(null, null, error(-32600, "Invalid Request.")));
  }

  private record Reply(int status, Map<String, Object> body) {}

  private Reply single(Map<?, ?> call, RecordedRequest.Transport transport) {
    if (!call.containsKey("id")) {
      return new Reply(400, envelope(null, null, error(-32600, "Invalid Request.")));
    }
    Object id = call.get("id");
    if (!(call.get("method") instanceof String method)) {
      return new Reply(400, envelope(id, null, error(-32600, "Invalid Request.")));
    }
    Object params = call.containsKey("params") ? call.get("params") : List.of();
    if (!(params instanceof List<?> list)) {
      return new Reply(500, envelope(id, null, error(-32602, "Invalid params.")));
    }
    try {
      return new Reply(200, envelope(id, invoke(method, list, transport), null));
    } catch (MethodError e) {
      return new Reply(400, envelope(id, null, error(e.code, e.getMessage())));
    }
  }

  private Object invoke(String method, List<?> received, RecordedRequest.Transport transport)
      throws MethodError {
    Aria2Catalog.MethodInfo info = Aria2Catalog.method(method);
    // aria2 authorizes every method but these three, unknown ones included.
    boolean authorizes = info == null || info.token() == TokenPlacement.REQUIRED;
    List<Object> params = new ArrayList<>(received);
    String token = null;
    if (authorizes && !params.isEmpty() && isToken(params.get(0))) {
      token = ((String) params.remove(0)).substring("token:".length());
    }
    log.accept(new RecordedRequest(method, withoutTokens(method, params), transport));
    if (authorizes && secret != null && !matches(token)) {
      throw new MethodError(1, "Unauthorized");
    }
    if (info == null) {
      throw new MethodError(1, "No such method: " + method);
    }
    if (method.equals(MULTICALL)) {
      return multicall(params, transport);
    }
    if (params.size() < info.requiredParams()) {
      throw new MethodError(1, "The parameter at " + params.size() + " is required but missing.");
    }
    Function<List<Object>, FakeReply> script = scripts.apply(method);
    FakeReply reply;
    try {
      reply = script != null ? script.apply(nullsAllowed(params)) : defaults.reply(method, params);
    } catch (RuntimeException e) {
      reply = FakeReply.error(1, "FakeAria2: the script of " + method + " threw " + e);
    }
    if (reply.isError()) {
      throw new MethodError(reply.code(), reply.message());
    }
    return reply.result();
  }

  private List<Object> multicall(List<Object> params, RecordedRequest.Transport transport)
      throws MethodError {
    if (params.isEmpty()) {
      throw new MethodError(1, "The parameter at 0 is required but missing.");
    }
    if (!(params.get(0) instanceof List<?> entries)) {
      throw new MethodError(1, "The parameter at 0 has wrong type.");
    }
    List<Object> results = new ArrayList<>();
    for (Object entry : entries) {
      try {
        if (!(entry instanceof Map<?, ?> call)) {
          throw new MethodError(1, "system.multicall expected struct.");
        }
        if (!(call.get("methodName") instanceof String method)) {
          throw new MethodError(1, "Missing methodName.");
        }
        if (method.equals(MULTICALL)) {
          throw new MethodError(1, "Recursive system.multicall forbidden.");
        }
        List<?> nested = call.get("params") instanceof List<?> list ? list : List.of();
        results.add(Collections.singletonList(invoke(method, nested, transport)));
      } catch (MethodError e) {
        results.add(error(e.code, e.getMessage()));
      }
    }
    return results;
  }

  private boolean matches(String token) {
    return token != null
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.UTF_8),
            secret.value().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The parameters to log: a leading token removed (also where aria2 ignores it, as in {@code
   * system.listMethods}), and for a multicall each entry's token too.
   */
  private static List<Object> withoutTokens(String method, List<Object> params) {
    if (!params.isEmpty() && isToken(params.get(0))) {
      return params.subList(1, params.size());
    }
    if (!method.equals(MULTICALL)
        || params.isEmpty()
        || !(params.get(0) instanceof List<?> entries)) {
      return params;
    }
    List<Object> cleaned = new ArrayList<>();
    for (Object entry : entries) {
      if (entry instanceof Map<?, ?> call && call.get("params") instanceof List<?> nested
          && !nested.isEmpty() && isToken(nested.get(0))) {
        Map<Object, Object> copy = new LinkedHashMap<>(call);
        copy.put("params", nullsAllowed(nested.subList(1, nested.size())));
        cleaned.add(copy);
      } else {
        cleaned.add(entry);
      }
    }
    List<Object> logged = new ArrayList<>(params);
    logged.set(0, nullsAllowed(cleaned));
    return logged;
  }

  private static boolean isToken(Object param) {
    return param instanceof String text && text.startsWith("token:");
  }

  private static List<Object> nullsAllowed(List<?> values) {
    return Collections.unmodifiableList(new ArrayList<>(values));
  }

  private static Map<String, Object> error(int code, String message) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("code", (long) code);
    error.put("message", message);
    return error;
  }

  /** aria2's envelope, members in its order: id, jsonrpc, then result or error. */
  private static Map<String, Object> envelope(Object id, Object result, Map<String, Object> error) {
    Map<String, Object> envelope = new LinkedHashMap<>();
    envelope.put("id", id);
    envelope.put("jsonrpc", "2.0");
    if (error != null) {
      envelope.put("error", error);
    } else {
      envelope.put("result", result);
    }
    return envelope;
  }

  private static Answer answer(int status, Object body) {
    return new Answer(status, ValueWriters.toJson(body, ValueWriters.ANY));
  }
}
