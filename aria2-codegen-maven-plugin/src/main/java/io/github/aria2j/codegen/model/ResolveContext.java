package io.github.aria2j.codegen.model;

import io.github.aria2j.codegen.diagnostic.ProblemCollector;
import io.github.aria2j.codegen.diagnostic.SchemaPath;

/**
 * What every resolver of one {@link ModelBuilder} run shares.
 *
 * @param problems where every problem goes
 * @param choices checks of closed sets and patterns
 * @param types type and wire resolution
 * @param docs Javadoc fragments
 * @param javaTypeNames the generated types' names (structs, enums, notifications share one namespace)
 */
record ResolveContext(ProblemCollector problems, Choices choices, TypeResolver types, Docs docs,
        Registry javaTypeNames) {

    /** Claims a generated type name, reporting an invalid name or one that another type has. */
    void claimJavaTypeName(String javaName, String description, SchemaPath path) {
        Naming.whyInvalidTypeName(javaName).ifPresentOrElse(
                reason -> problems.add(path, description + " cannot be a Java type name: " + reason),
                () -> javaTypeNames.claim(javaName, description, path, first -> description + " has the Java type name '"
                        + javaName + "', which " + first + " has too"));
    }
}
