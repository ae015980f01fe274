package io.github.aria2j.codegen.model;

import java.util.Locale;

/** What a string value holds, from a schema {@code format}. */
public enum ValueFormat {
    /** A download's GID: 16 hexadecimal digits. */
    GID,
    /** Base64-encoded bytes. */
    BASE64,
    /** A URI. */
    URI,
    /** Hexadecimal digits. */
    HEX;

    /**
     * The name the schema uses.
     *
     * @return e.g. {@code gid}
     */
    public String schemaName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
