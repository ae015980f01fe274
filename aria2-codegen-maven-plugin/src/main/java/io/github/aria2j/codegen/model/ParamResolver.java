package io.github.aria2j.codegen.model;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import io.github.aria2j.codegen.schema.ParamSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/** Resolves the params of one method or notification. */
final class ParamResolver {

    private static final Pattern PARAM_NAME = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final List<ValueFormat> PARAM_FORMATS = List.of(ValueFormat.GID, ValueFormat.BASE64, ValueFormat.URI);

    private final ResolveContext context;

    ParamResolver(ResolveContext context) {
        this.context = context;
    }

    /**
     * Resolves {@code specs}; {@code optionsAllowed} says whether type {@code options} may appear (methods
     * only: notifications carry no options).
     */
    List<ParamModel> resolve(List<ParamSpec> specs, boolean optionsAllowed) {
        Registry names = new Registry(context.problems());
        Registry javaNames = new Registry(context.problems());
        List<ParamModel> params = new ArrayList<>();
        String firstOptional = null;
        for (ParamSpec spec : specs) {
            SchemaPath namePath = spec.path().field("name");
            context.choices().matches(spec.name(), PARAM_NAME, namePath, "param name",
                    "a lower-case letter, then letters and digits");
            String javaName = javaName(spec);
            if (names.claimUnique(spec.name(), "param", namePath) && Naming.isValidMemberName(javaName)) {
                javaNames.claimJavaName(javaName, "param '" + spec.name() + "'", namePath);
            }
            if (!spec.required() && firstOptional == null) {
                firstOptional = spec.name();
            } else if (spec.required() && firstOptional != null) {
                context.problems().add(spec.path().field("required"), "required param '" + spec.name()
                        + "' follows optional param '" + firstOptional + "'; optional params must come last");
            }
            params.add(new ParamModel(spec.name(), javaName, type(spec, optionsAllowed), spec.required(),
                    !spec.required(), format(spec), minimum(spec), keysOf(spec), spec.description()));
        }
        return params;
    }

    private String javaName(ParamSpec spec) {
        if (spec.javaName().isPresent()) {
            String javaName = spec.javaName().get();
            Naming.whyInvalidMemberName(javaName).ifPresent(reason -> context.problems().add(
                    spec.path().field("javaName"), "javaName '" + javaName + "' cannot name a parameter: " + reason));
            return javaName;
        }
        String javaName = Naming.camelCase(spec.name());
        Naming.whyInvalidMemberName(javaName).ifPresent(reason -> context.problems().add(spec.path().field("name"),
                "param '" + spec.name() + "' needs a javaName: " + reason));
        return javaName;
    }

    private TypeRef type(ParamSpec spec, boolean optionsAllowed) {
        SchemaPath typePath = spec.path().field("type");
        boolean options = spec.type().equals(TypeResolver.OPTIONS);
        if (options && optionsAllowed) {
            if (spec.optionScope().isEmpty()) {
                context.problems().add(typePath, "a param of type 'options' needs optionScope (one of: "
                        + String.join(", ", Arrays.stream(OptionSet.values()).map(OptionSet::schemaName).toList())
                        + ")");
                return new TypeRef.OptionsOf(OptionSet.ADD);
            }
            return new TypeRef.OptionsOf(context.choices().pick(spec.optionScope().get(), List.of(OptionSet.values()),
                    OptionSet::schemaName, spec.path().field("optionScope"), "optionScope").orElse(OptionSet.ADD));
        }
        if (!options) {
            spec.optionScope().ifPresent(scope -> context.problems().add(spec.path().field("optionScope"),
                    "optionScope is only for params of type 'options', not '" + spec.type() + "'"));
        }
        return context.types().type(spec.type(), typePath).orElse(new TypeRef.AnyJson());
    }

    private Optional<ValueFormat> format(ParamSpec spec) {
        return spec.format().flatMap(format -> context.choices().pick(format, PARAM_FORMATS, ValueFormat::schemaName,
                spec.path().field("format"), "param format"));
    }

    private OptionalLong minimum(ParamSpec spec) {
        if (spec.minimum().isEmpty()) {
            return OptionalLong.empty();
        }
        context.problems().check(spec.type().equals("int") || spec.type().equals("long"), spec.path().field("minimum"),
                "minimum is only for int and long params, not '" + spec.type() + "'");
        return OptionalLong.of(spec.minimum().get());
    }

    private Optional<TypeRef.StructRef> keysOf(ParamSpec spec) {
        if (spec.keysOf().isEmpty()) {
            return Optional.empty();
        }
        String struct = spec.keysOf().get();
        SchemaPath path = spec.path().field("keysOf");
        context.problems().check(spec.type().equals("list<string>"), path,
                "a keysOf param must have type list<string>, not '" + spec.type() + "'");
        if (!context.types().isStruct(struct)) {
            context.problems().add(path, "unknown struct '" + struct + "' in keysOf; expected one of: "
                    + String.join(", ", context.types().structNames()));
            return Optional.empty();
        }
        return Optional.of(new TypeRef.StructRef(struct));
    }
}
