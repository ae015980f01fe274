package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.util.List;
import java.util.Optional;

/**
 * An element of {@code enums}: a closed set of string values.
 *
 * @param path where the element is
 * @param name the type name, e.g. {@code DownloadState}
 * @param summary one sentence
 * @param description longer text, if any
 * @param values the values, in the order aria2 lists them
 */
public record EnumSpec(
        SchemaPath path,
        String name,
        String summary,
        Optional<String> description,
        List<EnumValueSpec> values) implements NamedSpec {

    /**
     * Creates the record; copies the list so that the record stays immutable.
     *
     * @param path where the element is
     * @param name the type name, e.g. {@code DownloadState}
     * @param summary one sentence
     * @param description longer text, if any
     * @param values the values, in the order aria2 lists them
     */
    public EnumSpec {
        values = List.copyOf(values);
    }
}
