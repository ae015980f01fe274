package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.aria2j.codegen.model.ParamModel;
import io.github.aria2j.codegen.model.ResultModel;
import io.github.aria2j.codegen.model.TypeRef;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The Java types of method params and results, shared by {@code Aria2Methods} and the client interfaces
 * so that descriptors and signatures always agree.
 */
final class MethodTypes {

    private MethodTypes() {
    }

    /**
     * The Java type of a param: {@code Set<XKey>} for a {@code keys} param, else by {@link JavaTypes}.
     *
     * @param param the param
     * @param nullable whether the value may be null (then scalars are boxed)
     * @param context names of generated classes
     * @return the Java type
     */
    static TypeName param(ParamModel param, boolean nullable, EmitContext context) {
        if (param.keysOf().isPresent()) {
            return keySet(param.keysOf().get(), context);
        }
        return JavaTypes.of(param.type(), nullable, context);
    }

    /**
     * The Java type of a {@code keys} param.
     *
     * @param struct the struct whose keys may be requested
     * @param context names of generated classes
     * @return e.g. {@code Set<DownloadStatusKey>}
     */
    static TypeName keySet(TypeRef.StructRef struct, EmitContext context) {
        return ParameterizedTypeName.get(ClassName.get(Set.class), ModelTypes.keyEnum(context, struct.name()));
    }

    /**
     * The type argument of a method's {@code RpcMethod}: the boxed result, {@code Void} for a constant
     * result such as {@code OK}.
     *
     * @param result the result
     * @param projectionOf the struct replaced by its projection, if any
     * @param context names of generated classes
     * @return the boxed Java type
     */
    static TypeName boxedResult(ResultModel result, Optional<TypeRef.StructRef> projectionOf, EmitContext context) {
        if (result.constValue().isPresent()) {
            return ClassName.get(Void.class);
        }
        return of(result.type(), true, projectionOf, context);
    }

    /**
     * The return type of a blocking method: {@code void} for a constant result, primitive scalars.
     *
     * @param result the result
     * @param projectionOf the struct replaced by its projection, if any
     * @param context names of generated classes
     * @return the Java type
     */
    static TypeName syncResult(ResultModel result, Optional<TypeRef.StructRef> projectionOf, EmitContext context) {
        if (result.constValue().isPresent()) {
            return TypeName.VOID;
        }
        return of(result.type(), false, projectionOf, context);
    }

    private static TypeName of(TypeRef type, boolean nullable, Optional<TypeRef.StructRef> projectionOf,
            EmitContext context) {
        if (projectionOf.isPresent() && type.equals(projectionOf.get())) {
            return ModelTypes.projection(context, projectionOf.get().name());
        } else if (projectionOf.isPresent() && type instanceof TypeRef.ListOf list) {
            TypeName element = of(list.element(), true, projectionOf, context);
            return ParameterizedTypeName.get(ClassName.get(List.class), element);
        }
        return JavaTypes.of(type, nullable, context);
    }
}
