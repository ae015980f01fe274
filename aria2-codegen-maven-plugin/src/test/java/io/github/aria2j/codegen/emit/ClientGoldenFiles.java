package io.github.aria2j.codegen.emit;

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
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Golden files of the client emitters: the exact expected source of every generated file, under
 * {@code src/test/resources/<directory>/<package path>/<Type>.java}. A mismatch fails with a line diff per
 * file; running the tests with {@code -Daria2j.updateGolden=true} rewrites the expectations instead (then
 * review them with {@code git diff}).
 */
final class ClientGoldenFiles {

    /** The system property that switches from checking to rewriting the golden files. */
    static final String UPDATE_PROPERTY = "aria2j.updateGolden";

    private static final int CONTEXT = 3;

    private ClientGoldenFiles() {
    }

    /**
     * Checks (or, with the update switch, rewrites) the golden files of a directory: every generated file
     * must equal its golden file, and no golden file may lack a generated one.
     *
     * @param directory the directory under {@code src/test/resources}, e.g. {@code golden-client}
     * @param files the generated files
     */
    static void check(String directory, List<JavaFile> files) {
        Path root = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources").resolve(directory);
        Map<String, String> actual = new TreeMap<>();
        files.forEach(file -> actual.put(file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java",
                file.toString()));
        try {
            if (Boolean.getBoolean(UPDATE_PROPERTY)) {
                update(root, actual);
                return;
            }
            List<String> failures = new ArrayList<>();
            for (Map.Entry<String, String> entry : actual.entrySet()) {
                Path golden = root.resolve(entry.getKey());
                if (!Files.isRegularFile(golden)) {
                    failures.add("missing golden file " + directory + "/" + entry.getKey());
                    continue;
                }
                String expected = Files.readString(golden, StandardCharsets.UTF_8);
                if (!expected.equals(entry.getValue())) {
                    failures.add("--- " + directory + "/" + entry.getKey() + " (golden)\n+++ generated\n"
                            + diff(expected, entry.getValue()));
                }
            }
            for (String stale : existing(root)) {
                if (!actual.containsKey(stale)) {
                    failures.add("golden file " + directory + "/" + stale + " is no longer generated");
                }
            }
            if (!failures.isEmpty()) {
                fail("generated sources differ from the golden files (run the tests with -D" + UPDATE_PROPERTY
                        + "=true to accept the new output, then review it with git diff):%n%n%s",
                        String.join("\n", failures));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(Path root, Map<String, String> actual) throws IOException {
        for (String stale : existing(root)) {
            if (!actual.containsKey(stale)) {
                Files.delete(root.resolve(stale));
            }
        }
        for (Map.Entry<String, String> entry : actual.entrySet()) {
            Path golden = root.resolve(entry.getKey());
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, entry.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static TreeSet<String> existing(Path root) throws IOException {
        TreeSet<String> paths = new TreeSet<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .forEach(file -> paths.add(root.relativize(file).toString().replace('\\', '/')));
            }
        }
        return paths;
    }

    /**
     * A line diff in unified style: {@code -} lines only in the expectation, {@code +} lines only in the
     * actual text, {@value #CONTEXT} lines of context around each change, {@code @@} with line numbers.
     *
     * @param expected the golden text
     * @param actual the generated text
     * @return the diff
     */
    static String diff(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j))
                        ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<String> edits = new ArrayList<>(); // " x" (same), "-x", "+x"; line numbers kept aside
        List<int[]> positions = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            positions.add(new int[] {i + 1, j + 1}); // where the edit stands in each file
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(" " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                edits.add("-" + a.get(i++));
            } else {
                edits.add("+" + b.get(j++));
            }
        }
        if (expected.endsWith("\n") != actual.endsWith("\n")) {
            edits.add("\\ (golden " + (expected.endsWith("\n") ? "ends" : "does not end")
                    + " with a newline, generated " + (actual.endsWith("\n") ? "does" : "does not") + ")");
            positions.add(new int[] {i + 1, j + 1});
        }
        List<Integer> changes = new ArrayList<>();
        for (int k = 0; k < edits.size(); k++) {
            if (!edits.get(k).startsWith(" ")) {
                changes.add(k);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int c = 0; c < changes.size(); c++) {
            int first = changes.get(c);
            int last = first;
            while (c + 1 < changes.size() && changes.get(c + 1) - last <= 2 * CONTEXT + 1) {
                last = changes.get(++c);
            }
            int from = Math.max(0, first - CONTEXT);
            int to = Math.min(edits.size() - 1, last + CONTEXT);
            out.append("@@ golden line ").append(positions.get(from)[0]).append(", generated line ")
                    .append(positions.get(from)[1]).append(" @@\n");
            for (int line = from; line <= to; line++) {
                out.append(edits.get(line)).append('\n');
            }
        }
        return out.toString();
    }
}
