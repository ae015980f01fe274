package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.NotificationModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The notification side of the model: one record per notification in the notification package, the sealed
 * interface {@code Aria2Notification} they implement, the listener {@code Aria2Listener} with one default no-op
 * method per notification, and {@code NotificationDispatcher} in the codec package ({@link NotificationDispatchers}).
 *
 * <p>Choices: a notification whose only param is a struct (aria2's {@code EventPayload}) is flattened, so
 * {@code aria2.onDownloadStart} becomes {@code DownloadStart(String gid)} rather than a record wrapping a payload;
 * other notifications get one component per param. Components that every notification has with the same type
 * ({@code gid}) are declared on {@code Aria2Notification}, so that code can handle any notification alike.
 * Every record ends with {@code boolean recovered} (declared on {@code Aria2Notification} too): true when the
 * events reconstructed it after a reconnect; a second constructor without it makes the notification as aria2 sent
 * it. Nothing is generated when the schema has no notifications.
 */
public final class NotificationEmitter implements SourceEmitter {

    @Override
    public List<JavaFile> emit(ApiModel model, EmitContext context) {
        if (model.notifications().isEmpty()) {
            return List.of(); // a sealed interface needs at least one permitted type
        }
        List<JavaFile> files = new ArrayList<>();
        for (NotificationModel notification : model.notifications()) {
            files.add(context.file(context.notificationPackage(), record(notification, model, context)));
        }
        files.add(context.file(context.notificationPackage(), sealedInterface(model, context)));
        files.add(context.file(context.notificationPackage(), listener(model, context)));
        files.add(context.file(context.codecPackage(), NotificationDispatchers.dispatcher(model, context)));
        return files;
    }

    private static TypeSpec record(NotificationModel notification, ApiModel model, EmitContext context) {
        List<NotificationComponents.Component> components = NotificationComponents.of(notification, model, context);
        StringBuilder params = new StringBuilder();
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        MethodSpec.Builder live = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
        List<CodeBlock> arguments = new ArrayList<>();
        boolean checks = false;
        for (NotificationComponents.Component component : components) {
            constructor.addParameter(ParameterSpec.builder(component.type(), component.name()).build());
            live.addParameter(ParameterSpec.builder(component.type(), component.name()).build());
            arguments.add(CodeBlock.of("$N", component.name()));
            params.append("@param ").append(component.name()).append(' ').append(component.doc()).append('\n');
            if (component.requireNonNull()) {
                constructor.addStatement("$T.requireNonNull($N, $S)", Objects.class, component.name(),
                        component.name());
                checks = true;
            }
        }
        String liveParams = params.toString();
        constructor.addParameter(boolean.class, NotificationComponents.RECOVERED);
        params.append("@param ").append(NotificationComponents.RECOVERED).append(' ')
                .append(NotificationComponents.RECOVERED_DOC).append('\n');
        if (checks) {
            constructor.addJavadoc("Checks the components.\n\n$L", params);
        }
        arguments.add(CodeBlock.of("false"));
        live.addJavadoc("Creates the notification as aria2 sends it: not {@linkplain #$L() recovered}.\n$L",
                        NotificationComponents.RECOVERED, liveParams.isEmpty() ? "" : "\n" + liveParams)
                .addStatement("this($L)", CodeBlock.join(arguments, ", "));
        StringBuilder doc = new StringBuilder(JavadocRenderer.render(notification.doc()));
        // The model's facts already say which aria2 builds send it (buildCondition).
        if (notification.doc().manualLink().isPresent()) {
            doc.append("\n<p>Adapted from the aria2 manual.\n");
        }
        doc.append('\n').append(params);
        JavadocRenderer.manualSee(notification.doc(), notification.wireName()).ifPresent(doc::append);
        return TypeSpec.recordBuilder(ModelTypes.notification(context, notification))
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(ModelTypes.notificationInterface(context))
                .addAnnotation(context.generatedAnnotation())
                .addJavadoc("$L", doc)
                .recordConstructor(constructor.build())
                .addMethod(live.build())
                .build();
    }

    private static TypeSpec sealedInterface(ApiModel model, EmitContext context) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(ModelTypes.notificationInterface(context))
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addAnnotation(context.generatedAnnotation())
                .addJavadoc("A notification that aria2 sends over a WebSocket connection; one record per kind.\n\n"
                        + "<p>Sealed, so that code can tell the kinds apart exhaustively. {@link $T} receives them\n"
                        + "one method per kind.\n", ModelTypes.listener(context));
        for (NotificationModel notification : model.notifications()) {
            type.addPermittedSubclass(ModelTypes.notification(context, notification));
        }
        for (NotificationComponents.Component common : NotificationComponents.common(model, context)) {
            type.addMethod(MethodSpec.methodBuilder(common.name())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(common.type())
                    .addJavadoc("$L\n\n@return the value\n", common.doc())
                    .build());
        }
        type.addMethod(MethodSpec.methodBuilder(NotificationComponents.RECOVERED)
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .returns(boolean.class)
                .addJavadoc("Tells whether this notification was recovered: made by the events after a reconnect, from"
                        + " the\ndownloads' states, for what happened while the connection was down.\n\n@return $L\n",
                        NotificationComponents.RECOVERED_DOC)
                .build());
        return type.build();
    }

    private static TypeSpec listener(ApiModel model, EmitContext context) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(ModelTypes.listener(context))
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(context.generatedAnnotation())
                .addJavadoc("Receives aria2's notifications, one method per kind. Every method does nothing unless"
                        + " overridden,\nso an implementation overrides only those it needs, and a notification"
                        + " added in a later version\nleaves existing listeners unchanged.\n");
        for (NotificationModel notification : model.notifications()) {
            ClassName record = ModelTypes.notification(context, notification);
            type.addMethod(MethodSpec.methodBuilder(notification.listenerMethodName())
                    .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .addParameter(record, "event")
                    .addJavadoc("$L\n\n@param event the notification\n@see $T\n",
                            JavadocRenderer.inline(notification.doc().summary()), record)
                    .build());
        }
        return type.build();
    }
}
