package io.github.aria2j.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Checks the project schema against a real aria2c: its method and notification lists, its --help=#all option
 * descriptions and its getGlobalOption defaults. Items newer than the live aria2c or needing a feature it lacks are
 * left out through the schema's own {@code since} and {@code buildCondition}, never through exclusions in this test.
 * All differences are collected first and reported together.
 */
class SchemaDriftIT {

    @Test
    void schemaMatchesLiveAria2c() throws Exception {
        Aria2Schema schema = Aria2Schema.loadFromClasspath();
        Aria2Binary binary = Aria2Binary.locate();
        DriftReport report = new DriftReport();
        Map<String, String> setOnCommandLine;
        try (Aria2Process aria2 = Aria2Process.start(binary)) {
            JsonRpcClient rpc = aria2.rpc();
            LiveBuild build = LiveBuild.fromGetVersion(rpc.call("aria2.getVersion"));
            report.live(build);

            report.methods(NameListDrift.compare("method", expectedNames(schema.methods(), build),
                    names(rpc.call("system.listMethods")), report), schema.methods().size());
            report.notifications(NameListDrift.compare("notification", expectedNames(schema.notifications(), build),
                    names(rpc.call("system.listNotifications")), report), schema.notifications().size());

            Aria2Binary.CommandResult help = binary.run(aria2.directory(), "--no-conf", "--help=#all");
            assertThat(help.exitCode()).as("exit status of aria2c --help=#all; output:%n%s", help.output()).isZero();
            HelpDrift helpDrift = new HelpDrift(schema, build, new ShortNameProbe(binary, aria2.directory()), report);
            report.helpOptionsCompared(helpDrift.compare(HelpParser.parse(help.output())));

            setOnCommandLine = aria2.commandLineOptions();
            GlobalOptionDrift globalDrift = new GlobalOptionDrift(schema, build, setOnCommandLine, report);
            report.globalValuesCompared(globalDrift.compare(rpc.call("aria2.getGlobalOption")));
        }

        System.out.println(report.summary());
        setOnCommandLine.forEach((name, reason) ->
                System.out.println("  not compared with its default, set on the command line: " + name + " (" + reason + ")"));
        report.differences().forEach(difference -> System.out.println("  DIFFERENCE " + difference));
        assertThat(report.differences()).as(report.summary()).isEmpty();
    }

    /** The schema's names in schema order, without those the live build cannot have. */
    private static List<String> expectedNames(List<Aria2Schema.Item> items, LiveBuild build) {
        List<String> names = new ArrayList<>();
        for (Aria2Schema.Item item : items) {
            if (build.isAvailable(null, item.buildCondition())) {
                names.add(item.name());
            }
        }
        return names;
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(name -> names.add(name.asText()));
        return names;
    }
}
