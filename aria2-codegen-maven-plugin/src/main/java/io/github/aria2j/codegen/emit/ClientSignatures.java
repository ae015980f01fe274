package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.TypeName;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.MethodModel;
import io.github.aria2j.codegen.model.ParamModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The one description of every client method's overloads, from which both client interfaces and both
 * implementations are generated: one overload per number of trailing optional params given, from none to
 * all. The last param of an overload is non-null (primitive for scalars); an optional param before it may
 * be {@code null}, which leaves it out. An overload that passes the {@code keys} param returns the
 * projection of the requested keys. The overload with every param carries the full documentation; the
 * others refer to it.
 */
final class ClientSignatures {

    private ClientSignatures() {
    }

    /**
     * The overloads of every method, in schema order, fewest params first.
     *
     * @param model the model
     * @param context names of generated classes
     * @return the overloads
     */
    static List<MethodSignature> of(ApiModel model, EmitContext context) {
        List<MethodSignature> signatures = new ArrayList<>();
        for (MethodModel method : model.methods()) {
            String fullReference = overload(method, method.params().size(), "", context).reference();
            for (int count = method.requiredParamCount(); count <= method.params().size(); count++) {
                signatures.add(overload(method, count, fullReference, context));
            }
        }
        return signatures;
    }

    private static MethodSignature overload(MethodModel method, int count, String fullReference,
            EmitContext context) {
        List<ParamModel> given = method.params().subList(0, count);
        List<MethodSignature.Param> params = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ParamModel param = given.get(i);
            boolean nullable = !param.required() && i < count - 1;
            params.add(new MethodSignature.Param(param, MethodTypes.param(param, nullable, context), nullable));
        }
        MethodDescriptor descriptor = MethodDescriptor.forCall(method, given);
        TypeName syncReturn = MethodTypes.syncResult(method.result(), descriptor.projectionOf(), context);
        TypeName boxedResult = MethodTypes.boxedResult(method.result(), descriptor.projectionOf(), context);
        return new MethodSignature(method, descriptor, params, syncReturn, boxedResult, fullReference);
    }
}
