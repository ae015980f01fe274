package io.github.aria2j.codegen.diagnostic;

import java.util.Objects;

/**
 * One thing wrong with a schema: where it is and what was expected there.
 *
 * @param path the element the problem concerns
 * @param message what is wrong and what was expected, e.g. {@code default "0" is below min 1 for option 'split'}
 */
public record Problem(SchemaPath path, String message) {

    /**
     * Creates the record, checking that both parts are present.
     *
     * @param path the element the problem concerns
     * @param message what is wrong and what was expected, e.g. {@code default "0" is below min 1 for option 'split'}
     */
    public Problem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** For example {@code $.options[12].default (file aria2-rpc.json): default "0" is below min 1 for option 'split'}. */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
