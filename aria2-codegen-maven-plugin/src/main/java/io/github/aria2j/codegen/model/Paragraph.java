package io.github.aria2j.codegen.model;

/**
 * One paragraph of a schema text (summary, description, note). Prose may contain inline code in
 * {@code `backticks`} and characters such as {@code <} that Javadoc needs escaped: formatting that is
 * the emitter's job.
 *
 * @param kind what the paragraph is
 * @param text the text: prose without the {@code Note: } prefix for notes, verbatim lines for code
 */
public record Paragraph(Kind kind, String text) {

    /** What a paragraph is. */
    public enum Kind {
        /** Ordinary prose. */
        TEXT,
        /** A note from the manual (the source paragraph starts with {@code Note: }). */
        NOTE,
        /** A code block (the source is fenced by {@code ```} lines); kept verbatim. */
        CODE
    }
}
