package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.util.List;
import java.util.Optional;

/**
 * An element of {@code structs}: a JSON object with known keys.
 *
 * @param path where the element is
 * @param name the type name, e.g. {@code DownloadStatus}
 * @param summary one sentence
 * @param description longer text, if any
 * @param fields the keys of the object
 */
public record StructSpec(
        SchemaPath path,
        String name,
        String summary,
        Optional<String> description,
        List<FieldSpec> fields) implements NamedSpec {

    /**
     * Creates the record; copies the list so that the record stays immutable.
     *
     * @param path where the element is
     * @param name the type name, e.g. {@code DownloadStatus}
     * @param summary one sentence
     * @param description longer text, if any
     * @param fields the keys of the object
     */
    public StructSpec {
        fields = List.copyOf(fields);
    }
}
