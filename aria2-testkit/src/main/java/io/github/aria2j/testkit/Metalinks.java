package io.github.aria2j.testkit;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * Builds Metalink 4 documents (RFC 5854, {@code .meta4}): one {@code <file>} per entry with its
 * size, its SHA-256 and the URL to fetch it from.
 *
 * <pre>{@code
 * ServedFile file = files.addRandom("data.bin", 64 * 1024);
 * List<String> gids = aria2.addMetalink(Metalinks.of(file).base64());
 * }</pre>
 */
public final class Metalinks {

  private record Entry(String name, long size, String sha256, URI url) {}

  private final List<Entry> files = new ArrayList<>();

  private Metalinks() {}

  /**
   * Starts an empty metalink.
   *
   * @return a metalink without files
   */
  public static Metalinks builder() {
    return new Metalinks();
  }

  /**
   * Starts a metalink of served files, each fetched from its URI.
   *
   * @param files files of a {@link TestFileServer}
   * @return a metalink with one entry per file
   */
  public static Metalinks of(ServedFile... files) {
    Metalinks metalink = new Metalinks();
    for (ServedFile file : files) {
      metalink.file(file);
    }
    return metalink;
  }

  /**
   * Adds a served file, under its name without directories.
   *
   * @param file a file of a {@link TestFileServer}
   * @return this metalink
   */
  public Metalinks file(ServedFile file) {
    String name = file.name().substring(file.name().lastIndexOf('/') + 1);
    return file(name, file.size(), file.sha256(), file.uri());
  }

  /**
   * Adds a file with the size and SHA-256 of {@code content}.
   *
   * @param name the name aria2 saves the file under
   * @param content the file's content
   * @param url where aria2 fetches it
   * @return this metalink
   */
  public Metalinks file(String name, byte[] content, URI url) {
    return file(name, content.length, ServedFile.sha256(content), url);
  }

  /**
   * Adds a file with a given size and SHA-256, for example a wrong digest to see aria2's check
   * fail.
   *
   * @param name the name aria2 saves the file under
   * @param size the size in bytes
   * @param sha256Hex the SHA-256 digest in hex
   * @param url where aria2 fetches it
   * @return this metalink
   */
  public Metalinks file(String name, long size, String sha256Hex, URI url) {
    files.add(
        new Entry(
            Objects.requireNonNull(name, "name"),
            size,
            Objects.requireNonNull(sha256Hex, "sha256Hex"),
            Objects.requireNonNull(url, "url")));
    return this;
  }

  /**
   * Returns the document.
   *
   * @return the Metalink 4 XML
   */
  public String xml() {
    StringBuilder xml =
        new StringBuilder()
            .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .append("<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\">\n")
            .append("  <generator>aria2j test kit</generator>\n");
    for (Entry file : files) {
      xml.append("  <file name=\"").append(escape(file.name())).append("\">\n");
      xml.append("    <size>").append(file.size()).append("</size>\n");
      xml.append("    <hash type=\"sha-256\">").append(file.sha256()).append("</hash>\n");
      xml.append("    <url priority=\"1\">").append(escape(file.url().toString()));
      xml.append("</url>\n").append("  </file>\n");
    }
    return xml.append("</metalink>\n").toString();
  }

  /**
   * Returns the document's bytes, to write to a {@code .meta4} file.
   *
   * @return the XML in UTF-8
   */
  public byte[] bytes() {
    return xml().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Returns the document in the form {@code aria2.addMetalink} takes.
   *
   * @return the XML's UTF-8 bytes in base64
   */
  public String base64() {
    return Base64.getEncoder().encodeToString(bytes());
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
