package io.github.aria2j.codegen.model;

import java.util.List;

/**
 * A struct, generated as a record with a JSON codec.
 *
 * @param name the schema name
 * @param javaName the Java record name (the schema name)
 * @param fields the record components, in schema order
 * @param doc the Javadoc text
 */
public record StructModel(String name, String javaName, List<FieldModel> fields, Javadoc doc) {

    /**
     * Creates the record; copies the list so that the record stays immutable.
     *
     * @param name the schema name
     * @param javaName the Java record name (the schema name)
     * @param fields the record components, in schema order
     * @param doc the Javadoc text
     */
    public StructModel {
        fields = List.copyOf(fields);
    }
}
