package io.github.aria2j.codegen.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** aria2's option handler kind, which fixes how a value is written and checked. */
public enum OptionKind {
    /** {@code true} or {@code false}. */
    BOOLEAN("Boolean"),
    /** An integer. */
    NUMBER("Number"),
    /** A size in bytes; {@code K} and {@code M} suffixes multiply by 1024 and 1024 * 1024. */
    UNIT_NUMBER("UnitNumber"),
    /** A decimal number. */
    FLOAT("Float"),
    /** Integers and ranges, e.g. {@code 1-5,8}. */
    INTEGER_RANGE("IntegerRange"),
    /** One value of an enum. */
    PARAMETER("Parameter"),
    /** Free text. */
    STRING("String"),
    /** A path on the machine running aria2. */
    LOCAL_FILE_PATH("LocalFilePath"),
    /** Text that may be given several times (e.g. {@code header}). */
    CUMULATIVE("Cumulative"),
    /** {@code INDEX=PATH}, may be given several times. */
    INDEX_OUT("IndexOut"),
    /** {@code TYPE=DIGEST}. */
    CHECKSUM("Checksum"),
    /** {@code HOST:PORT}. */
    HOST_PORT("HostPort"),
    /** A proxy URI, {@code [http://][USER:PASSWORD@]HOST[:PORT]}. */
    HTTP_PROXY("HttpProxy"),
    /** {@code head[=SIZE]}, {@code tail[=SIZE]} or both, comma-separated. */
    PRIORITIZE_PIECE("PrioritizePiece"),
    /** {@code true}, {@code false} or {@code A:B}. */
    OPTIMIZE_CONCURRENT_DOWNLOADS("OptimizeConcurrentDownloads");

    private final String schemaName;

    OptionKind(String schemaName) {
        this.schemaName = schemaName;
    }

    /**
     * The name the schema uses.
     *
     * @return e.g. {@code UnitNumber}
     */
    public String schemaName() {
        return schemaName;
    }

    /**
     * Whether the kind takes {@code min} and {@code max}.
     *
     * @return true for Number, UnitNumber, Float and IntegerRange
     */
    public boolean isNumeric() {
        return this == NUMBER || this == UNIT_NUMBER || this == FLOAT || this == INTEGER_RANGE;
    }

    /**
     * The kind the schema calls {@code schemaName}.
     *
     * @param schemaName the schema's name, e.g. {@code UnitNumber}
     * @return the kind, or empty when there is none of that name
     */
    public static Optional<OptionKind> fromSchemaName(String schemaName) {
        return Arrays.stream(values()).filter(kind -> kind.schemaName.equals(schemaName)).findFirst();
    }

    /**
     * Every schema name, for messages.
     *
     * @return the schema names in declaration order
     */
    public static List<String> schemaNames() {
        return Arrays.stream(values()).map(OptionKind::schemaName).toList();
    }
}
