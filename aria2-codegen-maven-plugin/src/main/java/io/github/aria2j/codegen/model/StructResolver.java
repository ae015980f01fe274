package io.github.aria2j.codegen.model;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import io.github.aria2j.codegen.schema.FieldSpec;
import io.github.aria2j.codegen.schema.StructSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Resolves structs and their fields (record components). */
final class StructResolver {

    private static final Pattern FIELD_KEY = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final List<ValueFormat> FIELD_FORMATS = List.of(ValueFormat.GID, ValueFormat.HEX);

    private final ResolveContext context;

    StructResolver(ResolveContext context) {
        this.context = context;
    }

    List<StructModel> resolve(List<StructSpec> specs) {
        Registry names = new Registry(context.problems());
        List<StructModel> structs = new ArrayList<>();
        for (StructSpec spec : specs) {
            SchemaPath namePath = spec.path().field("name");
            boolean validName = context.choices().matches(spec.name(), Choices.TYPE_NAME, namePath, "struct name",
                    "an upper-case letter, then letters and digits");
            if (names.claimUnique(spec.name(), "struct", namePath) && validName) {
                context.claimJavaTypeName(spec.name(), "struct '" + spec.name() + "'", namePath);
            }
            context.problems().check(!spec.fields().isEmpty(), spec.path().field("fields"),
                    "struct '" + spec.name() + "' has no fields; expected at least one");
            structs.add(new StructModel(spec.name(), spec.name(), fields(spec),
                    context.docs().javadoc(spec.summary(), spec.description(), Optional.empty())));
        }
        return structs;
    }

    private List<FieldModel> fields(StructSpec struct) {
        Registry keys = new Registry(context.problems());
        Registry javaNames = new Registry(context.problems());
        List<FieldModel> fields = new ArrayList<>();
        for (FieldSpec spec : struct.fields()) {
            SchemaPath keyPath = spec.path().field("key");
            context.choices().matches(spec.key(), FIELD_KEY, keyPath, "field key",
                    "a lower-case letter, then letters and digits");
            Optional<String> javaName = javaName(spec);
            if (keys.claimUnique(spec.key(), "field", keyPath) && javaName.isPresent()) {
                javaNames.claimJavaName(javaName.get(), "field '" + spec.key() + "'", keyPath);
            }
            TypeRef type = context.types().type(spec.type(), spec.path().field("type")).orElse(null);
            WireShape wire = context.types().wire(spec.wire(), spec.path().field("wire")).orElse(null);
            if (type != null && wire != null) {
                context.types().checkFits(type, wire, spec.path().field("wire"));
            }
            FieldModel.Presence presence = presence(spec);
            boolean conditional = presence == FieldModel.Presence.CONDITIONAL;
            if (conditional && spec.when().isEmpty()) {
                context.problems().add(spec.path(), "conditional field '" + spec.key()
                        + "' needs 'when' (when the key is present)");
            } else if (!conditional && spec.when().isPresent()) {
                context.problems().add(spec.path().field("when"), "'when' is only for conditional fields; field '"
                        + spec.key() + "' is always present");
            }
            TypeRef resolved = type == null ? new TypeRef.AnyJson() : type;
            fields.add(new FieldModel(
                    spec.key(),
                    javaName.orElse(spec.key()),
                    resolved,
                    wire == null ? WireShape.Leaf.ANY : wire,
                    presence,
                    // Absent collections become empty ones, so that collections are never null.
                    conditional && !resolved.isCollection(),
                    spec.when(),
                    spec.format().flatMap(text -> context.choices().pick(text, FIELD_FORMATS, ValueFormat::schemaName,
                            spec.path().field("format"), "field format")),
                    spec.description()));
        }
        return fields;
    }

    /** The record component name, or empty (reported) when it cannot be one. */
    private Optional<String> javaName(FieldSpec spec) {
        boolean explicit = spec.javaName().isPresent();
        String javaName = spec.javaName().orElseGet(() -> Naming.camelCase(spec.key()));
        Optional<String> reason = Naming.whyInvalidMemberName(javaName)
                .or(() -> Naming.isObjectMethodName(javaName)
                        ? Optional.of("records may not have a component named '" + javaName + "'")
                        : Optional.empty());
        reason.ifPresent(text -> context.problems().add(spec.path().field(explicit ? "javaName" : "key"), explicit
                ? "javaName '" + javaName + "' cannot name a record component: " + text
                : "field '" + spec.key() + "' needs a javaName: " + text));
        return reason.isPresent() ? Optional.empty() : Optional.of(javaName);
    }

    private FieldModel.Presence presence(FieldSpec spec) {
        return context.choices().pick(spec.presence(), List.of(FieldModel.Presence.values()),
                presence -> Naming.camelCase(presence.name()), spec.path().field("presence"), "presence")
                .orElse(FieldModel.Presence.ALWAYS);
    }
}
