package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.aria2j.codegen.model.ApiModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits the client interfaces {@code Aria2Client} (blocking) and {@code Aria2AsyncClient}
 * ({@code CompletableFuture}), both from {@link ClientSignatures}: the same methods, overloads and Javadoc,
 * the paged variants of methods with {@code paging} ({@link PagedVariants}), the entry points of
 * {@link ClientOwnMethods} ({@code builder()}, {@code batch}, {@code call}, {@code events()}),
 * {@code withTimeout(Duration)} and {@code close()}.
 */
public final class ClientInterfaceEmitter implements SourceEmitter {

    /** Creates the emitter; it holds no state. */
    public ClientInterfaceEmitter() {
    }

    @Override
    public List<JavaFile> emit(ApiModel model, EmitContext context) {
        List<MethodSignature> signatures = ClientSignatures.of(model, context);
        return List.of(syncClient(signatures, context), asyncClient(signatures, context));
    }

    private static JavaFile syncClient(List<MethodSignature> signatures, EmitContext context) {
        ClassName name = ClientNames.syncClient(context);
        TypeSpec.Builder type = header(name, context)
                .addJavadoc("The aria2 JSON-RPC methods, blocking: each call waits for aria2's answer, at most\n"
                        + "the per-call timeout.\n\n"
                        + "<p>Implementations are thread-safe. {@link $T} implements it over an {@link $T}.\n"
                        + "Failures are unchecked: {@link $T} when aria2 answers with an error,\n"
                        + "{@link $T} when no usable answer comes back.\n\n"
                        + "$L",
                        ClientNames.syncImpl(context), ClientNames.RPC_ENGINE,
                        ClientNames.RPC_EXCEPTION, ClientNames.TRANSPORT_EXCEPTION, entryPoints(context));
        for (List<MethodSignature> overloads : byMethod(signatures)) {
            for (MethodSignature signature : overloads) {
                type.addMethod(MethodSpec.methodBuilder(signature.method().javaName())
                        .addJavadoc(ClientJavadoc.sync(signature))
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(signature.syncReturn())
                        .addParameters(signature.parameterSpecs())
                        .build());
            }
            type.addMethods(PagedVariants.of(overloads, false));
        }
        type.addMethods(ClientOwnMethods.declarations(context, false));
        return context.file(context.clientPackage(), common(type, name, context).build());
    }

    private static JavaFile asyncClient(List<MethodSignature> signatures, EmitContext context) {
        ClassName name = ClientNames.asyncClient(context);
        TypeSpec.Builder type = header(name, context)
                .addJavadoc("The aria2 JSON-RPC methods, non-blocking: each call returns a {@code CompletableFuture}\n"
                        + "at once, which completes with aria2's answer, at the latest when the per-call timeout\n"
                        + "expires.\n\n"
                        + "<p>Implementations are thread-safe. {@link $T} implements it over an {@link $T}.\n"
                        + "Failures arrive through the future: {@link $T} when aria2 answers with an error,\n"
                        + "{@link $T} when no usable answer comes back. Cancelling a future abandons its request.\n\n"
                        + "$L",
                        ClientNames.asyncImpl(context), ClientNames.RPC_ENGINE, ClientNames.RPC_EXCEPTION,
                        ClientNames.TRANSPORT_EXCEPTION, entryPoints(context));
        for (List<MethodSignature> overloads : byMethod(signatures)) {
            for (MethodSignature signature : overloads) {
                type.addMethod(MethodSpec.methodBuilder(signature.method().javaName())
                        .addJavadoc(ClientJavadoc.async(signature))
                        .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                        .returns(signature.asyncReturn())
                        .addParameters(signature.parameterSpecs())
                        .build());
            }
            type.addMethods(PagedVariants.of(overloads, true));
        }
        type.addMethods(ClientOwnMethods.declarations(context, true));
        return context.file(context.clientPackage(), common(type, name, context).build());
    }

    /** The overloads grouped by method, in schema order; the paged variants follow a method's overloads. */
    private static Collection<List<MethodSignature>> byMethod(List<MethodSignature> signatures) {
        Map<String, List<MethodSignature>> groups = new LinkedHashMap<>();
        signatures.forEach(signature -> groups.computeIfAbsent(signature.method().wireName(),
                name -> new ArrayList<>()).add(signature));
        return groups.values();
    }

    /** The paragraph on the entry points that no schema method generates, the same in both interfaces. */
    private static CodeBlock entryPoints(EmitContext context) {
        CodeBlock.Builder text = CodeBlock.builder().add("<p>Create a client with {@link #builder()}. {@link #batch()}"
                + " sends several calls in one\nrequest, and {@link #call(String, $T)} calls any method by name, with"
                + " untyped params and\nresult.", List.class);
        if (ClientOwnMethods.hasEvents(context)) {
            text.add(" {@link #events()} delivers aria2's notifications.");
        }
        return text.add("\n").build();
    }

    private static TypeSpec.Builder header(ClassName name, EmitContext context) {
        return TypeSpec.interfaceBuilder(name)
                .addAnnotation(context.generatedAnnotation())
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(AutoCloseable.class);
    }

    /** {@code withTimeout} and {@code close}, the same in both interfaces. */
    private static TypeSpec.Builder common(TypeSpec.Builder type, ClassName self, EmitContext context) {
        boolean events = ClientOwnMethods.hasEvents(context);
        type.addMethod(MethodSpec.methodBuilder("withTimeout")
                .addJavadoc("Returns a view of this client whose calls time out after {@code timeout}.\n"
                        + "The view shares the connection$L; closing it does not close this client.\n\n"
                        + "@param timeout the per-call timeout, at least one millisecond\n"
                        + "@return the view\n"
                        + "@throws IllegalArgumentException if the timeout is shorter than one millisecond\n",
                        events ? " and the events" : "")
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(self)
                .addParameter(Duration.class, "timeout")
                .build());
        type.addMethod(MethodSpec.methodBuilder("close")
                .addJavadoc("Closes the client and its connection: pending calls fail, and so do later ones.\n"
                        + "$LClosing twice does nothing.\n",
                        events ? "The events are closed first, if they were made.\n" : "")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .build());
        return type;
    }
}
