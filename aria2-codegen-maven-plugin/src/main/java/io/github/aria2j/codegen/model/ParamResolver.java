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
     * Resolves {@code specs}, the params of the method {@code method} or, when it is empty, of a
     * notification. Only methods may have params of type {@code options}, and only the params of methods are
     * sent, so only they need an empty value for an optional param that another param follows.
     */
    List<ParamModel> resolve(List<ParamSpec> specs, Optional<String> method) {
        boolean optionsAllowed = method.isPresent();
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
            Optional<TypeRef> type = type(spec, optionsAllowed);
            boolean followed = params.size() < specs.size() - 1;
            if (method.isPresent() && !spec.required() && followed && type.isPresent()) {
                checkEmptyValue(spec, type.get(), method.get());
            }
            params.add(new ParamModel(spec.name(), javaName, type.orElse(new TypeRef.AnyJson()), spec.required(),
                    !spec.required(), format(spec), minimum(spec), keysOf(spec), spec.description()));
        }
        return params;
    }

    /**
     * aria2 rejects {@code null} for a param that is not given, so an optional param that another param
     * follows is sent as its type's empty value: {@code []} for a list, {@code {}} for a map or options.
     */
    private void checkEmptyValue(ParamSpec spec, TypeRef type, String method) {
        if (!(type instanceof TypeRef.ListOf || type instanceof TypeRef.MapOf || type instanceof TypeRef.OptionsOf)) {
            context.problems().add(spec.path(), "optional parameter '" + spec.name() + "' of " + method
                    + " is followed by another parameter, but a " + type.expression() + " has no empty value to"
                    + " send in its place; make it required or the last parameter");
        }
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

    /** The param's type, or empty (reported) when it cannot be resolved. */
    private Optional<TypeRef> type(ParamSpec spec, boolean optionsAllowed) {
        SchemaPath typePath = spec.path().field("type");
        boolean options = spec.type().equals(TypeResolver.OPTIONS);
        if (options && optionsAllowed) {
            if (spec.optionScope().isEmpty()) {
                context.problems().add(typePath, "a param of type 'options' needs optionScope (one of: "
                        + String.join(", ", Arrays.stream(OptionSet.values()).map(OptionSet::schemaName).toList())
                        + ")");
                return Optional.of(new TypeRef.OptionsOf(OptionSet.ADD));
            }
            return Optional.of(new TypeRef.OptionsOf(context.choices().pick(spec.optionScope().get(),
                    List.of(OptionSet.values()), OptionSet::schemaName, spec.path().field("optionScope"), "optionScope")
                    .orElse(OptionSet.ADD)));
        }
        if (!options) {
            spec.optionScope().ifPresent(scope -> context.problems().add(spec.path().field("optionScope"),
                    "optionScope is only for params of type 'options', not '" + spec.type() + "'"));
        }
        return context.types().type(spec.type(), typePath);
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
