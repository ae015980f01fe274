package io.github.aria2j.codegen.model;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import io.github.aria2j.codegen.schema.MethodSpec;
import io.github.aria2j.codegen.schema.NotificationSpec;
import io.github.aria2j.codegen.schema.ResultSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Resolves methods and notifications: names, params, results and Javadoc. */
final class MethodResolver {

    private static final Pattern METHOD_NAME = Pattern.compile("(aria2|system)\\.[a-z][A-Za-z]*");
    private static final Pattern NOTIFICATION_NAME = Pattern.compile("aria2\\.on[A-Z][A-Za-z]*");
    private static final List<ValueFormat> RESULT_FORMATS =
            List.of(ValueFormat.GID, ValueFormat.HEX, ValueFormat.BASE64, ValueFormat.URI);
    private static final List<TokenPlacement> TOKENS = List.of(TokenPlacement.values());

    private final ResolveContext context;
    private final ParamResolver params;
    private final PagingResolver paging;

    MethodResolver(ResolveContext context) {
        this.context = context;
        this.params = new ParamResolver(context);
        this.paging = new PagingResolver(context);
    }

    List<MethodModel> methods(List<MethodSpec> specs) {
        Registry names = new Registry(context.problems());
        Registry javaNames = new Registry(context.problems());
        List<MethodModel> methods = new ArrayList<>();
        for (MethodSpec spec : specs) {
            SchemaPath namePath = spec.path().field("name");
            context.choices().matches(spec.name(), METHOD_NAME, namePath, "method name",
                    "aria2.NAME or system.NAME, NAME being a lower-case letter, then letters");
            String javaName = Naming.methodName(spec.name());
            Optional<String> invalid = Naming.whyInvalidMemberName(javaName).or(() -> objectClash(javaName))
                    .or(() -> GeneratedNameRules.clientClash(javaName));
            invalid.ifPresent(reason -> context.problems().add(namePath, "method '" + spec.name()
                    + "' gives the Java method name '" + javaName + "', which cannot be used: " + reason));
            if (names.claimUnique(spec.name(), "method", namePath) && invalid.isEmpty()) {
                javaNames.claim(javaName, "method '" + spec.name() + "'", namePath, first -> "method '" + spec.name()
                        + "' has the Java method name '" + javaName + "', which " + first + " has too");
            }
            context.choices().anchor(Optional.of(spec.manualAnchor()), spec.path().field("manualAnchor"));
            buildCondition(spec.buildCondition(), spec.path());
            TokenPlacement token = context.choices().pick(spec.token(), TOKENS, MethodResolver::schemaName,
                    spec.path().field("token"), "token").orElse(TokenPlacement.REQUIRED);
            List<ParamModel> resolvedParams = params.resolve(spec.params(), Optional.of(spec.name()));
            ResultModel result = result(spec.result());
            methods.add(new MethodModel(
                    spec.name(),
                    javaName,
                    token,
                    resolvedParams,
                    result,
                    spec.errors().stream().map(error -> new ErrorModel(error.message(), error.meaning())).toList(),
                    spec.buildCondition(),
                    context.docs().javadoc(spec.summary(), spec.description(), spec.notes(),
                            buildFacts(spec.buildCondition()), Optional.of(spec.manualAnchor())),
                    paging.resolve(spec, resolvedParams, result)));
        }
        return methods;
    }

    List<NotificationModel> notifications(List<NotificationSpec> specs) {
        Registry names = new Registry(context.problems());
        List<NotificationModel> notifications = new ArrayList<>();
        for (NotificationSpec spec : specs) {
            SchemaPath namePath = spec.path().field("name");
            boolean validName = context.choices().matches(spec.name(), NOTIFICATION_NAME, namePath,
                    "notification name", "aria2.onNAME, NAME starting with an upper-case letter, then letters");
            String javaName = Naming.notificationName(spec.name());
            if (names.claimUnique(spec.name(), "notification", namePath) && validName) {
                context.claimJavaTypeName(javaName, "notification '" + spec.name() + "'", namePath);
            }
            context.choices().anchor(Optional.of(spec.manualAnchor()), spec.path().field("manualAnchor"));
            buildCondition(spec.buildCondition(), spec.path());
            notifications.add(new NotificationModel(
                    spec.name(),
                    javaName,
                    "on" + javaName,
                    params.resolve(spec.params(), Optional.empty()),
                    spec.buildCondition(),
                    context.docs().javadoc(spec.summary(), Optional.of(spec.description()), List.of(),
                            buildFacts(spec.buildCondition()), Optional.of(spec.manualAnchor()))));
        }
        return notifications;
    }

    private ResultModel result(ResultSpec spec) {
        TypeRef type = context.types().type(spec.type(), spec.path().field("type")).orElse(null);
        WireShape wire = context.types().wire(spec.wire(), spec.path().field("wire")).orElse(null);
        if (type != null && wire != null) {
            context.types().checkFits(type, wire, spec.path().field("wire"));
        }
        spec.constValue().ifPresent(constValue -> context.problems().check(spec.type().equals("string"),
                spec.path().field("const"), "const is only for results of type string, not '" + spec.type() + "'"));
        Optional<ValueFormat> format = spec.format().flatMap(text -> context.choices().pick(text, RESULT_FORMATS,
                ValueFormat::schemaName, spec.path().field("format"), "result format"));
        return new ResultModel(type == null ? new TypeRef.AnyJson() : type, wire == null ? WireShape.Leaf.ANY : wire,
                format, spec.constValue(), spec.description());
    }

    private void buildCondition(Optional<String> condition, SchemaPath owner) {
        condition.ifPresent(text -> context.choices().oneOf(text, Choices.METHOD_BUILD_CONDITIONS,
                owner.field("buildCondition"), "buildCondition"));
    }

    private static List<DocFact> buildFacts(Optional<String> condition) {
        return condition.map(text -> List.of(new DocFact("Requires", "an aria2 built with " + text + " support")))
                .orElse(List.of());
    }

    /** Why a generated method named {@code javaName} would clash with {@code java.lang.Object}, if it would. */
    static Optional<String> objectClash(String javaName) {
        return Naming.isObjectMethodName(javaName)
                ? Optional.of("it would clash with java.lang.Object." + javaName)
                : Optional.empty();
    }

    /** The schema's spelling of a token placement: {@code required}, {@code optional}, {@code perEntry}. */
    private static String schemaName(TokenPlacement token) {
        return Naming.camelCase(token.name());
    }
}
