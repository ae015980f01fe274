package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.NotificationModel;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code Aria2Events}, in the notification package: the runtime's {@code NotificationEvents} typed with
 * {@code Aria2Notification}, made from the client's {@code RpcSettings} with {@code NotificationDispatcher::of}
 * as the factory of recovered notifications, plus {@code listen(Aria2Listener)}, which hands every notification
 * to the listener's method for its kind. The client interfaces return it from {@code events()}. Nothing is
 * generated when the schema has no notifications.
 */
public final class EventsEmitter implements SourceEmitter {

    /** The notification the class Javadoc's example registers for, when the schema has it. */
    private static final String EXAMPLE = "aria2.onDownloadComplete";

    /** Creates the emitter; it holds no state. */
    public EventsEmitter() {
    }

    @Override
    public List<JavaFile> emit(ApiModel model, EmitContext context) {
        if (model.notifications().isEmpty()) {
            return List.of(); // no Aria2Notification to type the events with
        }
        ClassName self = ModelTypes.events(context);
        ClassName notification = ModelTypes.notificationInterface(context);
        ClassName dispatcher = ModelTypes.notificationDispatcher(context);
        ClassName listener = ModelTypes.listener(context);
        TypeSpec type = TypeSpec.classBuilder(self)
                .addJavadoc(classJavadoc(model, context))
                .addAnnotation(context.generatedAnnotation())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(ClientNames.NOTIFICATION_EVENTS, notification))
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("Creates the events; nothing connects before the first registration or"
                                + " {@link #connect()}.\n\n"
                                + "@param settings the endpoint (an {@code http} endpoint is turned into aria2's"
                                + " WebSocket on the\n    same port), secret, TLS, ping interval and"
                                + " {@link $T#events()}\n", ClientNames.RPC_SETTINGS)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(ClientNames.RPC_SETTINGS, "settings")
                        .addStatement("super(settings, $T.class, $T::of)", notification, dispatcher)
                        .build())
                .addMethod(MethodSpec.methodBuilder("listen")
                        .addJavadoc("Registers a listener for every kind of notification: each arrives at the"
                                + " listener's method\nfor its kind.\n\n"
                                + "@param listener the listener; it overrides the methods of the kinds it"
                                + " handles\n"
                                + "@return the registration; close it to stop\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(ClientNames.SUBSCRIPTION)
                        .addParameter(listener, "listener")
                        .addStatement("$T.requireNonNull(listener, $S)", Objects.class, "listener")
                        .addStatement("return onAny(notification -> $T.dispatch(notification, listener))",
                                dispatcher)
                        .build())
                .build();
        return List.of(context.file(context.notificationPackage(), type));
    }

    private static CodeBlock classJavadoc(ApiModel model, EmitContext context) {
        NotificationModel example = model.notifications().stream()
                .filter(notification -> notification.wireName().equals(EXAMPLE))
                .findFirst()
                .orElse(model.notifications().get(0));
        boolean hasGid = NotificationComponents.common(model, context).stream()
                .anyMatch(component -> component.name().equals(NotificationComponents.GID));
        return CodeBlock.builder()
                .add("aria2's notifications as {@link $T} records, over a WebSocket of their own that\n"
                        + "reconnects by itself, with the connection's state and download progress; {@link $T}\n"
                        + "tells how they behave.\n\n", ModelTypes.notificationInterface(context),
                        ClientNames.NOTIFICATION_EVENTS)
                .add("<p>A client makes its events on first use, from its own settings, and closes them with"
                        + " itself:\n\n")
                .add("<pre>{@code\nclient.events().on($L.class, event -> System.out.println($L));\n}</pre>\n\n",
                        example.javaName(), hasGid ? "event.gid()" : "event")
                .add("<p>{@link #listen($T)} hands every notification to a listener's method for its kind.\n",
                        ModelTypes.listener(context))
                .build();
    }
}
