package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.aria2j.codegen.model.ApiModel;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code DefaultAria2Client} and {@code DefaultAria2AsyncClient}: final classes over an
 * {@code RpcEngine} whose every method is one line handing its descriptor from {@code Aria2Methods} and its
 * arguments to the engine. Omitted trailing params are not passed, which the engine reads as "not given". The
 * batch and the raw call ({@link ClientOwnMethods}) hand over to the engine too; the paged variants are default
 * methods of the interfaces. When the schema has notifications, {@code events()} returns the client's
 * {@code Aria2Events} from an {@code EventsHolder} that the views of {@code withTimeout} share; {@code close()}
 * closes the holder (not in a view), then the engine.
 */
public final class ClientImplEmitter implements SourceEmitter {

    /** Creates the emitter; it holds no state. */
    public ClientImplEmitter() {
    }

    @Override
    public List<JavaFile> emit(ApiModel model, EmitContext context) {
        List<MethodSignature> signatures = ClientSignatures.of(model, context);
        return List.of(implementation(signatures, context, false), implementation(signatures, context, true));
    }

    private static JavaFile implementation(List<MethodSignature> signatures, EmitContext context, boolean async) {
        ClassName self = async ? ClientNames.asyncImpl(context) : ClientNames.syncImpl(context);
        ClassName api = async ? ClientNames.asyncClient(context) : ClientNames.syncClient(context);
        boolean events = ClientOwnMethods.hasEvents(context);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc("The {@link $T} over an {@link $T}: every method hands its descriptor\n"
                        + "from {@link $T} and its arguments to the engine.\n$L",
                        api, ClientNames.RPC_ENGINE, ClientNames.methods(context),
                        events ? CodeBlock.of("\n<p>Its {@link $T} are made on first use and shared with the views"
                                + " that\n{@link #withTimeout($T)} makes.\n", ModelTypes.events(context),
                                Duration.class) : "")
                .addAnnotation(context.generatedAnnotation())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(api)
                .addField(FieldSpec.builder(ClientNames.RPC_ENGINE, "engine", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("Runs every call.\n")
                        .build());
        if (events) {
            addEvents(type, context);
        } else {
            type.addMethod(MethodSpec.constructorBuilder()
                    .addJavadoc("Creates a client that sends every call through {@code engine};\n"
                            + "closing the client closes the engine.\n\n@param engine the engine\n")
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(ClientNames.RPC_ENGINE, "engine")
                    .addStatement("this.engine = $T.requireNonNull(engine, $S)", Objects.class, "engine")
                    .build());
        }
        for (MethodSignature signature : signatures) {
            type.addMethod(method(signature, context, async));
        }
        type.addMethods(ClientOwnMethods.implementations(context, async));
        type.addMethod(MethodSpec.methodBuilder("withTimeout")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(api)
                .addParameter(Duration.class, "timeout")
                .addStatement(events ? "return new $T(engine.withTimeout(timeout), events)"
                        : "return new $T(engine.withTimeout(timeout))", self)
                .build());
        MethodSpec.Builder close = MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC);
        if (events) {
            close.beginControlFlow("if (!view)").addStatement("events.close()").endControlFlow();
        }
        type.addMethod(close.addStatement("engine.close()").build());
        return context.file(context.clientPackage(), type.build());
    }

    /**
     * The fields and constructors of a client with events: the holder that makes them on first use, made by the
     * public constructor and shared by the views of {@code withTimeout} (a private constructor), which do not close
     * it, as the engine's views do not close the engine.
     */
    private static void addEvents(TypeSpec.Builder type, EmitContext context) {
        ClassName events = ModelTypes.events(context);
        TypeName holder = ParameterizedTypeName.get(ClientNames.EVENTS_HOLDER, events);
        type.addField(FieldSpec.builder(holder, "events", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("Makes the events on first use; shared with the views.\n")
                        .build())
                .addField(FieldSpec.builder(boolean.class, "view", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("True for a view made by {@link #withTimeout($T)}: closing it leaves the events"
                                + " open.\n", Duration.class)
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates a client that sends every call through {@code engine};\n"
                                + "closing the client closes its events and the engine.\n\n@param engine the engine\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ClientNames.RPC_ENGINE, "engine")
                        .addStatement("this.engine = $T.requireNonNull(engine, $S)", Objects.class, "engine")
                        .addStatement("this.events = new $T<>(() -> new $T(engine.settings()))",
                                ClientNames.EVENTS_HOLDER, events)
                        .addStatement("this.view = false")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates a view of a client, with the client's events.\n\n"
                                + "@param engine a view of the client's engine\n@param events the client's events\n")
                        .addModifiers(Modifier.PRIVATE)
                        .addParameter(ClientNames.RPC_ENGINE, "engine")
                        .addParameter(holder, "events")
                        .addStatement("this.engine = engine")
                        .addStatement("this.events = events")
                        .addStatement("this.view = true")
                        .build());
    }

    private static MethodSpec method(MethodSignature signature, EmitContext context, boolean async) {
        // a param named like the field would shadow it
        String engine = signature.argumentNames().contains("engine") ? "this.engine" : "engine";
        CodeBlock.Builder call = CodeBlock.builder().add("$L.$N($L", engine, async ? "callAsync" : "call",
                signature.descriptorReference(context));
        signature.argumentNames().forEach(name -> call.add(", $N", name));
        call.add(")");
        MethodSpec.Builder method = MethodSpec.methodBuilder(signature.method().javaName())
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(async ? signature.asyncReturn() : signature.syncReturn())
                .addParameters(signature.parameterSpecs());
        if (!async && signature.returnsVoid()) {
            return method.addStatement("$L", call.build()).build();
        }
        return method.addStatement("return $L", call.build()).build();
    }
}
