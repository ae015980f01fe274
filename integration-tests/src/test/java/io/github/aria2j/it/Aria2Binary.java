package io.github.aria2j.it;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The aria2c executable under test: where it is, and how to run short one-shot commands with it. */
final class Aria2Binary {

    /** System property that points at a specific aria2c; otherwise aria2c is looked up on PATH. */
    static final String PATH_PROPERTY = "aria2c.path";

    /** One-shot commands (--help, --version) finish at once; this only stops a hung process from hanging the build. */
    private static final long ONE_SHOT_LIMIT_SECONDS = 60;

    private final Path executable;

    private Aria2Binary(Path executable) {
        this.executable = executable;
    }

    /**
     * Finds aria2c, failing (never skipping) when it is missing: CI installs it, so a missing binary is a broken
     * environment, not a reason to pass silently.
     */
    static Aria2Binary locate() {
        String configured = System.getProperty(PATH_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
                throw new IllegalStateException("-D" + PATH_PROPERTY + "=" + configured + " is not an executable file");
            }
            return new Aria2Binary(path);
        }
        String searchPath = System.getenv().getOrDefault("PATH", "");
        for (String dir : searchPath.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path candidate = Path.of(dir, "aria2c");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return new Aria2Binary(candidate);
            }
        }
        throw new IllegalStateException("aria2c was not found on PATH (" + searchPath + ") and -D" + PATH_PROPERTY
                + " is not set. The schema drift test needs a real aria2c: install it"
                + " (Debian/Ubuntu: apt-get install aria2) or pass -D" + PATH_PROPERTY + "=/path/to/aria2c.");
    }

    Path executable() {
        return executable;
    }

    /** Output of a finished one-shot command, stdout and stderr merged. */
    record CommandResult(int exitCode, String output) {}

    /** Runs {@code aria2c args...} in {@code workDir} and waits for it to finish. */
    CommandResult run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(List.of(args));
        // Output goes to a file rather than a pipe so that a chatty process can never block on a full pipe.
        Path outputFile = Files.createTempFile(workDir, "aria2c-", ".out");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(outputFile.toFile())
                    .start();
            process.getOutputStream().close(); // aria2c must never wait for input
            if (!process.waitFor(ONE_SHOT_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("aria2c " + String.join(" ", args) + " did not finish within "
                        + ONE_SHOT_LIMIT_SECONDS + " s");
            }
            return new CommandResult(process.exitValue(), Files.readString(outputFile, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(outputFile);
        }
    }
}
