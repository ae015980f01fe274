package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.aria2j.codegen.model.MethodModel;
import io.github.aria2j.codegen.model.PagingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * The paged variants of a method with {@code paging}, as default methods of the client interfaces. For each
 * overload of the method there are two: {@code <javaName>All(int pageSize, ...)} and {@code <javaName>All(...)}
 * (pages of {@code Paging.DEFAULT_PAGE_SIZE}), taking the overload's params without the offset and the limit.
 * The blocking client's return a lazy {@code Stream}, the non-blocking client's a future of the whole list.
 * Their bodies are one line: the runtime's {@code Paging} walks the pages, calling the interface's own method,
 * so that every implementation of the interface has them.
 */
final class PagedVariants {

    private static final String PAGE_SIZE = "pageSize";
    private static final String SUFFIX = "All";

    private PagedVariants() {
    }

    /**
     * The paged variants of a method, two per overload (the one without {@code pageSize} first), fewest params
     * first; none when the method has no {@code paging}.
     *
     * @param overloads the overloads of one method, fewest params first
     * @param async whether they go into the non-blocking interface
     * @return the default methods
     */
    static List<MethodSpec> of(List<MethodSignature> overloads, boolean async) {
        List<MethodSpec> variants = new ArrayList<>();
        for (MethodSignature overload : overloads) {
            overload.method().paging().ifPresent(paging -> variants.addAll(of(overload, paging, async)));
        }
        return variants;
    }

    private static List<MethodSpec> of(MethodSignature overload, PagingModel paging, boolean async) {
        List<MethodSignature.Param> kept = overload.params().stream()
                .filter(param -> !paging.selects(param.model()))
                .toList();
        TypeName returns = async ? overload.asyncReturn()
                : ParameterizedTypeName.get(ClassName.get(Stream.class), element(overload));
        return List.of(withDefaultPageSize(overload, kept, returns, async),
                withPageSize(overload, paging, kept, returns, async));
    }

    private static MethodSpec withPageSize(MethodSignature overload, PagingModel paging,
            List<MethodSignature.Param> kept, TypeName returns, boolean async) {
        MethodModel method = overload.method();
        CodeBlock.Builder call = CodeBlock.builder().add("$T.$N($N, ($N, $N) -> $N(", ClientNames.PAGING,
                async ? "collectAsync" : "stream", PAGE_SIZE, paging.offset().javaName(),
                paging.limit().javaName(), method.javaName());
        call.add("$L))", String.join(", ", overload.argumentNames()));
        return MethodSpec.methodBuilder(method.javaName() + SUFFIX)
                .addJavadoc(fullJavadoc(overload, paging, kept, async))
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(returns)
                .addParameter(ParameterSpec.builder(TypeName.INT, PAGE_SIZE).build())
                .addParameters(kept.stream().map(MethodSignature.Param::spec).toList())
                .addStatement("return $L", call.build())
                .build();
    }

    private static MethodSpec withDefaultPageSize(MethodSignature overload, List<MethodSignature.Param> kept,
            TypeName returns, boolean async) {
        String name = overload.method().javaName() + SUFFIX;
        CodeBlock.Builder arguments = CodeBlock.builder().add("$T.DEFAULT_PAGE_SIZE", ClientNames.PAGING);
        kept.forEach(param -> arguments.add(", $N", param.model().javaName()));
        CodeBlock doc = CodeBlock.builder()
                .add("$L every item of the list that {@link $L} returns page by page, in pages of\n"
                        + "{@value $T#DEFAULT_PAGE_SIZE} items; {@link $L} describes it in full.\n\n",
                        async ? "Fetches" : "Streams", overload.reference(), ClientNames.PAGING,
                        pageSizeReference(name, kept))
                .add(ClientJavadoc.paramTags(kept))
                .add("@return $L\n", returnText(async))
                .build();
        return MethodSpec.methodBuilder(name)
                .addJavadoc(doc)
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .returns(returns)
                .addParameters(kept.stream().map(MethodSignature.Param::spec).toList())
                .addStatement("return $N($L)", name, arguments.build())
                .build();
    }

    private static CodeBlock fullJavadoc(MethodSignature overload, PagingModel paging,
            List<MethodSignature.Param> kept, boolean async) {
        String offset = paging.offset().javaName();
        String limit = paging.limit().javaName();
        CodeBlock.Builder doc = CodeBlock.builder()
                .add(async
                        ? "Fetches every item of the list that {@link $L} returns page by page, one page after\n"
                                + "the other, and collects them.\n\n"
                        : "Streams every item of the list that {@link $L} returns page by page, fetching the\n"
                                + "pages while the stream is consumed.\n\n", overload.reference())
                .add("<p>It calls {@code $N} with {@code $N} = 0, {@code pageSize}, {@code 2 * pageSize}, ... and\n"
                        + "{@code $N} = {@code pageSize}, until a page comes back shorter than {@code pageSize}\n"
                        + "(after a full last page, one more request finds the end).\n",
                        overload.method().javaName(), offset, limit)
                .add(async ? CodeBlock.of("") : CodeBlock.of("Nothing is fetched before the stream's terminal"
                        + " operation, which throws the\n{@link $T} or {@link $T} of a failing page.\n",
                        ClientNames.RPC_EXCEPTION, ClientNames.TRANSPORT_EXCEPTION))
                .add("\n<p>This is a snapshot page by page, not an atomic one: aria2 answers each page from the\n"
                        + "list as it is at that moment. A download removed between two pages shifts the later\n"
                        + "pages, so that one download is skipped; one added meanwhile can appear, or push one\n"
                        + "already returned into the next page, which returns it again.\n\n")
                .add("@param $N how many items to request per call, at least 1\n", PAGE_SIZE)
                .add(ClientJavadoc.paramTags(kept))
                .add("@return $L\n", returnText(async));
        if (async) {
            doc.add("    It fails with {@link $T} $L,\n    with {@link $T} $L;\n"
                    + "    no page is requested after a failing one. Cancelling it stops the walk.\n",
                    ClientNames.RPC_EXCEPTION, ClientJavadoc.RPC_FAILURE, ClientNames.TRANSPORT_EXCEPTION,
                    ClientJavadoc.TRANSPORT_FAILURE);
        }
        return doc.add("@throws IllegalArgumentException if {@code $N} is less than 1\n", PAGE_SIZE).build();
    }

    private static String returnText(boolean async) {
        return async ? "a future of every item, in order, as an unmodifiable list."
                : "the items of every page, in order, as a sequential stream that fetches lazily.";
    }

    /** The Javadoc reference of the variant with {@code pageSize} that a variant without it delegates to. */
    private static String pageSizeReference(String name, List<MethodSignature.Param> kept) {
        List<TypeName> types = new ArrayList<>();
        types.add(TypeName.INT);
        kept.forEach(param -> types.add(param.type()));
        return MethodSignature.reference(name, types);
    }

    /** The type of the items of a paged method's list result. */
    private static TypeName element(MethodSignature overload) {
        if (overload.boxedResult() instanceof ParameterizedTypeName list && list.typeArguments().size() == 1) {
            return list.typeArguments().get(0);
        }
        // The model only accepts paging on a method with a list result.
        throw new IllegalArgumentException(overload.method().wireName() + " has paging but no list result");
    }
}
