package io.github.aria2j.codegen.model;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import io.github.aria2j.codegen.schema.MethodSpec;
import io.github.aria2j.codegen.schema.PagingSpec;
import io.github.aria2j.codegen.schema.ParamSpec;
import java.util.List;
import java.util.Optional;

/**
 * Resolves and checks the {@code paging} of a method: both names are required {@code int} params of the
 * method, two different ones, and the method returns a list. The paged variants take an {@code int pageSize}
 * first and name their lambda's parameters after the offset and limit params, so no param of a paged method
 * may have the Java name {@value #PAGE_SIZE}.
 */
final class PagingResolver {

    /** The Java name of the first parameter of every paged variant. */
    static final String PAGE_SIZE = "pageSize";

    private final ResolveContext context;

    PagingResolver(ResolveContext context) {
        this.context = context;
    }

    /**
     * The paging of a method, or empty when it has none or it is wrong (then reported).
     *
     * @param spec the method as read
     * @param params its resolved params, in the order of {@code spec.params()}
     * @param result its resolved result
     */
    Optional<PagingModel> resolve(MethodSpec spec, List<ParamModel> params, ResultModel result) {
        if (spec.paging().isEmpty()) {
            return Optional.empty();
        }
        PagingSpec paging = spec.paging().get();
        Optional<ParamModel> offset = param(spec, params, paging.offset(), paging.path().field("offset"), "offset");
        Optional<ParamModel> limit = param(spec, params, paging.limit(), paging.path().field("limit"), "limit");
        boolean distinct = !paging.offset().equals(paging.limit());
        context.problems().check(distinct, paging.path().field("limit"), "paging offset and limit both name '"
                + paging.limit() + "'; they must name two different params");
        boolean listResult = result.type() instanceof TypeRef.ListOf;
        context.problems().check(listResult, paging.path(), "paging needs a list result, but method '" + spec.name()
                + "' returns '" + result.type().expression() + "'");
        boolean namesFree = checkPageSizeIsFree(spec, params);
        if (offset.isEmpty() || limit.isEmpty() || !distinct || !listResult || !namesFree) {
            return Optional.empty();
        }
        return Optional.of(new PagingModel(offset.get(), limit.get()));
    }

    /** The param named {@code name}, if it is a required int param of the method; reported otherwise. */
    private Optional<ParamModel> param(MethodSpec spec, List<ParamModel> params, String name, SchemaPath path,
            String role) {
        Optional<ParamModel> found = params.stream().filter(param -> param.wireName().equals(name)).findFirst();
        if (found.isEmpty()) {
            context.problems().add(path, "paging " + role + " '" + name + "' is not a param of method '"
                    + spec.name() + "'; its params: " + String.join(", ", params.stream()
                            .map(ParamModel::wireName).toList()));
            return Optional.empty();
        }
        ParamModel param = found.get();
        if (!param.required() || param.type() != TypeRef.Scalar.INT) {
            context.problems().add(path, "paging " + role + " '" + name + "' must be a required int param, as"
                    + " every page request gives it; it is " + (param.required() ? "required" : "optional")
                    + " and of type '" + param.type().expression() + "'");
            return Optional.empty();
        }
        return found;
    }

    /** Reports every param of the paged method {@code spec} whose Java name is {@value #PAGE_SIZE}. */
    private boolean checkPageSizeIsFree(MethodSpec spec, List<ParamModel> params) {
        boolean free = true;
        for (int i = 0; i < params.size() && i < spec.params().size(); i++) {
            if (params.get(i).javaName().equals(PAGE_SIZE)) {
                ParamSpec param = spec.params().get(i);
                context.problems().add(param.path().field(param.javaName().isPresent() ? "javaName" : "name"),
                        "param '" + param.name() + "' of method '" + spec.name() + "' has the Java name '" + PAGE_SIZE
                                + "', which the method's paged variants (it has paging) take first; give the param"
                                + " another javaName");
                free = false;
            }
        }
        return free;
    }
}
