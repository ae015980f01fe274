package io.github.aria2j.codegen.model;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * A param of a method or notification.
 *
 * @param wireName the schema's name, e.g. {@code uris}
 * @param javaName the Java parameter name
 * @param type the Java-facing type
 * @param required whether every call must give it; optional params are trailing
 * @param nullable whether the Java value may be null: true exactly for optional params, where null means
 *     "not given"
 * @param format what a string holds, if known
 * @param minimum smallest accepted value of an integer param, if any
 * @param keysOf for {@code keys} params: the struct whose keys may be listed
 * @param description what the param means
 */
public record ParamModel(
        String wireName,
        String javaName,
        TypeRef type,
        boolean required,
        boolean nullable,
        Optional<ValueFormat> format,
        OptionalLong minimum,
        Optional<TypeRef.StructRef> keysOf,
        String description) {
}
