package io.github.aria2j.runtime.internal.rpc;

import io.github.aria2j.runtime.Secret;
import io.github.aria2j.runtime.internal.json.JacksonJson;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes the envelope of a raw call: a method by name with untyped parameters.
 *
 * <p>The secret goes where aria2 wants it: first for {@code aria2.*} methods, first in each
 * entry's {@code params} for {@code system.multicall} (which takes none itself), nowhere for the
 * other {@code system.*} methods, which need none.
 */
final class RawRequestEncoder {

  /** {@code "token:<secret>"}, or {@code null} without a secret. */
  private final String tokenParam;

  RawRequestEncoder(Optional<Secret> secret) {
    this.tokenParam = RequestEncoder.tokenParam(secret);
  }

  /** Checks a raw method name before anything else happens. */
  static void checkName(String method) {
    Objects.requireNonNull(method, "method");
    if (method.isBlank()) {
      throw new IllegalArgumentException("a method name must not be blank");
    }
  }

  /**
   * Encodes a raw call.
   *
   * @throws IllegalArgumentException if a parameter cannot be written as JSON, or the
   *     parameters of {@code system.multicall} are not a list of entries
   */
  byte[] encode(String method, List<?> params, long id) {
    List<?> written =
        method.equals(MulticallTokens.MULTICALL) ? MulticallTokens.withEntryTokens(params, tokenParam) : params;
    boolean outerToken = tokenParam != null && method.startsWith("aria2.");
    try {
      return JacksonJson.writeDocument(
          out ->
              RequestEncoder.writeEnvelope(
                  out,
                  id,
                  method,
                  p -> {
                    if (outerToken) {
                      p.writeString(tokenParam);
                    }
                    for (Object param : written) {
                      p.writeAny(param);
                    }
                  }));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(method + ": invalid params: " + e.getMessage(), e);
    }
  }
}
