package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.util.List;

/**
 * An overlay file as read: elements that add to or replace those of the base document (see
 * {@link OverlayMerger}). Absent collections are empty.
 */
record SchemaOverlay(
        SchemaPath path,
        List<MethodSpec> methods,
        List<NotificationSpec> notifications,
        List<StructSpec> structs,
        List<EnumSpec> enums,
        List<OptionSpec> options) {

    SchemaOverlay {
        methods = List.copyOf(methods);
        notifications = List.copyOf(notifications);
        structs = List.copyOf(structs);
        enums = List.copyOf(enums);
        options = List.copyOf(options);
    }
}
