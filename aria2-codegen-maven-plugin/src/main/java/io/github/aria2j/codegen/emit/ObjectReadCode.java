package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.aria2j.codegen.model.FieldModel;
import io.github.aria2j.codegen.model.Naming;
import io.github.aria2j.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * The code that reads a JSON object into one local variable per field, shared by the codecs of records and of
 * projections: declarations, the loop over the keys with a {@code switch} (unknown keys skipped), the
 * {@code ValueReader} constants that lists and maps need, and the argument expressions that check presence.
 */
final class ObjectReadCode {

    /** The name of the {@code JsonIn} parameter of generated read methods. */
    static final String IN = "in";

    private final List<FieldModel> fields;
    private final EmitContext context;
    private final Map<String, String> locals = new LinkedHashMap<>();
    private final Map<String, String> presentFlags = new LinkedHashMap<>();

    /**
     * Plans the locals.
     *
     * @param fields the fields, in schema order
     * @param context names of generated classes
     * @param reserved names the surrounding method uses itself (parameters, other locals)
     */
    ObjectReadCode(List<FieldModel> fields, EmitContext context, List<String> reserved) {
        this.fields = List.copyOf(fields);
        this.context = context;
        NameAllocator names = new NameAllocator();
        names.newName(IN);
        names.newName("key");
        reserved.forEach(names::newName);
        for (FieldModel field : fields) {
            locals.put(field.key(), names.newName(field.javaName()));
            if (needsPresentFlag(field)) {
                presentFlags.put(field.key(), names.newName(field.javaName() + "Present"));
            }
        }
    }

    /** An always-present {@code json} value may be JSON null, so a flag, not null, tells whether it came. */
    private static boolean needsPresentFlag(FieldModel field) {
        return field.type() instanceof TypeRef.AnyJson && field.presence() == FieldModel.Presence.ALWAYS;
    }

    /** The name of the {@code ValueReader} constant of a list or map field. */
    static String readerConstant(FieldModel field) {
        return Naming.upperSnake(field.javaName()) + "_READER";
    }

    /** The {@code private static final} reader constants of the list and map fields. */
    List<FieldSpec> readerConstants() {
        List<FieldSpec> constants = new ArrayList<>();
        for (FieldModel field : fields) {
            if (field.type().isCollection()) {
                TypeName type = ParameterizedTypeName.get(CodecExpressions.VALUE_READER,
                        JavaTypes.of(field.type(), false, context));
                constants.add(FieldSpec.builder(type, readerConstant(field), Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer(CodecExpressions.reader(field.type(), context)).build());
            }
        }
        return constants;
    }

    /** The local variable that holds a field's value. */
    String local(FieldModel field) {
        return locals.get(field.key());
    }

    /** One declaration per field, initialised to null (and false for presence flags). */
    CodeBlock declarations() {
        CodeBlock.Builder code = CodeBlock.builder();
        for (FieldModel field : fields) {
            TypeName type = ModelTypes.nullable(JavaTypes.boxed(field.type(), context));
            code.addStatement("$T $N = null", type, local(field));
            if (presentFlags.containsKey(field.key())) {
                code.addStatement("boolean $N = false", presentFlags.get(field.key()));
            }
        }
        return code.build();
    }

    /**
     * The loop over the object's keys.
     *
     * @param extra more statements for a key once its value is read (empty for none)
     * @return the code, from {@code beginObject} to the end of the loop
     */
    CodeBlock loop(Function<FieldModel, CodeBlock> extra) {
        CodeBlock.Builder code = CodeBlock.builder()
                .addStatement("$N.beginObject()", IN)
                .beginControlFlow("for (String key = $N.nextKey(); key != null; key = $N.nextKey())", IN, IN)
                .beginControlFlow("switch (key)");
        for (FieldModel field : fields) {
            CodeBlock read = readInto(field);
            List<CodeBlock> more = new ArrayList<>();
            if (presentFlags.containsKey(field.key())) {
                more.add(CodeBlock.of("$N = true;\n", presentFlags.get(field.key())));
            }
            CodeBlock additional = extra.apply(field);
            if (!additional.isEmpty()) {
                more.add(additional);
            }
            if (more.isEmpty()) {
                code.add("case $S -> $L;\n", field.key(), read);
            } else {
                code.add("case $S -> {\n$>$L;\n", field.key(), read);
                more.forEach(code::add);
                code.add("$<}\n");
            }
        }
        return code.add("// A key this version does not know (a newer aria2): skipped, so that old clients keep"
                        + " working.\n")
                .add("default -> $N.skipValue();\n", IN)
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    /** {@code local = <read>}, without the semicolon. */
    private CodeBlock readInto(FieldModel field) {
        CodeBlock call = CodecExpressions.readCall(field.type(), IN, context);
        return call != null
                ? CodeBlock.of("$N = $L", local(field), call)
                : CodeBlock.of("$N = $N.read($N)", local(field), readerConstant(field), IN);
    }

    /**
     * The statements that fail on a missing always-present {@code json} key, whose value may be JSON null; other
     * missing keys are caught by {@link #argument}.
     */
    CodeBlock presenceChecks() {
        CodeBlock.Builder code = CodeBlock.builder();
        for (FieldModel field : fields) {
            if (presentFlags.containsKey(field.key())) {
                code.beginControlFlow("if (!$N)", presentFlags.get(field.key()))
                        .addStatement("$T.require(null, $S, $N)", CodecExpressions.CODECS, field.key(), IN)
                        .endControlFlow();
            }
        }
        return code.build();
    }

    /**
     * The constructor argument for a field: the local, checked by {@code Codecs.require} when the key is always
     * present (the exception names the key and the object's JSON path).
     */
    CodeBlock argument(FieldModel field) {
        boolean required = field.presence() == FieldModel.Presence.ALWAYS && !presentFlags.containsKey(field.key());
        return required
                ? CodeBlock.of("$T.require($N, $S, $N)", CodecExpressions.CODECS, local(field), field.key(), IN)
                : CodeBlock.of("$N", local(field));
    }

    /** Arguments, one per line, for a constructor call. */
    static CodeBlock argumentLines(List<CodeBlock> arguments) {
        // Statements indent their continuation lines already.
        CodeBlock.Builder code = CodeBlock.builder();
        for (int i = 0; i < arguments.size(); i++) {
            code.add("\n$L$L", arguments.get(i), i + 1 < arguments.size() ? "," : "");
        }
        return code.build();
    }
}
