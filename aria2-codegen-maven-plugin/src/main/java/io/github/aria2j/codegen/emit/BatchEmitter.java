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
import io.github.aria2j.codegen.model.MethodModel;
import io.github.aria2j.codegen.model.TokenPlacement;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code Aria2Batch}: the typed batch, a final class over the runtime's {@code RpcBatch} with one method
 * per overload of the client (from {@link ClientSignatures}, so that the two always agree), each adding a call
 * and returning its {@code BatchEntry}; plus {@code size()}, {@code mode()}, {@code execute()} and
 * {@code executeAsync()}. Methods whose secret goes into each entry ({@code system.multicall}) are left out:
 * aria2 forbids nesting them.
 */
public final class BatchEmitter implements SourceEmitter {

    /** Creates the emitter; it holds no state. */
    public BatchEmitter() {
    }

    @Override
    public List<JavaFile> emit(ApiModel model, EmitContext context) {
        List<MethodSignature> signatures = ClientSignatures.of(model, context).stream()
                .filter(signature -> signature.method().token() != TokenPlacement.PER_ENTRY)
                .toList();
        List<String> excluded = model.methods().stream()
                .filter(method -> method.token() == TokenPlacement.PER_ENTRY)
                .map(method -> "{@code " + method.wireName() + "}")
                .toList();
        TypeSpec.Builder type = TypeSpec.classBuilder(ClientNames.batch(context))
                .addJavadoc(classJavadoc(context, excluded))
                .addAnnotation(context.generatedAnnotation())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(FieldSpec.builder(ClientNames.RPC_BATCH, "batch", Modifier.PRIVATE, Modifier.FINAL)
                        .addJavadoc("Collects and runs the calls.\n")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Wraps a batch of the runtime, such as one from {@code RpcEngine.newBatch};\n"
                                + "the clients' {@code batch()} methods are the usual way to get one.\n\n"
                                + "@param batch the batch that collects and runs the calls\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ClientNames.RPC_BATCH, "batch")
                        .addStatement("this.batch = $T.requireNonNull(batch, $S)", Objects.class, "batch")
                        .build());
        for (MethodSignature signature : signatures) {
            type.addMethod(method(signature, context));
        }
        own(type);
        return List.of(context.file(context.clientPackage(), type.build()));
    }

