package io.github.aria2j.schema;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads the schema files the way users of the jar do (from the classpath), and the aria2 reference
 * facts from the folder named by the system property {@value #REFERENCE_DIR_PROPERTY}.
 */
final class SchemaResources {

    static final String PACKAGE_PATH = "io/github/aria2j/schema/";
    static final String DOCUMENT = PACKAGE_PATH + "aria2-rpc.json";
    static final String JSON_SCHEMA = PACKAGE_PATH + "aria2-rpc.schema.json";
    static final String REFERENCE_DIR_PROPERTY = "aria2.reference.dir";

    /** Rejects duplicate keys and trailing content, which a lenient parser would silently accept. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private SchemaResources() {
    }

    /** The schema document, {@code aria2-rpc.json}. */
    static JsonNode document() {
        return classpathJson(DOCUMENT);
    }

    /** The JSON Schema of the format, {@code aria2-rpc.schema.json}. */
    static JsonNode jsonSchema() {
        return classpathJson(JSON_SCHEMA);
    }

    static JsonNode classpathJson(String resource) {
        try (InputStream in = SchemaResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssertionError("classpath resource " + resource + " not found");
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse classpath resource " + resource, e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse inline JSON", e);
        }
    }

    /** A file of the aria2 reference folder ({@code methods.json}, {@code options.json}). */
    static JsonNode reference(String fileName) {
        String dir = System.getProperty(REFERENCE_DIR_PROPERTY);
        if (dir == null || dir.isBlank()) {
            throw new AssertionError("system property " + REFERENCE_DIR_PROPERTY
                    + " is not set: it must name the aria2 reference folder (shared/aria2-reference)");
        }
        Path file = Path.of(dir).resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("reference file " + file + " not found (" + REFERENCE_DIR_PROPERTY + "=" + dir + ")");
        }
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse reference file " + file, e);
        }
    }
}
