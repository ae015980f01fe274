package io.github.aria2j.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every problem found, each prefixed with the JSON path (or the name) of the item it concerns,
 * so that one run reports all of them at once.
 */
final class Problems {

    private final List<String> found = new ArrayList<>();

    /** Records a problem at {@code where}, a JSON path such as {@code $.options[12].default} or a name. */
    void add(String where, String message) {
        found.add(where + ": " + message);
    }

    /** Records a problem at {@code where} unless {@code ok}. */
    void check(boolean ok, String where, String message) {
        if (!ok) {
            add(where, message);
        }
    }

    /** Records a problem unless {@code actual} equals {@code expected} (both may be null). */
    void checkEqual(Object actual, Object expected, String where, String what) {
        if (actual == null ? expected != null : !actual.equals(expected)) {
            add(where, what + " is " + render(actual) + ", expected " + render(expected));
        }
    }

    List<String> list() {
        return List.copyOf(found);
    }

    /** Fails, listing every problem, unless none was recorded. */
    void assertNone(String what) {
        assertThat(found)
                .withFailMessage("%d problem(s) in %s:%n  %s", found.size(), what,
                        String.join(System.lineSeparator() + "  ", found))
                .isEmpty();
    }

    private static String render(Object value) {
        return value instanceof String ? "\"" + value + "\"" : String.valueOf(value);
    }
}
