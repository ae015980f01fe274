package io.github.aria2j.codegen.diagnostic;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where an element sits in a schema file: the file's display name and a JSON path such as
 * {@code $.options[12].default}.
 *
 * @param file the file's display name, e.g. {@code aria2-rpc.json}
 * @param jsonPath the JSON path inside that file, starting with {@code $}
 */
public record SchemaPath(String file, String jsonPath) {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    /**
     * Creates the record, checking that both parts are present.
     *
     * @param file the file's display name, e.g. {@code aria2-rpc.json}
     * @param jsonPath the JSON path inside that file, starting with {@code $}
     */
    public SchemaPath {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(jsonPath, "jsonPath");
    }

    /**
     * The root ({@code $}) of a file.
     *
     * @param file the file's display name
     * @return the root path
     */
    public static SchemaPath root(String file) {
        return new SchemaPath(file, "$");
    }

    /**
     * The member of the object at this path; odd names are quoted, {@code $['a b']}.
     *
     * @param name the member's name
     * @return the member's path
     */
    public SchemaPath field(String name) {
        return new SchemaPath(file, PLAIN_NAME.matcher(name).matches()
                ? jsonPath + "." + name
                : jsonPath + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']");
    }

    /**
     * An element of the array at this path.
     *
     * @param index the element's index, from 0
     * @return the element's path
     */
    public SchemaPath index(int index) {
        return new SchemaPath(file, jsonPath + "[" + index + "]");
    }

    /** For example {@code $.options[12].default (file aria2-rpc.json)}. */
    @Override
    public String toString() {
        return jsonPath + " (file " + file + ")";
    }
}
