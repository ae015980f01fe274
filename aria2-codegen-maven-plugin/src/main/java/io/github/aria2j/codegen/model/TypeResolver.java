package io.github.aria2j.codegen.model;

import io.github.aria2j.codegen.diagnostic.ProblemCollector;
import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves type expressions ({@code string}, {@code int}, {@code long}, {@code boolean}, {@code json},
 * {@code list<T>}, {@code map<T>}, struct and enum names) to {@link TypeRef}s and wire expressions
 * ({@code string}, {@code number}, {@code boolean}, {@code object}, {@code any}, {@code array<W>}) to
 * {@link WireShape}s, and checks that a type can travel in a wire shape.
 */
final class TypeResolver {

    static final String OPTIONS = "options";

    private final Set<String> structs;
    private final Set<String> enums;
    private final ProblemCollector problems;

    /** {@code structs} and {@code enums} are the known names, in schema order (for messages). */
    TypeResolver(Set<String> structs, Set<String> enums, ProblemCollector problems) {
        this.structs = structs;
        this.enums = enums;
        this.problems = problems;
    }

    boolean isStruct(String name) {
        return structs.contains(name);
    }

    /** The struct names, in schema order. */
    Set<String> structNames() {
        return structs;
    }

    /** Resolves {@code expression}; reports at {@code path} and returns empty when it is invalid. */
    Optional<TypeRef> type(String expression, SchemaPath path) {
        try {
            return Optional.of(parse(expression, expression));
        } catch (InvalidExpression e) {
            problems.add(path, e.getMessage());
            return Optional.empty();
        }
    }

    private TypeRef parse(String expression, String whole) throws InvalidExpression {
        String element = argument(expression, "list");
        if (element != null) {
            return new TypeRef.ListOf(parse(element, whole));
        }
        String value = argument(expression, "map");
        if (value != null) {
            return new TypeRef.MapOf(parse(value, whole));
        }
        for (TypeRef.Scalar scalar : TypeRef.Scalar.values()) {
            if (scalar.expression().equals(expression)) {
                return scalar;
            }
        }
        if (expression.equals("json")) {
            return new TypeRef.AnyJson();
        }
        if (structs.contains(expression)) {
            return new TypeRef.StructRef(expression);
        }
        if (enums.contains(expression)) {
            return new TypeRef.EnumRef(expression);
        }
        String where = expression.equals(whole) ? "" : " in '" + whole + "'";
        if (expression.equals(OPTIONS)) {
            throw new InvalidExpression("'options'" + where + " is only allowed as the whole type of a method param"
                    + " (with optionScope)");
        }
        throw new InvalidExpression("unknown type '" + expression + "'" + where
                + "; expected string, int, long, boolean, json, list<T>, map<T>, a struct (" + names(structs)
                + ") or an enum (" + names(enums) + ")");
    }

    /** Resolves a wire expression; reports at {@code path} and returns empty when it is invalid. */
    Optional<WireShape> wire(String expression, SchemaPath path) {
        String element = argument(expression, "array");
        if (element != null) {
            return wire(element, path).map(WireShape.ArrayOf::new);
        }
        for (WireShape.Leaf leaf : WireShape.Leaf.values()) {
            if (leaf.expression().equals(expression)) {
                return Optional.of(leaf);
            }
        }
        problems.add(path, "invalid wire '" + expression + "'; expected string, number, boolean, object, any"
                + " or array<W>");
        return Optional.empty();
    }

    /** Reports at {@code path} unless a value of {@code type} can look like {@code wire} in JSON. */
    void checkFits(TypeRef type, WireShape wire, SchemaPath path) {
        whyNotFits(type, wire).ifPresent(reason -> problems.add(path, "type '" + type.expression()
                + "' cannot be sent as '" + wire.expression() + "': " + reason));
    }

    private static Optional<String> whyNotFits(TypeRef type, WireShape wire) {
        if (type instanceof TypeRef.AnyJson) {
            return Optional.empty();
        }
        if (type instanceof TypeRef.ListOf list) {
            return wire instanceof WireShape.ArrayOf array
                    ? whyNotFits(list.element(), array.element()).map(reason -> "for the elements, " + reason)
                    : Optional.of("a list needs wire array<W>");
        }
        List<WireShape> allowed;
        if (type instanceof TypeRef.MapOf || type instanceof TypeRef.StructRef || type instanceof TypeRef.OptionsOf) {
            allowed = List.of(WireShape.Leaf.OBJECT);
        } else if (type instanceof TypeRef.EnumRef || type == TypeRef.Scalar.STRING) {
            allowed = List.of(WireShape.Leaf.STRING);
        } else if (type == TypeRef.Scalar.BOOLEAN) {
            allowed = List.of(WireShape.Leaf.STRING, WireShape.Leaf.BOOLEAN);
        } else {
            allowed = List.of(WireShape.Leaf.STRING, WireShape.Leaf.NUMBER);
        }
        return allowed.contains(wire)
                ? Optional.empty()
                : Optional.of("expected wire " + String.join(" or ", allowed.stream().map(WireShape::expression).toList()));
    }

    /** The T of {@code constructor<T>}, or null when {@code expression} does not have that form. */
    private static String argument(String expression, String constructor) {
        return expression.startsWith(constructor + "<") && expression.endsWith(">")
                ? expression.substring(constructor.length() + 1, expression.length() - 1)
                : null;
    }

    private static String names(Set<String> names) {
        return names.isEmpty() ? "none defined" : String.join(", ", names);
    }

    /** Thrown inside the recursive parse only; turned into a problem by {@link #type}. */
    private static final class InvalidExpression extends Exception {
        private static final long serialVersionUID = 1L;

        InvalidExpression(String message) {
            super(message, null, false, false);
        }
    }
}
