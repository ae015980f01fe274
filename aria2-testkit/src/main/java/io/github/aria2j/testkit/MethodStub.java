package io.github.aria2j.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The script of one method of a {@link FakeAria2}: how it answers from now on. Each call of
 * {@link #reply}, {@link #replyWith} or {@link #fail} replaces the previous script of the method.
 *
 * <pre>{@code
 * fake.on("aria2.addUri").reply("\"2089b05ecca3d829\"");
 * fake.on("aria2.getVersion")
 *     .replyWith(params -> Map.of("version", "1.37.0", "enabledFeatures", List.of()));
 * fake.on("aria2.remove").fail(1, "Active Download not found for GID#2089b05ecca3d829");
 * }</pre>
 *
 * <p>The fake checks the secret and the number of required parameters before a script runs, as
 * aria2 does before a method runs.
 */
public final class MethodStub {

  private final FakeAria2 fake;
  private final String method;

  MethodStub(FakeAria2 fake, String method) {
    this.fake = fake;
    this.method = method;
  }

  /**
   * Answers every call with the same result.
   *
   * @param json the {@code result} member as JSON text, such as {@code "\"OK\""} or a status
   *     object copied from a real aria2
   * @return the fake, to script the next method
   * @throws IllegalArgumentException if the text is not one JSON value
   */
  public FakeAria2 reply(String json) {
    FakeReply reply = FakeReply.json(json);
    return fake.script(method, params -> reply);
  }

  /**
   * Answers each call with what {@code responder} returns for its parameters.
   *
   * @param responder gets the parameters without the secret (generic values: {@code Map}, {@code
   *     List}, {@code String}, {@code Long}, {@code Double}, {@code Boolean}, {@code null}) and
   *     returns the result as such a value, or a {@link FakeReply} (for an error, or a result
   *     given as JSON text); runs on the fake's connection thread. If it throws, the call gets
   *     error code 1 with a message naming the exception.
   * @return the fake, to script the next method
   */
  public FakeAria2 replyWith(Function<List<Object>, ?> responder) {
    Objects.requireNonNull(responder, "responder");
    return fake.script(
        method,
        params -> {
          Object answer = responder.apply(params);
          return answer instanceof FakeReply reply ? reply : FakeReply.result(answer);
        });
  }

  /**
   * Answers every call with an error, as aria2 does for a failed method.
   *
   * @param code the error code; aria2 uses 1 for every method error
   * @param message the error message, such as {@code "GID 2089b05ecca3d829 is not found"}
   * @return the fake, to script the next method
   */
  public FakeAria2 fail(int code, String message) {
    FakeReply reply = FakeReply.error(code, message);
    return fake.script(method, params -> reply);
  }

  /**
   * Drops the script: the method answers with the fake's default again.
   *
   * @return the fake
   */
  public FakeAria2 replyDefault() {
    return fake.script(method, null);
  }
}
