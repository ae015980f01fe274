package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.util.List;
import java.util.Optional;

/**
 * A whole schema document (the top level of {@code aria2-rpc.json}), after any overlays were merged in.
 *
 * @param path where the document starts (the base file's root)
 * @param schemaRef the {@code $schema} reference for editors, unused by the generator
 * @param format the format version; this reader accepts only 1
 * @param aria2Version the aria2 release the schema describes completely
 * @param baselineVersion items without {@code since} exist in this release and later
 * @param manual aria2's manual, which descriptions are adapted from
 * @param methods RPC methods, in {@code system.listMethods} order, then those overlays added
 * @param notifications WebSocket notifications, in {@code system.listNotifications} order
 * @param structs JSON objects that methods return or notifications carry
 * @param enums closed sets of string values
 * @param options aria2's options, sorted by name, then those overlays added
 * @param sources display names of the files read: the base first, then each overlay
 */
public record SchemaDocument(
        SchemaPath path,
        Optional<String> schemaRef,
        int format,
        String aria2Version,
        String baselineVersion,
        ManualSpec manual,
        List<MethodSpec> methods,
        List<NotificationSpec> notifications,
        List<StructSpec> structs,
        List<EnumSpec> enums,
        List<OptionSpec> options,
        List<String> sources) {

    /**
     * Creates the record; copies the lists so that the record stays immutable.
     *
     * @param path where the document starts (the base file's root)
     * @param schemaRef the {@code $schema} reference for editors, unused by the generator
     * @param format the format version; this reader accepts only 1
     * @param aria2Version the aria2 release the schema describes completely
     * @param baselineVersion items without {@code since} exist in this release and later
     * @param manual aria2's manual, which descriptions are adapted from
     * @param methods RPC methods, in {@code system.listMethods} order, then those overlays added
     * @param notifications WebSocket notifications, in {@code system.listNotifications} order
     * @param structs JSON objects that methods return or notifications carry
     * @param enums closed sets of string values
     * @param options aria2's options, sorted by name, then those overlays added
     * @param sources display names of the files read: the base first, then each overlay
     */
    public SchemaDocument {
        methods = List.copyOf(methods);
        notifications = List.copyOf(notifications);
        structs = List.copyOf(structs);
        enums = List.copyOf(enums);
        options = List.copyOf(options);
        sources = List.copyOf(sources);
    }
}
