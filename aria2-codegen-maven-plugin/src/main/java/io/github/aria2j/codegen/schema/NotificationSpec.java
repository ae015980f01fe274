package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.util.List;
import java.util.Optional;

/**
 * An element of {@code notifications}: a notification aria2 sends over WebSocket.
 *
 * @param path where the element is
 * @param name wire name, e.g. {@code aria2.onDownloadStart}
 * @param summary one sentence
 * @param description longer text
 * @param manualAnchor anchor in the manual page
 * @param buildCondition aria2 feature the notification needs, if any
 * @param params params in wire order
 */
public record NotificationSpec(
        SchemaPath path,
        String name,
        String summary,
        String description,
        String manualAnchor,
        Optional<String> buildCondition,
        List<ParamSpec> params) implements NamedSpec {

    /**
     * Creates the record; copies the list so that the record stays immutable.
     *
     * @param path where the element is
     * @param name wire name, e.g. {@code aria2.onDownloadStart}
     * @param summary one sentence
     * @param description longer text
     * @param manualAnchor anchor in the manual page
     * @param buildCondition aria2 feature the notification needs, if any
     * @param params params in wire order
     */
    public NotificationSpec {
        params = List.copyOf(params);
    }
}
