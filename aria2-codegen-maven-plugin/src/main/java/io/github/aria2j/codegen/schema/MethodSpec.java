package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.util.List;
import java.util.Optional;

/**
 * An element of {@code methods}: one RPC method.
 *
 * @param path where the element is
 * @param name wire name, e.g. {@code aria2.addUri}
 * @param summary one sentence
 * @param description longer text, if any
 * @param manualAnchor anchor in the manual page
 * @param buildCondition aria2 feature the method needs, if any
 * @param token how the secret is passed: {@code required}, {@code optional} or {@code perEntry}
 * @param params params in wire order, the secret excluded
 * @param result what the method returns
 * @param errors error messages the method gives
 * @param notes behaviour worth knowing (empty when absent)
 * @param paging the params that select a page of the result, if the method returns pages
 */
public record MethodSpec(
        SchemaPath path,
        String name,
        String summary,
        Optional<String> description,
        String manualAnchor,
        Optional<String> buildCondition,
        String token,
        List<ParamSpec> params,
        ResultSpec result,
        List<ErrorSpec> errors,
        List<String> notes,
        Optional<PagingSpec> paging) implements NamedSpec {

    /**
     * Creates the record; copies the lists so that the record stays immutable.
     *
     * @param path where the element is
     * @param name wire name, e.g. {@code aria2.addUri}
     * @param summary one sentence
     * @param description longer text, if any
     * @param manualAnchor anchor in the manual page
     * @param buildCondition aria2 feature the method needs, if any
     * @param token how the secret is passed: {@code required}, {@code optional} or {@code perEntry}
     * @param params params in wire order, the secret excluded
     * @param result what the method returns
     * @param errors error messages the method gives
     * @param notes behaviour worth knowing (empty when absent)
     * @param paging the params that select a page of the result, if the method returns pages
     */
    public MethodSpec {
        params = List.copyOf(params);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }
}
