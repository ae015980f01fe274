package io.github.aria2j.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aria2j.runtime.daemon.ManagedAria2;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks the project schema against a real aria2c: its method and notification lists, its --help=#all option
 * descriptions and its getGlobalOption defaults. Items newer than the live aria2c or needing a feature it lacks are
 * left out through the schema's own {@code since} and {@code buildCondition}, never through exclusions in this test.
 * All differences are collected first and reported together.
 */
class SchemaDriftIT {

    @Test
    void schemaMatchesLiveAria2c(@TempDir Path work) throws Exception {
        Aria2Schema schema = Aria2Schema.loadFromClasspath();
        Aria2Binary binary = Aria2Binary.locate();
        DriftReport report = new DriftReport();
        Map<String, String> setOnCommandLine;
        try (ManagedAria2 aria2 = ManagedAria2.builder()
                .executable(binary.executable())
                .downloadDir(work.resolve("downloads"))
                .start()) {
            JsonRpcClient rpc = new JsonRpcClient(aria2.httpEndpoint(), aria2.secret().value());
            LiveBuild build = LiveBuild.fromGetVersion(rpc.call("aria2.getVersion"));
            report.live(build);

            report.methods(NameListDrift.compare("method", expectedNames(schema.methods(), build),
                    names(rpc.call("system.listMethods")), report), schema.methods().size());
            report.notifications(NameListDrift.compare("notification", expectedNames(schema.notifications(), build),
                    names(rpc.call("system.listNotifications")), report), schema.notifications().size());

            Aria2Binary.CommandResult help = binary.run(work, "--no-conf", "--help=#all");
            assertThat(help.exitCode()).as("exit status of aria2c --help=#all; output:%n%s", help.output()).isZero();
            HelpDrift helpDrift = new HelpDrift(schema, build, new ShortNameProbe(binary, work), report);
            report.helpOptionsCompared(helpDrift.compare(HelpParser.parse(help.output())));

            setOnCommandLine = launcherOptions(aria2);
            GlobalOptionDrift globalDrift = new GlobalOptionDrift(schema, build, setOnCommandLine, report);
            report.globalValuesCompared(globalDrift.compare(rpc.call("aria2.getGlobalOption")));
        }

        System.out.println(report.summary());
        setOnCommandLine.forEach((name, reason) ->
                System.out.println("  not compared with its default, set on the command line: " + name + " (" + reason + ")"));
        report.differences().forEach(difference -> System.out.println("  DIFFERENCE " + difference));
        assertThat(report.differences()).as(report.summary()).isEmpty();
    }

    /**
     * The options the launcher set, read from aria2c's actual command line (so that nothing the launcher adds is
     * missed), plus the secret from its private configuration file; their live values are not defaults.
     */
    private static Map<String, String> launcherOptions(ManagedAria2 aria2) {
        String[] arguments = ProcessHandle.of(aria2.pid())
                .flatMap(process -> process.info().arguments())
                .orElseThrow(() -> new IllegalStateException("the OS does not report the arguments of " + aria2
                        + "; the drift test reads the options ManagedAria2 set from them"));
        Map<String, String> options = new LinkedHashMap<>();
        for (String argument : arguments) {
            if (argument.startsWith("--")) {
                int equals = argument.indexOf('=');
                String name = argument.substring(2, equals < 0 ? argument.length() : equals);
                options.put(name, "set by ManagedAria2 on aria2c's command line");
            }
        }
        options.put("rpc-secret", "set by ManagedAria2 in its private --conf-path file");
        return options;
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
