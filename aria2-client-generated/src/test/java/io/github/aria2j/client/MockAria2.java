package io.github.aria2j.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.rpc.RpcEngines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Queue;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A MockWebServer standing in for aria2, and generated clients connected to it with the secret
 * {@value #SECRET}; register it with {@code @RegisterExtension}.
 *
 * <p>Replies are queued before the call. A reply is written for the id of the request it
 * answers, so a test only states the result; aria2's key order ({@code id, jsonrpc, result}) and
 * content type are used. After each test the fixture checks that every queued reply was used,
 * that no request came without a reply, and that the methods received are those the test
 * declares with {@link Covers}.
 *
 * <p>JSON text in the tests may use single quotes for readability: {@link #json(String)} turns
 * them into double quotes (no test value contains an apostrophe).
 */
final class MockAria2 implements BeforeEachCallback, AfterEachCallback {

  static final String SECRET = "s3cret";

  // The runtime writes the envelope keys in this order, so the id and the method are found here.
  private static final Pattern ENVELOPE =
      Pattern.compile("^\\{\"jsonrpc\":\"2\\.0\",\"id\":(\\d+),\"method\":\"([^\"]*)\"");

  /** One queued answer; {@code id} is that of the request it answers (0 if none was found). */
  @FunctionalInterface
  interface Reply {
    MockResponse answer(long id);
  }

  private final MockWebServer server = new MockWebServer();
  private final Queue<Reply> replies = new ConcurrentLinkedQueue<>();
  private final List<String> methodsReceived = new CopyOnWriteArrayList<>();
  private final List<String> unanswered = new CopyOnWriteArrayList<>();
  private final List<Aria2Client> clients = new ArrayList<>();

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            return answer(request);
          }
        });
    server.start();
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      assertThat(unanswered).as("requests that came without a queued reply").isEmpty();
      assertThat(replies).as("queued replies that no request used").isEmpty();
      Covers covers = context.getRequiredTestMethod().getAnnotation(Covers.class);
      if (covers != null) {
        assertThat(new TreeSet<>(methodsReceived))
            .as("methods received, as declared by @Covers")
            .isEqualTo(new TreeSet<>(Arrays.asList(covers.value())));
      }
    } finally {
      clients.forEach(Aria2Client::close);
      server.close();
    }
  }

  /** A client of the given kind, made as users make it: endpoint and secret, nothing else. */
  Aria2Client client(ClientPath path) {
    return client(path, UnaryOperator.identity());
  }

  /** A client of the given kind whose settings {@code tweak} may change (timeouts, limits). */
  Aria2Client client(ClientPath path, UnaryOperator<RpcSettings.Builder> tweak) {
    RpcSettings.Builder settings =
        RpcSettings.builder().endpoint(server.url("/jsonrpc").uri()).secret(SECRET);
    Aria2Client client = path.open(RpcEngines.http(tweak.apply(settings).build()));
    clients.add(client);
    return client;
  }

  /** Queues a successful reply whose result is {@code resultJson} (single quotes allowed). */
  void replyResult(String resultJson) {
    String result = json(resultJson);
    reply(
        id -> aria2Reply(200, "{\"id\":" + id + ",\"jsonrpc\":\"2.0\",\"result\":" + result + "}"));
  }

  /** Queues an error reply as aria2 writes it: method errors are code 1 with HTTP 400. */
  void replyError(int httpStatus, int code, String message) {
    reply(
        id ->
            aria2Reply(
                httpStatus,
                "{\"id\":" + id + ",\"jsonrpc\":\"2.0\",\"error\":{\"code\":" + code
                    + ",\"message\":\"" + message + "\"}}"));
  }

  /** Queues a reply that does not depend on the request. */
  void reply(MockResponse response) {
    reply(id -> response);
  }

  void reply(Reply reply) {
    replies.add(reply);
  }

  /** A reply with aria2's content type, {@code application/json-rpc}. */
  static MockResponse aria2Reply(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json-rpc")
        .body(body)
        .build();
  }

  /**
   * Takes the next request and asserts that it was a POST to /jsonrpc with exactly this body:
   * the runtime's envelope in its key order, then {@code paramsJson} (single quotes allowed).
   */
  void assertRequest(long id, String method, String paramsJson) {
    RecordedRequest request = takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/jsonrpc");
    assertThat(request.getBody()).as("request body").isNotNull();
    assertThat(request.getBody().utf8())
        .isEqualTo(
            "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":"
                + json(paramsJson) + "}");
  }

  /** How many requests the server has received. */
  int requestCount() {
    return server.getRequestCount();
  }

  /** Turns single quotes into double quotes: {@code ['a']} becomes {@code ["a"]}. */
  static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private RecordedRequest takeRequest() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      if (request == null) {
        throw new AssertionError("the server received no request");
      }
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for a request", e);
    }
  }

  private MockResponse answer(RecordedRequest request) {
    String body = request.getBody() == null ? "" : request.getBody().utf8();
    Matcher envelope = ENVELOPE.matcher(body);
    long id = 0;
    if (envelope.find()) {
      id = Long.parseLong(envelope.group(1));
      methodsReceived.add(envelope.group(2));
    }
    Reply reply = replies.poll();
    if (reply == null) {
      unanswered.add(body);
      return aria2Reply(500, "no reply queued");
    }
    return reply.answer(id);
  }
}
