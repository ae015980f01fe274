package io.github.aria2j.codegen.model;

import io.github.aria2j.codegen.schema.FieldSpec;
import io.github.aria2j.codegen.schema.MethodSpec;
import io.github.aria2j.codegen.schema.NotificationSpec;
import io.github.aria2j.codegen.schema.ParamSpec;
import io.github.aria2j.codegen.schema.StructSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Rules on the names the generator makes up itself, which no schema element names but which the schema's
 * names must not take: the fixed client, notification and option classes, the classes derived from structs
 * and enums (codecs, and for a struct named by a {@code keysOf} its key enum and projection), the methods
 * of the client interfaces, the typed batch and the option builders that are not generated from the schema,
 * the paged variants of methods with {@code paging}, the projection's own accessor, and the {@code recovered}
 * component of notification records. Without these rules such a clash would surface as an emitter failure or as
 * generated code that does not compile.
 */
final class GeneratedNameRules {

    /** The projection's accessor of the requested keys; a field of a projected struct may not take it. */
    static final String REQUESTED_KEYS = "requestedKeys";

    /** The component every notification record ends with; no param or flattened field may take it. */
    static final String RECOVERED = "recovered";

    /** Methods of both client interfaces that are not generated from a schema method. */
    private static final Set<String> CLIENT_METHODS = Set.of("close", "withTimeout", "batch", "call", "builder",
            "events");

    /** Methods of the typed batch that are not generated from a schema method. */
    private static final Set<String> BATCH_METHODS = Set.of("size", "mode", "execute", "executeAsync");

    /** What the paged variant of a method adds to the method's Java name. */
    static final String PAGED_SUFFIX = "All";

    /** Methods of every options builder that are not setters of a schema option. */
    private static final Set<String> BUILDER_METHODS = Set.of("build", "option", "putValue", "addValue",
            "putUnlisted");

    /** Classes the generator always writes, with what each is. */
    private static final Map<String, String> FIXED_TYPES = fixedTypes();

    private final ResolveContext context;

    GeneratedNameRules(ResolveContext context) {
        this.context = context;
    }

    /** Why a client method named {@code javaName} would clash with one the schema does not generate, if it would. */
    static Optional<String> clientClash(String javaName) {
        if (CLIENT_METHODS.contains(javaName)) {
            return Optional.of("the client interfaces have a method '" + javaName + "' of their own, which is not"
                    + " generated from the schema");
        }
        return BATCH_METHODS.contains(javaName)
                ? Optional.of("the typed batch (Aria2Batch) has a method '" + javaName + "' of its own, which is not"
                        + " generated from the schema")
                : Optional.empty();
    }

    /**
     * Reports every method whose Java name is that of another method's paged variant ({@code <javaName>All},
     * generated for a method with {@code paging}).
     *
     * @param specs the methods as read, in the order of {@code methods}
     * @param methods the resolved methods
     */
    void checkPagedVariants(List<MethodSpec> specs, List<MethodModel> methods) {
        Map<String, String> variants = new LinkedHashMap<>();
        methods.stream().filter(method -> method.paging().isPresent())
                .forEach(method -> variants.putIfAbsent(method.javaName() + PAGED_SUFFIX, method.wireName()));
        for (int i = 0; i < methods.size() && i < specs.size(); i++) {
            MethodModel method = methods.get(i);
            String pagedOf = variants.get(method.javaName());
            if (pagedOf != null) {
                context.problems().add(specs.get(i).path().field("name"), "method '" + method.wireName()
                        + "' gives the Java method name '" + method.javaName() + "', which cannot be used: the paged"
                        + " variant of method '" + pagedOf + "' (which has paging) has that name");
            }
        }
    }

    /** Why an option setter named {@code javaName} would clash with a method of the options builders, if it would. */
    static Optional<String> builderClash(String javaName) {
        return BUILDER_METHODS.contains(javaName)
                ? Optional.of("the options builders have a method '" + javaName + "' of their own")
                : Optional.empty();
    }

    /**
     * Reports every struct, enum or notification whose Java type name is one the generator gives to another
     * class, and every field of a projected struct that would clash with the projection's own accessor.
     * Structs, enums and notifications must have claimed their names in {@link ResolveContext#javaTypeNames()}.
     *
     * @param structSpecs the structs as read, in the order of {@code structs}
     * @param structs the resolved structs
     * @param enums the resolved enums
     * @param methods the resolved methods
     */
    void check(List<StructSpec> structSpecs, List<StructModel> structs, List<EnumModel> enums,
            List<MethodModel> methods) {
        Set<String> projected = projectedStructs(methods);
        Map<String, String> derived = new LinkedHashMap<>(FIXED_TYPES);
        for (StructModel struct : structs) {
            derived.putIfAbsent(struct.javaName() + "Codec", "the codec of struct '" + struct.name() + "'");
        }
        for (EnumModel anEnum : enums) {
            derived.putIfAbsent(anEnum.javaName() + "Codec", "the codec of enum '" + anEnum.name() + "'");
        }
        for (String name : projected) {
            String of = " of struct '" + name + "', which a keysOf names";
            derived.putIfAbsent(name + "Key", "the key enum" + of);
            derived.putIfAbsent(name + "Projection", "the projection" + of);
            derived.putIfAbsent(name + "ProjectionCodec", "the projection codec" + of);
        }
        derived.forEach((name, what) -> context.javaTypeNames().owner(name).ifPresent(owner -> context.problems()
                .add(owner.path(), owner.description() + " has the Java type name '" + name + "', which the"
                        + " generator gives to " + what + "; rename it")));
        for (int i = 0; i < structs.size() && i < structSpecs.size(); i++) {
            if (projected.contains(structs.get(i).name())) {
                checkProjectedFields(structSpecs.get(i), structs.get(i));
            }
        }
    }

