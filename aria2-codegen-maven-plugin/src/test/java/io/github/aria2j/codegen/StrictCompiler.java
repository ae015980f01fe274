package io.github.aria2j.codegen;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources the way the project builds its own code, and stricter: {@code --release 17},
 * {@code -Xlint:all -Werror} and every doclint check on the API (public and protected members, what the
 * Javadoc tool checks), against nothing but what generated code may need (the {@code aria2-runtime} classes
 * and JSpecify, taken from the test classpath).
 */
final class StrictCompiler {

    /** The flags every generated source must compile with, without a single warning. */
    static final List<String> FLAGS = List.of("--release", "17", "-Xlint:all", "-Werror", "-Xdoclint:all/protected",
            "-proc:none", "-encoding", "UTF-8");

    /** Plain flags, to get class files for behaviour tests even when a strict check fails. */
    static final List<String> LENIENT_FLAGS = List.of("--release", "17", "-proc:none", "-encoding", "UTF-8");

    private StrictCompiler() {
    }

    /**
     * Compiles every {@code .java} file under a directory.
     *
     * @param flags the compiler flags, such as {@link #FLAGS}
     * @param sourceRoot the generated sources
     * @param classes where the class files go
     * @return every diagnostic (warnings and errors; with {@code -Werror} any of them fails the build), as
     *     {@code path:line: kind: message}; empty when the sources compiled cleanly
     * @throws IOException when the sources cannot be listed
     */
    static List<String> compile(List<String> flags, Path sourceRoot, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(sourceRoot)) {
            sources = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
        Files.createDirectories(classes);
        List<String> options = new ArrayList<>(flags);
        options.addAll(List.of("-classpath", generatedCodeClasspath(), "-d", classes.toString()));
        boolean success;
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            success = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
        }
        List<String> problems = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() != Diagnostic.Kind.NOTE) {
                String file = diagnostic.getSource() == null ? "-"
                        : sourceRoot.relativize(Path.of(diagnostic.getSource().toUri())).toString();
                problems.add(file + ":" + diagnostic.getLineNumber() + ": " + diagnostic.getKind() + ": "
                        + diagnostic.getMessage(Locale.ROOT));
            }
        }
        if (!success && problems.isEmpty()) {
            problems.add("javac failed without a diagnostic");
        }
        return problems;
    }

    /** The entries of the test classpath that generated code compiles against. */
    private static String generatedCodeClasspath() {
        List<String> entries = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> entry.contains("aria2-runtime") || entry.contains("jspecify"))
                .toList();
        if (entries.size() != 2) {
            throw new IllegalStateException("expected aria2-runtime and jspecify on the test classpath, found "
                    + entries);
        }
        return entries.stream().collect(Collectors.joining(File.pathSeparator));
    }
}
