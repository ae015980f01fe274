package io.github.aria2j.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Compares aria2.getGlobalOption of a freshly started aria2c with the schema: every option the schema says is
 * returned with a fixed default must come back with that default (as aria2 normalises it), and every returned key
 * must be a schema option that the schema says getGlobalOption returns.
 */
final class GlobalOptionDrift {

    private final Aria2Schema schema;
    private final LiveBuild build;
    private final Map<String, String> setOnCommandLine;
    private final DriftReport report;

    /**
     * @param setOnCommandLine options the launcher sets, with the reason; their live values are not defaults
     */
    GlobalOptionDrift(Aria2Schema schema, LiveBuild build, Map<String, String> setOnCommandLine, DriftReport report) {
        this.schema = schema;
        this.build = build;
        this.setOnCommandLine = setOnCommandLine;
        this.report = report;
    }

    /** Adds every difference to the report and returns how many default values were compared. */
    int compare(JsonNode live) {
        int compared = 0;
        for (Aria2Schema.Option option : schema.options().values()) {
            if (!option.returnedByGetGlobalOption() || option.defaultValue() == null || option.dynamicDefault()
                    || setOnCommandLine.containsKey(option.name())
                    || !build.isAvailable(option.since(), option.buildCondition())) {
                continue;
            }
            compared++;
            String expected = normalised(option);
            JsonNode value = live.get(option.name());
            if (value == null) {
                report.add("option " + option.name() + ": absent from getGlobalOption although schema default="
                        + option.defaultValue() + " and returnedBy.getGlobalOption=true");
            } else if (!value.isTextual()) {
                report.add("option " + option.name() + ": getGlobalOption returned a non-string " + value);
            } else if (!expected.equals(value.asText())) {
                String shownDefault = expected.equals(option.defaultValue())
                        ? expected
                        : option.defaultValue() + " (= " + expected + ")";
                report.add("option " + option.name() + ": getGlobalOption schema default=" + shownDefault
                        + " live=" + value.asText());
            }
        }
        for (Iterator<String> names = live.fieldNames(); names.hasNext(); ) {
            checkReturnedKey(names.next());
        }
        return compared;
    }

    private void checkReturnedKey(String name) {
        Aria2Schema.Option option = schema.options().get(name);
        if (option == null) {
            report.add("option " + name + ": returned by getGlobalOption but not in the schema");
            return;
        }
        if (!option.returnedByGetGlobalOption()) {
            report.add("option " + name + ": returned by getGlobalOption but schema returnedBy.getGlobalOption=false");
        }
        Optional<String> unavailable = build.unavailability(option.since(), option.buildCondition());
        unavailable.ifPresent(reason -> report.add("option " + name + ": returned by getGlobalOption but " + reason));
    }

    /** The default as getGlobalOption returns it: UnitNumber sizes in bytes, everything else verbatim. */
    private static String normalised(Aria2Schema.Option option) {
        return option.kind().equals("UnitNumber") ? UnitNumbers.toBytes(option.defaultValue()) : option.defaultValue();
    }
}
