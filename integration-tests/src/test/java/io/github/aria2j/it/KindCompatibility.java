package io.github.aria2j.it;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether an option's schema kind (and bounds or enum) agrees with the "Possible Values" that --help prints:
 * Boolean shows "true, false"; Parameter lists its values; Number, UnitNumber, Float and IntegerRange show a range.
 * Other kinds print free-form hints ("/path/to/file", "HOST:PORT") that say nothing checkable about the kind.
 */
final class KindCompatibility {

    private static final String BOOLEAN_VALUES = "true, false";
    private static final Set<String> RANGE_KINDS = Set.of("Number", "UnitNumber", "Float", "IntegerRange");

    private KindCompatibility() {}

    /** Problems found, each a phrase to follow "option NAME: "; empty when compatible. */
    static List<String> check(Aria2Schema.Option option, String possibleValues, Aria2Schema schema) {
        String kind = option.kind();
        if (kind.equals("Boolean")) {
            return BOOLEAN_VALUES.equals(possibleValues)
                    ? List.of()
                    : List.of("kind Boolean but help Possible Values=" + show(possibleValues));
        }
        if (kind.equals("Parameter")) {
            return checkParameter(option, possibleValues, schema);
        }
        if (RANGE_KINDS.contains(kind)) {
            return checkRange(option, possibleValues);
        }
        // The reverse direction: help output that only a Boolean or a numeric kind produces.
        if (BOOLEAN_VALUES.equals(possibleValues)) {
            return List.of("kind " + kind + " but help Possible Values=" + possibleValues + " (a Boolean)");
        }
        if (HelpRange.parse(possibleValues).isPresent()) {
            return List.of("kind " + kind + " but help Possible Values=" + possibleValues + " (a numeric range)");
        }
        return List.of();
    }

    private static List<String> checkParameter(Aria2Schema.Option option, String possibleValues, Aria2Schema schema) {
        List<Aria2Schema.EnumValue> values = option.enumName() == null ? null : schema.enums().get(option.enumName());
        if (values == null) {
            return List.of("kind Parameter but schema enum " + option.enumName() + " does not exist");
        }
        if (possibleValues == null) {
            return List.of("kind Parameter but help shows no Possible Values");
        }
        Set<String> shown = new LinkedHashSet<>(Arrays.asList(possibleValues.split(", ")));
        List<String> problems = new ArrayList<>();
        Set<String> known = new LinkedHashSet<>();
        for (Aria2Schema.EnumValue value : values) {
            known.add(value.value());
            // Platform-specific values (epoll, falloc, ...) may legitimately be missing from this build.
            if (!value.platformSpecific() && !shown.contains(value.value())) {
                problems.add("enum " + option.enumName() + " value '" + value.value() + "' is not in help Possible Values="
                        + possibleValues);
            }
        }
        for (String value : shown) {
            if (!known.contains(value)) {
                problems.add("help Possible Values has '" + value + "', which enum " + option.enumName() + " lacks");
            }
        }
        return problems;
    }

    /**
     * Options whose schema {@code max} is deliberately tighter than aria2's help, which shows none: aria2 takes larger
     * values and mangles them (the schema module's OptionCompletenessTest holds the same list against the reference).
     */
    private static final Map<String, String> TIGHTER_MAX = Map.of(
            "seed-time", "aria2 keeps the seeding time in seconds in a 32-bit int: more minutes overflow and end"
                    + " seeding at once");

    private static List<String> checkRange(Aria2Schema.Option option, String possibleValues) {
        Optional<HelpRange> range = HelpRange.parse(possibleValues);
        if (range.isEmpty()) {
            return List.of("kind " + option.kind() + " but help Possible Values=" + show(possibleValues)
                    + " is not a range");
        }
        if (range.get().hasBounds(option.min(), option.max())) {
            return List.of();
        }
        if (TIGHTER_MAX.containsKey(option.name()) && range.get().hasBounds(option.min(), null)) {
            return List.of(); // aria2 shows no upper bound; the schema's is deliberate (see TIGHTER_MAX)
        }
        return List.of("range schema=" + HelpRange.text(option.min()) + "-" + HelpRange.text(option.max())
                + " help=" + range.get() + " (Possible Values: " + possibleValues + ")");
    }

    private static String show(String possibleValues) {
        return possibleValues == null ? "(none)" : possibleValues;
    }
}
