package io.github.aria2j.it;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Checks a short option that --help does not show (aria2 1.36 accepts -a for --file-allocation but prints no "-a, "):
 * aria2c is given {@code -X<invalid value>} and must reject it naming the expected long option.
 */
final class ShortNameProbe {

    /** Invalid for every kind that validates its value (Boolean, Number, Parameter, ...). */
    private static final String INVALID_VALUE = "%invalid%";

    private final Aria2Binary binary;
    private final Path workDir;

    ShortNameProbe(Aria2Binary binary, Path workDir) {
        this.binary = binary;
        this.workDir = workDir;
    }

    /** True when aria2c maps {@code -shortName} to {@code --longName}. */
    boolean mapsTo(String shortName, String longName) throws IOException, InterruptedException {
        // --version makes aria2c exit without doing anything when the value happens to be accepted.
        Aria2Binary.CommandResult result =
                binary.run(workDir, "--no-conf", "-" + shortName + INVALID_VALUE, "--version");
        return result.exitCode() != 0 && result.output().contains("the option '--" + longName + "'");
    }
}
