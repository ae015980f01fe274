package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;

/**
 * An option's {@code returnedBy}: which getters return it when it has a value.
 *
 * @param path where the object is
 * @param getOption returned by aria2.getOption
 * @param getGlobalOption returned by aria2.getGlobalOption
 */
public record ReturnedBySpec(SchemaPath path, boolean getOption, boolean getGlobalOption) {
}
