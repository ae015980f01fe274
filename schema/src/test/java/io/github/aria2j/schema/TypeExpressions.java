package io.github.aria2j.schema;

import java.util.Optional;
import java.util.Set;

/**
 * Checks type expressions ({@code string}, {@code int}, {@code long}, {@code boolean}, {@code json},
 * {@code list<T>}, {@code map<T>}, struct and enum names, {@code options}) and wire expressions
 * ({@code string}, {@code number}, {@code boolean}, {@code object}, {@code array<W>}) beyond what the
 * JSON Schema's patterns can: balanced brackets, names that resolve, and types that fit their wire form.
 */
final class TypeExpressions {

    static final Set<String> SCALARS = Set.of("string", "int", "long", "boolean", "json");
    static final Set<String> WIRE_SCALARS = Set.of("string", "number", "boolean", "object", "any");
    static final String OPTIONS = "options";

    private final Set<String> structs;
    private final Set<String> enums;

    TypeExpressions(Set<String> structs, Set<String> enums) {
        this.structs = Set.copyOf(structs);
        this.enums = Set.copyOf(enums);
    }

    /** Why {@code expr} is not a valid type expression, or empty when it is. */
    Optional<String> checkType(String expr, boolean optionsAllowed) {
        if (optionsAllowed && expr.equals(OPTIONS)) {
            return Optional.empty();
        }
        String element = argument(expr, "list");
        if (element == null) {
            element = argument(expr, "map");
        }
        if (element != null) {
            return element.isEmpty()
                    ? Optional.of("empty type argument in '" + expr + "'")
                    : checkType(element, false).map(p -> p + " (in '" + expr + "')");
        }
        if (SCALARS.contains(expr) || structs.contains(expr) || enums.contains(expr)) {
            return Optional.empty();
        }
        if (expr.equals(OPTIONS)) {
            return Optional.of("'options' is only allowed as the whole type of a param");
        }
        return Optional.of("'" + expr + "' is neither a built-in type, list<T>, map<T>, a struct nor an enum");
    }

    /** Why {@code wire} is not a valid wire expression, or empty when it is. */
    Optional<String> checkWire(String wire) {
        String element = argument(wire, "array");
        if (element != null) {
            return checkWire(element).map(p -> p + " (in '" + wire + "')");
        }
        return WIRE_SCALARS.contains(wire)
                ? Optional.empty()
                : Optional.of("'" + wire + "' is neither string, number, boolean, object, any nor array<W>");
    }

    /**
     * Why a value of type {@code type} cannot look like {@code wire} in JSON, or empty when it can. Both
     * expressions must be valid. Scalars may travel as strings (aria2 sends most numbers and booleans so).
     */
    Optional<String> checkFits(String type, String wire) {
        String element = argument(type, "list");
        if (element != null) {
            String wireElement = argument(wire, "array");
            return wireElement == null
                    ? Optional.of("a list must be an array on the wire, not '" + wire + "'")
                    : checkFits(element, wireElement);
        }
        Set<String> allowed;
        if (type.equals("json")) {
            return Optional.empty();
        } else if (wire.equals("any")) {
            return Optional.of("only type 'json' can be 'any' on the wire, not '" + type + "'");
        } else if (type.equals(OPTIONS) || argument(type, "map") != null || structs.contains(type)) {
            allowed = Set.of("object");
        } else if (type.equals("string") || enums.contains(type)) {
            allowed = Set.of("string");
        } else if (type.equals("int") || type.equals("long")) {
            allowed = Set.of("string", "number");
        } else if (type.equals("boolean")) {
            allowed = Set.of("string", "boolean");
        } else {
            return Optional.of("unknown type '" + type + "'");
        }
        return allowed.contains(wire)
                ? Optional.empty()
                : Optional.of("type '" + type + "' cannot be '" + wire + "' on the wire (expected one of "
                        + allowed.stream().sorted().toList() + ")");
    }

    /** The T of {@code ctor<T>}, or null when {@code expr} is not of that form. */
    private static String argument(String expr, String ctor) {
        return expr.startsWith(ctor + "<") && expr.endsWith(">")
                ? expr.substring(ctor.length() + 1, expr.length() - 1)
                : null;
    }
}
