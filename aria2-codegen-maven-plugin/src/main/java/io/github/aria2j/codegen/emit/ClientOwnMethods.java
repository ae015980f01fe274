package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * The entry points both client interfaces have that no schema method generates: {@code builder()}, the typed
 * batch ({@code batch()}, {@code batch(BatchMode)}), the raw escape hatch {@code call(String, List)} and, when the
 * schema has notifications, {@code events()}, with their implementations in the default clients. The model keeps
 * schema methods off these names.
 */
final class ClientOwnMethods {

    /** {@code List<?>}: the raw call's params. */
    private static final TypeName PARAMS =
            ParameterizedTypeName.get(ClassName.get(List.class), WildcardTypeName.subtypeOf(Object.class));

    private ClientOwnMethods() {
    }

    /**
     * Whether the clients have {@code events()}: only when there are notifications to type them with.
     *
     * @param context the generated packages and the model
     * @return true when the schema has notifications
     */
    static boolean hasEvents(EmitContext context) {
        return !context.model().notifications().isEmpty();
    }

    /**
     * The declarations in a client interface: {@code static builder()}, {@code default batch()},
     * {@code batch(BatchMode)}, {@code call(String, List)} and {@code events()}.
     *
     * @param context the generated packages
     * @param async whether for the non-blocking interface
     * @return the methods, in this order
     */
    static List<MethodSpec> declarations(EmitContext context, boolean async) {
        ClassName self = async ? ClientNames.asyncClient(context) : ClientNames.syncClient(context);
        ClassName batch = ClientNames.batch(context);
        MethodSpec builder = MethodSpec.methodBuilder("builder")
                .addJavadoc("Starts building a client: where aria2 is, its secret, timeouts, TLS. One builder\n"
                        + "builds both clients: {@link $T#build()} this blocking one, {@link $T#buildAsync()}\n"
                        + "the non-blocking one.\n\n"
                        + "<pre>{@code\ntry ($T aria2 = $T.builder()\n"
                        + "        .endpoint(\"http://localhost:6800/jsonrpc\")\n"
                        + "        .secret(\"s3cret\")\n        .$L()) {\n    // calls\n}\n}</pre>\n\n"
                        + "@return a new builder\n",
                        ClientNames.builder(context), ClientNames.builder(context), self, self,
                        async ? "buildAsync" : "build")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ClientNames.builder(context))
                .addStatement("return new $T()", ClientNames.builder(context))
                .build();
        MethodSpec multicall = MethodSpec.methodBuilder("batch")
                .addJavadoc("Starts a batch whose calls go to aria2 as the entries of one {@code system.multicall},\n"
                        + "the secret inside each entry; the same as {@code batch(BatchMode.MULTICALL)}.\n\n"
                        + "@return a new, empty batch; add calls, then run it once with $L\n", runText(context, async))
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(batch)
                .addStatement("return batch($T.MULTICALL)", ClientNames.BATCH_MODE)
                .build();
        MethodSpec batchInMode = MethodSpec.methodBuilder("batch")
                .addJavadoc("Starts a batch: calls sent to aria2 together, in one request, each succeeding or\n"
                        + "failing on its own (see {@link $T}). It uses this client's timeout.\n\n"
                        + "@param mode {@link $T#MULTICALL}: the calls are the entries of one\n"
                        + "    {@code system.multicall}, each carrying the secret; {@link $T#JSON_RPC}: a JSON-RPC\n"
                        + "    batch, an array of ordinary requests\n"
                        + "@return a new, empty batch; add calls, then run it once with $L\n",
                        batch, ClientNames.BATCH_MODE, ClientNames.BATCH_MODE, runText(context, async))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(batch)
                .addParameter(ClientNames.BATCH_MODE, "mode")
                .build();
        MethodSpec call = MethodSpec.methodBuilder("call")
                .addJavadoc(callJavadoc(async))
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(callReturn(async))
                .addParameter(String.class, "method")
                .addParameter(PARAMS, "params")
                .build();
        if (!hasEvents(context)) {
            return List.of(builder, multicall, batchInMode, call);
        }
        MethodSpec events = MethodSpec.methodBuilder("events")
                .addJavadoc("The client's events: aria2's notifications, typed, the connection's state and download\n"
                        + "progress. They are made on first use from the client's settings, with a WebSocket of their\n"
                        + "own, and closed with the client; the views that {@link #withTimeout($T)} makes share\n"
                        + "them.\n\n"
                        + "@return the events\n"
                        + "@throws IllegalStateException if the client is closed\n", Duration.class)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(ModelTypes.events(context))
                .build();
        return List.of(builder, multicall, batchInMode, call, events);
    }

    /**
     * The implementations in a default client: {@code batch(BatchMode)} and {@code call(String, List)} over the
     * field {@code engine}, and {@code events()} over the field {@code events}, one line each.
     *
     * @param context the generated packages
     * @param async whether for the non-blocking client
     * @return the methods
     */
    static List<MethodSpec> implementations(EmitContext context, boolean async) {
        MethodSpec batch = MethodSpec.methodBuilder("batch")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ClientNames.batch(context))
                .addParameter(ClientNames.BATCH_MODE, "mode")
                .addStatement("return new $T(engine.newBatch(mode))", ClientNames.batch(context))
                .build();
        MethodSpec call = MethodSpec.methodBuilder("call")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(callReturn(async))
                .addParameter(String.class, "method")
                .addParameter(PARAMS, "params")
                .addStatement("return engine.$N(method, params)", async ? "callRawAsync" : "callRaw")
                .build();
        if (!hasEvents(context)) {
            return List.of(batch, call);
        }
        MethodSpec events = MethodSpec.methodBuilder("events")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(ModelTypes.events(context))
                .addStatement("return events.get()")
                .build();
        return List.of(batch, call, events);
    }

    /** How a batch of this client runs: {@code execute()} or {@code executeAsync()}. */
    private static CodeBlock runText(EmitContext context, boolean async) {
        return CodeBlock.of("{@link $T#$L()}", ClientNames.batch(context),
                async ? "executeAsync" : "execute");
    }

    /** {@code @Nullable Object}, or a future of it: aria2's {@code null} is a value. */
    private static TypeName callReturn(boolean async) {
        TypeName value = ModelTypes.nullable(ClassName.OBJECT);
        return async ? ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), value) : value;
    }

    private static CodeBlock callJavadoc(boolean async) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Calls any method by its wire name with untyped params: an escape hatch for what this\n"
                        + "client does not offer, such as a method or param of a newer aria2, or to see aria2's\n"
                        + "reply as it is.\n\n")
                .add("<p>Give the params without the secret: the client adds it as the first param of\n"
                        + "{@code aria2.*} methods, and first in the {@code params} of each entry of a\n"
                        + "{@code system.multicall} (entries are maps with a {@code methodName} and a\n"
                        + "{@code params} list; the given maps are not modified); other {@code system.*} methods\n"
                        + "get none. The params are written as JSON: maps with string keys, collections, strings,\n"
                        + "numbers, booleans and {@code null}.\n\n")
                .add("@param method the wire name, such as {@code aria2.getVersion}\n")
                .add("@param params the params, without the secret\n")
                .add("@return $L as generic JSON values: a {@code Map<String, Object>} for an object\n"
                        + "    (in the reply's key order), a {@code List<Object>} for an array (both unmodifiable),\n"
                        + "    a {@code String}, a {@code Long} for an integer, a {@code Double} for a fraction,\n"
                        + "    a {@code Boolean}, or {@code null}. aria2 sends most numbers and booleans as\n"
                        + "    strings.\n", async ? "a future of the result" : "the result");
        if (async) {
            doc.add("    It fails with {@link $T} $L,\n    with {@link $T} $L.\n", ClientNames.RPC_EXCEPTION,
                    ClientJavadoc.RPC_FAILURE, ClientNames.TRANSPORT_EXCEPTION, ClientJavadoc.TRANSPORT_FAILURE);
        }
        doc.add("@throws IllegalArgumentException if the name is blank or a param cannot be written as JSON\n");
        if (!async) {
            doc.add("@throws $T $L\n@throws $T $L\n", ClientNames.RPC_EXCEPTION, ClientJavadoc.RPC_FAILURE,
                    ClientNames.TRANSPORT_EXCEPTION, ClientJavadoc.TRANSPORT_FAILURE);
        }
        return doc.build();
    }
}
