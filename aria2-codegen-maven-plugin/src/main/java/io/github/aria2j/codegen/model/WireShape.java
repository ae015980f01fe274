package io.github.aria2j.codegen.model;

import java.util.Locale;

/**
 * How a value looks in JSON, parsed from a schema {@code wire} expression. aria2 sends almost every scalar
 * as a JSON string, so a {@link TypeRef.Scalar#LONG} often travels as {@link Leaf#STRING}; codecs use the
 * pair to decide how to read and write.
 */
public sealed interface WireShape permits WireShape.Leaf, WireShape.ArrayOf {

    /**
     * The schema wire expression.
     *
     * @return e.g. {@code array<string>}
     */
    String expression();

    /** A non-array JSON value. */
    enum Leaf implements WireShape {
        /** A JSON string. */
        STRING,
        /** A JSON number. */
        NUMBER,
        /** A JSON boolean. */
        BOOLEAN,
        /** A JSON object. */
        OBJECT,
        /** Any JSON value. */
        ANY;

        @Override
        public String expression() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * A JSON array.
     *
     * @param element the shape of every element
     */
    record ArrayOf(WireShape element) implements WireShape {
        @Override
        public String expression() {
            return "array<" + element.expression() + ">";
        }
    }
}
