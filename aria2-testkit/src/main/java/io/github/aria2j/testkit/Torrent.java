package io.github.aria2j.testkit;

import java.util.Base64;
import java.util.Objects;

/**
 * A .torrent built by {@link Torrents}: its bytes, and the info hash aria2 reports for it.
 *
 * <p>Immutable; {@link #bytes()} returns a copy.
 */
public final class Torrent {

  private final String name;
  private final byte[] bytes;
  private final String infoHash;

  Torrent(String name, byte[] bytes, String infoHash) {
    this.name = Objects.requireNonNull(name, "name");
    this.bytes = bytes.clone();
    this.infoHash = Objects.requireNonNull(infoHash, "infoHash");
  }

  /**
   * Returns the name of the torrent's file, which aria2 saves it under.
   *
   * @return the {@code name} of the info dictionary
   */
  public String name() {
    return name;
  }

  /**
   * Returns the .torrent file's bytes, to write to a file or to hand to a torrent library.
   *
   * @return a copy of the bencoded metainfo
   */
  public byte[] bytes() {
    return bytes.clone();
  }

  /**
   * Returns the .torrent in the form {@code aria2.addTorrent} takes.
   *
   * @return the bytes in base64
   */
  public String base64() {
    return Base64.getEncoder().encodeToString(bytes);
  }

  /**
   * Returns the SHA-1 of the bencoded info dictionary: the {@code infoHash} of aria2's status.
   *
   * @return 40 lower-case hex digits
   */
  public String infoHash() {
    return infoHash;
  }

  /**
   * Describes the torrent.
   *
   * @return for example {@code Torrent{name=file.bin, infoHash=..., bytes=187}}
   */
  @Override
  public String toString() {
    return "Torrent{name=" + name + ", infoHash=" + infoHash + ", bytes=" + bytes.length + "}";
  }
}
