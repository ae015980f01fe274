package io.github.aria2j.runtime.options;

import static io.github.aria2j.runtime.options.OptionMessages.quote;
import static io.github.aria2j.runtime.options.OptionMessages.requireValue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks option values by their kind, the way aria2 checks them, and returns the string that goes
 * on the wire.
 *
 * <p>Generated setters call one method per value: {@code set("split",
 * OptionValidation.integer("split", value, 1, Long.MAX_VALUE))}. Open ends of a range are {@code
 * Long.MIN_VALUE} / {@code Long.MAX_VALUE}, or the infinities for decimals. A rejected value
 * raises an {@link InvalidOptionException} that names the option and what it accepts; a {@code
 * null} value raises a {@link NullPointerException} naming the option.
 */
public final class OptionValidation {

  private static final Pattern OPTION_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern UNIT_NUMBER = Pattern.compile("([0-9]+)([KkMm]?)");
  private static final Pattern GID = Pattern.compile("[0-9A-Fa-f]{16}");
  private static final Pattern ALL_ZEROS = Pattern.compile("0+");

  private OptionValidation() {}

  /**
   * Checks an integer (aria2's kind Number).
   *
   * @param name the option's long name
   * @param value the value
   * @param min the smallest accepted value ({@code Long.MIN_VALUE}: no limit)
   * @param max the largest accepted value ({@code Long.MAX_VALUE}: no limit)
   * @return the value in decimal
   * @throws InvalidOptionException if the value is outside the range
   */
  public static String integer(String name, long value, long min, long max) {
    if (value < min || value > max) {
      throw new InvalidOptionException(
          name, OptionMessages.range(min, max, false), Long.toString(value));
    }
    return Long.toString(value);
  }

  /**
   * Checks a size in bytes (aria2's kind UnitNumber).
   *
   * @param name the option's long name
   * @param bytes the size in bytes
   * @param min the smallest accepted size in bytes (sizes are never negative)
   * @param max the largest accepted size in bytes ({@code Long.MAX_VALUE}: no limit)
   * @return the size in bytes, in decimal
   * @throws InvalidOptionException if the size is negative or outside the range
   */
  public static String unitNumber(String name, long bytes, long min, long max) {
    long low = Math.max(min, 0);
    if (bytes < low || bytes > max) {
      throw new InvalidOptionException(
          name, OptionMessages.range(low, max, true), Long.toString(bytes));
    }
    return Long.toString(bytes);
  }

  /**
   * Checks a size written the way aria2 takes it: digits, optionally followed by {@code K} or
   * {@code k} (times 1024) or {@code M} or {@code m} (times 1048576); no {@code G}, no fraction.
   *
   * @param name the option's long name
   * @param size the size, such as {@code 1M}, {@code 500K} or {@code 1048576}
   * @param min the smallest accepted size in bytes, after scaling
   * @param max the largest accepted size in bytes, after scaling
   * @return the size in bytes, in decimal ({@code 1M} gives {@code 1048576})
   * @throws InvalidOptionException if the text is no such size or outside the range
   */
  public static String unitNumber(String name, String size, long min, long max) {
    requireValue(name, size);
    long bytes = parseSize(name, size);
    long low = Math.max(min, 0);
    if (bytes < low || bytes > max) {
      throw new InvalidOptionException(
          name, OptionMessages.range(low, max, true), quote(size) + " = " + bytes + " bytes");
    }
    return Long.toString(bytes);
  }

  /** A size in bytes, from digits and an optional K or M; reports malformed text and overflow. */
  static long parseSize(String name, String size) {
    Matcher matcher = UNIT_NUMBER.matcher(size);
    if (matcher.matches()) {
      long factor =
          switch (matcher.group(2).toUpperCase(Locale.ROOT)) {
            case "K" -> 1024L;
            case "M" -> 1024L * 1024L;
            default -> 1L;
          };
      BigDecimal bytes = new BigDecimal(matcher.group(1)).multiply(BigDecimal.valueOf(factor));
      if (bytes.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
        return bytes.longValueExact();
      }
      throw new InvalidOptionException(
          name, "must be at most " + Long.MAX_VALUE + " bytes", quote(size));
    }
    throw new InvalidOptionException(
        name,
        "must be a whole number of bytes, optionally followed by K (1024) or M (1048576),"
            + " such as 500K or 1M",
        quote(size));
  }

