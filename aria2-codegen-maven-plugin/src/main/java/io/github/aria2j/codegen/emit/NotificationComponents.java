package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.TypeName;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.FieldModel;
import io.github.aria2j.codegen.model.NotificationModel;
import io.github.aria2j.codegen.model.ParamModel;
import io.github.aria2j.codegen.model.StructModel;
import io.github.aria2j.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The record components of a notification: the fields of its payload struct when its only param is a required
 * struct (flattened), otherwise one component per param.
 */
final class NotificationComponents {

    /**
     * One record component.
     *
     * @param name the component's name
     * @param type its Java type (annotated {@code @Nullable} where it may be null)
     * @param doc its Javadoc text
     * @param requireNonNull whether the constructor checks it
     */
    record Component(String name, TypeName type, String doc, boolean requireNonNull) {
    }

    private NotificationComponents() {
    }

    /** The struct a notification is flattened from, if its only param is a required struct. */
    static Optional<StructModel> payload(NotificationModel notification, ApiModel model) {
        if (notification.params().size() == 1 && notification.params().get(0).required()
                && notification.params().get(0).type() instanceof TypeRef.StructRef struct) {
            return model.struct(struct.name());
        }
        return Optional.empty();
    }

    static List<Component> of(NotificationModel notification, ApiModel model, EmitContext context) {
        List<Component> components = new ArrayList<>();
        Optional<StructModel> payload = payload(notification, model);
        if (payload.isPresent()) {
            for (FieldModel field : payload.get().fields()) {
                boolean reference = !(field.type() instanceof TypeRef.Scalar scalar)
                        || scalar == TypeRef.Scalar.STRING;
                components.add(new Component(field.javaName(), FieldDocs.componentType(field, context),
                        FieldDocs.describe(field), reference && !FieldDocs.isNullable(field)
                                && !field.type().isCollection()));
            }
        } else {
            for (ParamModel param : notification.params()) {
                TypeName type = JavaTypes.of(param.type(), param.nullable(), context);
                boolean nullable = param.nullable() || param.type() instanceof TypeRef.AnyJson;
                components.add(new Component(param.javaName(), nullable ? ModelTypes.nullable(type) : type,
                        JavadocRenderer.inline(param.description()), !nullable && !type.isPrimitive()));
            }
        }
        return components;
    }

    /** The components every notification has, with the same type, in the order of the first notification. */
    static List<Component> common(ApiModel model, EmitContext context) {
        List<Component> common = new ArrayList<>(of(model.notifications().get(0), model, context));
        for (NotificationModel notification : model.notifications()) {
            List<Component> components = of(notification, model, context);
            common.removeIf(candidate -> components.stream().noneMatch(component ->
                    component.name().equals(candidate.name()) && component.type().equals(candidate.type())));
        }
        return common;
    }
}
