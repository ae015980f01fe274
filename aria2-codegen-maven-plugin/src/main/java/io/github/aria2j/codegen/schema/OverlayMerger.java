package io.github.aria2j.codegen.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies overlays to a base document. The rule, per collection (methods, notifications, structs, enums,
 * options) and per overlay in the order given:
 * <ul>
 *   <li>an element whose name is already present (from the base or an earlier overlay) replaces that
 *       element in place, so the schema's order is kept;</li>
 *   <li>an element with a new name is appended, in the overlay's order;</li>
 *   <li>a name repeated within one overlay is not merged away: the repeat is appended, so that the
 *       model stage reports it as a duplicate instead of the second silently winning.</li>
 * </ul>
 * Elements are replaced whole (there is no field-level merge), and keep the path of the file they came
 * from, so later problems point into the overlay. The top-level scalars (versions, manual) come from the
 * base only.
 */
final class OverlayMerger {

    private OverlayMerger() {
    }

    static SchemaDocument merge(SchemaDocument base, List<SchemaOverlay> overlays) {
        List<MethodSpec> methods = new ArrayList<>(base.methods());
        List<NotificationSpec> notifications = new ArrayList<>(base.notifications());
        List<StructSpec> structs = new ArrayList<>(base.structs());
        List<EnumSpec> enums = new ArrayList<>(base.enums());
        List<OptionSpec> options = new ArrayList<>(base.options());
        List<String> sources = new ArrayList<>(base.sources());
        for (SchemaOverlay overlay : overlays) {
            apply(methods, overlay.methods());
            apply(notifications, overlay.notifications());
            apply(structs, overlay.structs());
            apply(enums, overlay.enums());
            apply(options, overlay.options());
            sources.add(overlay.path().file());
        }
        return new SchemaDocument(base.path(), base.schemaRef(), base.format(), base.aria2Version(),
                base.baselineVersion(), base.manual(), methods, notifications, structs, enums, options, sources);
    }

    private static <T extends NamedSpec> void apply(List<T> merged, List<T> additions) {
        Set<String> namesFromThisOverlay = new HashSet<>();
        for (T addition : additions) {
            int existing = namesFromThisOverlay.add(addition.name()) ? indexOf(merged, addition.name()) : -1;
            if (existing >= 0) {
                merged.set(existing, addition);
            } else {
                merged.add(addition);
            }
        }
    }

    private static int indexOf(List<? extends NamedSpec> elements, String name) {
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
