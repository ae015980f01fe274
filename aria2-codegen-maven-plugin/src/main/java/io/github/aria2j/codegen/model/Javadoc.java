package io.github.aria2j.codegen.model;

import java.util.List;
import java.util.Optional;

/**
 * The text of a generated element's Javadoc, decided by the model; emitters only format it.
 *
 * @param summary the first sentence
 * @param body the description's paragraphs (empty when there is none)
 * @param notes remarks worth knowing, one per element
 * @param facts labelled facts (default, range, scope, ...), in display order
 * @param manualLink link to the element in aria2's manual (manual URL {@code #} anchor), if it has one
 */
public record Javadoc(String summary, List<Paragraph> body, List<String> notes, List<DocFact> facts,
        Optional<String> manualLink) {

    /**
     * Creates the record; copies the lists so that the record stays immutable.
     *
     * @param summary the first sentence
     * @param body the description's paragraphs (empty when there is none)
     * @param notes remarks worth knowing, one per element
     * @param facts labelled facts (default, range, scope, ...), in display order
     * @param manualLink link to the element in aria2's manual (manual URL {@code #} anchor), if it has one
     */
    public Javadoc {
        body = List.copyOf(body);
        notes = List.copyOf(notes);
        facts = List.copyOf(facts);
    }
}
