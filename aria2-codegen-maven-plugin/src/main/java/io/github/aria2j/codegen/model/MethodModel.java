package io.github.aria2j.codegen.model;

import java.util.List;
import java.util.Optional;

/**
 * An RPC method, with the Java names and types of its signature.
 *
 * @param wireName the JSON-RPC method name, e.g. {@code aria2.addUri}
 * @param javaName the Java method name, e.g. {@code addUri} ({@code listMethods} for {@code system.listMethods})
 * @param token where the RPC secret goes
 * @param params params in wire order, the secret excluded; required ones first
 * @param result what the method returns
 * @param errors error messages the method gives
 * @param buildCondition aria2 feature the method needs, if any
 * @param doc the Javadoc text
 * @param paging the params that select a page of the list result, if the method returns pages
 */
public record MethodModel(
        String wireName,
        String javaName,
        TokenPlacement token,
        List<ParamModel> params,
        ResultModel result,
        List<ErrorModel> errors,
        Optional<String> buildCondition,
        Javadoc doc,
        Optional<PagingModel> paging) {

    /**
     * Creates the record; copies the lists so that the record stays immutable.
     *
     * @param wireName the JSON-RPC method name, e.g. {@code aria2.addUri}
     * @param javaName the Java method name, e.g. {@code addUri} ({@code listMethods} for {@code system.listMethods})
     * @param token where the RPC secret goes
     * @param params params in wire order, the secret excluded; required ones first
     * @param result what the method returns
     * @param errors error messages the method gives
     * @param buildCondition aria2 feature the method needs, if any
     * @param doc the Javadoc text
     * @param paging the params that select a page of the list result, if the method returns pages
     */
    public MethodModel {
        params = List.copyOf(params);
        errors = List.copyOf(errors);
    }

    /**
     * How many leading params are required; overloads may drop the params after them, from the end.
     *
     * @return the number of required params
     */
    public int requiredParamCount() {
        return (int) params.stream().filter(ParamModel::required).count();
    }
}
