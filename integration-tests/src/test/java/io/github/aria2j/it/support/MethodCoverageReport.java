package io.github.aria2j.it.support;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Prints "methods exercised: N/36" once, after the last test of the run, and writes it with the list of exercised
 * methods to {@code <build directory>/aria2j-method-coverage.txt}. Every client IT class registers it; the report is
 * kept in the root store, which JUnit closes when the whole run ends.
 */
public final class MethodCoverageReport implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(
            MethodCoverageReport.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Report.class, key -> new Report(), Report.class);
    }

    /** Closed by JUnit at the end of the run. */
    static final class Report implements AutoCloseable {

        @Override
        public void close() throws IOException {
            String summary = MethodCoverage.summary();
            System.out.println("[aria2j client ITs] " + summary);
            Path file = buildDirectory().resolve("aria2j-method-coverage.txt");
            String text = summary + "\nexercised: " + String.join(", ", MethodCoverage.exercised()) + "\n";
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }

        /** target-<suffix>/, the parent of the test-classes folder this class was loaded from. */
        private static Path buildDirectory() {
            try {
                Path classes = Path.of(MethodCoverageReport.class.getProtectionDomain().getCodeSource().getLocation()
                        .toURI());
                return classes.getParent();
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