    private static CodeBlock classJavadoc(EmitContext context, List<String> excluded) {
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Calls to aria2 collected to be sent together, in one request. Get one from\n"
                        + "{@link $T#batch()} or {@link $T#batch()}, add calls (each method returns the\n"
                        + "{@link $T} of its call), then run it once: {@link #execute()} or\n"
                        + "{@link #executeAsync()}.\n\n",
                        ClientNames.syncClient(context), ClientNames.asyncClient(context), ClientNames.BATCH_ENTRY)
                .add("<p>Each call succeeds or fails on its own. After the run every entry holds either its value\n"
                        + "or the error aria2 answered for that entry: {@link $T#get()} returns the value or throws\n"
                        + "that {@link $T}, and {@link $T#failures()} lists the failed entries. One failing call\n"
                        + "does not fail the others; only a failure of the batch as a whole (no usable reply, an\n"
                        + "error for the request as a whole) is thrown by {@code execute()}, and then no entry has\n"
                        + "an outcome.\n\n",
                        ClientNames.BATCH_ENTRY, ClientNames.RPC_EXCEPTION, ClientNames.BATCH_RESULT)
                .add("<p>In {@link $T#MULTICALL} mode the calls are the entries of one {@code system.multicall}.\n"
                        + "The secret goes inside each entry, first in its params, and never on the multicall\n"
                        + "itself: aria2 checks it per entry, so a wrong secret fails every entry with\n"
                        + "{@code Unauthorized}. In {@link $T#JSON_RPC} mode they are a JSON-RPC batch, each\n"
                        + "request with its own secret.\n\n",
                        ClientNames.BATCH_MODE, ClientNames.BATCH_MODE)
                .add("<p>A batch is not thread-safe and runs once. The arguments of each call are checked when\n"
                        + "it is added.");
        if (!excluded.isEmpty()) {
            doc.add(" $L cannot be added: aria2 forbids nesting it.", String.join(", ", excluded));
        }
        return doc.add("\n").build();
    }

    private static MethodSpec method(MethodSignature signature, EmitContext context) {
        // a param named like the field would shadow it
        String batch = signature.argumentNames().contains("batch") ? "this.batch" : "batch";
        CodeBlock.Builder call = CodeBlock.builder().add("$L.add($L", batch,
                signature.descriptorReference(context));
        signature.argumentNames().forEach(name -> call.add(", $N", name));
        call.add(")");
        return MethodSpec.methodBuilder(signature.method().javaName())
                .addJavadoc(javadoc(signature, context))
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClientNames.BATCH_ENTRY, signature.boxedResult()))
                .addParameters(signature.parameterSpecs())
                .addStatement("return $L", call.build())
                .build();
    }

    private static CodeBlock javadoc(MethodSignature signature, EmitContext context) {
        MethodModel method = signature.method();
        CodeBlock.Builder doc = CodeBlock.builder()
                .add("Adds a call of {@code $L}, which $L\n\n", method.wireName(),
                        lowerFirst(JavadocRenderer.inline(method.doc().summary())))
                .add("<p>{@link $T$L} describes the method in full", ClientNames.syncClient(context),
                        signature.fullReference());
        if (!signature.isFull()) {
            doc.add(";\nthis call leaves out $L", omitted(signature));
        }
        doc.add(".\n\n").add(ClientJavadoc.paramTags(signature.params()));
        String value = signature.returnsVoid()
                ? "{@code null} for aria2's {@code "
                        + JavadocRenderer.escape(method.result().constValue().orElseThrow()) + "}."
                : "the value. " + ClientJavadoc.result(signature);
        return doc.add("@return the entry of the call; once the batch has run, it holds aria2's error for the\n"
                + "    call or $L\n", value).build();
    }

    /** A summary as the rest of a sentence: "Returns ..." becomes "returns ...", "GID ..." stays. */
    private static String lowerFirst(String summary) {
        boolean word = summary.length() > 1 && Character.isUpperCase(summary.charAt(0))
                && Character.isLowerCase(summary.charAt(1));
        return word ? Character.toLowerCase(summary.charAt(0)) + summary.substring(1) : summary;
    }

    private static String omitted(MethodSignature signature) {
        List<String> names = signature.omitted().stream().map(param -> "{@code " + param.javaName() + "}").toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** {@code size()}, {@code mode()}, {@code execute()} and {@code executeAsync()}. */
    private static void own(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("size")
                .addJavadoc("Returns how many calls were added.\n\n@return the number of calls\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addStatement("return batch.size()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("mode")
                .addJavadoc("Returns how the calls go on the wire.\n\n@return the mode\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ClientNames.BATCH_MODE)
                .addStatement("return batch.mode()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("execute")
                .addJavadoc("Sends the calls in one request and waits for the reply, at most the client's timeout.\n"
                        + "An empty batch sends nothing.\n\n"
                        + "@return every entry with its outcome: its value or aria2's error for it\n"
                        + "@throws IllegalStateException if the batch has already run\n"
                        + "@throws $T if aria2 answers the request as a whole with an error\n"
                        + "@throws $T if no usable reply comes back\n",
                        ClientNames.RPC_EXCEPTION, ClientNames.TRANSPORT_EXCEPTION)
                .addModifiers(Modifier.PUBLIC)
                .returns(ClientNames.BATCH_RESULT)
                .addStatement("return batch.execute()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("executeAsync")
                .addJavadoc("Sends the calls in one request without blocking. Cancelling the future abandons the\n"
                        + "request.\n\n"
                        + "@return a future of every entry with its outcome; it fails as {@link #execute()} throws\n"
                        + "@throws IllegalStateException if the batch has already run\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(
                        ClassName.get(CompletableFuture.class), ClientNames.BATCH_RESULT))
                .addStatement("return batch.executeAsync()")
                .build());
    }
}
