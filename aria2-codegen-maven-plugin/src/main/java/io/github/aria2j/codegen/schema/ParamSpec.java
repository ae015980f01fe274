package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.util.Optional;

/**
 * A positional param of a method or a notification.
 *
 * @param path where the param is
 * @param name the manual's name of the param, e.g. {@code uris}
 * @param type type expression, e.g. {@code list<string>}, or {@code options}
 * @param required false: the param may be omitted, together with every param after it
 * @param description what the param means
 * @param format what a string holds ({@code gid}, {@code base64}, {@code uri}), if given
 * @param minimum smallest accepted value of an int or long param, if given
 * @param keysOf for {@code keys} params: the struct whose keys may be listed, if given
 * @param optionScope which options an {@code options} param accepts, if given
 * @param javaName override of the Java identifier, if given
 */
public record ParamSpec(
        SchemaPath path,
        String name,
        String type,
        boolean required,
        String description,
        Optional<String> format,
        Optional<Long> minimum,
        Optional<String> keysOf,
        Optional<String> optionScope,
        Optional<String> javaName) {
}
