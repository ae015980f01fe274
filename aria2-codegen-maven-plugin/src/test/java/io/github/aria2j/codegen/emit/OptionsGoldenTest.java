package io.github.aria2j.codegen.emit;

import io.github.aria2j.codegen.emit.testing.GoldenFiles;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The options artifact of a small schema ({@value OptionsFixtures#GOLDEN_SCHEMA}: an option of every kind, options
 * in one, two or all three sets, a deprecated, a sensitive and a startup-only one), compared whole with
 * {@code src/test/resources/golden-options}. Update with {@code -Daria2j.updateGolden=true}.
 */
class OptionsGoldenTest {

    @Test
    void optionSetsMatchTheGoldenFiles() throws IOException {
        GoldenFiles.assertMatches("golden-options", OptionsFixtures.golden().options());
    }
}
