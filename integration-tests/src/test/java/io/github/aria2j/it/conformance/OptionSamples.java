package io.github.aria2j.it.conformance;

import io.github.aria2j.it.conformance.ConformanceSchema.EnumValue;
import io.github.aria2j.it.conformance.ConformanceSchema.Option;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The values OptionConformanceIT sends, chosen from each option's kind and bounds in the schema: one valid value per
 * option with the form aria2 reads it back in ({@link #roundTrip}), and for the differential validation test a sample
 * of valid and invalid values per option ({@link #validation}): range boundaries, wrong units, unknown enum values,
 * negative numbers, the empty string, malformed composites.
 */
final class OptionSamples {

    /** The value(s) to set and what getOption/getGlobalOption must return for them. */
    record RoundTrip(List<String> input, String expected) {}

    private static final long KIB = 1024;
    private static final long MIB = 1024 * 1024;
    private static final String SHA1 = "0192ba11326fe2298c8cb4de616f4d4140213838";
    private static final String SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String MD5 = "0123456789abcdef0123456789abcdef";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OptionSamples() {
    }

    static RoundTrip roundTrip(Option option, List<EnumValue> enumValues, Path workDir) {
        String name = option.name();
        return switch (option.kind()) {
            case "Boolean" -> same("true".equals(option.defaultValue()) ? "false" : "true");
            case "Number" -> same(Long.toString(numberDifferentFromDefault(option)));
            case "UnitNumber" -> lower(option) <= 512 * KIB
                    ? new RoundTrip(List.of("512K"), Long.toString(512 * KIB))
                    : new RoundTrip(List.of("2M"), Long.toString(2 * MIB));
            case "Float" -> same("2.5");
            case "Parameter" -> same(enumValues.stream()
                    .filter(value -> !value.platformSpecific() && !value.value().equals(option.defaultValue()))
                    .findFirst().orElseThrow().value());
            case "String" -> switch (name) {
                case "gid" -> same(randomGid());
                case "metalink-base-uri" -> same("http://base.example/metalink/");
                default -> same("aria2j conformance " + name);
            };
            case "LocalFilePath" -> same(name.equals("out") ? "renamed-by-out.bin"
                    : workDir.resolve("round-trip-" + name).toString());
            case "HttpProxy" -> new RoundTrip(List.of("proxy.example:3128"), "http://proxy.example:3128/");
            case "IntegerRange" -> same("1-3,5");
            case "Checksum" -> same(option.checksumTypes().isEmpty() ? "sha-256=" + SHA256 : "sha-1=" + SHA1);
            case "Cumulative" -> new RoundTrip(List.of("X-Conformance-A: 1", "X-Conformance-B: 2"),
                    "X-Conformance-A: 1\nX-Conformance-B: 2\n");
            case "IndexOut" -> new RoundTrip(List.of("1=first.bin", "2=sub/second.bin"),
                    "1=first.bin\n2=sub/second.bin\n");
            case "PrioritizePiece" -> same("head=1M,tail=512K");
            // aria2 keeps A and B to itself and reports only that the optimisation is on.
            case "OptimizeConcurrentDownloads" -> new RoundTrip(List.of("5:2"), "true");
            default -> throw new IllegalStateException("no round-trip value for kind " + option.kind() + " of "
                    + name);
        };
    }

    static List<String> validation(Option option, List<EnumValue> enumValues, Path workDir) {
        Set<String> values = new LinkedHashSet<>();
        switch (option.kind()) {
            case "Boolean" -> values.addAll(List.of("true", "false", "", "TRUE", "yes", "1"));
            case "Number" -> {
                long min = lower(option);
                values.addAll(List.of(Long.toString(min - 1), Long.toString(min), Long.toString(min + 1)));
                if (option.max() != null) {
                    long max = option.max().longValue();
                    values.addAll(List.of(Long.toString(max), Long.toString(max + 1)));
                } else {
                    values.addAll(List.of(Long.toString(Long.MAX_VALUE), "9223372036854775808"));
                }
                values.addAll(List.of("-1", "1K", "1.5", "", "abc"));
            }
            case "UnitNumber" -> {
                long min = lower(option);
                values.addAll(List.of("0", "1", "1K", "1k", "1M", "1m", Long.toString(min - 1),
                        Long.toString(min)));
                if (option.max() != null) {
                    long max = option.max().longValue();
                    values.addAll(List.of(Long.toString(max), Long.toString(max + 1), max / MIB + "M",
                            (max / MIB + 1) + "M"));
                } else {
                    values.add(Long.toString(Long.MAX_VALUE));
                }
                values.addAll(List.of("1G", "1.5M", "-1", "", "K", "M1", "1KB", "1MiB", "1Kxyz",
                        "9007199254740992M"));
            }
            case "Float" -> values.addAll(List.of("0", "0.0", "1.5", "1.50", "1e2", "-0.1", "-1", "", "abc", "nan",
                    "inf"));
            case "Parameter" -> {
                enumValues.forEach(value -> values.add(value.value()));
                values.add(enumValues.get(0).value().toUpperCase(Locale.ROOT));
                values.addAll(List.of("", "bogus"));
            }
            case "String" -> values.addAll(option.name().equals("gid")
                    ? List.of(randomGid(), "", "abc", randomGid().toUpperCase(Locale.ROOT),
                            "0000000000000000", "0123456789abcdef0")
                    : List.of("", "aria2j", "with spaces, commas: and / slashes"));
            case "LocalFilePath" -> {
                values.addAll(List.of("", "relative/conformance-" + option.name(),
                        workDir.resolve("validation-" + option.name()).toString()));
                if (option.name().equals("log")) {
                    values.add("-");
                }
            }
            case "HttpProxy" -> values.addAll(List.of("", "proxy.example", "proxy.example:3128",
                    "http://proxy.example:3128", "http://proxy.example:3128/", "https://proxy.example:3128",
                    "ftp://proxy.example", "http://user:pass@proxy.example:8080", "http://[::1]:3128",
                    "http://proxy.example:65535", "http://proxy.example:0", "http://proxy.example:65536",
                    "proxy.example:abc", "socks5://proxy.example:1080", "http://proxy.example/path"));
            case "IntegerRange" -> values.addAll(List.of("1", "1-5,8", Long.toString(option.max().longValue()),
                    "0", Long.toString(option.max().longValue() + 1), "5-1", "", "a", "1,", ",1", "1,,2", ",", "-1",
                    "1-"));
            case "Checksum" -> values.addAll(List.of("sha-1=" + SHA1, "sha-256=" + SHA256, "md5=" + MD5,
                    "SHA-1=" + SHA1, "sha-1=" + SHA1.substring(0, 12), "sha-1=zz" + SHA1.substring(2),
                    "crc32=01234567", "sha-1", ""));
            case "Cumulative" -> values.addAll(List.of("X-A: 1", "", "no colon", "X-A: 1\nX-B: 2"));
            case "IndexOut" -> values.addAll(List.of("1=a.bin", "2=sub/b.bin", "0=a.bin", "a=b", "1=", "=x", "1", "",
                    "1=a\nb"));
            case "PrioritizePiece" -> values.addAll(List.of("head", "tail", "head=1M,tail=1M", "tail=512K",
                    "tail,head", "HEAD", "head=1G", "head=", "head=-1", "middle", "head,head", "", ",", "head, tail",
                    "head,,tail"));
            case "OptimizeConcurrentDownloads" -> values.addAll(List.of("true", "false", "1:2", "5.5:-1", "",
                    "abc", "1:", "1:2:3", ":2", "a:b"));
            default -> throw new IllegalStateException("no samples for kind " + option.kind());
        }
        return new ArrayList<>(values);
    }

    private static RoundTrip same(String value) {
        return new RoundTrip(List.of(value), value);
    }

    /** The smallest value the option takes (0 when the schema gives no lower bound). */
    private static long lower(Option option) {
        return option.min() == null ? 0 : option.min().longValue();
    }

    private static long numberDifferentFromDefault(Option option) {
        long max = option.max() == null ? Long.MAX_VALUE : option.max().longValue();
        for (long candidate = lower(option) + 1; candidate <= max; candidate++) {
            if (!Long.toString(candidate).equals(option.defaultValue())) {
                return candidate;
            }
        }
        return lower(option);
    }

    /** A fresh GID: 16 hexadecimal digits, not all zero. */
    static String randomGid() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        bytes[0] |= 0x10;
        return HexFormat.of().formatHex(bytes);
    }
}
