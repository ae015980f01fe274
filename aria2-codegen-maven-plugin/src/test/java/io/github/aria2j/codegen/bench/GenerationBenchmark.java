package io.github.aria2j.codegen.bench;

import io.github.aria2j.codegen.CodeGenerator;
import io.github.aria2j.codegen.GeneratedArtifact;
import io.github.aria2j.codegen.GeneratedSourceWriter;
import io.github.aria2j.codegen.GenerationResult;
import io.github.aria2j.codegen.GeneratorConfig;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.ModelBuilder;
import io.github.aria2j.codegen.schema.SchemaReader;
import io.github.aria2j.codegen.schema.SchemaSource;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A benchmark, not a test: measures how long the code generator takes on the project's real schema and
 * prints a table (min, median, p90, max in milliseconds). It never fails on time; it only fails when the
 * generator itself fails or a no-change run is found to change something.
 *
 * <p>Rows, each measured after its own warm-up iterations:
 * <ol>
 *   <li><b>baseline</b>: reading the schema and building the model ({@link SchemaReader} + {@link ModelBuilder});
 *   <li><b>emit</b>: the baseline plus running every emitter, without writing ({@link CodeGenerator#sources});
 *   <li><b>full</b>: generating both artifacts into a fresh, empty directory ({@link CodeGenerator#generate});
 *   <li><b>regenerate</b>: generating again into the same directory with nothing changed (the writer compares
 *       content and rewrites nothing);
 *   <li><b>mojo no-change</b>: the goal's up-to-date path exactly as {@code GenerateMojo} runs it, i.e.
 *       {@code Fingerprint.of(config, identity)} followed by {@code IncrementalState.isUpToDate}; once for a
 *       released plugin (the identity is the coordinates) and once for a snapshot, whose identity adds
 *       {@code Fingerprint.ofCode} over the plugin's class directory or jar.
 * </ol>
 * Both classes are package-private in {@code io.github.aria2j.codegen.plugin}, so they are called by
 * reflection (the classpath is the unnamed module, so no access check stands in the way). Ratios are
 * given against the baseline median, so the cost of emitting and writing is visible apart from parsing.
 *
 * <p>Targets (issue 4): full generation under {@value #FULL_TARGET_MS} ms and a no-change run under
 * {@value #NO_CHANGE_TARGET_MS} ms, both judged on the median.
 *
 * <p>Run with {@code ./mvnw -pl aria2-codegen-maven-plugin -am -Pbench -DskipTests verify}, or directly with
 * the test classpath: {@code java GenerationBenchmark [warmup] [iterations]} (defaults
 * {@value #DEFAULT_WARMUP} and {@value #DEFAULT_ITERATIONS}).
 */
public final class GenerationBenchmark {

    static final int DEFAULT_WARMUP = 5;
    static final int DEFAULT_ITERATIONS = 20;
    static final long FULL_TARGET_MS = 1000;
    static final long NO_CHANGE_TARGET_MS = 100;
    private static final String PLUGIN_ID = "io.github.aria2j:aria2-codegen-maven-plugin:bench";

    /** A timed action. */
    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    /** The sorted samples of one row, in nanoseconds. */
    private record Stats(String name, long[] nanos) {
        double min() {
            return ms(nanos[0]);
        }

        double median() {
            int n = nanos.length;
            return n % 2 == 1 ? ms(nanos[n / 2]) : (ms(nanos[n / 2 - 1]) + ms(nanos[n / 2])) / 2;
        }

        double p90() {
            return ms(nanos[Math.max(0, (int) Math.ceil(0.9 * nanos.length) - 1)]);
        }

        double max() {
            return ms(nanos[nanos.length - 1]);
        }

        private static double ms(long nanos) {
            return nanos / 1_000_000.0;
        }
    }

    private final int warmup;
    private final int iterations;
    private final Path scratch;
    private final SchemaSource schema = SchemaSource.defaultSchema();
    private final Method fingerprintOf;
    private final Method fingerprintOfCode;
    private final Constructor<?> newState;
    private final Method isUpToDate;
    private final Method record;

    private GenerationBenchmark(int warmup, int iterations, Path scratch) throws ReflectiveOperationException {
        this.warmup = warmup;
        this.iterations = iterations;
        this.scratch = scratch;
        Class<?> fingerprint = Class.forName("io.github.aria2j.codegen.plugin.Fingerprint");
        Class<?> state = Class.forName("io.github.aria2j.codegen.plugin.IncrementalState");
        fingerprintOf = accessible(fingerprint.getDeclaredMethod("of", GeneratorConfig.class, String.class));
        fingerprintOfCode = accessible(fingerprint.getDeclaredMethod("ofCode", Path.class));
        newState = accessible(state.getDeclaredConstructor(Path.class));
        isUpToDate = accessible(state.getDeclaredMethod("isUpToDate", String.class));
        record = accessible(state.getDeclaredMethod("record", String.class, java.util.Collection.class));
    }

    /**
     * Runs the benchmark and prints the table.
     *
     * @param args optional: the number of warm-up iterations, then the number of measured iterations
     * @throws Exception when generation fails
     */
    public static void main(String[] args) throws Exception {
        int warmup = args.length > 0 ? count(args[0], 0) : DEFAULT_WARMUP;
        int iterations = args.length > 1 ? count(args[1], 1) : DEFAULT_ITERATIONS;
        Path scratch = Files.createTempDirectory("aria2j-codegen-bench");
        try {
            new GenerationBenchmark(warmup, iterations, scratch).run();
        } finally {
            deleteTree(scratch);
        }
    }

    private void run() throws Exception {
        CodeGenerator generator = new CodeGenerator();
        SchemaReader reader = new SchemaReader();
        ModelBuilder modelBuilder = new ModelBuilder();
        List<Stats> rows = new ArrayList<>();

        rows.add(measure("baseline: read schema + build model", () -> {
            ApiModel model = modelBuilder.build(reader.read(schema, List.of()));
            if (model == null) {
                throw new IllegalStateException("no model");
            }
        }));
        rows.add(measure("emit: + run emitters (no write)", () -> generator.sources(config(scratch.resolve("unused")))));

        int[] fresh = {0};
        int[] fileCount = {0};
        Stats full = measure("full: generate into a fresh dir", () -> {
            GenerationResult result = generator.generate(config(scratch.resolve("fresh").resolve("" + fresh[0]++)));
            fileCount[0] = result.written().size();
        });
        rows.add(full);
        deleteTree(scratch.resolve("fresh"));

        GeneratorConfig same = config(scratch.resolve("same"));
        GenerationResult first = generator.generate(same);
        Stats regenerate = measure("regenerate: same dir, nothing changed", () -> {
            GenerationResult result = generator.generate(same);
            if (!result.upToDate()) {
                throw new IllegalStateException("a no-change regeneration changed files: " + result.written());
            }
        });
        rows.add(regenerate);

        Path code = Path.of(CodeGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        recordState(same, first, PLUGIN_ID);
        Stats mojoRelease = measure("mojo no-change: fingerprint + state", () -> upToDate(same, PLUGIN_ID));
        rows.add(mojoRelease);
        recordState(same, first, PLUGIN_ID + "@" + invoke(fingerprintOfCode, null, code));
        Stats mojoSnapshot = measure("mojo no-change, snapshot: + code digest",
                () -> upToDate(same, PLUGIN_ID + "@" + invoke(fingerprintOfCode, null, code)));
        rows.add(mojoSnapshot);

        print(rows, fileCount[0], code);
        System.out.println();
        verdict("full generation", full, FULL_TARGET_MS);
        verdict("no-change regeneration", regenerate, NO_CHANGE_TARGET_MS);
        verdict("mojo no-change check", mojoRelease, NO_CHANGE_TARGET_MS);
        verdict("mojo no-change check (snapshot)", mojoSnapshot, NO_CHANGE_TARGET_MS);
    }

    private GeneratorConfig config(Path output) {
        return new GeneratorConfig(schema, List.of(), GeneratorConfig.DEFAULT_BASE_PACKAGE,
                EnumSet.of(GeneratedArtifact.OPTIONS, GeneratedArtifact.CLIENT), output);
    }

    private Stats measure(String name, Action action) throws Exception {
        for (int i = 0; i < warmup; i++) {
            action.run();
        }
        long[] nanos = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            action.run();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new Stats(name, nanos);
    }

    /** Records the state as the Mojo does after generating: every generated file plus the writer's manifest. */
    private void recordState(GeneratorConfig config, GenerationResult result, String identity) throws Exception {
        List<Path> tracked = new ArrayList<>(result.written());
        tracked.addAll(result.unchanged());
        tracked.add(Path.of(GeneratedSourceWriter.MANIFEST));
        Object state = newState.newInstance(config.outputDirectory());
        invoke(record, state, invoke(fingerprintOf, null, config, identity), tracked);
        upToDate(config, identity);
    }

    /** The Mojo's check: a new state object, the fingerprint of the inputs, the comparison. */
    private void upToDate(GeneratorConfig config, String identity) throws Exception {
        Object state = newState.newInstance(config.outputDirectory());
        Object fingerprint = invoke(fingerprintOf, null, config, identity);
        if (!Boolean.TRUE.equals(invoke(isUpToDate, state, fingerprint))) {
            throw new IllegalStateException("the Mojo would regenerate although nothing changed");
        }
    }

    /** Calls a reflected member; {@code target} is null for a static method. */
    private static Object invoke(Method method, Object target, Object... args) throws Exception {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private void print(List<Stats> rows, int files, Path code) {
        double base = rows.get(0).median();
        System.out.printf(Locale.ROOT, "%naria2j code generator benchmark: %d files, %d warm-up + %d measured"
                + " iterations, Java %s%n", files, warmup, iterations, Runtime.version());
        System.out.printf(Locale.ROOT, "plugin code digested for the snapshot row: %s%n%n", code.getFileName());
        String format = "%-42s %9s %9s %9s %9s %9s%n";
        System.out.printf(Locale.ROOT, format, "ms", "min", "median", "p90", "max", "x base");
        for (Stats row : rows) {
            System.out.printf(Locale.ROOT, format, row.name(), fmt(row.min()), fmt(row.median()), fmt(row.p90()),
                    fmt(row.max()), String.format(Locale.ROOT, "%.2f", row.median() / base));
        }
        double emit = rows.get(1).median() - base;
        double write = rows.get(2).median() - rows.get(1).median();
        System.out.printf(Locale.ROOT, "%nfull = baseline %s + emit %s + write %s ms (emit+write = %.2f x baseline)%n",
                fmt(base), fmt(emit), fmt(write), (emit + write) / base);
    }

    private static void verdict(String what, Stats stats, long targetMs) {
        boolean met = stats.median() < targetMs;
        System.out.printf(Locale.ROOT, "target %-34s median %9s ms < %5d ms: %s%n", what + ":", fmt(stats.median()),
                targetMs, met ? "MET" : "NOT MET");
    }

    private static String fmt(double ms) {
        return String.format(Locale.ROOT, "%.2f", ms);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static <T extends java.lang.reflect.AccessibleObject> T accessible(T member) {
        member.setAccessible(true);
        return member;
    }

    private static int count(String arg, int minimum) {
        try {
            int value = Integer.parseInt(arg.trim());
            if (value >= minimum) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("expected a whole number >= " + minimum + ", got '" + arg + "'");
    }
}
