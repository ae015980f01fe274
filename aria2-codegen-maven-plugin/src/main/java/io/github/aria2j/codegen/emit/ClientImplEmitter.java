package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
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
 * methods of the interfaces.
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
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc("The {@link $T} over an {@link $T}: every method hands its descriptor\n"
                        + "from {@link $T} and its arguments to the engine.\n",
                        api, ClientNames.RPC_ENGINE, ClientNames.methods(context))
                .addAnnotation(context.generatedAnnotation())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(api)
                .addField(FieldSpec.builder(ClientNames.RPC_ENGINE, "engine", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("Runs every call.\n")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates a client that sends every call through {@code engine};\n"
                                + "closing the client closes the engine.\n\n@param engine the engine\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ClientNames.RPC_ENGINE, "engine")
                        .addStatement("this.engine = $T.requireNonNull(engine, $S)", Objects.class, "engine")
                        .build());
        for (MethodSignature signature : signatures) {
            type.addMethod(method(signature, context, async));
        }
        type.addMethods(ClientOwnMethods.implementations(context, async));
        type.addMethod(MethodSpec.methodBuilder("withTimeout")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(api)
                .addParameter(Duration.class, "timeout")
                .addStatement("return new $T(engine.withTimeout(timeout))", self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("close")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("engine.close()")
                .build());
        return context.file(context.clientPackage(), type.build());
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
