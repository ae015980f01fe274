package io.github.aria2j.codegen.model;

import io.github.aria2j.codegen.schema.OptionSpec;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** The labelled facts of an option's Javadoc: what it accepts, its default, range, tags, scope, ... */
final class OptionDocs {

    private static final long MEBI = 1024L * 1024L;

    private OptionDocs() {
    }

    static List<DocFact> facts(OptionSpec spec, OptionKind kind, Optional<OptionBounds> bounds,
            Optional<List<String>> enumValues) {
        List<DocFact> facts = new ArrayList<>();
        facts.add(new DocFact("Value", valueText(spec, kind, enumValues, bounds)));
        facts.add(new DocFact("Default", spec.defaultValue().map(value -> "`" + value + "`")
                .or(spec::dynamicDefault).orElse("none: aria2 leaves the option unset")));
        bounds.flatMap(range -> rangeText(range, kind)).ifPresent(text -> facts.add(new DocFact("Range", text)));
        if (!spec.checksumTypes().isEmpty()) {
            facts.add(new DocFact("Hash types", code(spec.checksumTypes())));
        }
        if (!spec.tags().isEmpty()) {
            facts.add(new DocFact("Tags", String.join(", ", spec.tags())));
        }
        facts.add(new DocFact("Can be set", scopeText(spec)));
        spec.since().ifPresent(since -> facts.add(new DocFact("Since", "aria2 " + since)));
        spec.buildCondition().ifPresent(condition -> facts.add(new DocFact("Requires",
                "an aria2 built with " + condition.replace("|", " or ") + " support")));
        if (spec.sensitive()) {
            facts.add(new DocFact("Sensitive", "the value is a credential; do not log it"));
        }
        return facts;
    }

    private static String valueText(OptionSpec spec, OptionKind kind, Optional<List<String>> enumValues,
            Optional<OptionBounds> bounds) {
        return switch (kind) {
            case BOOLEAN -> "`true` or `false`";
            case NUMBER -> "an integer";
            case UNIT_NUMBER -> "a size in bytes; the suffixes `K` and `M` multiply by 1024 and 1048576";
            case FLOAT -> "a decimal number" + (openAbove(bounds) ? ", or `inf`" : "");
            case INTEGER_RANGE -> "integers and ranges separated by commas, e.g. `1-5,8`";
            case PARAMETER -> "one of " + enumValues.map(OptionDocs::code).orElse("the enum's values");
            case STRING -> spec.format().filter("gid"::equals).isPresent()
                    ? "a GID: 16 hexadecimal digits, not all zero"
                    : "text" + (spec.allowEmpty() ? ", or the empty string" : ", not empty");
            case LOCAL_FILE_PATH -> "a path on the machine running aria2" + (spec.acceptStdin() ? ", or `-`" : "")
                    + (spec.allowEmpty() ? ", or the empty string" : "");
            case CUMULATIVE -> "text; several values may be given";
            case INDEX_OUT -> "`INDEX=PATH`; several values may be given";
            case CHECKSUM -> "`TYPE=DIGEST`";
            case HOST_PORT -> "`HOST:PORT`";
            case HTTP_PROXY -> "a proxy, `[http://][USER:PASSWORD@]HOST[:PORT]`, or the empty string for none";
            case PRIORITIZE_PIECE -> "`head[=SIZE]` and `tail[=SIZE]`, separated by commas, or the empty string for"
                    + " none";
            case OPTIMIZE_CONCURRENT_DOWNLOADS -> "`true`, `false` or `A:B`";
        };
    }

    /** Whether a Float's range is open above, so that infinity ({@code inf}) is accepted. */
    private static boolean openAbove(Optional<OptionBounds> bounds) {
        return bounds.filter(OptionBounds.DecimalBounds.class::isInstance).map(OptionBounds.DecimalBounds.class::cast)
                .map(decimals -> decimals.max().isEmpty()).orElse(true);
    }

    private static Optional<String> rangeText(OptionBounds bounds, OptionKind kind) {
        if (bounds instanceof OptionBounds.IntegerBounds integers) {
            return range(text(integers.min(), kind), text(integers.max(), kind));
        }
        OptionBounds.DecimalBounds decimals = (OptionBounds.DecimalBounds) bounds;
        return range(text(decimals.min()), text(decimals.max()));
    }

    private static Optional<String> range(Optional<String> min, Optional<String> max) {
        if (min.isPresent() && max.isPresent()) {
            return Optional.of(min.get() + " to " + max.get());
        }
        return min.map(text -> "at least " + text).or(() -> max.map(text -> "at most " + text));
    }

    private static Optional<String> text(OptionalLong bound, OptionKind kind) {
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        long value = bound.getAsLong();
        if (kind == OptionKind.UNIT_NUMBER && value != 0 && value % MEBI == 0) {
            return Optional.of((value / MEBI) + "M (" + value + " bytes)");
        }
        if (kind == OptionKind.UNIT_NUMBER && value != 0 && value % 1024 == 0) {
            return Optional.of((value / 1024) + "K (" + value + " bytes)");
        }
        return Optional.of(Long.toString(value));
    }

    /** A decimal bound without an exponent: {@code 0.0}, {@code 1.5}, {@code 35791394}. */
    private static Optional<String> text(OptionalDouble bound) {
        return bound.isPresent() ? Optional.of(BigDecimal.valueOf(bound.getAsDouble()).toPlainString())
                : Optional.empty();
    }

    private static String scopeText(OptionSpec spec) {
        if (spec.hidden()) {
            return "nowhere over RPC: a hidden option, which aria2 ignores";
        }
        List<String> places = new ArrayList<>();
        if (spec.scope().perDownload()) {
            places.add("when adding a download");
        }
        if (spec.scope().changeOption()) {
            places.add("with aria2.changeOption" + (spec.scope().changeOptionNoRestart()
                    ? " (applied without restarting the download)"
                    : " (an active download restarts)"));
        }
        if (spec.scope().changeGlobalOption()) {
            places.add("with aria2.changeGlobalOption");
        }
        return places.isEmpty()
                ? "only at startup (command line or configuration file); RPC calls ignore it"
                : String.join("; ", places);
    }

    private static String code(List<String> values) {
        return String.join(", ", values.stream().map(value -> "`" + value + "`").toList());
    }
}
