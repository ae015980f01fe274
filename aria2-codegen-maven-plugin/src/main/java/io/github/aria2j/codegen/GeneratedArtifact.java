package io.github.aria2j.codegen;

/**
 * What the generator can produce; a build chooses one or both.
 *
 * <p>The client artifact depends on the options artifact: its methods take the option classes, which a
 * build generating only the client gets from the {@code aria2-options} jar.
 */
public enum GeneratedArtifact {
    /**
     * The option builders in {@code B.options}: {@code AddOptions}, {@code ChangeOptions},
     * {@code GlobalOptions} and the enums of option values.
     */
    OPTIONS,
    /**
     * The client: records and other enums, key enums and projections ({@code B.model}), their JSON codecs
     * ({@code B.internal.codec}), notifications ({@code B.notification}) and the client interfaces,
     * implementations and method descriptors ({@code B.client}).
     */
    CLIENT
}
