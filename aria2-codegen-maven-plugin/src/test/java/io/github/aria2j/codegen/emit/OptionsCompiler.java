package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.JavaFile;
import io.github.aria2j.runtime.options.AbstractOptions;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.jspecify.annotations.Nullable;

/**
 * Compiles generated options with strict flags ({@code -Xlint:all -Werror -Xdoclint:all --release 17}) against
 * aria2-runtime and JSpecify, and loads the classes in a loader whose parent is the test's, so that the runtime
 * types (such as {@link AbstractOptions}) are shared with the tests.
 *
 * <p>The option-value enums (the {@link EnumEmitter}'s) are compiled first, on their own, with Javadoc lint at
 * the level the {@code javadoc} tool checks ({@code all/protected}), so that this test judges the options
 * emitter's files, every member of which, private ones included, must pass {@code -Xdoclint:all}.
 */
final class OptionsCompiler {

    /** The javac flags, as the README promises them for generated code. */
    static final List<String> STRICT_FLAGS = List.of("-Xlint:all", "-Werror", "-Xdoclint:all", "--release", "17");

    private OptionsCompiler() {
    }

    /**
     * The outcome of a compilation.
     *
     * @param diagnostics every message javac gave (errors and warnings), formatted
     * @param loader the compiled classes, when the compilation succeeded
     */
    record Compiled(List<String> diagnostics, ClassLoader loader) {
    }

    /** The options artifact of the real schema, compiled once per test run. */
    static Compiled real() {
        return Real.COMPILED;
    }

    /** The options artifact of the golden schema, compiled once per test run. */
    static Compiled golden() {
        return Golden.COMPILED;
    }

    /** Holds the real schema's compilation (class initialisation makes it lazy and thread-safe). */
    private static final class Real {
        static final Compiled COMPILED = compile("real", OptionsFixtures.real());
    }

    /** Holds the golden schema's compilation. */
    private static final class Golden {
        static final Compiled COMPILED = compile("golden", OptionsFixtures.golden());
    }

    /** Compiles the option-value enums, then the files of the options emitter (see the class comment). */
    static Compiled compile(String name, OptionsFixtures.Generated generated) {
        try {
            Path root = buildDirectory().resolve("options-compile").resolve(name);
            deleteTree(root);
            Path enumClasses = Files.createDirectories(root.resolve("enum-classes"));
            Path classes = Files.createDirectories(root.resolve("classes"));
            List<JavaFile> enums = generated.artifact().stream()
                    .filter(file -> !generated.options().contains(file)).toList();
            String runtime = location(AbstractOptions.class) + File.pathSeparator + location(Nullable.class);
            List<String> diagnostics = new ArrayList<>(javac(enums, root.resolve("enum-src"), enumClasses,
                    List.of("-Xlint:all", "-Werror", "-Xdoclint:all/protected", "--release", "17"), runtime));
            if (diagnostics.isEmpty()) {
                diagnostics.addAll(javac(generated.options(), root.resolve("src"), classes, STRICT_FLAGS,
                        runtime + File.pathSeparator + enumClasses));
            }
            ClassLoader loader = diagnostics.isEmpty()
                    ? new URLClassLoader(new URL[] {classes.toUri().toURL(), enumClasses.toUri().toURL()},
                            OptionsCompiler.class.getClassLoader())
                    : null;
            return new Compiled(diagnostics, loader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code files} under {@code sources} and compiles them into {@code classes}; the diagnostics. */
    private static List<String> javac(List<JavaFile> files, Path sources, Path classes, List<String> flags,
            String classpath) throws IOException {
        Files.createDirectories(sources);
        for (JavaFile file : files) {
            file.writeTo(sources);
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(sources)) {
            paths = walk.filter(path -> path.toString().endsWith(".java")).sorted().toList();
        }
        if (paths.isEmpty()) {
            return List.of();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
        try (StandardJavaFileManager manager = javac.getStandardFileManager(collector, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = new ArrayList<>(flags);
            options.addAll(List.of("-encoding", "UTF-8", "-d", classes.toString(), "-classpath", classpath));
            javac.getTask(null, manager, collector, options, null, manager.getJavaFileObjectsFromPaths(paths)).call();
            return collector.getDiagnostics().stream().map(OptionsCompiler::format).toList();
        }
    }

    /** The module's build directory ({@code target}, or {@code target-<suffix>}): the parent of test-classes. */
    private static Path buildDirectory() throws IOException {
        return Path.of(location(OptionsCompiler.class)).getParent();
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static String location(Class<?> type) throws MalformedURLException {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new MalformedURLException(e.getMessage());
        }
    }

    private static String format(Diagnostic<? extends JavaFileObject> diagnostic) {
        String source = diagnostic.getSource() == null ? "" : Path.of(diagnostic.getSource().toUri()).getFileName()
                + ":" + diagnostic.getLineNumber() + ": ";
        return diagnostic.getKind() + " " + source + diagnostic.getMessage(Locale.ROOT);
    }
}
