package io.github.aria2j.testkit;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds single-file .torrent files whose content comes from web seeds ({@code url-list}, BEP
 * 19), so that aria2 completes them from a {@link TestFileServer} without any peer.
 *
 * <pre>{@code
 * ServedFile file = files.addRandom("movie.bin", 256 * 1024);
 * Torrent torrent = Torrents.webSeeded(file).build();
 * String gid = aria2.addTorrent(torrent.base64());
 * }</pre>
 *
 * <p>Without {@link Builder#announce announce} the torrent names no tracker, and aria2 contacts
 * none. Turn off DHT in aria2 (the {@link Aria2Extension} does) so that it looks for no peers
 * at all.
 */
public final class Torrents {

  private Torrents() {}

  /**
   * Starts a torrent of one file.
   *
   * @param name the file's name in the torrent, which aria2 saves it under
   * @param content the file's content; copied
   * @return a builder with no web seed and no tracker yet
   */
  public static Builder singleFile(String name, byte[] content) {
    return new Builder(name, content);
  }

  /**
   * Starts a torrent of a served file, web-seeded from its URI.
   *
   * @param file a file of a {@link TestFileServer}
   * @return a builder with the file's name, content and URI as web seed
   */
  public static Builder webSeeded(ServedFile file) {
    return new Builder(file.name().substring(file.name().lastIndexOf('/') + 1), file.bytes())
        .webSeed(file.uri());
  }

  /** Configures and builds one .torrent. */
  public static final class Builder {

    private final String name;
    private final byte[] content;
    private int pieceLength = 16 * 1024;
    private final List<String> webSeeds = new ArrayList<>();
    private String announce;
    private String comment;
    private Long creationDate;

    private Builder(String name, byte[] content) {
      Objects.requireNonNull(name, "name");
      if (name.isEmpty() || name.contains("/")) {
        throw new IllegalArgumentException("a torrent's file name has no '/': '" + name + "'");
      }
      this.name = name;
      this.content = Objects.requireNonNull(content, "content").clone();
    }

    /**
     * Sets the piece length.
     *
     * @param bytes a power of two; 16 KiB unless set
     * @return this builder
     * @throws IllegalArgumentException if it is not a power of two
     */
    public Builder pieceLength(int bytes) {
      if (bytes <= 0 || Integer.bitCount(bytes) != 1) {
        throw new IllegalArgumentException("piece length must be a power of two: " + bytes);
      }
      this.pieceLength = bytes;
      return this;
    }

    /**
     * Adds a web seed.
     *
     * @param uri the file's full URI, or a URI ending in {@code /} to which aria2 appends the name
     * @return this builder
     */
    public Builder webSeed(URI uri) {
      webSeeds.add(Objects.requireNonNull(uri, "uri").toString());
      return this;
    }

    /**
     * Sets the tracker's announce URL.
     *
     * @param url for example {@code http://127.0.0.1:6969/announce}
     * @return this builder
     */
    public Builder announce(String url) {
      this.announce = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Sets the comment, which aria2 reports as {@code bittorrent.comment}.
     *
     * @param text the comment
     * @return this builder
     */
    public Builder comment(String text) {
      this.comment = Objects.requireNonNull(text, "text");
      return this;
    }

    /**
     * Sets the creation date, which aria2 reports as {@code bittorrent.creationDate}.
     *
     * @param epochSeconds seconds since the epoch
     * @return this builder
     */
    public Builder creationDate(long epochSeconds) {
      this.creationDate = epochSeconds;
      return this;
    }

    /**
     * Builds the torrent.
     *
     * @return the torrent's bytes and info hash
     */
    public Torrent build() {
      Map<String, Object> info = new LinkedHashMap<>();
      info.put("name", name);
      info.put("length", (long) content.length);
      info.put("piece length", pieceLength);
      info.put("pieces", pieceHashes());
      Map<String, Object> torrent = new LinkedHashMap<>();
      torrent.put("info", info);
      if (announce != null) {
        torrent.put("announce", announce);
      }
      if (comment != null) {
        torrent.put("comment", comment);
      }
      if (creationDate != null) {
        torrent.put("creation date", creationDate);
      }
      if (webSeeds.size() == 1) {
        torrent.put("url-list", webSeeds.get(0));
      } else if (!webSeeds.isEmpty()) {
        torrent.put("url-list", List.copyOf(webSeeds));
      }
      String infoHash = HexFormat.of().formatHex(sha1().digest(Bencode.encode(info)));
      return new Torrent(name, Bencode.encode(torrent), infoHash);
    }

    /** The SHA-1 of each piece, concatenated; the last piece may be shorter. */
    private byte[] pieceHashes() {
      ByteArrayOutputStream pieces = new ByteArrayOutputStream();
      for (int offset = 0; offset < content.length; offset += pieceLength) {
        MessageDigest digest = sha1();
        digest.update(content, offset, Math.min(pieceLength, content.length - offset));
        pieces.writeBytes(digest.digest());
      }
      return pieces.toByteArray();
    }

    private static MessageDigest sha1() {
      try {
        return MessageDigest.getInstance("SHA-1");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JRE has SHA-1", e);
      }
    }
  }
}