    private void checkProjectedFields(StructSpec spec, StructModel struct) {
        for (int j = 0; j < struct.fields().size() && j < spec.fields().size(); j++) {
            FieldSpec field = spec.fields().get(j);
            if (struct.fields().get(j).javaName().equals(REQUESTED_KEYS)) {
                context.problems().add(field.path().field(field.javaName().isPresent() ? "javaName" : "key"),
                        "field '" + field.key() + "' of struct '" + struct.name() + "' has the Java name '"
                                + REQUESTED_KEYS + "', which the struct's projection (a keysOf names the struct)"
                                + " uses for its own accessor; give the field another javaName");
            }
        }
    }

    /**
     * Reports every notification param, and every field of a struct that a notification is flattened from (its
     * only param is a required struct), whose Java name is {@value #RECOVERED}: every notification record has a
     * component of that name of its own.
     *
     * @param specs the notifications as read, in the order of {@code notifications}
     * @param notifications the resolved notifications
     * @param structSpecs the structs as read, in the order of {@code structs}
     * @param structs the resolved structs
     */
    void checkNotifications(List<NotificationSpec> specs, List<NotificationModel> notifications,
            List<StructSpec> structSpecs, List<StructModel> structs) {
        Set<String> flattened = new LinkedHashSet<>();
        for (int i = 0; i < notifications.size() && i < specs.size(); i++) {
            List<ParamModel> params = notifications.get(i).params();
            if (params.size() == 1 && params.get(0).required()
                    && params.get(0).type() instanceof TypeRef.StructRef struct) {
                flattened.add(struct.name());
                continue;
            }
            for (int j = 0; j < params.size() && j < specs.get(i).params().size(); j++) {
                ParamSpec param = specs.get(i).params().get(j);
                if (params.get(j).javaName().equals(RECOVERED)) {
                    context.problems().add(param.path().field(param.javaName().isPresent() ? "javaName" : "name"),
                            "param '" + param.name() + "' of notification '" + specs.get(i).name() + "' has the Java"
                                    + " name '" + RECOVERED + "', which every notification record has as a component"
                                    + " of its own; give the param another javaName");
                }
            }
        }
        for (int i = 0; i < structs.size() && i < structSpecs.size(); i++) {
            StructModel struct = structs.get(i);
            for (int j = 0; flattened.contains(struct.name()) && j < struct.fields().size()
                    && j < structSpecs.get(i).fields().size(); j++) {
                FieldSpec field = structSpecs.get(i).fields().get(j);
                if (struct.fields().get(j).javaName().equals(RECOVERED)) {
                    context.problems().add(field.path().field(field.javaName().isPresent() ? "javaName" : "key"),
                            "field '" + field.key() + "' of struct '" + struct.name() + "' has the Java name '"
                                    + RECOVERED + "', which every notification record has as a component of its"
                                    + " own (a notification is flattened from the struct); give the field another"
                                    + " javaName");
                }
            }
        }
    }

    /** The structs named by a {@code keysOf}, in the order of first use. */
    private static Set<String> projectedStructs(List<MethodModel> methods) {
        Set<String> names = new LinkedHashSet<>();
        methods.forEach(method -> method.params().forEach(param -> param.keysOf()
                .ifPresent(struct -> names.add(struct.name()))));
        return names;
    }

    private static Map<String, String> fixedTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("Aria2Client", "the blocking client interface");
        types.put("Aria2AsyncClient", "the non-blocking client interface");
        types.put("Aria2Methods", "the method descriptors");
        types.put("DefaultAria2Client", "the blocking client");
        types.put("DefaultAria2AsyncClient", "the non-blocking client");
        types.put("Aria2Batch", "the typed batch");
        types.put("Aria2ClientBuilder", "the client builder");
        types.put("Aria2Listener", "the notification listener");
        types.put("Aria2Notification", "the notification interface");
        types.put("NotificationDispatcher", "the notification dispatcher");
        types.put("Aria2Events", "the notification events");
        types.put("AddOptions", "the options of aria2.addUri and the other add methods");
        types.put("ChangeOptions", "the options of aria2.changeOption");
        types.put("GlobalOptions", "the options of aria2.changeGlobalOption");
        types.put("KnownOptions", "the option catalog");
        return Collections.unmodifiableMap(types);
    }
}
