package io.github.aria2j.codegen.plugin;

import io.github.aria2j.codegen.GeneratedArtifact;
import io.github.aria2j.codegen.GeneratorConfig;
import io.github.aria2j.codegen.schema.SchemaSource;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Turns the goal's parameters into a {@link GeneratorConfig}. Every mistake a user can make in the plugin
 * configuration (a missing file, an unknown {@code generate} value, an invalid package name) becomes a
 * {@link MojoFailureException} with a message that names the parameter, never a stack trace.
 */
final class ConfigMapper {

    /** The accepted values of the {@code generate} parameter, for messages. */
    static final String GENERATE_VALUES = "client, options, both";

    private ConfigMapper() {
    }

    /**
     * Builds the generator configuration.
     *
     * @param schemaFile the schema file, or null for the project's schema from the {@code aria2-schema} artifact
     * @param overlays extra schema files, applied in order; null means none
     * @param basePackage the package all generated packages sit under
     * @param generate {@code client}, {@code options} or {@code both}, in any case
     * @param outputDirectory where the sources go
     * @return the configuration
     * @throws MojoFailureException when a parameter is wrong
     */
    static GeneratorConfig toConfig(File schemaFile, List<File> overlays, String basePackage, String generate,
            File outputDirectory) throws MojoFailureException {
        SchemaSource schema = schemaFile == null
                ? SchemaSource.defaultSchema()
                : SchemaSource.file(existing(schemaFile, "schemaFile"));
        List<SchemaSource> overlaySources = new ArrayList<>();
        if (overlays != null) {
            for (File overlay : overlays) {
                overlaySources.add(SchemaSource.file(existing(overlay, "overlays")));
            }
        }
        if (outputDirectory == null) {
            throw new MojoFailureException("aria2j: parameter 'outputDirectory' is required");
        }
        String packageName = basePackage == null ? "" : basePackage.trim();
        try {
            return new GeneratorConfig(schema, overlaySources, packageName, artifacts(generate),
                    outputDirectory.toPath().toAbsolutePath().normalize());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("aria2j: " + e.getMessage());
        }
    }

    /**
     * Parses the {@code generate} parameter.
     *
     * @param generate {@code client}, {@code options} or {@code both}, in any case; null means both
     * @return the artifacts to generate, never empty
     * @throws MojoFailureException for any other value
     */
    static Set<GeneratedArtifact> artifacts(String generate) throws MojoFailureException {
        String value = generate == null ? "both" : generate.trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "client" -> EnumSet.of(GeneratedArtifact.CLIENT);
            case "options" -> EnumSet.of(GeneratedArtifact.OPTIONS);
            case "both" -> EnumSet.of(GeneratedArtifact.OPTIONS, GeneratedArtifact.CLIENT);
            default -> throw new MojoFailureException("aria2j: parameter 'generate' is '" + generate
                    + "'; expected one of: " + GENERATE_VALUES);
        };
    }

    private static Path existing(File file, String parameter) throws MojoFailureException {
        if (file == null) {
            throw new MojoFailureException("aria2j: parameter '" + parameter + "' contains an empty entry");
        }
        Path path = file.toPath().toAbsolutePath().normalize();
        if (!Files.isRegularFile(path)) {
            throw new MojoFailureException("aria2j: " + parameter + ": file " + path + " does not exist");
        }
        return path;
    }
}
