package io.github.aria2j.codegen.model;

/**
 * The Java-facing type of a param, result or struct field, resolved from a schema type expression.
 *
 * <p>Java mapping: {@link Scalar} as its {@link Scalar#primitive() primitive} type, or its
 * {@link Scalar#boxed() boxed} type where the value is nullable; {@link ListOf} as {@code List},
 * {@link MapOf} as {@code Map<String, V>}; {@link StructRef} and {@link EnumRef} as the generated record
 * and enum; {@link AnyJson} as a JSON tree; {@link OptionsOf} as the option set's generated type.
 */
public sealed interface TypeRef
        permits TypeRef.Scalar, TypeRef.ListOf, TypeRef.MapOf, TypeRef.StructRef, TypeRef.EnumRef, TypeRef.AnyJson,
        TypeRef.OptionsOf {

    /**
     * The schema type expression this was resolved from, e.g. {@code list<DownloadFile>}.
     *
     * @return the expression
     */
    String expression();

    /**
     * Whether Java represents this type as a collection ({@code List} or {@code Map}), which is never null.
     *
     * @return true for {@link ListOf} and {@link MapOf}
     */
    default boolean isCollection() {
        return this instanceof ListOf || this instanceof MapOf;
    }

    /** A built-in scalar type. */
    enum Scalar implements TypeRef {
        /** {@code string}: {@code String}. */
        STRING("string", String.class, String.class),
        /** {@code int}: 32-bit {@code int}. */
        INT("int", int.class, Integer.class),
        /** {@code long}: 64-bit {@code long}. */
        LONG("long", long.class, Long.class),
        /** {@code boolean}: {@code boolean}. */
        BOOLEAN("boolean", boolean.class, Boolean.class);

        private final String expression;
        private final Class<?> primitive;
        private final Class<?> boxed;

        Scalar(String expression, Class<?> primitive, Class<?> boxed) {
            this.expression = expression;
            this.primitive = primitive;
            this.boxed = boxed;
        }

        @Override
        public String expression() {
            return expression;
        }

        /**
         * The Java type of a non-null value.
         *
         * @return the primitive type ({@code String} for {@link #STRING})
         */
        public Class<?> primitive() {
            return primitive;
        }

        /**
         * The Java type of a nullable value.
         *
         * @return the boxed type ({@code String} for {@link #STRING})
         */
        public Class<?> boxed() {
            return boxed;
        }
    }

    /**
     * {@code list<T>}.
     *
     * @param element the element type
     */
    record ListOf(TypeRef element) implements TypeRef {
        @Override
        public String expression() {
            return "list<" + element.expression() + ">";
        }
    }

    /**
     * {@code map<T>}: a JSON object with string keys.
     *
     * @param value the value type
     */
    record MapOf(TypeRef value) implements TypeRef {
        @Override
        public String expression() {
            return "map<" + value.expression() + ">";
        }
    }

    /**
     * A struct of the schema.
     *
     * @param name the struct's name, which is also its Java type name
     */
    record StructRef(String name) implements TypeRef {
        @Override
        public String expression() {
            return name;
        }
    }

    /**
     * An enum of the schema.
     *
     * @param name the enum's name, which is also its Java type name
     */
    record EnumRef(String name) implements TypeRef {
        @Override
        public String expression() {
            return name;
        }
    }

    /** {@code json}: any JSON value. */
    record AnyJson() implements TypeRef {
        @Override
        public String expression() {
            return "json";
        }
    }

    /**
     * {@code options}: a map of option names to values, restricted to one option set.
     *
     * @param set the options the param accepts
     */
    record OptionsOf(OptionSet set) implements TypeRef {
        @Override
        public String expression() {
            return "options";
        }
    }
}
