package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.util.Optional;

/**
 * The {@code result} of a method.
 *
 * @param path where the object is
 * @param type type expression of the value
 * @param wire how the value looks in JSON, e.g. {@code array<object>}
 * @param format what the string (or each string of a list) holds, if given
 * @param constValue the only value returned on success (e.g. {@code OK}), if given (JSON field {@code const})
 * @param description what the value means
 */
public record ResultSpec(
        SchemaPath path,
        String type,
        String wire,
        Optional<String> format,
        Optional<String> constValue,
        String description) {
}
