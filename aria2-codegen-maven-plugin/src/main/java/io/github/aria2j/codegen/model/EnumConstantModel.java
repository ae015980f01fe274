package io.github.aria2j.codegen.model;

import java.util.Optional;

/**
 * One listed value of an enum.
 *
 * @param wireValue the string on the wire, e.g. {@code TLSv1.2}
 * @param javaName the Java constant: the schema's {@code javaName}, else derived by
 *     {@link Naming#enumConstantName(String)}
 * @param description what the value means
 * @param platform platforms or builds that have the value, if it is not universal
 */
public record EnumConstantModel(String wireValue, String javaName, String description, Optional<String> platform) {
}
