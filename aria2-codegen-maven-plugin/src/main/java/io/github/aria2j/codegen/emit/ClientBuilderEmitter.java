package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.aria2j.codegen.model.ApiModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code Aria2ClientBuilder}: the one builder of both clients, a final subclass of the runtime's
 * {@code AbstractClientBuilder} (which holds every setting) adding {@code build()} for the blocking client and
 * {@code buildAsync()} for the non-blocking one. {@code Aria2Client.builder()} and
 * {@code Aria2AsyncClient.builder()} create it; its constructor is package-private.
 */
public final class ClientBuilderEmitter implements SourceEmitter {

    /** Creates the emitter; it holds no state. */
    public ClientBuilderEmitter() {
    }

    @Override
    public List<JavaFile> emit(ApiModel model, EmitContext context) {
        ClassName self = ClientNames.builder(context);
        ClassName sync = ClientNames.syncClient(context);
        ClassName async = ClientNames.asyncClient(context);
        TypeSpec type = TypeSpec.classBuilder(self)
                .addJavadoc("Builds {@link $T} and {@link $T}: where aria2 is, its secret, timeouts, TLS and the\n"
                        + "transport, all set through the methods of {@link $T}.\n\n"
                        + "<p>One builder builds either client, and may build several: each gets its own connection,\n"
                        + "which closing the client closes.\n\n"
                        + "<pre>{@code\ntry ($T aria2 = $T.builder()\n"
                        + "        .endpoint(\"http://localhost:6800/jsonrpc\")\n"
                        + "        .secret(\"s3cret\")\n"
                        + "        .requestTimeout(Duration.ofSeconds(10))\n"
                        + "        .buildAsync()) {\n"
                        + "    // calls\n"
                        + "}\n}</pre>\n",
                        sync, async, ClientNames.ABSTRACT_CLIENT_BUILDER, async, async)
                .addAnnotation(context.generatedAnnotation())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(ClientNames.ABSTRACT_CLIENT_BUILDER, self))
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates a builder with the defaults; {@link $T#builder()} and\n"
                                + "{@link $T#builder()} call it.\n", sync, async)
                        .build())
                .addMethod(MethodSpec.methodBuilder("build")
                        .addJavadoc("Builds a blocking client with the settings made so far; each call builds\n"
                                + "a new client with its own connection. {@link $T#engine()} says what it\n"
                                + "connects to.\n\n"
                                + "@return the client; close it when done\n"
                                + "@throws IllegalStateException if the settings do not fit together\n",
                                ClientNames.ABSTRACT_CLIENT_BUILDER)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(sync)
                        .addStatement("return new $T(engine())", ClientNames.syncImpl(context))
                        .build())
                .addMethod(MethodSpec.methodBuilder("buildAsync")
                        .addJavadoc("Builds a non-blocking client with the settings made so far; each call builds\n"
                                + "a new client with its own connection. {@link $T#engine()} says what it\n"
                                + "connects to.\n\n"
                                + "@return the client; close it when done\n"
                                + "@throws IllegalStateException if the settings do not fit together\n",
                                ClientNames.ABSTRACT_CLIENT_BUILDER)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(async)
                        .addStatement("return new $T(engine())", ClientNames.asyncImpl(context))
                        .build())
                .addMethod(MethodSpec.methodBuilder("self")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .returns(self)
                        .addStatement("return this")
                        .build())
                .build();
        return List.of(context.file(context.clientPackage(), type));
    }
}
