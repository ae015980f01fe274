package io.github.aria2j.it;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the running aria2c is (version and compiled-in features, from aria2.getVersion) and therefore which schema
 * items it should have: an item is available when its {@code since} is not newer than the live version and its
 * {@code buildCondition} is satisfied.
 *
 * @param linux whether aria2c runs on Linux, where every "platform:..." condition (mmap, rlimit, ...) holds
 */
record LiveBuild(String version, Set<String> enabledFeatures, boolean linux) {

    private static final String PLATFORM_PREFIX = "platform:";

    static LiveBuild fromGetVersion(JsonNode result) {
        Set<String> features = new LinkedHashSet<>();
        result.path("enabledFeatures").forEach(feature -> features.add(feature.asText()));
        String version = result.path("version").asText("");
        if (version.isEmpty()) {
            throw new IllegalStateException("aria2.getVersion returned no version: " + result);
        }
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux");
        return new LiveBuild(version, Collections.unmodifiableSet(features), linux);
    }

    /** Empty when the item should exist in this aria2c, else the reason it should not. */
    Optional<String> unavailability(String since, String buildCondition) {
        if (since != null && compareVersions(since, version) > 0) {
            return Optional.of("schema since=" + since + " is newer than " + version);
        }
        if (buildCondition != null && !satisfies(buildCondition)) {
            return Optional.of("schema buildCondition=" + buildCondition + " is not in enabledFeatures " + enabledFeatures);
        }
        return Optional.empty();
    }

    boolean isAvailable(String since, String buildCondition) {
        return unavailability(since, buildCondition).isEmpty();
    }

    /** "A|B" holds when either holds; features are getVersion's enabledFeatures names. */
    boolean satisfies(String buildCondition) {
        for (String alternative : buildCondition.split("\\|")) {
            String condition = alternative.strip();
            // Platform conditions name OS facilities that every Linux build has; other OSes are not supported here.
            boolean holds = condition.startsWith(PLATFORM_PREFIX) ? linux : enabledFeatures.contains(condition);
            if (holds) {
                return true;
            }
        }
        return false;
    }

    /** Numeric, component-wise comparison ("1.10.0" is newer than "1.9.0"); missing components count as 0. */
    static int compareVersions(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int difference = Integer.compare(component(a, i), component(b, i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    /** The leading digits of a component, so that suffixes such as "0-rc1" compare by their number. */
    private static int component(String[] parts, int index) {
        if (index >= parts.length) {
            return 0;
        }
        String digits = parts[index].replaceFirst("^(\\d*).*$", "$1");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits);
    }
}
