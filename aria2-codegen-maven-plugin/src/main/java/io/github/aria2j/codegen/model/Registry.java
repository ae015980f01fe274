package io.github.aria2j.codegen.model;

import io.github.aria2j.codegen.diagnostic.ProblemCollector;
import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers which element first took a name, and reports any later element that takes it again: used
 * for duplicate schema names and for distinct names that map to the same Java identifier.
 */
final class Registry {

    /** The element that first took a name. */
    record Owner(String description, SchemaPath path) {
        @Override
        public String toString() {
            return description + " at " + path;
        }
    }

    /** Builds the message for a clash, given the first owner. */
    @FunctionalInterface
    interface Clash {
        String message(Owner first);
    }

    private final Map<String, Owner> owners = new HashMap<>();
    private final ProblemCollector problems;

    Registry(ProblemCollector problems) {
        this.problems = problems;
    }

    /**
     * Takes {@code name} for the element {@code description} at {@code path}; when an earlier element has
     * it, reports {@code clash} at {@code path} and returns false.
     */
    boolean claim(String name, String description, SchemaPath path, Clash clash) {
        Owner first = owners.putIfAbsent(name, new Owner(description, path));
        if (first != null) {
            problems.add(path, clash.message(first));
            return false;
        }
        return true;
    }

    /** The element that took {@code name}, if one did. */
    Optional<Owner> owner(String name) {
        return Optional.ofNullable(owners.get(name));
    }

    /** Takes {@code name}, reporting a second use as {@code duplicate <what> '<name>'; first at <path>}. */
    boolean claimUnique(String name, String what, SchemaPath path) {
        return claim(name, what + " '" + name + "'", path,
                first -> "duplicate " + what + " '" + name + "'; first at " + first.path());
    }

    /**
     * Takes the Java identifier {@code javaName} for the element {@code description}, reporting a second
     * use as two names that map to the same Java identifier.
     */
    boolean claimJavaName(String javaName, String description, SchemaPath path) {
        return claim(javaName, description, path, first -> description + " has the Java name '" + javaName
                + "', which " + first + " has too; give one of them another javaName");
    }
}
