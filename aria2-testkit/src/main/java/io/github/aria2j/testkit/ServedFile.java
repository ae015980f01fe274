package io.github.aria2j.testkit;

import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A file served by a {@link TestFileServer}: its name, its URI and its content.
 *
 * <p>Immutable; {@link #content()} returns a copy.
 */
public final class ServedFile {

  private final String name;
  private final URI uri;
  private final byte[] content;

  ServedFile(String name, URI uri, byte[] content) {
    this.name = Objects.requireNonNull(name, "name");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.content = content.clone();
  }

  /**
   * Returns the name the file was registered under, which is its path on the server.
   *
   * @return the name, such as {@code data/file.bin}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the file's URI, to give to aria2.
   *
   * @return for example {@code http://127.0.0.1:40123/data/file.bin}
   */
  public URI uri() {
    return uri;
  }

  /**
   * Returns the file's content.
   *
   * @return a copy of the bytes served
   */
  public byte[] content() {
    return content.clone();
  }

  /**
   * Returns the file's size.
   *
   * @return the number of bytes
   */
  public int size() {
    return content.length;
  }

  /**
   * Returns the SHA-256 digest of the content, as aria2's {@code checksum} option and metalinks
   * take it.
   *
   * @return 64 lower-case hex digits
   */
  public String sha256() {
    return sha256(content);
  }

  /** The lower-case hex SHA-256 of {@code bytes}. */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JRE has SHA-256", e);
    }
  }

  /** Returns the content itself, for the server and the builders; callers must not change it. */
  byte[] bytes() {
    return content;
  }

  /**
   * Describes the file.
   *
   * @return for example {@code ServedFile{name=file.bin, size=1024, uri=http://...}}
   */
  @Override
  public String toString() {
    return "ServedFile{name=" + name + ", size=" + content.length + ", uri=" + uri + "}";
  }
}
