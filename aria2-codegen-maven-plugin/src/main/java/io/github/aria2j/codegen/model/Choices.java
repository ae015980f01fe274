package io.github.aria2j.codegen.model;

import io.github.aria2j.codegen.diagnostic.ProblemCollector;
import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Checks of schema strings against closed sets and patterns, reporting what was expected. */
final class Choices {

    /** Version numbers, MAJOR.MINOR.PATCH. */
    static final Pattern VERSION = Pattern.compile("[0-9]+\\.[0-9]+\\.[0-9]+");
    /** Anchors in the manual page. */
    static final Pattern MANUAL_ANCHOR = Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");
    /** Explicit Java identifiers. */
    static final Pattern JAVA_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Struct and enum names. */
    static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");
    /** Build conditions of methods and notifications. */
    static final List<String> METHOD_BUILD_CONDITIONS = List.of("BitTorrent", "Metalink");

    private final ProblemCollector problems;

    Choices(ProblemCollector problems) {
        this.problems = problems;
    }

    /** The value of {@code values} whose schema name is {@code text}; otherwise reports what is allowed. */
    <E> Optional<E> pick(String text, List<E> values, Function<E, String> schemaName, SchemaPath path, String what) {
        Map<String, E> byName = new LinkedHashMap<>();
        values.forEach(value -> byName.put(schemaName.apply(value), value));
        E value = byName.get(text);
        if (value == null) {
            problems.add(path, "'" + text + "' is not a valid " + what + "; expected one of: "
                    + String.join(", ", byName.keySet()));
        }
        return Optional.ofNullable(value);
    }

    /** Reports unless {@code text} is one of {@code allowed}. */
    void oneOf(String text, List<String> allowed, SchemaPath path, String what) {
        pick(text, allowed, Function.identity(), path, what);
    }

    /** Reports unless {@code text} matches {@code pattern}; {@code expected} says in words what fits. */
    boolean matches(String text, Pattern pattern, SchemaPath path, String what, String expected) {
        return problems.check(pattern.matcher(text).matches(), path,
                what + " '" + text + "' is not valid; expected " + expected);
    }

    /** Checks an optional manual anchor. */
    void anchor(Optional<String> anchor, SchemaPath path) {
        anchor.ifPresent(text -> matches(text, MANUAL_ANCHOR, path, "manualAnchor",
                "a letter, then letters, digits, '.', '_' or '-'"));
    }

    /** Checks a version number. */
    void version(String text, SchemaPath path, String what) {
        matches(text, VERSION, path, what, "MAJOR.MINOR.PATCH, e.g. 1.37.0");
    }
}
