package io.github.aria2j.runtime.options;

import static io.github.aria2j.runtime.options.OptionMessages.quote;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The composite option formats: ranges, hosts and ports, proxies, checksums, piece priorities. */
final class OptionFormats {

  /** Hash types aria2 can build with, in the order of its manual. */
  static final List<String> HASH_TYPES =
      List.of("sha-1", "sha-224", "sha-256", "sha-384", "sha-512", "md5", "adler32");

  private static final Map<String, Integer> HEX_DIGITS =
      Map.of(
          "sha-1", 40, "sha-224", 56, "sha-256", 64, "sha-384", 96, "sha-512", 128, "md5", 32,
          "adler32", 8);

  private static final Pattern RANGE_ITEM = Pattern.compile("([0-9]+)(?:-([0-9]+))?");
  private static final Pattern HEX = Pattern.compile("[0-9A-Fa-f]+");
  private static final Pattern HOST = Pattern.compile("[^\\s/:@\\[\\]?#]+");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");
  private static final Pattern PROXY =
      Pattern.compile(
          "(?:(?<scheme>[A-Za-z][A-Za-z0-9+.-]*)://)?(?:[^@/\\s]*@)?"
              + "(?<host>\\[[0-9A-Fa-f:.]+]|[^\\s/:@\\[\\]?#]+)(?::(?<port>[0-9]+))?/?");
  /** Spaces and tabs at either end of an item, which aria2 strips. */
  private static final Pattern BLANKS = Pattern.compile("^[ \t]+|[ \t]+$");
  private static final Pattern PIECE = Pattern.compile("(head|tail)(?:=(.*))?");
  private static final String RANGE_FORMAT =
      "must be numbers and ranges separated by commas, such as 1-5,8";
  private static final String PIECE_FORMAT =
      "must be head[=SIZE] and tail[=SIZE] items separated by commas, such as head=1M,tail=1M,"
          + " or empty for none";
  private static final String PROXY_FORMAT =
      "must be [http://][USER:PASSWORD@]HOST[:PORT] (scheme http, https or ftp), or empty for"
          + " no proxy";

  private OptionFormats() {}

  static void integerRange(String name, String ranges, long min, long max) {
    boolean any = false;
    for (String item : ranges.split(",", -1)) {
      if (item.isEmpty()) {
        continue; // aria2 skips empty items: "1," is "1"
      }
      Matcher range = RANGE_ITEM.matcher(item);
      if (!range.matches()) {
        throw new InvalidOptionException(name, RANGE_FORMAT, quote(ranges));
      }
      any = true;
      long from = number(name, range.group(1), ranges);
      long to = range.group(2) == null ? from : number(name, range.group(2), ranges);
      if (from > to) {
        throw new InvalidOptionException(
            name, "must not have a range whose start is after its end", quote(item));
      }
      if (from < min || to > max) {
        throw new InvalidOptionException(
            name,
            "must only have numbers that are " + OptionMessages.bounds(min, max, false),
            quote(ranges));
      }
    }
    if (!any) {
      throw new InvalidOptionException(name, RANGE_FORMAT, quote(ranges));
    }
  }

  private static long number(String name, String digits, String ranges) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      throw new InvalidOptionException(name, "must have numbers that fit in a long", quote(ranges));
    }
  }

  static String hostPort(String name, String host, int port) {
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1)
        : host;
    boolean ipv6 = IPV6.matcher(bare).matches();
    if (!ipv6 && !HOST.matcher(bare).matches()) {
      throw new InvalidOptionException(
          name, "must have a host name or IP address as its host", quote(host));
    }
    if (port < 1 || port > 65535) {
      throw new InvalidOptionException(
          name, "must have a port between 1 and 65535", Integer.toString(port));
    }
    return (ipv6 ? "[" + bare + "]" : bare) + ":" + port;
  }

  static void httpProxy(String name, String proxy) {
    if (proxy.isEmpty()) {
      return;
    }
    String shown = quote(OptionMessages.maskUserInfo(proxy));
    Matcher matcher = PROXY.matcher(proxy);
    if (!matcher.matches()) {
      throw new InvalidOptionException(name, PROXY_FORMAT, shown);
    }
    String scheme = matcher.group("scheme");
    if (scheme != null && !Set.of("http", "https", "ftp").contains(scheme)) {
      throw new InvalidOptionException(name, PROXY_FORMAT, shown);
    }
    String port = matcher.group("port");
    if (port != null && (port.length() > 5 || Integer.parseInt(port) < 1
        || Integer.parseInt(port) > 65535)) {
      throw new InvalidOptionException(name, "must have a port between 1 and 65535", shown);
    }
  }

  static String checksum(String name, String type, String hexDigest, List<String> allowedTypes) {
    String lowerType = type.toLowerCase(Locale.ROOT);
    if (!allowedTypes.contains(lowerType)) {
      throw new InvalidOptionException(
          name, "must have a hash type among " + String.join(", ", allowedTypes), quote(type));
    }
    Integer digits = HEX_DIGITS.get(lowerType);
    boolean hex = HEX.matcher(hexDigest).matches();
    if (!hex || (digits != null && hexDigest.length() != digits)) {
      String expected = digits == null ? "hexadecimal digits" : digits + " hexadecimal digits";
      throw new InvalidOptionException(
          name,
          "must have a " + lowerType + " digest of " + expected,
          hex ? hexDigest.length() + " digits" : quote(hexDigest));
    }
    return lowerType + "=" + hexDigest;
  }

  static void prioritizePiece(String name, String value) {
    OptionValidation.line(name, value);
    for (String item : value.split(",", -1)) {
      String trimmed = BLANKS.matcher(item).replaceAll("");
      if (trimmed.isEmpty()) {
        continue; // aria2 skips empty items; "" clears the option
      }
      Matcher piece = PIECE.matcher(trimmed);
      if (!piece.matches()) {
        throw new InvalidOptionException(name, PIECE_FORMAT, quote(value));
      }
      if (piece.group(2) != null) {
        OptionValidation.parseSize(name, piece.group(2));
      }
    }
  }
}
