package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.TypeName;
import io.github.aria2j.codegen.model.FieldModel;
import io.github.aria2j.codegen.model.TypeRef;

/**
 * The Java type and the Javadoc text of a struct field, shared by records, projections and notification records,
 * so that a field reads the same wherever it appears.
 */
final class FieldDocs {

    private FieldDocs() {
    }

    /**
     * The Java type of a record component: primitive when always present, boxed and {@code @Nullable} when it
     * may be absent; collections are never null.
     */
    static TypeName componentType(FieldModel field, EmitContext context) {
        TypeName type = JavaTypes.of(field.type(), field.nullable(), context);
        return isNullable(field) ? ModelTypes.nullable(type) : type;
    }

    /**
     * Whether the Java value may be null: a conditional key, or any {@code json} value (JSON {@code null} is a
     * value there); collections never are.
     */
    static boolean isNullable(FieldModel field) {
        return field.nullable() || field.type() instanceof TypeRef.AnyJson;
    }

    /**
     * The description of a field for {@code @param} or {@code @return}: its text and, for a conditional key, when
     * aria2 sends it and what the Java value is otherwise.
     */
    static String describe(FieldModel field) {
        StringBuilder text = new StringBuilder(JavadocRenderer.inline(field.description()));
        field.when().ifPresent(when -> text.append(' ').append(JavadocRenderer.inline(when)));
        if (field.presence() == FieldModel.Presence.CONDITIONAL) {
            text.append(field.type().isCollection()
                    ? " Empty when the key is absent."
                    : " {@code null} when the key is absent.");
        }
        return text.toString();
    }
}
