package io.github.aria2j.codegen.emit;

import static io.github.aria2j.codegen.testing.TestSchemas.minimal;
import static io.github.aria2j.codegen.testing.TestSchemas.object;
import static io.github.aria2j.codegen.testing.TestSchemas.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.palantir.javapoet.JavaFile;
import io.github.aria2j.codegen.CodeGenerator;
import io.github.aria2j.codegen.GeneratedArtifact;
import io.github.aria2j.codegen.GeneratorConfig;
import io.github.aria2j.codegen.emit.testing.GeneratedCompiler;
import io.github.aria2j.codegen.emit.testing.GoldenFiles;
import io.github.aria2j.runtime.Generated;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events of schemas other than the real one: without notifications there are no events to type, so neither
 * {@code Aria2Events} nor the clients' {@code events()} is generated; a notification that holds more than a GID
 * gets a record with its live constructor, but the events cannot make it from a GID. Both compile strictly.
 */
class EventsEmitterTest {

    private static final String EVENTS = "io/github/aria2j/notification/Aria2Events.java";
    private static final String DISPATCHER = "io/github/aria2j/internal/codec/NotificationDispatcher.java";

    @Test
    void withoutNotificationsTheClientsHaveNoEvents(@TempDir Path work) {
        ObjectNode document = minimal();
        document.putArray("notifications");

        Map<String, String> files = generate(document, work);

        assertThat(files).doesNotContainKey(EVENTS).doesNotContainKey(DISPATCHER);
        for (String client : List.of("Aria2Client", "Aria2AsyncClient", "DefaultAria2Client",
                "DefaultAria2AsyncClient")) {
            assertThat(files.get("io/github/aria2j/client/" + client + ".java")).as(client)
                    .doesNotContain("events()", "Aria2Events", "EventsHolder");
        }
    }

    @Test
    void aNotificationWithMoreThanAGidIsNotMadeFromAGid(@TempDir Path work) {
        ObjectNode document = minimal();
        document.withArray("notifications").add(object("""
                {"name": "aria2.onDownloadHibernate", "summary": "A download sleeps.",
                 "description": "Sent when a download hibernates.", "manualAnchor": "aria2.onDownloadStart",
                 "params": [
                   {"name": "gid", "type": "string", "required": true, "description": "The GID."},
                   {"name": "depth", "type": "int", "required": false, "description": "How deep."}]}"""));

        Map<String, String> files = generate(document, work);

        assertThat(files.get("io/github/aria2j/notification/DownloadHibernate.java"))
                .contains("public record DownloadHibernate(String gid, @Nullable Integer depth,\n"
                        + "        boolean recovered) implements Aria2Notification {")
                .contains("    public DownloadHibernate(String gid, @Nullable Integer depth) {\n"
                        + "        this(gid, depth, false);\n");
        assertThat(files.get(DISPATCHER))
                .contains("case \"aria2.onDownloadStart\" -> Optional.of(new DownloadStart(gid, recovered));")
                .doesNotContain("new DownloadHibernate(gid, recovered)")
                .contains("// A notification this version does not know (a newer aria2), or one that holds more"
                        + " than a GID.")
                .contains("return new DownloadHibernate(gid, depth);");
        assertThat(files).containsKey(EVENTS);
    }

    /** Generates both artifacts from the document, compiles them strictly, and returns each file's text. */
    private static Map<String, String> generate(ObjectNode document, Path work) {
        try {
            List<JavaFile> files = new CodeGenerator().sources(new GeneratorConfig(source("events.json", document),
                    List.of(), GeneratorConfig.DEFAULT_BASE_PACKAGE, EnumSet.allOf(GeneratedArtifact.class), work));
            GeneratedCompiler.compile(files, work, Generated.class, Nullable.class);
            return files.stream().collect(Collectors.toMap(GoldenFiles::pathOf, JavaFile::toString));
        } catch (Exception e) {
            throw new IllegalStateException("cannot generate", e);
        }
    }
}
