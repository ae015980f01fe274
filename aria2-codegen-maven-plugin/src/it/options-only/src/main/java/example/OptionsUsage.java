package example;

import io.github.aria2j.options.AddOptions;

/** Uses the generated options without any client. */
public final class OptionsUsage {

    private OptionsUsage() {
    }

    /**
     * Builds options.
     *
     * @return the options
     */
    public static AddOptions options() {
        return AddOptions.builder().split(4).build();
    }
}
