package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;

/**
 * An option's {@code deprecated} object.
 *
 * @param path where the object is
 * @param message aria2's deprecation message (may be empty)
 * @param effect what setting the option still does
 */
public record DeprecationSpec(SchemaPath path, String message, String effect) {
}
