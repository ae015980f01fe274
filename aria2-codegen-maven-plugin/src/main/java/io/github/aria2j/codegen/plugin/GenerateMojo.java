package io.github.aria2j.codegen.plugin;

import io.github.aria2j.codegen.CodeGenerator;
import io.github.aria2j.codegen.GeneratedSourceWriter;
import io.github.aria2j.codegen.GenerationResult;
import io.github.aria2j.codegen.GeneratorConfig;
import io.github.aria2j.codegen.diagnostic.Problem;
import io.github.aria2j.codegen.diagnostic.SchemaValidationException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Generates the typed Java binding of aria2's JSON-RPC interface (option builders, records, enums, codecs,
 * notifications and the client) from the aria2j schema, and adds the output directory as a compile source
 * root.
 *
 * <p>Incremental: when neither the schema, the overlays, the configuration nor the plugin changed since
 * the last run, nothing is rewritten. Otherwise only files whose content differs are rewritten, and files
 * that an earlier run generated but this one does not are removed; other files in the output directory are
 * left alone. A schema with mistakes fails the build with every problem at once, each with its file and
 * JSON path.
 *
 * @since 0.1.0
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractMojo {

    /**
     * The schema to generate from: a JSON file in the aria2j schema format. By default the schema that
     * ships with this plugin version (the {@code aria2-rpc.json} of the {@code aria2-schema} artifact) is
     * used. Set it to generate from your own copy of the schema.
     *
     * @since 0.1.0
     */
    @Parameter(property = "aria2.codegen.schemaFile")
    private File schemaFile;

    /**
     * Extra schema files applied on top of the schema, in order. Each holds any of the schema's top-level
     * collections ({@code methods}, {@code notifications}, {@code structs}, {@code enums}, {@code options});
     * an element whose name already exists replaces it, a new name is added. This is how a method or option
     * that a newer aria2 added can be used before the schema is updated. On the command line: a
     * comma-separated list of files.
     *
     * @since 0.1.0
     */
    @Parameter(property = "aria2.codegen.overlays")
    private List<File> overlays;

    /**
     * The package under which all generated packages are placed ({@code .options}, {@code .model},
     * {@code .notification}, {@code .client}, {@code .internal.codec}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "aria2.codegen.basePackage", defaultValue = GeneratorConfig.DEFAULT_BASE_PACKAGE)
    private String basePackage;

    /**
     * What to generate: {@code options} (the option builders and the enums of option values),
     * {@code client} (records, enums, codecs, notifications and the sync and async clients) or
     * {@code both}. The client refers to the option builders, so with {@code client} they must come from
     * elsewhere under the same base package, for example from an {@code options} run in another module.
     *
     * @since 0.1.0
     */
    @Parameter(property = "aria2.codegen.generate", defaultValue = "both")
    private String generate;

    /**
     * Where the generated sources are written; added to the project's compile source roots. The plugin
     * keeps its bookkeeping (which files it generated, and the fingerprint of the inputs) in dot files in
     * this directory.
     *
     * @since 0.1.0
     */
    @Parameter(property = "aria2.codegen.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/aria2j", required = true)
    private File outputDirectory;

    /**
     * Skips the goal: nothing is generated and no source root is added.
     *
     * @since 0.1.0
     */
    @Parameter(property = "aria2.codegen.skip", defaultValue = "false")
    private boolean skip;

    /** The project whose sources are generated. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** This plugin, for its version: a new plugin version regenerates. */
    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    /** Creates the goal; Maven sets the parameters. */
    public GenerateMojo() {
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("aria2j: code generation skipped (aria2.codegen.skip)");
            return;
        }
        GeneratorConfig config = ConfigMapper.toConfig(schemaFile, overlays, basePackage, generate, outputDirectory);
        Path output = config.outputDirectory();
        IncrementalState state = new IncrementalState(output);
        long start = System.nanoTime();
        try {
            String fingerprint = Fingerprint.of(config, generatorIdentity());
            if (state.isUpToDate(fingerprint)) {
                getLog().info("aria2j: generated sources are up to date (schema and configuration unchanged)");
                getLog().debug("aria2j: up-to-date check took " + (System.nanoTime() - start) / 1_000_000 + " ms");
            } else {
                state.clear();
                GenerationResult result = new CodeGenerator().generate(config);
                List<Path> generated = new ArrayList<>(result.written());
                generated.addAll(result.unchanged());
                List<Path> tracked = new ArrayList<>(generated);
                tracked.add(Path.of(GeneratedSourceWriter.MANIFEST));
                state.record(fingerprint, tracked);
                getLog().info(String.format("aria2j: %d files generated in %s (%d written, %d unchanged, %d deleted)",
                        generated.size(), output, result.written().size(), result.unchanged().size(),
                        result.deleted().size()));
                getLog().debug("aria2j: generation took " + (System.nanoTime() - start) / 1_000_000 + " ms");
            }
        } catch (SchemaValidationException e) {
            throw new MojoFailureException(describe(e));
        } catch (IOException e) {
            throw new MojoExecutionException("aria2j: could not generate sources into " + output + ": " + e, e);
        }
        project.addCompileSourceRoot(output.toString());
    }

    /**
     * The generator's identity for the fingerprint: the plugin's coordinates and version and, for a snapshot
     * (whose code changes without a new version), the digest of its jar or class directory.
     */
    private String generatorIdentity() throws IOException {
        String identity = plugin.getId();
        Artifact artifact = plugin.getPluginArtifact();
        File code = artifact == null ? null : artifact.getFile();
        if (artifact != null && artifact.isSnapshot() && code != null && code.exists()) {
            identity += "@" + Fingerprint.ofCode(code.toPath());
        }
        return identity;
    }

    /** Every problem, one per line, each with its file and JSON path; a user's mistake, so no stack trace. */
    static String describe(SchemaValidationException e) {
        List<Problem> problems = e.problems();
        StringBuilder message = new StringBuilder("aria2j: the schema has ")
                .append(problems.size() == 1 ? "1 problem" : problems.size() + " problems")
                .append(" (nothing was generated):");
        for (Problem problem : problems) {
            message.append("\n  - ").append(problem);
        }
        return message.toString();
    }
}
