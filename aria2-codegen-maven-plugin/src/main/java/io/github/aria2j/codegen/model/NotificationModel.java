package io.github.aria2j.codegen.model;

import java.util.List;
import java.util.Optional;

/**
 * A WebSocket notification.
 *
 * @param wireName the JSON-RPC method name, e.g. {@code aria2.onDownloadStart}
 * @param javaName the Java type name of the notification record, e.g. {@code DownloadStart}
 * @param listenerMethodName the listener's method, e.g. {@code onDownloadStart}
 * @param params params in wire order
 * @param buildCondition aria2 feature the notification needs, if any
 * @param doc the Javadoc text
 */
public record NotificationModel(
        String wireName,
        String javaName,
        String listenerMethodName,
        List<ParamModel> params,
        Optional<String> buildCondition,
        Javadoc doc) {

    /**
     * Creates the record; copies the list so that the record stays immutable.
     *
     * @param wireName the JSON-RPC method name, e.g. {@code aria2.onDownloadStart}
     * @param javaName the Java type name of the notification record, e.g. {@code DownloadStart}
     * @param listenerMethodName the listener's method, e.g. {@code onDownloadStart}
     * @param params params in wire order
     * @param buildCondition aria2 feature the notification needs, if any
     * @param doc the Javadoc text
     */
    public NotificationModel {
        params = List.copyOf(params);
    }
}
