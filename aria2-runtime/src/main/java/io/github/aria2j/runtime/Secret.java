package io.github.aria2j.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * aria2's RPC secret ({@code --rpc-secret}), kept out of every message, log and {@code
 * toString}.
 *
 * <p>The runtime sends it as the first parameter, {@code "token:<secret>"}, of every call that
 * takes one.
 */
public final class Secret {

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret.
   *
   * @param value the secret, as given to aria2's {@code --rpc-secret}
   * @return the secret
   * @throws IllegalArgumentException if {@code value} is empty
   * @throws NullPointerException if {@code value} is {@code null}
   */
  public static Secret of(String value) {
    Objects.requireNonNull(value, "secret");
    if (value.isEmpty()) {
      throw new IllegalArgumentException(
          "the secret is empty; configure no secret when aria2 runs without --rpc-secret");
    }
    return new Secret(value);
  }

  /**
   * Returns the secret itself, for the code that puts it on the wire; never log it.
   *
   * @return the secret
   */
  public String value() {
    return value;
  }

  /**
   * Compares two secrets in constant time.
   *
   * @param other the other object
   * @return whether {@code other} is a secret with the same value
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Secret
        && MessageDigest.isEqual(bytes(), ((Secret) other).bytes());
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  private byte[] bytes() {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns a masked form that never shows the secret.
   *
   * @return {@code Secret[****]}
   */
  @Override
  public String toString() {
    return "Secret[****]";
  }
}
