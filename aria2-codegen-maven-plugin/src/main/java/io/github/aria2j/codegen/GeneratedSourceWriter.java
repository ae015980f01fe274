package io.github.aria2j.codegen;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes generated sources into an output directory, deterministically and incrementally.
 *
 * <ul>
 *   <li>Content is UTF-8 with {@code '\n'} line ends, whatever the platform.</li>
 *   <li>A file whose content is already there is not touched (its modification time stays), so that
 *       incremental compilers and IDEs see no change.</li>
 *   <li>Files it generated before and no longer generates are deleted, with the directories that become
 *       empty. It knows them from the manifest {@value #MANIFEST} in the output directory (sorted relative
 *       paths), so files it did not generate, such as a user's own sources, are never deleted.</li>
 *   <li>Files are replaced atomically where the file system allows it: a reader never sees half a file.</li>
 * </ul>
 */
public final class GeneratedSourceWriter {

    /** The manifest's file name, inside the output directory. */
    public static final String MANIFEST = ".aria2j-codegen-files";

    private static final String MANIFEST_HEADER =
            "# aria2j-codegen: files generated into this directory; stale ones are deleted on the next run";

    /** Creates a writer; it holds no state. */
    public GeneratedSourceWriter() {
    }

    /**
     * Writes the files and removes stale ones.
     *
     * @param outputDirectory the directory the package directories go into; created when missing
     * @param files the files to generate, each with a distinct package and type name
     * @return what was written, left unchanged and deleted, as paths relative to the output directory
     * @throws IOException when a file cannot be read, written or deleted
     * @throws IllegalArgumentException when two files have the same path
     */
    public GenerationResult write(Path outputDirectory, List<JavaFile> files) throws IOException {
        Path root = outputDirectory.toAbsolutePath().normalize();
        Map<String, byte[]> contents = render(files);
        Files.createDirectories(root);

        List<Path> written = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : contents.entrySet()) {
            Path target = root.resolve(entry.getKey());
            if (hasContent(target, entry.getValue())) {
                unchanged.add(Path.of(entry.getKey()));
            } else {
                replace(target, entry.getValue());
                written.add(Path.of(entry.getKey()));
            }
        }

        List<Path> deleted = new ArrayList<>();
        for (String stale : readManifest(root)) {
            if (!contents.containsKey(stale) && Files.deleteIfExists(root.resolve(stale))) {
                deleted.add(Path.of(stale));
                deleteEmptyParents(root, root.resolve(stale).getParent());
            }
        }
        writeManifest(root, contents.keySet());
        return new GenerationResult(written, unchanged, deleted);
    }

    /** The content of every file by relative path, sorted by path. */
    private static Map<String, byte[]> render(List<JavaFile> files) {
        Map<String, byte[]> contents = new TreeMap<>();
        for (JavaFile file : files) {
            String directory = file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/";
            String path = directory + file.typeSpec().name() + ".java";
            String text = file.toString().replace("\r\n", "\n");
            if (contents.put(path, text.getBytes(StandardCharsets.UTF_8)) != null) {
                throw new IllegalArgumentException("two generated files have the path " + path);
            }
        }
        return contents;
    }

    private static boolean hasContent(Path file, byte[] content) throws IOException {
        if (!Files.isRegularFile(file) || Files.size(file) != content.length) {
            return false;
        }
        return Arrays.equals(Files.readAllBytes(file), content);
    }

    /** Writes a sibling temporary file and moves it over the target. */
    private static void replace(Path target, byte[] content) throws IOException {
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "." + target.getFileName(), ".tmp");
        try {
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The files the last run generated. Entries that are not a relative path to a {@code .java} file inside
     * the output directory are ignored, so that an edited manifest cannot delete anything else.
     */
    private static List<String> readManifest(Path root) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(root.resolve(MANIFEST), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        for (String line : lines) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#") || !entry.endsWith(".java")) {
                continue;
            }
            Path resolved = root.resolve(entry).normalize();
            if (!Path.of(entry).isAbsolute() && resolved.startsWith(root) && !resolved.equals(root)) {
                entries.add(root.relativize(resolved).toString().replace('\\', '/'));
            }
        }
        return entries;
    }

    private static void writeManifest(Path root, Collection<String> paths) throws IOException {
        StringBuilder text = new StringBuilder(MANIFEST_HEADER).append('\n');
        new TreeSet<>(paths).forEach(path -> text.append(path).append('\n'));
        byte[] content = text.toString().getBytes(StandardCharsets.UTF_8);
        Path manifest = root.resolve(MANIFEST);
        if (!hasContent(manifest, content)) {
            replace(manifest, content);
        }
    }

    /** Deletes {@code directory} and its parents up to (not including) {@code root} while they are empty. */
    private static void deleteEmptyParents(Path root, Path directory) throws IOException {
        for (Path current = directory; current != null && current.startsWith(root) && !current.equals(root);
                current = current.getParent()) {
            try (DirectoryStream<Path> children = Files.newDirectoryStream(current)) {
                if (children.iterator().hasNext()) {
                    return;
                }
            } catch (NoSuchFileException e) {
                continue;
            }
            Files.delete(current);
        }
    }
}
