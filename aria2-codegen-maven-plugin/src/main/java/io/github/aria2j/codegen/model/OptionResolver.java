package io.github.aria2j.codegen.model;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import io.github.aria2j.codegen.schema.OptionSpec;
import io.github.aria2j.codegen.schema.ScopeSpec;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Resolves options: names, kind, scope and option sets, bounds, default, enum, Javadoc. */
final class OptionResolver {

    private static final Pattern OPTION_NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern SHORT_NAME = Pattern.compile("[A-Za-z0-9]");
    private static final Pattern BUILD_CONDITION =
            Pattern.compile("[A-Za-z][A-Za-z0-9 :._-]*(?:\\|[A-Za-z][A-Za-z0-9 :._-]*)*");
    /** The formats a String option may have: what its text must be beyond aria2's check of the option. */
    private static final List<ValueFormat> OPTION_FORMATS = List.of(ValueFormat.GID);
    private static final List<String> TAGS = List.of("basic", "advanced", "http", "https", "ftp", "metalink",
            "bittorrent", "cookie", "hook", "file", "rpc", "checksum", "experimental", "deprecated", "help");

    private final ResolveContext context;
    private final Map<String, List<String>> enumValues;
    private final OptionValues values;

    /** {@code enumValues}: the wire values of every enum, by enum name. */
    OptionResolver(ResolveContext context, Map<String, List<String>> enumValues) {
        this.context = context;
        this.enumValues = enumValues;
        this.values = new OptionValues(context.problems());
    }

    List<OptionModel> resolve(List<OptionSpec> specs) {
        Registry names = new Registry(context.problems());
        Registry shortNames = new Registry(context.problems());
        Registry javaNames = new Registry(context.problems());
        Registry constants = new Registry(context.problems());
        List<OptionModel> options = new ArrayList<>();
        for (OptionSpec spec : specs) {
            SchemaPath namePath = spec.path().field("name");
            context.choices().matches(spec.name(), OPTION_NAME, namePath, "option name",
                    "lower-case letters, digits and '-', not starting with '-'");
            Optional<String> javaName = javaName(spec);
            String constant = Naming.upperSnake(javaName.orElse(spec.name()));
            // A repeated option is reported once, as a duplicate, not again for each name derived from it.
            boolean unique = names.claimUnique(spec.name(), "option", namePath);
            String description = "option '" + spec.name() + "'";
            // The constant derives from the Java name: a clash of Java names is reported once, not twice.
            if (unique && javaName.isPresent() && javaNames.claimJavaName(javaName.get(), description, namePath)) {
                constants.claim(constant, description, namePath, first -> description + " has the Java constant name '"
                        + constant + "', which " + first + " has too; give one of them another javaName");
            }
            spec.shortName().ifPresent(shortName -> {
                SchemaPath shortPath = spec.path().field("short");
                if (context.choices().matches(shortName, SHORT_NAME, shortPath, "short name", "one letter or digit")
                        && unique) {
                    shortNames.claimUnique(shortName, "short name", shortPath);
                }
            });
            options.add(option(spec, javaName.orElse(spec.name()), constant));
        }
        return options;
    }

    private OptionModel option(OptionSpec spec, String javaName, String constant) {
        OptionKind kind = context.choices().pick(spec.kind(), List.of(OptionKind.values()), OptionKind::schemaName,
                spec.path().field("kind"), "option kind").orElse(OptionKind.STRING);
        OptionArgument argument = context.choices().pick(spec.argument(), List.of(OptionArgument.values()),
                value -> Naming.camelCase(value.name()), spec.path().field("argument"), "argument")
                .orElse(OptionArgument.REQUIRED);
        Optional<TypeRef.EnumRef> enumRef = enumRef(spec, kind);
        Optional<List<String>> allowed = enumRef.map(ref -> enumValues.get(ref.name()));
        Optional<OptionBounds> bounds = values.bounds(spec, kind);
        values.checkDefault(spec, kind, allowed);
        checkFlags(spec, kind);
        Optional<ValueFormat> format = format(spec, kind);
        ScopeSpec scope = spec.scope();
        return new OptionModel(
                spec.name(),
                spec.shortName(),
                javaName,
                constant,
                kind,
                argument,
                spec.defaultValue(),
                spec.dynamicDefault(),
                bounds,
                enumRef,
                spec.checksumTypes(),
                spec.tags(),
                new OptionScope(scope.perDownload(), scope.changeOption(), scope.changeOptionNoRestart(),
                        scope.changeGlobalOption(), scope.startupOnly()),
                sets(spec),
                spec.acceptsArray(),
                spec.returnedBy().getOption(),
                spec.returnedBy().getGlobalOption(),
                spec.hidden(),
                spec.deprecated().map(deprecation -> new OptionModel.Deprecation(deprecation.message(),
                        deprecation.effect())),
                spec.since(),
                spec.buildCondition(),
                spec.sensitive(),
                spec.allowEmpty(),
                spec.mustExist(),
                spec.acceptStdin(),
                format,
                context.docs().javadoc(spec.summary(), Optional.of(spec.description()), spec.notes(),
                        OptionDocs.facts(spec, kind, bounds, allowed), spec.manualAnchor()));
    }

