package io.github.aria2j.codegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns schema text into Javadoc fragments: splits descriptions into paragraphs (prose, notes, code
 * blocks, as the format defines them) and builds manual links.
 */
final class Docs {

    private static final String FENCE = "```";
    private static final String NOTE_PREFIX = "Note: ";

    private final ManualModel manual;

    Docs(ManualModel manual) {
        this.manual = manual;
    }

    /** A Javadoc without notes or facts. */
    Javadoc javadoc(String summary, Optional<String> description, Optional<String> anchor) {
        return javadoc(summary, description, List.of(), List.of(), anchor);
    }

    /** A Javadoc from its parts; the anchor becomes a link into the manual. */
    Javadoc javadoc(String summary, Optional<String> description, List<String> notes, List<DocFact> facts,
            Optional<String> anchor) {
        return new Javadoc(summary, description.map(text -> withoutSummary(paragraphs(text), summary)).orElse(List.of()),
                notes, facts, anchor.map(manual::link));
    }

    /**
     * The body without the summary where the description repeats it at its start (the manual's text does),
     * so that Javadoc does not say the same sentence twice.
     */
    static List<Paragraph> withoutSummary(List<Paragraph> body, String summary) {
        if (body.isEmpty() || body.get(0).kind() != Paragraph.Kind.TEXT) {
            return body;
        }
        String first = body.get(0).text();
        boolean repeats = first.startsWith(summary)
                && (first.length() == summary.length() || Character.isWhitespace(first.charAt(summary.length())));
        if (!repeats) {
            return body;
        }
        List<Paragraph> rest = new ArrayList<>(body.subList(1, body.size()));
        String remainder = first.substring(summary.length()).strip();
        if (!remainder.isEmpty()) {
            rest.add(0, new Paragraph(Paragraph.Kind.TEXT, remainder));
        }
        return rest;
    }

    /**
     * The paragraphs of a schema text: separated by blank lines; a paragraph starting with a line
     * {@code ```} is a code block up to the next such line (blank lines included); one starting with
     * {@code Note: } is a note.
     */
    static List<Paragraph> paragraphs(String text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<String> lines = text.lines().toList();
        StringBuilder prose = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                flushProse(paragraphs, prose);
            } else if (line.strip().equals(FENCE) && prose.length() == 0) {
                StringBuilder code = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).strip().equals(FENCE); i++) {
                    code.append(code.length() == 0 ? "" : "\n").append(lines.get(i));
                }
                paragraphs.add(new Paragraph(Paragraph.Kind.CODE, code.toString()));
            } else {
                prose.append(prose.length() == 0 ? "" : "\n").append(line.strip());
            }
        }
        flushProse(paragraphs, prose);
        return paragraphs;
    }

    private static void flushProse(List<Paragraph> paragraphs, StringBuilder prose) {
        if (prose.length() == 0) {
            return;
        }
        String text = prose.toString();
        paragraphs.add(text.startsWith(NOTE_PREFIX)
                ? new Paragraph(Paragraph.Kind.NOTE, text.substring(NOTE_PREFIX.length()))
                : new Paragraph(Paragraph.Kind.TEXT, text));
        prose.setLength(0);
    }
}
