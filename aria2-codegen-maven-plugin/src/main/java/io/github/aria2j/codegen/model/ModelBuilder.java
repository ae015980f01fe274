package io.github.aria2j.codegen.model;

import io.github.aria2j.codegen.diagnostic.ProblemCollector;
import io.github.aria2j.codegen.diagnostic.SchemaPath;
import io.github.aria2j.codegen.diagnostic.SchemaValidationException;
import io.github.aria2j.codegen.schema.EnumSpec;
import io.github.aria2j.codegen.schema.EnumValueSpec;
import io.github.aria2j.codegen.schema.ManualSpec;
import io.github.aria2j.codegen.schema.SchemaDocument;
import io.github.aria2j.codegen.schema.StructSpec;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Resolves and validates a {@link SchemaDocument} into an {@link ApiModel}. Every rule is checked on
 * every element, and all problems are reported together, each with its file, JSON path and what was
 * expected: unknown or misplaced type references, duplicates, names that are no valid Java identifiers
 * (or collide once turned into Java), defaults outside their bounds or enum, param order, types that
 * cannot travel in their declared wire shape, and more. Instances are stateless and may be shared.
 */
public final class ModelBuilder {

    private static final Pattern MANUAL_URL = Pattern.compile("https://[^\\s#]+");

    /**
     * Builds the model.
     *
     * @param document the document as read (overlays merged)
     * @return the resolved model
     * @throws SchemaValidationException listing every problem found
     */
    public ApiModel build(SchemaDocument document) throws SchemaValidationException {
        ProblemCollector problems = new ProblemCollector();
        Choices choices = new Choices(problems);
        ManualModel manual = manual(document.manual(), choices);
        choices.version(document.aria2Version(), document.path().field("aria2Version"), "aria2Version");
        choices.version(document.baselineVersion(), document.path().field("baselineVersion"), "baselineVersion");

        Map<String, List<String>> enumValues = enumValues(document.enums());
        TypeResolver types = new TypeResolver(structNames(document.structs()), enumValues.keySet(), problems);
        ResolveContext context = new ResolveContext(problems, choices, types, new Docs(manual), new Registry(problems));

        List<StructModel> structs = new StructResolver(context).resolve(document.structs());
        List<EnumModel> enums = new EnumResolver(context).resolve(document.enums());
        MethodResolver methodResolver = new MethodResolver(context);
        List<MethodModel> methods = methodResolver.methods(document.methods());
        List<NotificationModel> notifications = methodResolver.notifications(document.notifications());
        List<OptionModel> options = new OptionResolver(context, enumValues).resolve(document.options());
        GeneratedNameRules generatedNames = new GeneratedNameRules(context);
        generatedNames.check(document.structs(), structs, enums, methods);
        generatedNames.checkPagedVariants(document.methods(), methods);
        generatedNames.checkNotifications(document.notifications(), notifications, document.structs(), structs);

        problems.throwIfAny();
        return new ApiModel(document.aria2Version(), document.baselineVersion(), manual, methods, notifications,
                structs, enums, options);
    }

    private static ManualModel manual(ManualSpec spec, Choices choices) {
        SchemaPath path = spec.path();
        choices.matches(spec.url(), MANUAL_URL, path.field("url"), "manual url", "an https URL without '#'");
        choices.version(spec.version(), path.field("version"), "manual version");
        return new ManualModel(spec.url(), spec.version(), spec.license(), spec.attribution());
    }

    /** Struct names in schema order; a duplicate is reported by the struct resolver. */
    private static Set<String> structNames(List<StructSpec> structs) {
        Set<String> names = new LinkedHashSet<>();
        structs.forEach(struct -> names.add(struct.name()));
        return names;
    }

    /** The wire values of each enum, by name in schema order; the first of duplicate enums wins here. */
    private static Map<String, List<String>> enumValues(List<EnumSpec> enums) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        enums.forEach(anEnum -> values.putIfAbsent(anEnum.name(),
                anEnum.values().stream().map(EnumValueSpec::value).toList()));
        return values;
    }
}
