package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.MethodModel;
import io.github.aria2j.codegen.model.NotificationModel;
import io.github.aria2j.codegen.model.ParamModel;
import io.github.aria2j.codegen.model.StructModel;
import io.github.aria2j.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * Names of the model-side generated types that {@link EmitContext} does not name: enum codecs, the key enum and
 * projection of a {@code keysOf} struct and its codec, and the notification types. Other emitters (method
 * descriptors, client interfaces) refer to these types through this class, so that a name is decided once.
 */
public final class ModelTypes {

    /** JSpecify's type-use annotation for values that may be null. */
    public static final ClassName NULLABLE = ClassName.get("org.jspecify.annotations", "Nullable");

    private ModelTypes() {
    }

    /**
     * A type annotated {@code @Nullable}.
     *
     * @param type the type
     * @return {@code @Nullable type}
     */
    public static TypeName nullable(TypeName type) {
        return type.annotated(AnnotationSpec.builder(NULLABLE).build());
    }

    /**
     * The codec of a model enum ({@code DownloadStateCodec}), with {@code READER} and {@code WRITER}.
     *
     * @param context names of generated classes
     * @param enumName the enum's schema name
     * @return the codec's class name
     */
    public static ClassName enumCodec(EmitContext context, String enumName) {
        return context.codecOf(context.enumType(enumName));
    }

    /**
     * The enum of the keys of a struct that a {@code keysOf} param names ({@code DownloadStatusKey}).
     *
     * @param context names of generated classes
     * @param structName the struct's schema name
     * @return the key enum's class name
     */
    public static ClassName keyEnum(EmitContext context, String structName) {
        return ClassName.get(context.modelPackage(), context.structType(structName).simpleName() + "Key");
    }

    /**
     * The class holding the requested keys of a struct ({@code DownloadStatusProjection}).
     *
     * @param context names of generated classes
     * @param structName the struct's schema name
     * @return the projection's class name
     */
    public static ClassName projection(EmitContext context, String structName) {
        return ClassName.get(context.modelPackage(), context.structType(structName).simpleName() + "Projection");
    }

    /**
     * The codec of a projection ({@code DownloadStatusProjectionCodec}): {@code READER}, {@code reader(keys)} and
     * {@code KEYS_WRITER}, which writes a {@code Set} of keys as aria2's {@code keys} param.
     *
     * @param context names of generated classes
     * @param structName the struct's schema name
     * @return the projection codec's class name
     */
    public static ClassName projectionCodec(EmitContext context, String structName) {
        return context.codecOf(projection(context, structName));
    }

    /**
     * The structs that some method param names in {@code keysOf}, in schema order of the structs.
     *
     * @param model the model
     * @return the structs that get a key enum and a projection
     */
    public static List<StructModel> keyedStructs(ApiModel model) {
        List<String> names = new ArrayList<>();
        for (MethodModel method : model.methods()) {
            for (ParamModel param : method.params()) {
                param.keysOf().map(TypeRef.StructRef::name).filter(name -> !names.contains(name)).ifPresent(names::add);
            }
        }
        return model.structs().stream().filter(struct -> names.contains(struct.name())).toList();
    }

    /**
     * The record of a notification ({@code DownloadStart}).
     *
     * @param context names of generated classes
     * @param notification the notification
     * @return the record's class name
     */
    public static ClassName notification(EmitContext context, NotificationModel notification) {
        return ClassName.get(context.notificationPackage(), notification.javaName());
    }

    /**
     * The sealed interface every notification record implements.
     *
     * @param context names of generated classes
     * @return {@code Aria2Notification}
     */
    public static ClassName notificationInterface(EmitContext context) {
        return ClassName.get(context.notificationPackage(), "Aria2Notification");
    }

    /**
     * The listener interface with one method per notification.
     *
     * @param context names of generated classes
     * @return {@code Aria2Listener}
     */
    public static ClassName listener(EmitContext context) {
        return ClassName.get(context.notificationPackage(), "Aria2Listener");
    }

    /**
     * The client's events: the runtime's {@code NotificationEvents} typed with the notification interface.
     *
     * @param context names of generated classes
     * @return {@code Aria2Events}
     */
    public static ClassName events(EmitContext context) {
        return ClassName.get(context.notificationPackage(), "Aria2Events");
    }

    /**
     * The class that decodes notifications by method name and hands them to a listener.
     *
     * @param context names of generated classes
     * @return {@code NotificationDispatcher} in the codec package
     */
    public static ClassName notificationDispatcher(EmitContext context) {
        return ClassName.get(context.codecPackage(), "NotificationDispatcher");
    }
}
