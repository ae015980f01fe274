package io.github.aria2j.it;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Compares the schema's options with {@code aria2c --help=#all}: which options exist, and per option the short name,
 * the default, the tags and whether the kind fits the "Possible Values".
 */
final class HelpDrift {

    private final Aria2Schema schema;
    private final LiveBuild build;
    private final ShortNameProbe probe;
    private final DriftReport report;

    HelpDrift(Aria2Schema schema, LiveBuild build, ShortNameProbe probe, DriftReport report) {
        this.schema = schema;
        this.build = build;
        this.probe = probe;
        this.report = report;
    }

    /** Adds every difference to the report and returns how many options were compared field by field. */
    int compare(Map<String, HelpOption> help) throws IOException, InterruptedException {
        int compared = 0;
        for (Aria2Schema.Option option : schema.options().values()) {
            HelpOption shown = help.get(option.name());
            Optional<String> absentBecause = whyNotInHelp(option);
            if (absentBecause.isPresent()) {
                if (shown != null) {
                    report.add("option " + option.name() + ": shown by --help but " + absentBecause.get());
                }
            } else if (shown == null) {
                report.add("option " + option.name() + ": missing from --help of " + build.version());
            } else {
                compareFields(option, shown);
                compared++;
            }
        }
        for (String name : help.keySet()) {
            if (!schema.options().containsKey(name)) {
                report.add("option " + name + ": shown by --help but not in the schema");
            }
        }
        return compared;
    }

    /** Hidden options are never printed, and unavailable ones do not exist in this aria2c. */
    private Optional<String> whyNotInHelp(Aria2Schema.Option option) {
        if (option.hidden()) {
            return Optional.of("schema hidden=true");
        }
        return build.unavailability(option.since(), option.buildCondition());
    }

    private void compareFields(Aria2Schema.Option option, HelpOption shown) throws IOException, InterruptedException {
        String name = option.name();
        if (!Objects.equals(option.shortName(), shown.shortName())
                && !shortNameWorksUnlisted(option, shown)) {
            report.add("option " + name + ": short schema=" + show(option.shortName()) + " help=" + show(shown.shortName()));
        }
        // Machine- or build-dependent defaults (dir, user-agent, ...) cannot be compared with one fixed value.
        if (!option.dynamicDefault()) {
            String expected = emptyToNull(option.defaultValue());
            if (!Objects.equals(expected, shown.defaultValue())) {
                report.add("option " + name + ": default schema=" + show(expected) + " help=" + show(shown.defaultValue()));
            }
        }
        // Tag order carries no meaning (aria2 prints them in its own tag order).
        if (!new LinkedHashSet<>(option.tags()).equals(new LinkedHashSet<>(shown.tags()))) {
            report.add("option " + name + ": tags schema=" + option.tags() + " help=" + shown.tags());
        }
        for (String problem : KindCompatibility.check(option, shown.possibleValues(), schema)) {
            report.add("option " + name + ": " + problem);
        }
    }

    /** Help omits some short names that aria2c nevertheless accepts; ask aria2c itself before reporting. */
    private boolean shortNameWorksUnlisted(Aria2Schema.Option option, HelpOption shown)
            throws IOException, InterruptedException {
        return shown.shortName() == null && option.shortName() != null && probe.mapsTo(option.shortName(), option.name());
    }

    /** aria2 prints no "Default:" line for an empty default. */
    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String show(String value) {
        return value == null ? "(none)" : value;
    }
}
