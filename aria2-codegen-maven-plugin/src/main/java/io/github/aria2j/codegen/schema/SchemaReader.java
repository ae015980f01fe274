package io.github.aria2j.codegen.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.aria2j.codegen.diagnostic.ProblemCollector;
import io.github.aria2j.codegen.diagnostic.SchemaPath;
import io.github.aria2j.codegen.diagnostic.SchemaValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a base schema file plus any number of overlay files into one {@link SchemaDocument}.
 *
 * <p>The base must be a complete document. An overlay may hold {@code methods}, {@code notifications},
 * {@code structs}, {@code enums} and {@code options} (each optional; also {@code $schema}, and
 * {@code format}, which must then be 1): its elements replace the elements of the same name in place, or
 * are appended when the name is new. The full rule is on {@link OverlayMerger}; it lets a user add a
 * method aria2 gained, or correct an option, without editing the project's schema.
 *
 * <p>Reading checks structure only (JSON syntax, duplicate keys, required fields, JSON types, unknown
 * fields) and reports every such problem of every file at once; what the values mean is checked by the
 * model stage. Instances are immutable and may be shared.
 */
public final class SchemaReader {

    /** Strict: duplicate keys and trailing content are errors; decimals stay exact and as written (0.0). */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    /**
     * Reads a base file without overlays.
     *
     * @param base the complete schema document
     * @return the document
     * @throws SchemaValidationException listing every structural problem found
     */
    public SchemaDocument read(SchemaSource base) throws SchemaValidationException {
        return read(base, List.of());
    }

    /**
     * Reads a base file and applies the overlays in order.
     *
     * @param base the complete schema document
     * @param overlays files that add or replace elements, applied in this order
     * @return the merged document
     * @throws SchemaValidationException listing every structural problem of every file
     */
    public SchemaDocument read(SchemaSource base, List<SchemaSource> overlays) throws SchemaValidationException {
        ProblemCollector problems = new ProblemCollector();
        SpecBinder binder = new SpecBinder(problems);
        Optional<SchemaDocument> document = parse(base, problems)
                .map(tree -> binder.document(tree, SchemaPath.root(base.name())));
        List<SchemaOverlay> parsedOverlays = new ArrayList<>();
        for (SchemaSource overlay : overlays) {
            parse(overlay, problems).ifPresent(tree ->
                    parsedOverlays.add(binder.overlay(tree, SchemaPath.root(overlay.name()))));
        }
        problems.throwIfAny();
        return OverlayMerger.merge(document.orElseThrow(), parsedOverlays);
    }

    private static Optional<JsonNode> parse(SchemaSource source, ProblemCollector problems) {
        SchemaPath root = SchemaPath.root(source.name());
        try (InputStream in = source.open()) {
            JsonNode tree = MAPPER.readTree(in);
            if (tree == null || tree.isMissingNode()) {
                problems.add(root, "the file is empty; expected a JSON object");
                return Optional.empty();
            }
            return Optional.of(tree);
        } catch (JsonProcessingException e) {
            var location = e.getLocation();
            problems.add(root, "invalid JSON"
                    + (location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr())
                    + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            problems.add(root, "cannot read the file: " + e);
        }
        return Optional.empty();
    }
}
