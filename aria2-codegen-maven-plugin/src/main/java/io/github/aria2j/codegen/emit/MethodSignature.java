package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.aria2j.codegen.model.MethodModel;
import io.github.aria2j.codegen.model.ParamModel;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * One overload of a client method, shared by the blocking and the non-blocking interface and their
 * implementations, so that all four always agree.
 *
 * @param method the method
 * @param descriptor the {@code Aria2Methods} constant the implementation calls
 * @param params the params of this overload: the method's leading params, the omitted ones trailing
 * @param syncReturn the blocking method's return type ({@code void} for a constant result)
 * @param boxedResult the future's type argument ({@code Void} for a constant result)
 * @param fullReference the Javadoc reference of the overload with every param, which carries the full
 *     documentation, e.g. {@code #addUri(List, AddOptions, int)}
 */
record MethodSignature(MethodModel method, MethodDescriptor descriptor, List<Param> params, TypeName syncReturn,
        TypeName boxedResult, String fullReference) {

    /**
     * Creates the record; copies the list so that the record stays immutable.
     *
     * @param method the method
     * @param descriptor the {@code Aria2Methods} constant the implementation calls
     * @param params the params of this overload
     * @param syncReturn the blocking method's return type
     * @param boxedResult the future's type argument
     * @param fullReference the Javadoc reference of the overload with every param
     */
    MethodSignature {
        params = List.copyOf(params);
    }

    /**
     * One Java parameter of an overload.
     *
     * @param model the param
     * @param type the Java type
     * @param nullable whether {@code null} may be passed: an optional param followed by a given one, where
     *     {@code null} leaves it out
     */
    record Param(ParamModel model, TypeName type, boolean nullable) {

        /**
         * The Java parameter, {@code @Nullable} where null may be passed.
         *
         * @return the parameter
         */
        ParameterSpec spec() {
            return ParameterSpec.builder(nullable ? ModelTypes.nullable(type) : type, model.javaName()).build();
        }
    }

    /**
     * Whether this overload takes every param of the method.
     *
     * @return true for the longest overload
     */
    boolean isFull() {
        return params.size() == method.params().size();
    }

    /**
     * The params this overload leaves out.
     *
     * @return the trailing optional params it does not take
     */
    List<ParamModel> omitted() {
        return method.params().subList(params.size(), method.params().size());
    }

    /**
     * This overload as a Javadoc reference, with the simple names of the erased parameter types (which the
     * generated file imports).
     *
     * @return e.g. {@code #addUri(List, AddOptions, int)}
     */
    String reference() {
        return reference(method.javaName(), params.stream().map(Param::type).toList());
    }

    /**
     * A method of the same class as a Javadoc reference, with the simple names of the erased parameter types.
     *
     * @param javaName the method's name
     * @param types the parameter types, in order
     * @return e.g. {@code #tellWaitingAll(int, Set)}
     */
    static String reference(String javaName, List<TypeName> types) {
        return "#" + javaName + "(" + String.join(", ", types.stream()
                .map(type -> erasure(type.withoutAnnotations())).toList()) + ")";
    }

    private static String erasure(TypeName type) {
        TypeName raw = type instanceof ParameterizedTypeName parameterized ? parameterized.rawType() : type;
        return raw instanceof ClassName name ? String.join(".", name.simpleNames()) : raw.toString();
    }

    /**
     * Whether this overload returns nothing (the method's result is a constant such as {@code OK}).
     *
     * @return true for a constant result
     */
    boolean returnsVoid() {
        return syncReturn.equals(TypeName.VOID);
    }

    /**
     * The return type of the non-blocking method.
     *
     * @return {@code CompletableFuture<boxedResult>}
     */
    TypeName asyncReturn() {
        return ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), boxedResult);
    }

    /**
     * The Java parameters, in order.
     *
     * @return the parameters
     */
    List<ParameterSpec> parameterSpecs() {
        return params.stream().map(Param::spec).toList();
    }

    /**
     * The descriptor this overload hands to the engine: the {@code Aria2Methods} constant, or for a call with
     * {@code keys} the factory that gives the projection reader those keys.
     *
     * @param context the generated packages
     * @return e.g. {@code Aria2Methods.ADD_URI} or {@code Aria2Methods.tellStatusProjection(keys)}
     */
    CodeBlock descriptorReference(EmitContext context) {
        if (descriptor.projectionOf().isEmpty()) {
            return CodeBlock.of("$T.$N", ClientNames.methods(context), descriptor.constantName());
        }
        String keys = params.stream().filter(param -> param.model().keysOf().isPresent()).findFirst()
                .orElseThrow().model().javaName();
        return CodeBlock.of("$T.$N($N)", ClientNames.methods(context), descriptor.factoryName(), keys);
    }

    /**
     * The Java parameter names, in order, as the arguments of the engine call.
     *
     * @return the names
     */
    List<String> argumentNames() {
        return params.stream().map(param -> param.model().javaName()).toList();
    }
}
