package io.github.aria2j.codegen.schema;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A schema file to read: its display name (used in every problem message, so it should be what the user
 * recognises, e.g. the file name) and a way to open its content.
 */
public final class SchemaSource {

    /** Classpath location of the project's schema in the {@code aria2-schema} artifact. */
    public static final String DEFAULT_SCHEMA_RESOURCE = "io/github/aria2j/schema/aria2-rpc.json";

    /** Opens the content; called once per read. */
    @FunctionalInterface
    public interface Opener {
        /**
         * Opens the content.
         *
         * @return a fresh stream, closed by the reader
         * @throws IOException when the content cannot be opened
         */
        InputStream open() throws IOException;
    }

    private final String name;
    private final Opener opener;

    private SchemaSource(String name, Opener opener) {
        this.name = Objects.requireNonNull(name, "name");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /**
     * A source whose content an opener provides.
     *
     * @param name the display name
     * @param opener opens the content
     * @return the source
     */
    public static SchemaSource of(String name, Opener opener) {
        return new SchemaSource(name, opener);
    }

    /**
     * A file, named by its file name (not its directory: messages stay free of machine paths).
     *
     * @param file the file
     * @return the source
     */
    public static SchemaSource file(Path file) {
        Path fileName = file.getFileName();
        return file(file, fileName == null ? file.toString() : fileName.toString());
    }

    /**
     * A file with an explicit display name.
     *
     * @param file the file
     * @param name the display name
     * @return the source
     */
    public static SchemaSource file(Path file, String name) {
        return new SchemaSource(name, () -> Files.newInputStream(file));
    }

    /**
     * In-memory JSON text, e.g. for tests.
     *
     * @param name the display name
     * @param json the JSON text
     * @return the source
     */
    public static SchemaSource text(String name, String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return new SchemaSource(name, () -> new ByteArrayInputStream(bytes));
    }

    /**
     * A classpath resource, named by its last path segment.
     *
     * @param resource the resource path, without a leading {@code /}
     * @param loader the class loader to load it with
     * @return the source
     */
    public static SchemaSource classpath(String resource, ClassLoader loader) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        return new SchemaSource(name, () -> {
            InputStream in = loader.getResourceAsStream(resource);
            if (in == null) {
                throw new FileNotFoundException("classpath resource " + resource + " not found");
            }
            return in;
        });
    }

    /**
     * The project's schema ({@value #DEFAULT_SCHEMA_RESOURCE}) from the {@code aria2-schema} artifact.
     *
     * @return the source
     */
    public static SchemaSource defaultSchema() {
        return classpath(DEFAULT_SCHEMA_RESOURCE, SchemaSource.class.getClassLoader());
    }

    /**
     * The display name used in problem messages.
     *
     * @return the display name
     */
    public String name() {
        return name;
    }

    /**
     * Opens the content.
     *
     * @return a fresh stream, to be closed by the caller
     * @throws IOException when the content cannot be opened
     */
    public InputStream open() throws IOException {
        return opener.open();
    }

    @Override
    public String toString() {
        return name;
    }
}
