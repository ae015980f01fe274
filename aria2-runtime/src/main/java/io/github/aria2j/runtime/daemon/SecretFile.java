package io.github.aria2j.runtime.daemon;

import io.github.aria2j.runtime.Secret;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A temporary aria2 configuration file that holds only {@code rpc-secret}, readable by this user
 * alone, deleted as soon as aria2c has read it (once its RPC server answers).
 */
final class SecretFile implements AutoCloseable {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path path;

  private SecretFile(Path path) {
    this.path = path;
  }

  /**
   * Generates a secret: 128 random bits as 32 hex digits, which need no quoting anywhere.
   *
   * @return the secret
   */
  static Secret randomSecret() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return Secret.of(HexFormat.of().formatHex(bytes));
  }

  /**
   * Writes the file.
   *
   * @param secret the secret; it must not contain a line break
   * @return the file
   * @throws IOException if the file cannot be written
   */
  static SecretFile write(Secret secret) throws IOException {
    if (secret.value().indexOf('\n') >= 0 || secret.value().indexOf('\r') >= 0) {
      throw new IllegalArgumentException("the secret must not contain a line break");
    }
    // On POSIX file systems a new temporary file is readable and writable by its owner only.
    Path path = Files.createTempFile("aria2j-", ".conf");
    try {
      Files.writeString(path, "rpc-secret=" + secret.value() + "\n", StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(path);
      throw e;
    }
    return new SecretFile(path);
  }

  /** Returns the file's path, for {@code --conf-path}. */
  Path path() {
    return path;
  }

  /** Deletes the file; a failure is ignored, the file being private to this user anyway. */
  @Override
  public void close() {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      path.toFile().deleteOnExit();
    }
  }
}
