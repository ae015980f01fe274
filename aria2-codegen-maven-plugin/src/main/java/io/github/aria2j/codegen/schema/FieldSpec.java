package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.util.Optional;

/**
 * A key of a struct.
 *
 * @param path where the field is
 * @param key the JSON key
 * @param type type expression of the value
 * @param wire how the value looks in JSON
 * @param presence {@code always} or {@code conditional}
 * @param when when a conditional key is present, if given
 * @param format what the string holds ({@code gid}, {@code hex}), if given
 * @param description what the value means
 * @param javaName override of the Java identifier, if given
 */
public record FieldSpec(
        SchemaPath path,
        String key,
        String type,
        String wire,
        String presence,
        Optional<String> when,
        Optional<String> format,
        String description,
        Optional<String> javaName) {
}
