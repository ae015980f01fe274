package io.github.aria2j.codegen.emit;

import io.github.aria2j.codegen.model.MethodModel;
import io.github.aria2j.codegen.model.Naming;
import io.github.aria2j.codegen.model.ParamModel;
import io.github.aria2j.codegen.model.TypeRef;
import java.util.List;
import java.util.Optional;

/**
 * One {@code RpcMethod} constant of {@code Aria2Methods}. Every method has one; a method with a
 * {@code keys} param has a second that reads the projection of the requested keys.
 *
 * @param method the method
 * @param constantName the constant's name, e.g. {@code ADD_URI} or {@code TELL_STATUS_PROJECTION}
 * @param projectionOf for the second constant of a method with a {@code keys} param: the struct whose
 *     requested keys the result holds
 */
record MethodDescriptor(MethodModel method, String constantName, Optional<TypeRef.StructRef> projectionOf) {

    /**
     * The descriptors of a method, the plain one first.
     *
     * @param method the method
     * @return one or two descriptors
     */
    static List<MethodDescriptor> of(MethodModel method) {
        MethodDescriptor plain = new MethodDescriptor(method, Naming.upperSnake(method.javaName()), Optional.empty());
        return keysOf(method)
                .map(struct -> List.of(plain, new MethodDescriptor(method, plain.constantName() + "_PROJECTION",
                        Optional.of(struct))))
                .orElse(List.of(plain));
    }

    /**
     * The descriptor a call with the given params uses: the projection one as soon as the {@code keys}
     * param is among them.
     *
     * @param method the method
     * @param params the params the call passes
     * @return the descriptor
     */
    static MethodDescriptor forCall(MethodModel method, List<ParamModel> params) {
        List<MethodDescriptor> all = of(method);
        boolean withKeys = params.stream().anyMatch(param -> param.keysOf().isPresent());
        return withKeys ? all.get(1) : all.get(0);
    }

    /**
     * The name of the factory of a projection descriptor, which gives the descriptor a reader that knows the
     * keys of one call.
     *
     * @return e.g. {@code tellStatusProjection}
     */
    String factoryName() {
        return method.javaName() + "Projection";
    }

    /**
     * The struct named by the method's {@code keys} param, if it has one.
     *
     * @param method the method
     * @return the struct
     */
    static Optional<TypeRef.StructRef> keysOf(MethodModel method) {
        return method.params().stream().flatMap(param -> param.keysOf().stream()).findFirst();
    }
}
