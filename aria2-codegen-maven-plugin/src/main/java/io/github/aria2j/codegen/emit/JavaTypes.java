package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.aria2j.codegen.model.TypeRef;
import java.util.List;
import java.util.Map;

/** Maps the model's types to JavaPoet types. */
public final class JavaTypes {

    private JavaTypes() {
    }

    /**
     * The Java type of a value: primitives where the value is always there, boxed types otherwise.
     *
     * @param type the model type
     * @param nullable whether the value may be absent (then scalars are boxed)
     * @param context names of generated classes
     * @return the Java type
     */
    public static TypeName of(TypeRef type, boolean nullable, EmitContext context) {
        if (type instanceof TypeRef.Scalar scalar) {
            return nullable ? TypeName.get(scalar.boxed()) : TypeName.get(scalar.primitive());
        } else if (type instanceof TypeRef.ListOf list) {
            return ParameterizedTypeName.get(ClassName.get(List.class), boxed(list.element(), context));
        } else if (type instanceof TypeRef.MapOf map) {
            return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                    boxed(map.value(), context));
        } else if (type instanceof TypeRef.StructRef struct) {
            return context.structType(struct.name());
        } else if (type instanceof TypeRef.EnumRef enumRef) {
            return context.enumType(enumRef.name());
        } else if (type instanceof TypeRef.OptionsOf options) {
            return context.optionsType(options.set());
        }
        return ClassName.OBJECT; // TypeRef.AnyJson: any JSON value, as the runtime's JsonIn.readAny() returns it
    }

    /**
     * The Java type of a value used as a type argument (always boxed).
     *
     * @param type the model type
     * @param context names of generated classes
     * @return the boxed Java type
     */
    public static TypeName boxed(TypeRef type, EmitContext context) {
        return of(type, true, context);
    }
}
