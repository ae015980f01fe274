package io.github.aria2j.it.support;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Builds a Metalink 4 document (RFC 5854, {@code .meta4}): one {@code <file>} per entry with its size, its SHA-256
 * and the URL to fetch it from.
 */
public final class MetalinkBuilder {

    private record Entry(String name, long size, String sha256, URI url) {}

    private final List<Entry> files = new ArrayList<>();

    private MetalinkBuilder() {
    }

    public static MetalinkBuilder create() {
        return new MetalinkBuilder();
    }

    /** Adds a file with the size and SHA-256 of {@code content}. */
    public MetalinkBuilder file(String name, byte[] content, URI url) {
        return file(name, content.length, sha256Hex(content), url);
    }

    /** Adds a file with a given size and SHA-256, for example a wrong digest to see aria2's checksum check fail. */
    public MetalinkBuilder file(String name, long size, String sha256Hex, URI url) {
        files.add(new Entry(name, size, sha256Hex, url));
        return this;
    }

    public String xml() {
        StringBuilder xml = new StringBuilder()
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\">\n")
                .append("  <generator>aria2j integration tests</generator>\n");
        for (Entry file : files) {
            xml.append("  <file name=\"").append(escape(file.name())).append("\">\n")
                    .append("    <size>").append(file.size()).append("</size>\n")
                    .append("    <hash type=\"sha-256\">").append(file.sha256()).append("</hash>\n")
                    .append("    <url priority=\"1\">").append(escape(file.url().toString())).append("</url>\n")
                    .append("  </file>\n");
        }
        return xml.append("</metalink>\n").toString();
    }

    /** The form aria2.addMetalink takes. */
    public String base64() {
        return Base64.getEncoder().encodeToString(xml().getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256Hex(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JRE has SHA-256", e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
