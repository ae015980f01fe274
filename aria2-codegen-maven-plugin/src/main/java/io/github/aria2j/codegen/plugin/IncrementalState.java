package io.github.aria2j.codegen.plugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * What the last successful run left in the output directory: its {@link Fingerprint} and the files it
 * generated with their sizes and modification times, in the text file {@value #FILE_NAME} inside that
 * directory. A run is up to date when the stored fingerprint equals the new one and every file listed is
 * still there, untouched (same size and modification time: a hand-edited generated file is restored by the
 * next run). Deleting the state file (or the whole output directory, e.g. by {@code mvn clean}) forces the
 * next run to generate.
 *
 * <p>The state is removed before a run generates and written only after it succeeded, so a failed or
 * interrupted run never leaves a state that claims the sources are current.
 */
final class IncrementalState {

    /** The state file's name, inside the output directory. */
    static final String FILE_NAME = ".aria2j-codegen-state";

    private static final String HEADER = "# aria2j-codegen: inputs of the last generation; delete to regenerate";
    private static final String FINGERPRINT = "fingerprint=";
    private static final String FILE = "file=";
    private static final char SEPARATOR = '\t';

    private final Path outputDirectory;
    private final Path stateFile;

    /**
     * The state of an output directory.
     *
     * @param outputDirectory the generator's output directory
     */
    IncrementalState(Path outputDirectory) {
        this.outputDirectory = outputDirectory.toAbsolutePath().normalize();
        this.stateFile = this.outputDirectory.resolve(FILE_NAME);
    }

    /**
     * Whether the last successful run had this fingerprint and all of its files still exist.
     *
     * @param fingerprint the fingerprint of the run about to happen
     * @return true when generating again would change nothing
     * @throws IOException when the state file exists but cannot be read
     */
    boolean isUpToDate(String fingerprint) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(stateFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return false;
        }
        boolean fingerprintMatches = false;
        int files = 0;
        for (String line : lines) {
            if (line.startsWith(FINGERPRINT)) {
                fingerprintMatches = line.substring(FINGERPRINT.length()).equals(fingerprint);
            } else if (line.startsWith(FILE)) {
                if (!isUntouched(line.substring(FILE.length()))) {
                    return false;
                }
                files++;
            }
        }
        return fingerprintMatches && files > 0;
    }

    /**
     * Forgets the last run; called before generating.
     *
     * @throws IOException when the state file cannot be deleted
     */
    void clear() throws IOException {
        Files.deleteIfExists(stateFile);
    }

    /**
     * Records a successful run.
     *
     * @param fingerprint the run's fingerprint
     * @param generatedFiles every file the run generated (written or left unchanged), absolute or relative
     *     to the output directory
     * @throws IOException when the state file cannot be written
     */
    void record(String fingerprint, Collection<Path> generatedFiles) throws IOException {
        TreeSet<String> relative = new TreeSet<>();
        for (Path file : generatedFiles) {
            relative.add(relativize(file));
        }
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.add(FINGERPRINT + fingerprint);
        for (String file : relative) {
            lines.add(FILE + file + SEPARATOR + stamp(outputDirectory.resolve(file)));
        }
        Files.createDirectories(outputDirectory);
        Files.write(stateFile, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a recorded {@code path<TAB>size<TAB>time} entry still describes the file on disk. */
    private boolean isUntouched(String entry) throws IOException {
        int separator = entry.indexOf(SEPARATOR);
        if (separator < 0) {
            return false;
        }
        Path file = outputDirectory.resolve(entry.substring(0, separator));
        return Files.isRegularFile(file) && stamp(file).equals(entry.substring(separator + 1));
    }

    /** The size and modification time of a file, as recorded. */
    private static String stamp(Path file) throws IOException {
        return Files.size(file) + String.valueOf(SEPARATOR) + Files.getLastModifiedTime(file).toMillis();
    }

    private String relativize(Path file) {
        Path absolute = outputDirectory.resolve(file).normalize();
        if (!absolute.startsWith(outputDirectory)) {
            throw new IllegalArgumentException("generated file " + file + " lies outside " + outputDirectory);
        }
        return outputDirectory.relativize(absolute).toString().replace('\\', '/');
    }
}
