package io.github.aria2j.codegen.model;

import java.util.Optional;

/**
 * What a method returns.
 *
 * @param type the Java-facing type
 * @param wire how the value looks in JSON
 * @param format what the string (or each string of a list) holds, if known
 * @param constValue the only value returned on success (e.g. {@code OK}), if any
 * @param description what the value means
 */
public record ResultModel(TypeRef type, WireShape wire, Optional<ValueFormat> format, Optional<String> constValue,
        String description) {
}
