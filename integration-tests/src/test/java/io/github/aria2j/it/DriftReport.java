package io.github.aria2j.it;

import java.util.ArrayList;
import java.util.List;

/** Every difference found between the schema and the live aria2c, plus the counts for the printed summary. */
final class DriftReport {

    private final List<String> differences = new ArrayList<>();
    private String liveDescription = "aria2c";
    private int methodsFound;
    private int methodsInSchema;
    private int notificationsFound;
    private int notificationsInSchema;
    private int helpOptionsCompared;
    private int globalValuesCompared;

    void add(String difference) {
        differences.add(difference);
    }

    List<String> differences() {
        return List.copyOf(differences);
    }

    void live(LiveBuild build) {
        liveDescription = "aria2c " + build.version() + " " + build.enabledFeatures();
    }

    void methods(int found, int inSchema) {
        methodsFound = found;
        methodsInSchema = inSchema;
    }

    void notifications(int found, int inSchema) {
        notificationsFound = found;
        notificationsInSchema = inSchema;
    }

    void helpOptionsCompared(int count) {
        helpOptionsCompared = count;
    }

    void globalValuesCompared(int count) {
        globalValuesCompared = count;
    }

    /** One line for the build log; "found" counts schema items that the live aria2c also lists. */
    String summary() {
        return "Schema drift vs " + liveDescription + ": methods " + methodsFound + "/" + methodsInSchema
                + ", notifications " + notificationsFound + "/" + notificationsInSchema
                + ", options compared " + helpOptionsCompared + " (--help=#all)"
                + " + " + globalValuesCompared + " default values (aria2.getGlobalOption)"
                + ", differences " + differences.size();
    }
}