  /**
   * Checks a decimal number (aria2's kind Float). aria2 reads the value with C's {@code strtod},
   * which takes {@code inf}: an infinity is accepted where the range is open on that side and sent
   * as {@code inf} or {@code -inf}; NaN never is.
   *
   * @param name the option's long name
   * @param value the value
   * @param min the smallest accepted value ({@code Double.NEGATIVE_INFINITY}: no limit)
   * @param max the largest accepted value ({@code Double.POSITIVE_INFINITY}: no limit)
   * @return the value in plain decimal notation, such as {@code 1.5} or {@code 2}, or {@code inf}
   * @throws InvalidOptionException if the value is NaN or outside the range
   */
  public static String decimal(String name, double value, double min, double max) {
    if (Double.isNaN(value) || value < min || value > max) {
      throw new InvalidOptionException(
          name, OptionMessages.range(min, max), Double.toString(value));
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return plain(value);
  }

  /** A finite double in plain decimal notation without trailing zeros: 1.0 gives "1". */
  static String plain(double value) {
    return value == 0 ? "0" : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /**
   * Checks one value of an enumeration (aria2's kind Parameter); the match is case-sensitive.
   *
   * @param name the option's long name
   * @param value the wire value, such as {@code notice}; {@code null} stands for a constant that
   *     has no wire value (a generated enum's {@code UNKNOWN})
   * @param allowed the accepted values
   * @return the value
   * @throws InvalidOptionException if the value is not one of {@code allowed}
   */
  public static String oneOf(String name, String value, String... allowed) {
    if (value == null || !Arrays.asList(allowed).contains(value)) {
      throw new InvalidOptionException(
          name,
          "must be one of " + String.join(", ", allowed),
          value == null ? "a constant without a wire value" : quote(value));
    }
    return value;
  }

  /**
   * Checks free text or a path (aria2's kinds String and LocalFilePath). The message never shows
   * the value, which may be a credential.
   *
   * @param name the option's long name
   * @param value the text
   * @param allowEmpty whether aria2 accepts the empty string
   * @return the text
   * @throws InvalidOptionException if the text is empty and {@code allowEmpty} is false
   */
  public static String text(String name, String value, boolean allowEmpty) {
    requireValue(name, value);
    if (!allowEmpty && value.isEmpty()) {
      throw new InvalidOptionException(name, "must not be empty", null);
    }
    return value;
  }

  /**
   * Checks a GID (a {@code String} option with the schema format {@code gid}): exactly 16
   * hexadecimal digits, in either case, not all zero. aria2 refuses anything else when it adds the
   * download ({@code No URI to download.} from {@code aria2.addUri}, {@code ... is invalid for
   * GID.} from {@code aria2.addTorrent}).
   *
   * @param name the option's long name
   * @param gid the GID, such as {@code 2089b05ecca3d829}
   * @return the GID, as given (aria2 reports it in lower case)
   * @throws InvalidOptionException if it is not 16 hexadecimal digits, or all zeros
   */
  public static String gid(String name, String gid) {
    requireValue(name, gid);
    if (!GID.matcher(gid).matches() || ALL_ZEROS.matcher(gid).matches()) {
      throw new InvalidOptionException(
          name, "must be a GID: 16 hexadecimal digits, not all zero", quote(gid));
    }
    return gid;
  }

  /**
   * Checks one value of a cumulative option such as {@code header}: aria2 joins the values with
   * line breaks, so a value must not contain one (it would turn into two values, or two headers).
   *
   * @param name the option's long name
   * @param value one value, such as {@code X-A: b}
   * @return the value
   * @throws InvalidOptionException if the value contains a line break
   */
  public static String line(String name, String value) {
    requireValue(name, value);
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new InvalidOptionException(name, "must not contain a line break", quote(value));
    }
    return value;
  }

  /**
   * Checks the name given to a builder's escape hatch for options this binding does not know.
   *
   * @param name the option's long name, without the leading {@code --}
   * @return the name
   * @throws InvalidOptionException if it is not made of lower-case letters, digits and {@code -}
   */
  public static String optionName(String name) {
    requireValue("name", name);
    if (!OPTION_NAME.matcher(name).matches()) {
      throw new InvalidOptionException(
          quote(name),
          "is not an option name: option names are lower-case letters, digits and '-'"
              + " without the leading --, such as max-download-limit",
          null);
    }
    return name;
  }

  /**
   * Checks integers and ranges separated by commas (aria2's kind IntegerRange), such as {@code
   * 1-5,8} or {@code 6881-6999}; every number must lie in the range. Like aria2, empty items are
   * skipped ({@code 1,} is {@code 1}), but there must be at least one number.
   *
   * @param name the option's long name
   * @param ranges the list
   * @param min the smallest accepted number
   * @param max the largest accepted number
   * @return the list, as given
   * @throws InvalidOptionException if the list is malformed or has no number, a range is
   *     reversed, or a number is outside the range
   */
  public static String integerRange(String name, String ranges, long min, long max) {
    OptionFormats.integerRange(name, requireValue(name, ranges), min, max);
    return ranges;
  }

  /**
   * Checks a host and port (aria2's kind HostPort).
   *
   * @param name the option's long name
   * @param host a host name or IP address; an IPv6 address may come with or without brackets
   * @param port the port, 1 to 65535
   * @return {@code HOST:PORT}, with an IPv6 address in brackets
   * @throws InvalidOptionException if the host is empty or malformed or the port out of range
   */
  public static String hostPort(String name, String host, int port) {
    return OptionFormats.hostPort(name, requireValue(name, host), port);
  }

  /**
   * Checks a proxy (aria2's kind HttpProxy): {@code [http://][USER:PASSWORD@]HOST[:PORT]}, where
   * the scheme may also be {@code https} or {@code ftp}; the empty string means no proxy. Messages
   * mask the user name and password.
   *
   * @param name the option's long name
   * @param proxy the proxy, such as {@code http://proxy.example:3128}, or the empty string
   * @return the proxy, as given
   * @throws InvalidOptionException if it is no such proxy
   */
  public static String httpProxy(String name, String proxy) {
    OptionFormats.httpProxy(name, requireValue(name, proxy));
    return proxy;
  }

  /**
   * Checks a checksum (aria2's kind Checksum) of any hash type this binding knows: {@code sha-1},
   * {@code sha-224}, {@code sha-256}, {@code sha-384}, {@code sha-512}, {@code md5}, {@code
   * adler32}.
   *
   * @param name the option's long name
   * @param type the hash type, in any case
   * @param hexDigest the digest in hexadecimal, as many digits as the type needs
   * @return {@code TYPE=DIGEST}, with the type in lower case
   * @throws InvalidOptionException if the type is unknown or the digest malformed
   */
  public static String checksum(String name, String type, String hexDigest) {
    return OptionFormats.checksum(
        name, requireValue(name, type), requireValue(name, hexDigest), OptionFormats.HASH_TYPES);
  }

  /**
   * Checks a checksum whose option takes only some hash types, such as {@code ssh-host-key-md}.
   *
   * @param name the option's long name
   * @param type the hash type, in any case
   * @param hexDigest the digest in hexadecimal
   * @param allowedTypes the hash types the option accepts, in lower case
   * @return {@code TYPE=DIGEST}, with the type in lower case
   * @throws InvalidOptionException if the type is not allowed or the digest malformed
   */
  public static String checksum(
      String name, String type, String hexDigest, String... allowedTypes) {
    return OptionFormats.checksum(
        name, requireValue(name, type), requireValue(name, hexDigest), Arrays.asList(allowedTypes));
  }

  /**
   * Checks one entry of {@code index-out} (aria2's kind IndexOut).
   *
   * @param name the option's long name
   * @param index the file's index, from 1
   * @param path the path of the file, relative to {@code dir}; not empty, no line break
   * @return {@code INDEX=PATH}
   * @throws InvalidOptionException if the index is below 1 or the path empty or multi-line
   */
  public static String indexOut(String name, int index, String path) {
    requireValue(name, path);
    if (index < 1) {
      throw new InvalidOptionException(
          name, "must have a file index of at least 1", Integer.toString(index));
    }
    if (path.isEmpty()) {
      throw new InvalidOptionException(name, "must have a path for file " + index, quote(path));
    }
    return index + "=" + line(name, path);
  }

  /**
   * Checks the pieces to download first (aria2's kind PrioritizePiece): {@code head} and {@code
   * tail} items separated by commas, each optionally with {@code =SIZE} ({@code K} and {@code M}
   * suffixes allowed), such as {@code head=1M,tail=500K}. Like aria2, spaces and tabs around an
   * item and empty items are skipped, a repeated item adds nothing (aria2 takes the union of the
   * pieces), and the empty string clears the option. A line break is refused.
   *
   * @param name the option's long name
   * @param value the value
   * @return the value, as given
   * @throws InvalidOptionException if it is malformed
   */
  public static String prioritizePiece(String name, String value) {
    OptionFormats.prioritizePiece(name, requireValue(name, value));
    return value;
  }

  /**
   * Checks the coefficients of {@code optimize-concurrent-downloads} (aria2's kind
   * OptimizeConcurrentDownloads): aria2 runs {@code A + B * log10(speed in Mbit/s)} downloads.
   *
   * @param name the option's long name
   * @param a the coefficient A
   * @param b the coefficient B
   * @return {@code A:B} in plain decimal notation
   * @throws InvalidOptionException if a coefficient is not finite
   */
  public static String optimizeConcurrentDownloads(String name, double a, double b) {
    if (!Double.isFinite(a) || !Double.isFinite(b)) {
      throw new InvalidOptionException(
          name, "must have finite coefficients A and B", a + ":" + b);
    }
    return plain(a) + ":" + plain(b);
  }
}
