package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
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
 * struct (flattened), otherwise one component per param; then {@code boolean recovered}, which every record has
 * and {@code Aria2Notification} declares.
 */
final class NotificationComponents {

    /** The last component of every record: whether the events reconstructed the notification. */
    static final String RECOVERED = "recovered";

    /** The Javadoc text of {@link #RECOVERED}. */
    static final String RECOVERED_DOC = "true when the event was reconstructed after a reconnect from the"
            + "\n    downloads' states, rather than sent by aria2";

    /** The component aria2's notifications are about, the only one of each notification of the real schema. */
    static final String GID = "gid";

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

    /** The components of a notification as aria2 sends it: all but {@code recovered}. */
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

    /**
     * Whether a notification holds nothing but the GID of a download, so that the events can make one from a
     * download's state after a reconnect ({@code NotificationDispatcher.of}).
     */
    static boolean onlyGid(NotificationModel notification, ApiModel model, EmitContext context) {
        List<Component> components = of(notification, model, context);
        return components.size() == 1 && components.get(0).name().equals(GID)
                && components.get(0).type().equals(ClassName.get(String.class));
    }

    /**
     * The components every notification has, with the same type, in the order of the first notification;
     * {@code recovered} is not among them.
     */
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
