package io.github.aria2j.codegen.plugin;

import io.github.aria2j.codegen.GeneratedArtifact;
import io.github.aria2j.codegen.GeneratorConfig;
import io.github.aria2j.codegen.schema.SchemaSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A SHA-256 digest of everything that decides the generated sources: the bytes and display names of the
 * schema and of every overlay (in order), the base package, the artifacts to generate and the identity of
 * the generator (the plugin's version and, for a snapshot, a digest of its code). Two runs with equal
 * fingerprints produce the same files.
 *
 * <p>The output directory is not part of it: the fingerprint is stored inside that directory, and a moved
 * project must not regenerate for that reason alone. Every value is written with its length first, so
 * that no two different inputs hash the same sequence of bytes.
 */
final class Fingerprint {

    /** Bumped whenever the set or encoding of the inputs changes, so that older states never match. */
    private static final String FORMAT = "aria2j-codegen-fingerprint/1";

    private Fingerprint() {
    }

    /**
     * Computes the fingerprint of a run.
     *
     * @param config what the generator is asked to do
     * @param generatorIdentity the generator's identity, e.g. the plugin's coordinates and version
     * @return the digest, 64 lower-case hex digits
     * @throws IOException when the schema or an overlay cannot be read
     */
    static String of(GeneratorConfig config, String generatorIdentity) throws IOException {
        MessageDigest digest = sha256();
        text(digest, FORMAT);
        text(digest, generatorIdentity);
        text(digest, config.basePackage());
        TreeSet<String> artifacts = new TreeSet<>();
        for (GeneratedArtifact artifact : config.artifacts()) {
            artifacts.add(artifact.name());
        }
        text(digest, String.join(",", artifacts));
        source(digest, config.schema());
        number(digest, config.overlays().size());
        for (SchemaSource overlay : config.overlays()) {
            source(digest, overlay);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The SHA-256 digest of the plugin's own code: of a jar's content, or, when the plugin runs from a
     * reactor's class directory, of the relative path, size and modification time of every file under it.
     *
     * @param location the jar or the class directory
     * @return the digest, 64 lower-case hex digits
     * @throws IOException when the file or directory cannot be read
     */
    static String ofCode(Path location) throws IOException {
        MessageDigest digest = sha256();
        if (Files.isDirectory(location)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(location)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                text(digest, location.relativize(file).toString().replace('\\', '/'));
                number(digest, Files.size(file));
                number(digest, Files.getLastModifiedTime(file).toMillis());
            }
        } else {
            try (InputStream in = new DigestInputStream(Files.newInputStream(location), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void source(MessageDigest digest, SchemaSource source) throws IOException {
        text(digest, source.name());
        MessageDigest content = sha256();
        long length;
        try (InputStream in = new DigestInputStream(source.open(), content)) {
            length = in.transferTo(OutputStream.nullOutputStream());
        }
        number(digest, length);
        digest.update(content.digest());
    }

    private static void text(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        number(digest, bytes.length);
        digest.update(bytes);
    }

    private static void number(MessageDigest digest, long value) {
        for (int shift = 56; shift >= 0; shift -= 8) {
            digest.update((byte) (value >>> shift));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
