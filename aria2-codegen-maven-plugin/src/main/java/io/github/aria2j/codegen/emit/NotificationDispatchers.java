package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.aria2j.codegen.model.ApiModel;
import io.github.aria2j.codegen.model.FieldModel;
import io.github.aria2j.codegen.model.NotificationModel;
import io.github.aria2j.codegen.model.ParamModel;
import io.github.aria2j.codegen.model.StructModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * {@code NotificationDispatcher}, in the codec package: {@code decode(method, params)} turns the method name and
 * the {@code params} array of a JSON-RPC notification into its record (an empty {@code Optional} for a method this
 * version does not know, leaving {@code params} unread; never recovered), {@code of(method, gid, recovered)} makes
 * the record of a notification that holds only a GID (the events' {@code NotificationFactory}), and
 * {@code dispatch(notification, listener)} calls the listener's method for the record's kind. Params after the
 * known ones are skipped; a missing required param fails with a {@code JsonDecodingException}.
 */
final class NotificationDispatchers {

    private static final String IN = "in";
    private static final String MORE = "more";

    private NotificationDispatchers() {
    }

    static TypeSpec dispatcher(ApiModel model, EmitContext context) {
        ClassName sealed = ModelTypes.notificationInterface(context);
        TypeSpec.Builder type = TypeSpec.classBuilder(ModelTypes.notificationDispatcher(context))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addAnnotation(context.generatedAnnotation())
                .addJavadoc("Decodes aria2's notifications, makes them from a GID, and hands them to a {@link $T}."
                        + "\nFor generated code only: not part of the API.\n", ModelTypes.listener(context))
                .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

        CodeBlock.Builder cases = CodeBlock.builder().add("return switch (method) {\n$>");
        for (NotificationModel notification : model.notifications()) {
            cases.add("case $S -> $T.of($N($N));\n", notification.wireName(), Optional.class,
                    readerName(notification), IN);
        }
        cases.add("// A notification this version does not know (a newer aria2).\n")
                .add("default -> $T.empty();\n", Optional.class)
                .add("$<};\n");
        type.addMethod(MethodSpec.methodBuilder("decode")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), sealed))
                .addParameter(String.class, "method")
                .addParameter(CodecExpressions.JSON_IN, IN)
                .addJavadoc("Decodes a notification.\n\n"
                        + "@param method the JSON-RPC method, e.g. {@code $L}\n"
                        + "@param in a reader at the notification's {@code params} array\n"
                        + "@return the notification, or empty for a method this version does not know; {@code in}"
                        + " is then not read\n"
                        + "@throws $T if the params do not hold what the schema says\n",
                        model.notifications().get(0).wireName(), CodecExpressions.DECODING_EXCEPTION)
                .addCode(cases.build())
                .build());

        type.addMethod(factory(model, context));

        MethodSpec.Builder dispatch = MethodSpec.methodBuilder("dispatch")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(sealed, "notification")
                .addParameter(ModelTypes.listener(context), "listener")
                .addJavadoc("Calls the listener's method for the notification's kind.\n\n"
                        + "@param notification the notification\n@param listener the listener\n");
        for (int i = 0; i < model.notifications().size(); i++) {
            NotificationModel notification = model.notifications().get(i);
            String test = "notification instanceof $T event";
            if (i == 0) {
                dispatch.beginControlFlow("if (" + test + ")", ModelTypes.notification(context, notification));
            } else {
                dispatch.nextControlFlow("else if (" + test + ")", ModelTypes.notification(context, notification));
            }
            dispatch.addStatement("listener.$N(event)", notification.listenerMethodName());
        }
        type.addMethod(dispatch.endControlFlow().build());

        for (NotificationModel notification : model.notifications()) {
            type.addMethod(reader(notification, model, context));
        }
        return type.build();
    }

    /** {@code of(method, gid, recovered)}: the events' {@code NotificationFactory}. */
    private static MethodSpec factory(ApiModel model, EmitContext context) {
        List<NotificationModel> fromGid = model.notifications().stream()
                .filter(notification -> NotificationComponents.onlyGid(notification, model, context))
                .toList();
        boolean someNeedMore = fromGid.size() < model.notifications().size();
        CodeBlock.Builder body = CodeBlock.builder();
        if (fromGid.isEmpty()) {
            body.addStatement("return $T.empty()", Optional.class);
        } else {
            body.add("return switch (method) {\n$>");
            for (NotificationModel notification : fromGid) {
                body.add("case $S -> $T.of(new $T(gid, recovered));\n", notification.wireName(), Optional.class,
                        ModelTypes.notification(context, notification));
            }
            String unknown = someNeedMore ? ", or one that holds more than a GID" : "";
            body.add("// A notification this version does not know (a newer aria2)$L.\n", unknown)
                    .add("default -> $T.empty();\n", Optional.class)
                    .add("$<};\n");
        }
        return MethodSpec.methodBuilder("of")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Optional.class),
                        ModelTypes.notificationInterface(context)))
                .addParameter(String.class, "method")
                .addParameter(String.class, NotificationComponents.GID)
                .addParameter(boolean.class, NotificationComponents.RECOVERED)
                .addJavadoc("Makes the notification of a download from its GID, as the events do when they recover"
                        + " what\nhappened while they were disconnected.\n\n"
                        + "@param method the JSON-RPC method, e.g. {@code $L}\n"
                        + "@param gid the download's GID\n"
                        + "@param recovered $L\n"
                        + "@return the notification, or empty for a method this version does not know$L\n",
                        model.notifications().get(0).wireName(), NotificationComponents.RECOVERED_DOC,
                        someNeedMore ? " or whose\n    notification holds more than a GID" : "")
                .addCode(body.build())
                .build();
    }

    private static String readerName(NotificationModel notification) {
        return "read" + notification.javaName();
    }

    /** Reads the params array: required params first, then optional ones, then unknown extras skipped. */
    private static MethodSpec reader(NotificationModel notification, ApiModel model, EmitContext context) {
        ClassName record = ModelTypes.notification(context, notification);
        NameAllocator names = new NameAllocator();
        names.newName(IN);
        names.newName(MORE);
        MethodSpec.Builder method = MethodSpec.methodBuilder(readerName(notification))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(record)
                .addParameter(CodecExpressions.JSON_IN, IN)
                .addStatement("$N.beginArray()", IN)
                .addStatement("boolean $N = $N.hasNext()", MORE, IN);
        List<String> locals = new ArrayList<>();
        for (ParamModel param : notification.params()) {
            String local = names.newName(param.javaName());
            locals.add(local);
            CodeBlock read = CodecExpressions.readCall(param.type(), IN, context);
            if (read == null) {
                read = CodeBlock.of("$L.read($N)", CodecExpressions.reader(param.type(), context), IN);
            }
            TypeName type = JavaTypes.of(param.type(), !param.required(), context);
            if (param.required()) {
                method.beginControlFlow("if (!$N)", MORE)
                        .addStatement("throw new $T($S, $N.path())", CodecExpressions.DECODING_EXCEPTION,
                                "missing parameter \"" + param.wireName() + "\"", IN)
                        .endControlFlow()
                        .addStatement("$T $N = $L", type, local, read)
                        .addStatement("$N = $N.hasNext()", MORE, IN);
            } else {
                method.addStatement("$T $N = null", ModelTypes.nullable(type), local)
                        .beginControlFlow("if ($N)", MORE)
                        .addStatement("$N = $L", local, read)
                        .addStatement("$N = $N.hasNext()", MORE, IN)
                        .endControlFlow();
            }
        }
        method.beginControlFlow("while ($N)", MORE)
                .addStatement("$N.skipValue()", IN)
                .addStatement("$N = $N.hasNext()", MORE, IN)
                .endControlFlow();
        Optional<StructModel> payload = NotificationComponents.payload(notification, model);
        List<CodeBlock> arguments = new ArrayList<>();
        if (payload.isPresent()) {
            for (FieldModel field : payload.get().fields()) {
                arguments.add(CodeBlock.of("$N.$N()", locals.get(0), field.javaName()));
            }
        } else {
            locals.forEach(local -> arguments.add(CodeBlock.of("$N", local)));
        }
        return method.addStatement("return new $T($L)", record, CodeBlock.join(arguments, ", ")).build();
    }
}
