package io.github.aria2j.codegen.model;

import java.util.Optional;

/**
 * A struct field, generated as a record component.
 *
 * @param key the JSON key
 * @param javaName the record component's name
 * @param type the Java-facing type
 * @param wire how the value looks in JSON
 * @param presence whether the key is always there
 * @param nullable whether the component may be null: a conditional key of a non-collection type. An absent
 *     list or map is an empty collection instead, so collections are never null.
 * @param when when a conditional key is present
 * @param format what the string holds, if known
 * @param description what the value means
 */
public record FieldModel(
        String key,
        String javaName,
        TypeRef type,
        WireShape wire,
        Presence presence,
        boolean nullable,
        Optional<String> when,
        Optional<ValueFormat> format,
        String description) {

    /** Whether a struct's key is in every object. */
    public enum Presence {
        /** In every object. */
        ALWAYS,
        /** Only sometimes; see {@link FieldModel#when()}. */
        CONDITIONAL
    }
}
