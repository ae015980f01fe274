package io.github.aria2j.codegen.emit.testing;

import static org.assertj.core.api.Assertions.fail;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Golden files: the exact expected content of every generated file, kept under
 * {@code src/test/resources/<directory>/} (one file per generated source, at its package path). A mismatch fails
 * with a unified line diff per file, and lists missing and stale golden files. Running the tests with
 * {@code -Daria2j.updateGolden=true} rewrites the golden files in the source tree instead (and deletes stale
 * ones); review the result with {@code git diff}.
 */
public final class GoldenFiles {

    /** The system property that switches from checking to rewriting. */
    public static final String UPDATE_PROPERTY = "aria2j.updateGolden";

    private static final int CONTEXT_LINES = 3;

    private GoldenFiles() {
    }

    /**
     * The relative path of a generated file: its package as folders, then its type's name.
     *
     * @param file the file
     * @return e.g. {@code io/github/aria2j/model/DownloadUri.java}
     */
    public static String pathOf(JavaFile file) {
        String folder = file.packageName().isEmpty() ? "" : file.packageName().replace('.', '/') + "/";
        return folder + file.typeSpec().name() + ".java";
    }

    /**
     * Checks generated Java files against a golden directory (or rewrites it, with the update switch).
     *
     * @param directory the directory under {@code src/test/resources}, e.g. {@code golden/model}
     * @param files the generated files; together they must be exactly the directory's {@code .java} files
     */
    public static void assertMatches(String directory, List<JavaFile> files) {
        Map<String, String> actual = new TreeMap<>();
        files.forEach(file -> actual.put(pathOf(file), file.toString()));
        assertMatches(directory, actual);
    }

    /**
     * Checks files against a golden directory (or rewrites it, with the update switch).
     *
     * @param directory the directory under {@code src/test/resources}
     * @param actual the content of each file by its path relative to the directory ({@code /} separated)
     */
    public static void assertMatches(String directory, Map<String, String> actual) {
        Path root = sourceResources().resolve(directory);
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                rewrite(root, actual);
                return;
            }
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, String> entry : new TreeMap<>(actual).entrySet()) {
                Path golden = root.resolve(entry.getKey());
                if (!Files.isRegularFile(golden)) {
                    problems.add("missing golden file " + directory + "/" + entry.getKey());
                    continue;
                }
                String expected = Files.readString(golden, StandardCharsets.UTF_8);
                if (!expected.equals(entry.getValue())) {
                    problems.add("--- " + directory + "/" + entry.getKey() + " (golden)\n+++ generated\n"
                            + diff(expected, entry.getValue()));
                }
            }
            for (String existing : existing(root)) {
                if (!actual.containsKey(existing)) {
                    problems.add("stale golden file " + directory + "/" + existing + ": no longer generated");
                }
            }
            if (!problems.isEmpty()) {
                fail("generated files differ from the golden files in src/test/resources/%s (to accept the new"
                        + " output, run the tests with -D%s=true and review the change with git diff):%n%n%s",
                        directory, UPDATE_PROPERTY, String.join("\n", problems));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The module's {@code src/test/resources} in the source tree (not the copy on the class path), so that the
     * update switch rewrites the files that are committed.
     *
     * @return the folder
     */
    public static Path sourceResources() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("src/test/resources");
    }

    /**
     * A unified diff of two texts by lines, with a few lines of context around each change.
     *
     * @param expected the old text
     * @param actual the new text
     * @return the hunks, {@code -} for expected-only lines and {@code +} for actual-only ones
     */
    public static String diff(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        List<String[]> edits = edits(a, b);
        List<Integer> changes = new ArrayList<>();
        for (int k = 0; k < edits.size(); k++) {
            if (!edits.get(k)[0].equals(" ")) {
                changes.add(k);
            }
        }
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < changes.size()) {
            int first = changes.get(k);
            int last = first;
            // Changes whose contexts would touch go into one hunk.
            while (k + 1 < changes.size() && changes.get(k + 1) - last <= 2 * CONTEXT_LINES + 1) {
                last = changes.get(++k);
            }
            k++;
            int start = Math.max(0, first - CONTEXT_LINES);
            int stop = Math.min(edits.size(), last + CONTEXT_LINES + 1);
            out.append("@@ golden line ").append(lineOf(edits, start)).append(" @@\n");
            for (int e = start; e < stop; e++) {
                out.append(edits.get(e)[0]).append(edits.get(e)[1]).append('\n');
            }
        }
        if (out.length() == 0 && !expected.equals(actual)) {
            out.append("(the texts differ only in line endings or a final newline)\n");
        }
        return out.toString();
    }

    /** The 1-based line of the expected text where an edit position is. */
    private static int lineOf(List<String[]> edits, int position) {
        int line = 1;
        for (int k = 0; k < position; k++) {
            if (!edits.get(k)[0].equals("+")) {
                line++;
            }
        }
        return line;
    }

    /** A shortest edit script by longest common subsequence: entries of {" "|"-"|"+", line}. */
    private static List<String[]> edits(List<String> a, List<String> b) {
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String[]> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new String[] {" ", a.get(i++)});
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                edits.add(new String[] {"-", a.get(i++)});
            } else {
                edits.add(new String[] {"+", b.get(j++)});
            }
        }
        return edits;
    }

    private static List<String> existing(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static void rewrite(Path root, Map<String, String> actual) throws IOException {
        for (String existing : existing(root)) {
            if (!actual.containsKey(existing)) {
                Files.delete(root.resolve(existing));
            }
        }
        for (Map.Entry<String, String> entry : actual.entrySet()) {
            Path file = root.resolve(entry.getKey());
            Files.createDirectories(file.getParent());
            boolean same = Files.isRegularFile(file)
                    && Files.readString(file, StandardCharsets.UTF_8).equals(entry.getValue());
            if (!same) {
                Files.writeString(file, entry.getValue(), StandardCharsets.UTF_8);
            }
        }
    }
}
