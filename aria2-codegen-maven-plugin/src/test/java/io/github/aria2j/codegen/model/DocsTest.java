package io.github.aria2j.codegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.codegen.model.Paragraph.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DocsTest {

    private final Docs docs = new Docs(new ManualModel("https://example.org/manual.html", "1.37.0", "GPL", "A."));

    @Test
    void splitsParagraphsNotesAndCodeBlocks() {
        String text = "First line\nsame paragraph.\n\nNote: a note with `code`.\n\n```\n$ aria2c a\n\n  indented\n```\n\nLast.";

        assertThat(Docs.paragraphs(text)).containsExactly(
                new Paragraph(Kind.TEXT, "First line\nsame paragraph."),
                new Paragraph(Kind.NOTE, "a note with `code`."),
                new Paragraph(Kind.CODE, "$ aria2c a\n\n  indented"),
                new Paragraph(Kind.TEXT, "Last."));
    }

    @Test
    void dropsTheSummaryWhereTheDescriptionRepeatsIt() {
        Javadoc doc = docs.javadoc("Adds a download.", Optional.of("Adds a download. It is queued.\n\nMore."),
                Optional.of("aria2.addUri"));

        assertThat(doc.body()).containsExactly(new Paragraph(Kind.TEXT, "It is queued."), new Paragraph(Kind.TEXT, "More."));
        assertThat(doc.manualLink()).contains("https://example.org/manual.html#aria2.addUri");
    }

    @Test
    void dropsAFirstParagraphThatIsOnlyTheSummary() {
        assertThat(Docs.withoutSummary(List.of(new Paragraph(Kind.TEXT, "Same."), new Paragraph(Kind.NOTE, "n")), "Same."))
                .containsExactly(new Paragraph(Kind.NOTE, "n"));
    }

    @Test
    void keepsADescriptionThatOnlyStartsLikeTheSummary() {
        List<Paragraph> body = List.of(new Paragraph(Kind.TEXT, "Adds a downloader."));

        assertThat(Docs.withoutSummary(body, "Adds a download")).isEqualTo(body);
    }
}
