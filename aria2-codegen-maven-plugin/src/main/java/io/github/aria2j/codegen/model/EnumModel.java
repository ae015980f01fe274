package io.github.aria2j.codegen.model;

import java.util.List;

/**
 * An enum with wire values. The generated enum also has the member {@value #UNKNOWN_CONSTANT} for values
 * the schema does not list, so no schema constant may take that name.
 *
 * @param name the schema name
 * @param javaName the Java enum name (the schema name)
 * @param constants the listed values, in schema order
 * @param doc the Javadoc text
 */
public record EnumModel(String name, String javaName, List<EnumConstantModel> constants, Javadoc doc) {

    /** The name of the generated member that stands for a value the schema does not list. */
    public static final String UNKNOWN_CONSTANT = "UNKNOWN";

    /**
     * Creates the record; copies the list so that the record stays immutable.
     *
     * @param name the schema name
     * @param javaName the Java enum name (the schema name)
     * @param constants the listed values, in schema order
     * @param doc the Javadoc text
     */
    public EnumModel {
        constants = List.copyOf(constants);
    }
}
