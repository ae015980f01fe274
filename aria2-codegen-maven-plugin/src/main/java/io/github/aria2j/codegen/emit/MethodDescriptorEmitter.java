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
import io.github.aria2j.codegen.model.TypeRef;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code Aria2Methods}: one {@code public static final RpcMethod<T>} constant per method (plus one
 * reading the projection for methods with a {@code keys} param), holding the wire name, where the secret
 * goes, a writer per param and the result's reader. The client implementations hand these to the engine.
 */
public final class MethodDescriptorEmitter implements SourceEmitter {

    /** Creates the emitter; it holds no state. */
    public MethodDescriptorEmitter() {
    }

    @Override
    public List<JavaFile> emit(ApiModel model, EmitContext context) {
        MethodWireCodes codes = new MethodWireCodes(context);
        TypeSpec.Builder type = TypeSpec.classBuilder(ClientNames.methods(context))
                .addJavadoc("The aria2 RPC methods as data: the wire name, where the secret goes, how to write\n"
                        + "each parameter and how to read the result.\n\n"
                        + "<p>{@link $T} and {@link $T} hand these to an {@link $T};\n"
                        + "call the engine with them directly to use a method in a way the clients do not offer.\n",
                        ClientNames.syncImpl(context), ClientNames.asyncImpl(context), ClientNames.RPC_ENGINE)
                .addAnnotation(context.generatedAnnotation())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL);
        for (MethodModel method : model.methods()) {
            for (MethodDescriptor descriptor : MethodDescriptor.of(method)) {
                type.addField(constant(descriptor, codes, context));
                if (descriptor.projectionOf().isPresent()) {
                    type.addMethod(projectionFactory(descriptor, codes, context));
                }
            }
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addJavadoc("Not instantiable: a holder of constants.\n")
                .addModifiers(Modifier.PRIVATE)
                .build());
        codes.helper().ifPresent(type::addMethod);
        return List.of(context.file(context.clientPackage(), type.build()));
    }

    private static FieldSpec constant(MethodDescriptor descriptor, MethodWireCodes codes, EmitContext context) {
        MethodModel method = descriptor.method();
        TypeName resultType = MethodTypes.boxedResult(method.result(), descriptor.projectionOf(), context);
        CodeBlock.Builder initializer = CodeBlock.builder()
                .add("$T.of(\n$>$>$S,\n$T.$N,\n$L", ClientNames.RPC_METHOD, method.wireName(),
                        ClientNames.TOKEN_PLACEMENT, method.token().name(),
                        codes.reader(method.result(), descriptor.projectionOf()));
        for (int i = 0; i < method.params().size(); i++) {
            initializer.add(",\n$L", codes.param(method, i));
        }
        initializer.add(")$<$<");
        return FieldSpec.builder(ParameterizedTypeName.get(ClientNames.RPC_METHOD, resultType),
                        descriptor.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(javadoc(descriptor, context))
                .initializer(initializer.build())
                .build();
    }

    /**
     * {@code tellStatusProjection(keys)}: the projection constant with a reader that knows the requested keys, so
     * that the projection's {@code requestedKeys()} are the keys asked for, not merely those aria2 sent.
     */
    private static MethodSpec projectionFactory(MethodDescriptor descriptor, MethodWireCodes codes,
            EmitContext context) {
        MethodModel method = descriptor.method();
        TypeRef.StructRef struct = descriptor.projectionOf().orElseThrow();
        TypeName resultType = MethodTypes.boxedResult(method.result(), descriptor.projectionOf(), context);
        TypeName keysType = ParameterizedTypeName.get(ClassName.get(Set.class), ModelTypes.keyEnum(context,
                struct.name()));
        return MethodSpec.methodBuilder(descriptor.factoryName())
                .addJavadoc("Descriptor of {@code $L} for a call that asks for {@code keys}: its reader checks that\n"
                        + "the always-present keys among them arrived and reports them as the requested keys.\n\n"
                        + "@param keys the keys the call asks for; {@code null} or empty means all keys, as for aria2\n"
                        + "@return {@link #$N} with a reader for these keys\n", method.wireName(),
                        descriptor.constantName())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClientNames.RPC_METHOD, resultType))
                .addParameter(ModelTypes.nullable(keysType), "keys")
                .addStatement("$T requested = keys == null ? $T.of() : keys", keysType, Set.class)
                .addStatement("return $N.withResult($L)", descriptor.constantName(),
                        codes.readerForKeys(method.result(), struct, "requested"))
                .build();
    }

    private static CodeBlock javadoc(MethodDescriptor descriptor, EmitContext context) {
        MethodModel method = descriptor.method();
        CodeBlock.Builder doc = CodeBlock.builder().add("Descriptor of {@code $L}", method.wireName());
        if (descriptor.projectionOf().isPresent()) {
            doc.add(" with {@code keys}:\nthe result holds the requested keys only, as {@link $T}",
                    ModelTypes.projection(context, descriptor.projectionOf().get().name()));
        }
        doc.add(".\n$L\n", JavadocRenderer.inline(method.doc().summary()));
        doc.add("\n@see $T#$N\n", ClientNames.syncClient(context), method.javaName());
        return doc.build();
    }
}
