package io.github.aria2j.codegen.schema;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.aria2j.codegen.diagnostic.ProblemCollector;
import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.util.List;

/**
 * Binds the JSON tree of a base file or an overlay to the spec records, one JSON object at a time, and
 * records every structural problem (missing field, wrong JSON type, unknown field) on the way.
 */
final class SpecBinder {

    /** The only format this reader understands. */
    static final int FORMAT = 1;

    private final ProblemCollector problems;
    private final OptionBinder options;

    SpecBinder(ProblemCollector problems) {
        this.problems = problems;
        this.options = new OptionBinder();
    }

    /** A complete document: every top-level field is required. */
    SchemaDocument document(JsonNode root, SchemaPath path) {
        JsonFields fields = JsonFields.of(root, path, problems);
        var schemaRef = fields.optionalString("$schema");
        int format = fields.integer("format");
        checkFormat(fields, format);
        SchemaDocument document = new SchemaDocument(
                path,
                schemaRef,
                format,
                fields.string("aria2Version"),
                fields.string("baselineVersion"),
                fields.object("manual", SpecBinder::manual),
                fields.objects("methods", this::method),
                fields.objects("notifications", this::notification),
                fields.objects("structs", SpecBinder::struct),
                fields.objects("enums", SpecBinder::anEnum),
                fields.objects("options", options::option),
                List.of(path.file()));
        fields.finish();
        return document;
    }

    /** An overlay: only the five collections (each optional), {@code $schema} and {@code format}. */
    SchemaOverlay overlay(JsonNode root, SchemaPath path) {
        JsonFields fields = JsonFields.of(root, path, problems);
        fields.optionalString("$schema");
        fields.optionalLong("format").ifPresent(format -> checkFormat(fields, format));
        SchemaOverlay overlay = new SchemaOverlay(
                path,
                fields.optionalObjects("methods", this::method),
                fields.optionalObjects("notifications", this::notification),
                fields.optionalObjects("structs", SpecBinder::struct),
                fields.optionalObjects("enums", SpecBinder::anEnum),
                fields.optionalObjects("options", options::option));
        fields.finish();
        return overlay;
    }

    private void checkFormat(JsonFields fields, long format) {
        problems.check(format == FORMAT, fields.path().field("format"),
                "unsupported format " + format + "; this generator reads format " + FORMAT);
    }

    private static ManualSpec manual(JsonFields fields) {
        return new ManualSpec(fields.path(), fields.string("url"), fields.string("version"), fields.string("license"),
                fields.string("attribution"));
    }

    private MethodSpec method(JsonFields fields) {
        return new MethodSpec(
                fields.path(),
                fields.string("name"),
                fields.string("summary"),
                fields.optionalString("description"),
                fields.string("manualAnchor"),
                fields.optionalString("buildCondition"),
                fields.string("token"),
                fields.objects("params", SpecBinder::param),
                fields.object("result", SpecBinder::result),
                fields.objects("errors", SpecBinder::error),
                fields.optionalStrings("notes"),
                fields.optionalObject("paging", SpecBinder::paging));
    }

    private static PagingSpec paging(JsonFields fields) {
        return new PagingSpec(fields.path(), fields.string("offset"), fields.string("limit"));
    }

    private static ParamSpec param(JsonFields fields) {
        return new ParamSpec(
                fields.path(),
                fields.string("name"),
                fields.string("type"),
                fields.bool("required"),
                fields.string("description"),
                fields.optionalString("format"),
                fields.optionalLong("minimum"),
                fields.optionalString("keysOf"),
                fields.optionalString("optionScope"),
                fields.optionalString("javaName"));
    }

    private static ResultSpec result(JsonFields fields) {
        return new ResultSpec(
                fields.path(),
                fields.string("type"),
                fields.string("wire"),
                fields.optionalString("format"),
                fields.optionalString("const"),
                fields.string("description"));
    }

    private static ErrorSpec error(JsonFields fields) {
        return new ErrorSpec(fields.path(), fields.string("message"), fields.string("meaning"));
    }

    private NotificationSpec notification(JsonFields fields) {
        return new NotificationSpec(
                fields.path(),
                fields.string("name"),
                fields.string("summary"),
                fields.string("description"),
                fields.string("manualAnchor"),
                fields.optionalString("buildCondition"),
                fields.objects("params", SpecBinder::param));
    }

    private static StructSpec struct(JsonFields fields) {
        return new StructSpec(
                fields.path(),
                fields.string("name"),
                fields.string("summary"),
                fields.optionalString("description"),
                fields.objects("fields", SpecBinder::field));
    }

    private static FieldSpec field(JsonFields fields) {
        return new FieldSpec(
                fields.path(),
                fields.string("key"),
                fields.string("type"),
                fields.string("wire"),
                fields.string("presence"),
                fields.optionalString("when"),
                fields.optionalString("format"),
                fields.string("description"),
                fields.optionalString("javaName"));
    }

    private static EnumSpec anEnum(JsonFields fields) {
        return new EnumSpec(
                fields.path(),
                fields.string("name"),
                fields.string("summary"),
                fields.optionalString("description"),
                fields.objects("values", SpecBinder::enumValue));
    }

    private static EnumValueSpec enumValue(JsonFields fields) {
        return new EnumValueSpec(
                fields.path(),
                fields.string("value"),
                fields.optionalString("javaName"),
                fields.string("description"),
                fields.optionalString("platform"));
    }
}
