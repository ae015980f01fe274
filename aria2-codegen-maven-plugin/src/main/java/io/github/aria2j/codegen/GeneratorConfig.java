package io.github.aria2j.codegen;

import io.github.aria2j.codegen.model.Naming;
import io.github.aria2j.codegen.schema.SchemaSource;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to generate, from what, and where. Checked on creation, with messages that say what is wrong and
 * what is expected, since the values come from a user's build configuration.
 *
 * @param schema the base schema
 * @param overlays schema files that add or replace methods, structs, enums and options, applied in order
 * @param basePackage the package all generated packages sit under, e.g. {@value #DEFAULT_BASE_PACKAGE}
 * @param artifacts what to generate, at least one
 * @param outputDirectory where the sources go
 */
public record GeneratorConfig(SchemaSource schema, List<SchemaSource> overlays, String basePackage,
        Set<GeneratedArtifact> artifacts, Path outputDirectory) {

    /** The base package of the project's own binding. */
    public static final String DEFAULT_BASE_PACKAGE = "io.github.aria2j";

    /**
     * Checks the components and copies the collections so that the record stays immutable.
     *
     * @param schema the base schema
     * @param overlays schema files applied in order
     * @param basePackage the package all generated packages sit under
     * @param artifacts what to generate, at least one
     * @param outputDirectory where the sources go
     * @throws IllegalArgumentException when the package name is not a valid Java package name or no
     *     artifact is chosen
     * @throws NullPointerException when a component or an overlay is null
     */
    public GeneratorConfig {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(overlays, "overlays");
        Objects.requireNonNull(basePackage, "basePackage");
        Objects.requireNonNull(artifacts, "artifacts");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        overlays = List.copyOf(overlays);
        packageProblem(basePackage).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        if (artifacts.isEmpty()) {
            throw new IllegalArgumentException("no artifact to generate; choose at least one of: "
                    + String.join(", ", EnumSet.allOf(GeneratedArtifact.class).stream().map(Enum::name).toList()));
        }
        artifacts = Collections.unmodifiableSet(EnumSet.copyOf(artifacts));
    }

    /**
     * Why a name cannot be the base package, if it cannot: it must be dot-separated Java identifiers that
     * are not keywords, outside {@code java.*}, which only the JDK may define.
     *
     * @param basePackage the candidate, e.g. {@code com.example.aria2}
     * @return a message naming the value and what is expected, or empty when the name is usable
     */
    public static Optional<String> packageProblem(String basePackage) {
        String prefix = "basePackage '" + basePackage + "' is not a valid Java package name: ";
        if (basePackage.isEmpty()) {
            return Optional.of("basePackage is empty; expected a Java package name such as " + DEFAULT_BASE_PACKAGE);
        }
        String[] segments = basePackage.split("\\.", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            if (segment.isEmpty()) {
                return Optional.of(prefix + "part " + (i + 1) + " is empty; expected names separated by single dots, "
                        + "such as " + DEFAULT_BASE_PACKAGE);
            }
            Optional<String> reason = Naming.whyInvalidMemberName(segment);
            if (reason.isPresent()) {
                return Optional.of(prefix + reason.get() + "; each part must be a Java identifier (ASCII "
                        + "letters, digits and _, not starting with a digit) and not a keyword");
            }
        }
        if (segments[0].equals("java")) {
            return Optional.of(prefix + "packages under 'java' are reserved for the JDK");
        }
        return Optional.empty();
    }
}
