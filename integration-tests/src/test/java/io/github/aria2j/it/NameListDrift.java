package io.github.aria2j.it;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Compares a list of names the schema expects (methods, notifications) with the one aria2c reports, order included. */
final class NameListDrift {

    private NameListDrift() {}

    /**
     * Reports missing and extra names, and a difference in order among the names both share.
     *
     * @param noun what the names are, for messages ("method", "notification")
     * @return how many expected names the live list contains
     */
    static int compare(String noun, List<String> expected, List<String> live, DriftReport report) {
        Set<String> expectedSet = new LinkedHashSet<>(expected);
        Set<String> liveSet = new LinkedHashSet<>(live);
        for (String name : expected) {
            if (!liveSet.contains(name)) {
                report.add(noun + " " + name + ": in the schema but not listed by the live aria2c");
            }
        }
        for (String name : live) {
            if (!expectedSet.contains(name)) {
                report.add(noun + " " + name + ": listed by the live aria2c but not expected from the schema");
            }
        }
        List<String> expectedShared = new ArrayList<>(expectedSet);
        expectedShared.retainAll(liveSet);
        List<String> liveShared = new ArrayList<>(liveSet);
        liveShared.retainAll(expectedSet);
        for (int i = 0; i < expectedShared.size(); i++) {
            if (!expectedShared.get(i).equals(liveShared.get(i))) {
                report.add(noun + " order: position " + i + " (among names both list) is " + expectedShared.get(i)
                        + " in the schema but " + liveShared.get(i) + " in the live aria2c");
                break;
            }
        }
        return expectedShared.size();
    }
}