    /** The format of a String option's text, if the schema gives one; reported on another kind or with allowEmpty. */
    private Optional<ValueFormat> format(OptionSpec spec, OptionKind kind) {
        if (spec.format().isEmpty()) {
            return Optional.empty();
        }
        SchemaPath path = spec.path().field("format");
        Optional<ValueFormat> format = context.choices().pick(spec.format().get(), OPTION_FORMATS,
                ValueFormat::schemaName, path, "option format");
        boolean ok = context.problems().check(kind == OptionKind.STRING, path, "format is only for String options;"
                + " option '" + spec.name() + "' is " + kind.schemaName());
        ok &= context.problems().check(!spec.allowEmpty(), path, "option '" + spec.name() + "' has a format, which"
                + " no empty string matches, and allowEmpty; drop one of them");
        return ok ? format : Optional.empty();
    }

    /** The setter's name, or empty (reported) when there is no usable one. */
    private Optional<String> javaName(OptionSpec spec) {
        boolean explicit = spec.javaName().isPresent();
        String javaName = spec.javaName().orElseGet(() -> Naming.camelCase(spec.name()));
        Optional<String> reason = Naming.whyInvalidMemberName(javaName).or(() -> MethodResolver.objectClash(javaName))
                .or(() -> GeneratedNameRules.builderClash(javaName));
        reason.ifPresent(text -> context.problems().add(spec.path().field(explicit ? "javaName" : "name"), explicit
                ? "javaName '" + javaName + "' cannot name a setter: " + text
                : "option '" + spec.name() + "' needs a javaName: its Java name '" + javaName + "' cannot be used, "
                        + text));
        return reason.isPresent() ? Optional.empty() : Optional.of(javaName);
    }

    private Optional<TypeRef.EnumRef> enumRef(OptionSpec spec, OptionKind kind) {
        SchemaPath path = spec.path().field("enum");
        if (kind != OptionKind.PARAMETER) {
            spec.enumName().ifPresent(name -> context.problems().add(path, "enum is only for Parameter options;"
                    + " option '" + spec.name() + "' is " + kind.schemaName()));
            return Optional.empty();
        }
        if (spec.enumName().isEmpty()) {
            context.problems().add(spec.path(), "Parameter option '" + spec.name()
                    + "' needs 'enum' (the enum of its accepted values)");
            return Optional.empty();
        }
        String name = spec.enumName().get();
        if (!enumValues.containsKey(name)) {
            context.problems().add(path, "unknown enum '" + name + "' for option '" + spec.name()
                    + "'; expected one of: " + String.join(", ", enumValues.keySet()));
            return Optional.empty();
        }
        return Optional.of(new TypeRef.EnumRef(name));
    }

    private void checkFlags(OptionSpec spec, OptionKind kind) {
        var problems = context.problems();
        SchemaPath scope = spec.scope().path();
        problems.check(!spec.scope().changeOptionNoRestart() || spec.scope().changeOption(),
                scope.field("changeOptionNoRestart"), "changeOptionNoRestart needs changeOption");
        problems.check(!spec.scope().changeOption() || spec.scope().perDownload(), scope.field("changeOption"),
                "changeOption needs perDownload (aria2.changeOption only takes per-download options)");
        problems.check(spec.acceptsArray() == (kind == OptionKind.CUMULATIVE || kind == OptionKind.INDEX_OUT),
                spec.path().field("acceptsArray"), "acceptsArray must be true exactly for the kinds Cumulative and"
                        + " IndexOut; option '" + spec.name() + "' is " + kind.schemaName());
        problems.check(spec.dynamicDefault().isEmpty() || spec.defaultValue().isEmpty(), spec.path().field("default"),
                "default must be null when dynamicDefault is given");
        problems.check(spec.checksumTypes().isEmpty() || kind == OptionKind.CHECKSUM,
                spec.path().field("checksumTypes"), "checksumTypes is only for Checksum options");
        problems.check(!(spec.mustExist() || spec.acceptStdin()) || kind == OptionKind.LOCAL_FILE_PATH,
                spec.path(), "mustExist and acceptStdin are only for LocalFilePath options");
        problems.check(!(spec.mustExist() && spec.allowEmpty()), spec.path().field("allowEmpty"),
                "allowEmpty contradicts mustExist: no file has the empty path");
        for (int i = 0; i < spec.tags().size(); i++) {
            context.choices().oneOf(spec.tags().get(i), TAGS, spec.path().field("tags").index(i), "tag");
        }
        spec.since().ifPresent(since -> context.choices().version(since, spec.path().field("since"), "since"));
        context.choices().anchor(spec.manualAnchor(), spec.path().field("manualAnchor"));
        spec.buildCondition().ifPresent(condition -> context.choices().matches(condition, BUILD_CONDITION,
                spec.path().field("buildCondition"), "buildCondition", "feature names separated by '|'"));
    }

    /** ADD, CHANGE and CHANGE_GLOBAL follow the scope flags; a hidden option is in none (RPC ignores it). */
    private static Set<OptionSet> sets(OptionSpec spec) {
        Set<OptionSet> sets = EnumSet.noneOf(OptionSet.class);
        if (!spec.hidden()) {
            if (spec.scope().perDownload()) {
                sets.add(OptionSet.ADD);
            }
            if (spec.scope().changeOption()) {
                sets.add(OptionSet.CHANGE);
            }
            if (spec.scope().changeGlobalOption()) {
                sets.add(OptionSet.CHANGE_GLOBAL);
            }
        }
        return sets;
    }
}
