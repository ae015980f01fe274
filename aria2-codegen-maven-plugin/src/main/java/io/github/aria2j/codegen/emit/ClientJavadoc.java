package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import io.github.aria2j.codegen.model.ErrorModel;
import io.github.aria2j.codegen.model.Javadoc;
import io.github.aria2j.codegen.model.MethodModel;
import java.util.List;

/**
 * The Javadoc of a client method, the same in both interfaces except for how the result and the failures
 * arrive: the method's documentation and the errors aria2 gives (on the overload with every param; the
 * shorter overloads give the summary and link to it), {@code @param} per param (saying where {@code null}
 * leaves it out), {@code @return}, {@code @throws} (blocking client) and a link to the manual.
 */
final class ClientJavadoc {

    private static final String ADAPTED = "<p>Adapted from the aria2 manual.\n";
    /** When an {@code Aria2RpcException} is thrown. */
    static final String RPC_FAILURE = "if aria2 answers with an error";
    /** When an {@code Aria2TransportException} is thrown. */
    static final String TRANSPORT_FAILURE =
            "if no usable answer comes back (aria2 unreachable, timeout, malformed reply)";

    private ClientJavadoc() {
    }

    /**
     * The Javadoc of a blocking method.
     *
     * @param signature the overload
     * @return the Javadoc
     */
    static CodeBlock sync(MethodSignature signature) {
        CodeBlock.Builder doc = description(signature);
        if (!signature.returnsVoid()) {
            doc.add("@return $L\n", result(signature));
        }
        doc.add("@throws $T $L\n", ClientNames.RPC_EXCEPTION, RPC_FAILURE);
        doc.add("@throws $T $L\n", ClientNames.TRANSPORT_EXCEPTION, TRANSPORT_FAILURE);
        return see(doc, signature.method()).build();
    }

    /**
     * The Javadoc of a non-blocking method.
     *
     * @param signature the overload
     * @return the Javadoc
     */
    static CodeBlock async(MethodSignature signature) {
        CodeBlock.Builder doc = description(signature);
        String value = signature.returnsVoid()
                ? "a future that completes with {@code null} once aria2 has answered {@code "
                        + JavadocRenderer.escape(signature.method().result().constValue().orElseThrow()) + "}."
                : "a future of the result: " + result(signature);
        doc.add("@return $L\n    It fails with {@link $T} $L,\n    with {@link $T} $L.\n", value,
                ClientNames.RPC_EXCEPTION, RPC_FAILURE, ClientNames.TRANSPORT_EXCEPTION, TRANSPORT_FAILURE);
        return see(doc, signature.method()).build();
    }

    /** The text before the block tags, then the {@code @param} tags. */
    private static CodeBlock.Builder description(MethodSignature signature) {
        CodeBlock.Builder doc = signature.isFull() ? fullText(signature.method()) : shortText(signature);
        return doc.add("\n").add(paramTags(signature.params()));
    }

    /**
     * The {@code @param} tags of some params, saying where {@code null} leaves a param out; shared with the
     * typed batch and the paged variants, so that a param reads the same everywhere.
     *
     * @param params the params
     * @return one tag per param, in order
     */
    static CodeBlock paramTags(List<MethodSignature.Param> params) {
        CodeBlock.Builder tags = CodeBlock.builder();
        for (MethodSignature.Param param : params) {
            String description = param.model().description().isBlank()
                    ? "the " + param.model().wireName() + " param."
                    : JavadocRenderer.inline(param.model().description());
            tags.add("@param $L $L$L\n", param.model().javaName(), description,
                    param.nullable() ? " May be {@code null} to leave it out." : "");
        }
        return tags.build();
    }

    /** The method's whole documentation and the errors aria2 gives, for the overload with every param. */
    private static CodeBlock.Builder fullText(MethodModel method) {
        CodeBlock.Builder doc = CodeBlock.builder().add("$L", JavadocRenderer.render(method.doc()));
        if (!method.errors().isEmpty()) {
            doc.add("\n<p>Errors aria2 gives for this method, as {@link $T}:\n<ul>\n", ClientNames.RPC_EXCEPTION);
            for (ErrorModel error : method.errors()) {
                doc.add("  <li><code>$L</code>: $L</li>\n", JavadocRenderer.escape(error.message()),
                        JavadocRenderer.inline(error.meaning()));
            }
            doc.add("</ul>\n");
        }
        if (!method.doc().body().isEmpty()) {
            doc.add("\n$L", ADAPTED); // the descriptions of methods are the manual's text
        }
        return doc;
    }

    /** The summary and facts, what the overload leaves out, and a link to the full documentation. */
    private static CodeBlock.Builder shortText(MethodSignature signature) {
        Javadoc doc = signature.method().doc();
        CodeBlock.Builder text = CodeBlock.builder().add("$L", JavadocRenderer.render(
                new Javadoc(doc.summary(), List.of(), List.of(), doc.facts(), doc.manualLink())));
        List<String> omitted = signature.omitted().stream().map(param -> "{@code " + param.javaName() + "}").toList();
        String names = omitted.size() == 1 ? omitted.get(0)
                : String.join(", ", omitted.subList(0, omitted.size() - 1)) + " and " + omitted.get(omitted.size() - 1);
        return text.add("\n<p>Calls aria2 without $L;\n{@link $L} describes the method in full.\n", names,
                signature.fullReference());
    }

    /**
     * What the result of an overload is, as a Javadoc sentence.
     *
     * @param signature the overload
     * @return the result's description; for a projection, that only the requested keys are read
     */
    static String result(MethodSignature signature) {
        String description = signature.method().result().description();
        String text = description.isBlank() ? "the result." : JavadocRenderer.inline(description);
        return signature.descriptor().projectionOf().isPresent() ? text + " Only the requested keys are read." : text;
    }

    private static CodeBlock.Builder see(CodeBlock.Builder doc, MethodModel method) {
        JavadocRenderer.manualSee(method.doc(), method.wireName()).ifPresent(see -> doc.add("$L", see));
        return doc;
    }
}
