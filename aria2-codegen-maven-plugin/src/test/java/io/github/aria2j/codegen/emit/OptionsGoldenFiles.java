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
 * Golden files of the options emitter: the exact expected text of each generated file, kept under
 * {@code src/test/resources/<directory>/<package path>/<Type>.java}. A mismatch fails with a line diff per file;
 * {@code -Daria2j.updateGolden=true} rewrites the expectations instead (review them with {@code git diff}).
 */
final class OptionsGoldenFiles {

    /** The system property that switches from checking to rewriting. */
    static final String UPDATE_PROPERTY = "aria2j.updateGolden";

    private static final int CONTEXT = 2;

    private OptionsGoldenFiles() {
    }

    /** Checks (or rewrites) the golden files of {@code directory} against {@code files}, both ways. */
    static void check(String directory, List<JavaFile> files) throws IOException {
        Path root = Path.of(System.getProperty("basedir", ".")).resolve("src/test/resources").resolve(directory);
        Map<String, String> actual = new TreeMap<>();
        files.forEach(file -> actual.put(file.packageName().replace('.', '/') + "/" + file.typeSpec().name()
                + ".java", file.toString()));
        TreeSet<String> existing = existing(root);
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            for (String stale : existing) {
                if (!actual.containsKey(stale)) {
                    Files.delete(root.resolve(stale));
                }
            }
            for (Map.Entry<String, String> file : actual.entrySet()) {
                Files.createDirectories(root.resolve(file.getKey()).getParent());
                Files.writeString(root.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
            return;
        }
        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, String> file : actual.entrySet()) {
            Path golden = root.resolve(file.getKey());
            if (!Files.isRegularFile(golden)) {
                failures.add("missing golden file " + directory + "/" + file.getKey());
            } else {
                String expected = Files.readString(golden, StandardCharsets.UTF_8);
                if (!expected.equals(file.getValue())) {
                    failures.add("--- " + directory + "/" + file.getKey() + " (golden)\n+++ generated\n"
                            + diff(expected, file.getValue()));
                }
            }
        }
        existing.stream().filter(path -> !actual.containsKey(path))
                .forEach(path -> failures.add("golden file " + directory + "/" + path + " is no longer generated"));
        if (!failures.isEmpty()) {
            fail("the generated options differ from the golden files; if the change is intended, run the tests"
                    + " with -D%s=true and review the result with git diff:%n%n%s", UPDATE_PROPERTY,
                    String.join("\n", failures));
        }
    }

    private static TreeSet<String> existing(Path root) {
        TreeSet<String> paths = new TreeSet<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .forEach(file -> paths.add(root.relativize(file).toString().replace('\\', '/')));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return paths;
    }

    /**
     * A line diff: {@code -} for golden lines, {@code +} for generated ones, {@value #CONTEXT} lines of context,
     * {@code @@} headers with the line numbers in both texts. Built on the longest common subsequence.
     */
    static String diff(String expected, String actual) {
        List<String> a = expected.lines().toList();
        List<String> b = actual.lines().toList();
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> lines = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            headers.add("@@ golden line " + (i + 1) + ", generated line " + (j + 1) + " @@");
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                lines.add(" " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                lines.add("-" + a.get(i++)); // removals before additions, as in a unified diff
            } else {
                lines.add("+" + b.get(j++));
            }
        }
        StringBuilder out = new StringBuilder();
        int shownUpTo = -1;
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).startsWith(" ")) {
                continue;
            }
            int from = Math.max(Math.max(0, k - CONTEXT), shownUpTo + 1);
            if (from > shownUpTo + 1 || shownUpTo < 0) {
                out.append(headers.get(from)).append('\n');
            }
            int to = k;
            for (int next = k; next < lines.size() && next <= to + CONTEXT; next++) {
                if (!lines.get(next).startsWith(" ")) {
                    to = next;
                }
            }
            to = Math.min(lines.size() - 1, to + CONTEXT);
            for (int line = from; line <= to; line++) {
                out.append(lines.get(line)).append('\n');
            }
            shownUpTo = to;
            k = to;
        }
        if (expected.endsWith("\n") != actual.endsWith("\n")) {
            out.append("\\ the golden file ").append(expected.endsWith("\n") ? "ends" : "does not end")
                    .append(" with a newline; the generated text ").append(actual.endsWith("\n") ? "does" : "does not")
                    .append('\n');
        }
        return out.toString();
    }
}
