package io.github.aria2j.runtime.options;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks of the composite kinds, through {@link OptionValidation}. */
class OptionFormatsTest {

  private static final String SHA1 = "0192ba11326fe2298c8cb4de616f4d4140213838";

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "1", "1-5", "1-5,8", "1-5,8,9", "6881-6999,7000", "5-5", "1048576", "1,", ",1", "1,,2"
      })
  @DisplayName("integerRange: numbers and ranges separated by commas, verbatim; empty items pass")
  void integerRangeValid(String ranges) {
    assertThat(OptionValidation.integerRange("select-file", ranges, 1, 1048576)).isEqualTo(ranges);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", ",", ",,", "1-", "-5", "1-2-3", "a", "1 - 5", "1;2", "1,a"})
  @DisplayName("integerRange: malformed lists, and lists without a number, name the format")
  void integerRangeMalformed(String ranges) {
    assertThatThrownBy(() -> OptionValidation.integerRange("select-file", ranges, 1, 1048576))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage(
            "select-file must be numbers and ranges separated by commas, such as 1-5,8 (got \""
                + ranges + "\")");
  }

  @Test
  @DisplayName("integerRange: every number is in range and no range is reversed")
  void integerRangeBounds() {
    assertThatThrownBy(() -> OptionValidation.integerRange("listen-port", "80,6881", 1024, 65535))
        .hasMessage(
            "listen-port must only have numbers that are between 1024 and 65535 (got \"80,6881\")");
    assertThatThrownBy(() -> OptionValidation.integerRange("select-file", "0-3", 1, 1048576))
        .hasMessage(
            "select-file must only have numbers that are between 1 and 1048576 (got \"0-3\")");
    assertThatThrownBy(() -> OptionValidation.integerRange("select-file", "1,5-3", 1, 1048576))
        .hasMessage("select-file must not have a range whose start is after its end (got \"5-3\")");
    assertThatThrownBy(
            () -> OptionValidation.integerRange("x", "99999999999999999999", 0, Long.MAX_VALUE))
        .hasMessage("x must have numbers that fit in a long (got \"99999999999999999999\")");
  }

  @ParameterizedTest(name = "{0}:{1} -> {2}")
  @CsvSource({
    "dht.example.org, 6881, dht.example.org:6881",
    "192.0.2.1, 1, 192.0.2.1:1",
    "::1, 65535, [::1]:65535",
    "[2001:db8::1], 6881, [2001:db8::1]:6881"
  })
  @DisplayName("hostPort: HOST:PORT, IPv6 in brackets")
  void hostPortValid(String host, int port, String expected) {
    assertThat(OptionValidation.hostPort("dht-entry-point", host, port)).isEqualTo(expected);
  }

  @Test
  @DisplayName("hostPort: empty or malformed hosts and ports out of range are rejected")
  void hostPortInvalid() {
    assertThatThrownBy(() -> OptionValidation.hostPort("dht-entry-point", "", 6881))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage("dht-entry-point must have a host name or IP address as its host (got \"\")");
    assertThatThrownBy(() -> OptionValidation.hostPort("dht-entry-point", "a b", 6881))
        .hasMessage(
            "dht-entry-point must have a host name or IP address as its host (got \"a b\")");
    assertThatThrownBy(() -> OptionValidation.hostPort("dht-entry-point", "host", 0))
        .hasMessage("dht-entry-point must have a port between 1 and 65535 (got 0)");
    assertThatThrownBy(() -> OptionValidation.hostPort("dht-entry-point", "host", 65536))
        .hasMessage("dht-entry-point must have a port between 1 and 65535 (got 65536)");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "",
        "proxy",
        "proxy:3128",
        "127.0.0.1:3128",
        "http://proxy.example:3128",
        "http://proxy.example:3128/",
        "https://proxy.example",
        "ftp://proxy.example:21",
        "user:secret@proxy:8080",
        "http://user:p%40ss@proxy:8080",
        "http://[::1]:3128"
      })
  @DisplayName("httpProxy: [http://][USER:PASSWORD@]HOST[:PORT], or empty for none")
  void httpProxyValid(String proxy) {
    assertThat(OptionValidation.httpProxy("all-proxy", proxy)).isEqualTo(proxy);
  }

  @Test
  @DisplayName("httpProxy: other schemes, paths and bad ports are rejected; credentials masked")
  void httpProxyInvalid() {
    String format =
        "all-proxy must be [http://][USER:PASSWORD@]HOST[:PORT] (scheme http, https or ftp), or"
            + " empty for no proxy";
    assertThatThrownBy(() -> OptionValidation.httpProxy("all-proxy", "socks5://proxy:1080"))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage(format + " (got \"socks5://proxy:1080\")");
    assertThatThrownBy(() -> OptionValidation.httpProxy("all-proxy", "http://proxy/path"))
        .hasMessage(format + " (got \"http://proxy/path\")");
    assertThatThrownBy(() -> OptionValidation.httpProxy("all-proxy", "http://u:secret@ pro xy"))
        .hasMessage(format + " (got \"http://****@ pro xy\")");
    assertThatThrownBy(() -> OptionValidation.httpProxy("all-proxy", "u:secret@proxy:0"))
        .hasMessage("all-proxy must have a port between 1 and 65535 (got \"****@proxy:0\")");
    assertThatThrownBy(() -> OptionValidation.httpProxy("all-proxy", "proxy:123456"))
        .hasMessage("all-proxy must have a port between 1 and 65535 (got \"proxy:123456\")");
  }

  @Test
  @DisplayName("checksum: TYPE=DIGEST, type case-insensitive, digest length by type")
  void checksumValid() {
    assertThat(OptionValidation.checksum("checksum", "sha-1", SHA1)).isEqualTo("sha-1=" + SHA1);
    assertThat(OptionValidation.checksum("checksum", "SHA-256", "ab".repeat(32)))
        .isEqualTo("sha-256=" + "ab".repeat(32));
    assertThat(OptionValidation.checksum("checksum", "md5", "D41D8CD98F00B204E9800998ECF8427E"))
        .isEqualTo("md5=D41D8CD98F00B204E9800998ECF8427E");
    assertThat(OptionValidation.checksum("checksum", "adler32", "0a0b0c0d"))
        .isEqualTo("adler32=0a0b0c0d");
    assertThat(OptionValidation.checksum("ssh-host-key-md", "md5", "0".repeat(32), "sha-1", "md5"))
        .isEqualTo("md5=" + "0".repeat(32));
  }

  @Test
  @DisplayName("checksum: unknown or disallowed types and malformed digests are rejected")
  void checksumInvalid() {
    assertThatThrownBy(() -> OptionValidation.checksum("checksum", "sha-3", SHA1))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage(
            "checksum must have a hash type among sha-1, sha-224, sha-256, sha-384, sha-512, md5,"
                + " adler32 (got \"sha-3\")");
    assertThatThrownBy(
            () -> OptionValidation.checksum("ssh-host-key-md", "sha-256", SHA1, "sha-1", "md5"))
        .hasMessage("ssh-host-key-md must have a hash type among sha-1, md5 (got \"sha-256\")");
    assertThatThrownBy(() -> OptionValidation.checksum("checksum", "sha-1", "abc"))
        .hasMessage("checksum must have a sha-1 digest of 40 hexadecimal digits (got 3 digits)");
    assertThatThrownBy(() -> OptionValidation.checksum("checksum", "md5", "xyz"))
        .hasMessage("checksum must have a md5 digest of 32 hexadecimal digits (got \"xyz\")");
  }

  @Test
  @DisplayName("indexOut: INDEX=PATH with an index from 1 and a one-line path")
  void indexOut() {
    assertThat(OptionValidation.indexOut("index-out", 1, "a/b.iso")).isEqualTo("1=a/b.iso");
    assertThat(OptionValidation.indexOut("index-out", 12, "x=y")).isEqualTo("12=x=y");
    assertThatThrownBy(() -> OptionValidation.indexOut("index-out", 0, "a"))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage("index-out must have a file index of at least 1 (got 0)");
    assertThatThrownBy(() -> OptionValidation.indexOut("index-out", 2, ""))
        .hasMessage("index-out must have a path for file 2 (got \"\")");
    assertThatThrownBy(() -> OptionValidation.indexOut("index-out", 2, "a\nb"))
        .hasMessage("index-out must not contain a line break (got \"a\\nb\")");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "head", "tail", "head,tail", "tail,head", "head=1M,tail=500K", "head=0", "", "head,head",
        "head=1M,head=2M", "head,", ",tail", "head,,tail", "head , tail", "\thead"
      })
  @DisplayName("prioritizePiece: head[=SIZE] and tail[=SIZE] items; empty, repeated ones as aria2")
  void prioritizePieceValid(String value) {
    assertThat(OptionValidation.prioritizePiece("bt-prioritize-piece", value)).isEqualTo(value);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(
      strings = {
        "middle", "head;tail", "head=", "Head", "head=1KB", "head =1M", "head\n", "head,\r"
      })
  @DisplayName("prioritizePiece: other forms name the format")
  void prioritizePieceMalformed(String value) {
    assertThatThrownBy(() -> OptionValidation.prioritizePiece("bt-prioritize-piece", value))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessageStartingWith("bt-prioritize-piece must ");
  }

  @Test
  @DisplayName("prioritizePiece: the messages of the format, of a bad size and of a line break")
  void prioritizePieceMessages() {
    assertThatThrownBy(() -> OptionValidation.prioritizePiece("bt-prioritize-piece", "middle"))
        .hasMessage(
            "bt-prioritize-piece must be head[=SIZE] and tail[=SIZE] items separated by commas,"
                + " such as head=1M,tail=1M, or empty for none (got \"middle\")");
    assertThatThrownBy(() -> OptionValidation.prioritizePiece("bt-prioritize-piece", "head=1G"))
        .hasMessage(
            "bt-prioritize-piece must be a whole number of bytes, optionally followed by K (1024)"
                + " or M (1048576), such as 500K or 1M (got \"1G\")");
    assertThatThrownBy(() -> OptionValidation.prioritizePiece("bt-prioritize-piece", "head\n"))
        .hasMessage("bt-prioritize-piece must not contain a line break (got \"head\\n\")");
  }

  @Test
  @DisplayName("optimizeConcurrentDownloads: A:B in plain decimals; finite only")
  void optimizeConcurrentDownloads() {
    assertThat(OptionValidation.optimizeConcurrentDownloads("o", 5, 25)).isEqualTo("5:25");
    assertThat(OptionValidation.optimizeConcurrentDownloads("o", 2.5, -0.5)).isEqualTo("2.5:-0.5");
    assertThatThrownBy(() -> OptionValidation.optimizeConcurrentDownloads("o", Double.NaN, 1))
        .isInstanceOf(InvalidOptionException.class)
        .hasMessage("o must have finite coefficients A and B (got NaN:1.0)");
  }
}
