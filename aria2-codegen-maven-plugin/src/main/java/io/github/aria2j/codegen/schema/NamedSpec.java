package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;

/**
 * A top-level element that overlays add or replace by {@link #name()}: a method, notification, struct,
 * enum or option.
 */
public sealed interface NamedSpec permits MethodSpec, NotificationSpec, StructSpec, EnumSpec, OptionSpec {

    /**
     * The name that identifies the element among its kind.
     *
     * @return the name
     */
    String name();

    /**
     * Where the element is.
     *
     * @return the element's path
     */
    SchemaPath path();
}
