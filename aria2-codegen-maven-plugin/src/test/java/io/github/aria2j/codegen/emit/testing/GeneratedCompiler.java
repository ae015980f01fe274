package io.github.aria2j.codegen.emit.testing;

import static org.assertj.core.api.Assertions.fail;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with the JDK's compiler and the project's strict flags (every lint warning and every
 * Javadoc problem is an error), against the jars generated code needs: aria2-runtime and JSpecify, found on the
 * test class path. A failure lists every diagnostic with its file and line.
 */
public final class GeneratedCompiler {

    /**
     * The strict flags. Javadoc lint checks public and protected elements, as the release build's javadoc does:
     * on JDK 17, {@code -Xdoclint:all} at private level reports the implicit private fields of every record as
     * undocumented (a javac bug), so no record could pass it.
     */
    public static final List<String> STRICT_OPTIONS =
            List.of("-Xlint:all", "-Werror", "-Xdoclint:all/protected", "--release", "17", "-proc:none");

    private GeneratedCompiler() {
    }

    /**
     * Writes the files under {@code directory/src} and compiles them into {@code directory/classes}; fails the
     * test on any error or warning.
     *
     * @param files the generated files
     * @param directory an empty work folder
     * @param classPathMarkers classes whose jars (or folders) form the class path
     * @return the folder of the class files
     */
    public static Path compile(List<JavaFile> files, Path directory, Class<?>... classPathMarkers) {
        try {
            Path sources = directory.resolve("src");
            Path classes = Files.createDirectories(directory.resolve("classes"));
            List<Path> written = new ArrayList<>();
            for (JavaFile file : files) {
                Path path = sources.resolve(GoldenFiles.pathOf(file));
                Files.createDirectories(path.getParent());
                try (Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                    file.writeTo(writer);
                }
                written.add(path);
            }
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager manager = compiler.getStandardFileManager(diagnostics, Locale.ROOT,
                    StandardCharsets.UTF_8)) {
                List<String> options = new ArrayList<>(STRICT_OPTIONS);
                options.addAll(List.of("-classpath", classPath(classPathMarkers), "-d", classes.toString(),
                        "-encoding", "UTF-8"));
                boolean success = compiler.getTask(null, manager, diagnostics, options, null,
                        manager.getJavaFileObjectsFromPaths(written)).call();
                List<String> problems = diagnostics.getDiagnostics().stream()
                        .filter(diagnostic -> diagnostic.getKind() != Diagnostic.Kind.NOTE)
                        .map(GeneratedCompiler::describe)
                        .toList();
                if (!success || !problems.isEmpty()) {
                    fail("generated code does not compile cleanly with %s (%d problems):%n%s", STRICT_OPTIONS,
                            problems.size(), String.join("\n", problems));
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A class loader for compiled classes whose parent is the test's own, so that runtime types (such as
     * {@code ValueReader}) are shared with the test.
     *
     * @param classes the folder of class files
     * @return the loader
     */
    public static URLClassLoader loader(Path classes) {
        try {
            return new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedCompiler.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The class path made of the jars or folders that hold some classes.
     *
     * @param markers one class of each jar
     * @return the path, separated by the platform's separator
     */
    public static String classPath(Class<?>... markers) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> marker : markers) {
            try {
                entries.add(Path.of(marker.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return entries.stream().collect(Collectors.joining(java.io.File.pathSeparator));
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        String source = diagnostic.getSource() == null ? "" : Path.of(diagnostic.getSource().toUri()).getFileName()
                + ":" + diagnostic.getLineNumber() + ": ";
        return source + diagnostic.getKind().toString().toLowerCase(Locale.ROOT) + ": "
                + diagnostic.getMessage(Locale.ROOT);
    }
}
