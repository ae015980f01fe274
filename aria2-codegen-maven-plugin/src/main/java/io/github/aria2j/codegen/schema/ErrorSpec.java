package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;

/**
 * An error a method gives (every method error has code 1; the message identifies it).
 *
 * @param path where the element is
 * @param message the message as aria2 sends it; {@code {placeholders}} stand for inserted values
 * @param meaning when the error happens
 */
public record ErrorSpec(SchemaPath path, String message, String meaning) {
}
