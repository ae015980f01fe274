package io.github.aria2j.codegen.model;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import io.github.aria2j.codegen.schema.EnumSpec;
import io.github.aria2j.codegen.schema.EnumValueSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Resolves enums and their constants. */
final class EnumResolver {

    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final ResolveContext context;

    EnumResolver(ResolveContext context) {
        this.context = context;
    }

    List<EnumModel> resolve(List<EnumSpec> specs) {
        Registry names = new Registry(context.problems());
        List<EnumModel> enums = new ArrayList<>();
        for (EnumSpec spec : specs) {
            SchemaPath namePath = spec.path().field("name");
            boolean validName = context.choices().matches(spec.name(), Choices.TYPE_NAME, namePath, "enum name",
                    "an upper-case letter, then letters and digits");
            if (names.claimUnique(spec.name(), "enum", namePath) && validName) {
                context.claimJavaTypeName(spec.name(), "enum '" + spec.name() + "'", namePath);
            }
            context.problems().check(!spec.values().isEmpty(), spec.path().field("values"),
                    "enum '" + spec.name() + "' has no values; expected at least one");
            enums.add(new EnumModel(spec.name(), spec.name(), constants(spec),
                    context.docs().javadoc(spec.summary(), spec.description(), Optional.empty())));
        }
        return enums;
    }

    private List<EnumConstantModel> constants(EnumSpec anEnum) {
        Registry values = new Registry(context.problems());
        Registry javaNames = new Registry(context.problems());
        List<EnumConstantModel> constants = new ArrayList<>();
        for (EnumValueSpec spec : anEnum.values()) {
            SchemaPath valuePath = spec.path().field("value");
            Optional<String> javaName = javaName(spec);
            if (values.claimUnique(spec.value(), "value", valuePath) && javaName.isPresent()) {
                SchemaPath where = spec.javaName().isPresent() ? spec.path().field("javaName") : valuePath;
                if (javaName.get().equals(EnumModel.UNKNOWN_CONSTANT)) {
                    context.problems().add(where, "value '" + spec.value() + "' has the Java name '"
                            + EnumModel.UNKNOWN_CONSTANT + "', which is reserved for the member that stands for values"
                            + " the schema does not list; give it another javaName");
                } else {
                    javaNames.claimJavaName(javaName.get(), "value '" + spec.value() + "'", where);
                }
            }
            constants.add(new EnumConstantModel(spec.value(), javaName.orElse(spec.value()), spec.description(),
                    spec.platform()));
        }
        return constants;
    }

    /** The constant's name, or empty (reported) when there is no valid one. */
    private Optional<String> javaName(EnumValueSpec spec) {
        if (spec.javaName().isPresent()) {
            String javaName = spec.javaName().get();
            return context.choices().matches(javaName, CONSTANT, spec.path().field("javaName"), "javaName",
                    "an upper-snake constant name (an upper-case letter, then upper-case letters, digits and '_')")
                    ? Optional.of(javaName)
                    : Optional.empty();
        }
        Optional<String> derived = Naming.enumConstantName(spec.value());
        if (derived.isEmpty()) {
            context.problems().add(spec.path().field("value"), "value '" + spec.value()
                    + "' gives no Java constant name (upper-cased, with '-' and '.' as '_'); add a javaName");
        }
        return derived;
    }
}
