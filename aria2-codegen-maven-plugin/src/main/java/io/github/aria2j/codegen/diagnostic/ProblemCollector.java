package io.github.aria2j.codegen.diagnostic;

import java.util.ArrayList;
import java.util.List;

/**
 * Gathers problems so that a stage can report all of them at once instead of stopping at the first. Not
 * thread-safe: one collector belongs to one reading or resolving run.
 */
public final class ProblemCollector {

    private final List<Problem> problems = new ArrayList<>();

    /**
     * Records a problem.
     *
     * @param path where the problem is
     * @param message what is wrong and what was expected
     */
    public void add(SchemaPath path, String message) {
        problems.add(new Problem(path, message));
    }

    /**
     * Records a problem unless a condition holds.
     *
     * @param ok the condition
     * @param path where the problem is
     * @param message what is wrong and what was expected
     * @return {@code ok}
     */
    public boolean check(boolean ok, SchemaPath path, String message) {
        if (!ok) {
            add(path, message);
        }
        return ok;
    }

    /**
     * Whether nothing was recorded.
     *
     * @return true when there is no problem
     */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * The problems so far.
     *
     * @return the problems, in the order they were found
     */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /**
     * Throws a {@link SchemaValidationException} carrying every recorded problem, if there is any.
     *
     * @throws SchemaValidationException when at least one problem was recorded
     */
    public void throwIfAny() throws SchemaValidationException {
        if (!problems.isEmpty()) {
            throw new SchemaValidationException(problems);
        }
    }
}
