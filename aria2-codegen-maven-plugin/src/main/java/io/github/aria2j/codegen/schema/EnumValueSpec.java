package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.util.Optional;

/**
 * One value of an enum.
 *
 * @param path where the value is
 * @param value the wire string, e.g. {@code active} or {@code TLSv1.2}
 * @param javaName Java constant name, if given
 * @param description what the value means
 * @param platform platforms or builds that have the value, if it is not universal
 */
public record EnumValueSpec(
        SchemaPath path,
        String value,
        Optional<String> javaName,
        String description,
        Optional<String> platform) {
}
