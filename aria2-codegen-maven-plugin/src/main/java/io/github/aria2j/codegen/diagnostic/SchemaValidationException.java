package io.github.aria2j.codegen.diagnostic;

import java.util.List;

/**
 * The schema (or an overlay) is wrong: carries every problem found, each with its file and JSON path. It
 * describes a user's mistake, so callers show {@link #getMessage()} and not the stack trace.
 */
public final class SchemaValidationException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Transient: problems are for reporting in this process, not for serialization. */
    private final transient List<Problem> problems;

    /**
     * Creates the exception.
     *
     * @param problems the problems, at least one
     */
    public SchemaValidationException(List<Problem> problems) {
        super(message(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a schema validation failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem, in the order found.
     *
     * @return the problems, at least one
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String message(List<Problem> problems) {
        StringBuilder text = new StringBuilder()
                .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                .append(" in the aria2 schema:");
        problems.forEach(problem -> text.append('\n').append("  - ").append(problem));
        return text.toString();
    }
}
