package io.github.aria2j.it.support;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds a single-file .torrent whose content comes from web seeds ({@code url-list}, BEP 19), so that aria2 can
 * complete it from the local {@link FileServer} without any peer. The announce URL may be left out (aria2 then has
 * no tracker to contact) or point at a dead loopback port.
 */
public final class TorrentBuilder {

    /** A built torrent: its bytes and the SHA-1 of its bencoded {@code info} dictionary. */
    public record Torrent(byte[] bytes, String infoHash) {

        /** The form aria2.addTorrent takes. */
        public String base64() {
            return Base64.getEncoder().encodeToString(bytes);
        }
    }

    private final String name;
    private final byte[] content;
    private int pieceLength = 16 * 1024;
    private final List<String> webSeeds = new ArrayList<>();
    private String announce;
    private String comment;
    private Long creationDate;

    private TorrentBuilder(String name, byte[] content) {
        this.name = Objects.requireNonNull(name, "name");
        this.content = content.clone();
    }

    public static TorrentBuilder singleFile(String name, byte[] content) {
        return new TorrentBuilder(name, content);
    }

    /** Piece length in bytes, a power of two; 16 KiB unless set. */
    public TorrentBuilder pieceLength(int bytes) {
        if (bytes <= 0 || Integer.bitCount(bytes) != 1) {
            throw new IllegalArgumentException("piece length must be a power of two: " + bytes);
        }
        this.pieceLength = bytes;
        return this;
    }

    /** Adds a web seed: the file's full URL (or a URL ending in {@code /}, to which aria2 appends the name). */
    public TorrentBuilder webSeed(URI uri) {
        webSeeds.add(uri.toString());
        return this;
    }

    public TorrentBuilder announce(String url) {
        this.announce = url;
        return this;
    }

    public TorrentBuilder comment(String text) {
        this.comment = text;
        return this;
    }

    /** Creation date in seconds since the epoch. */
    public TorrentBuilder creationDate(long epochSeconds) {
        this.creationDate = epochSeconds;
        return this;
    }

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
        String infoHash = HexFormat.of().formatHex(sha1(Bencode.encode(info)));
        return new Torrent(Bencode.encode(torrent), infoHash);
    }

    /** The SHA-1 of each piece, concatenated; the last piece may be shorter. */
    private byte[] pieceHashes() {
        ByteArrayOutputStream pieces = new ByteArrayOutputStream();
        for (int offset = 0; offset < content.length; offset += pieceLength) {
            int length = Math.min(pieceLength, content.length - offset);
            MessageDigest digest = sha1Digest();
            digest.update(content, offset, length);
            pieces.writeBytes(digest.digest());
        }
        return pieces.toByteArray();
    }

    private static byte[] sha1(byte[] bytes) {
        return sha1Digest().digest(bytes);
    }

    private static MessageDigest sha1Digest() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-1", e);
        }
    }
}
