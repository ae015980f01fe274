package io.github.aria2j.codegen.emit;

import io.github.aria2j.codegen.model.DocFact;
import io.github.aria2j.codegen.model.Javadoc;
import io.github.aria2j.codegen.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the model's plain-text documentation into Javadoc HTML that passes doclint: escapes HTML and
 * {@code @}, turns {@code `code`} into {@code {@code ...}}, fenced blocks into {@code <pre>}, "- " lines into
 * lists. Output is meant for JavaPoet's {@code addJavadoc("$L", text)}, so {@code $} needs no escaping.
 */
public final class JavadocRenderer {

    private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");

    private JavadocRenderer() {
    }

    /**
     * The main text of an element's Javadoc: summary, body, notes and facts, ending with a newline.
     *
     * @param doc the model's documentation
     * @return Javadoc HTML
     */
    public static String render(Javadoc doc) {
        List<String> blocks = new ArrayList<>();
        blocks.add(inline(doc.summary()));
        for (Paragraph paragraph : doc.body()) {
            blocks.add(paragraph(paragraph));
        }
        for (String note : doc.notes()) {
            blocks.add("<p>" + inline(note));
        }
        if (!doc.facts().isEmpty()) {
            StringBuilder list = new StringBuilder("<ul>\n");
            for (DocFact fact : doc.facts()) {
                list.append("  <li>").append(escape(fact.label())).append(": ").append(inline(fact.text()))
                        .append("</li>\n");
            }
            blocks.add(list.append("</ul>").toString());
        }
        return String.join("\n\n", blocks) + "\n";
    }

    /**
     * The {@code @see} tag that links an element to aria2's manual, if it has an anchor there.
     *
     * @param doc the model's documentation
     * @param title what the link names, e.g. {@code aria2.addUri} or {@code --split}
     * @return the tag line ending with a newline, or empty
     */
    public static Optional<String> manualSee(Javadoc doc, String title) {
        return doc.manualLink().map(link -> "@see <a href=\"" + escape(link) + "\">aria2 manual: "
                + escape(title) + "</a>\n");
    }

    /**
     * One line of prose (a parameter or field description): HTML escaped, inline code formatted.
     *
     * @param text plain text from the schema
     * @return Javadoc HTML
     */
    public static String inline(String text) {
        Matcher matcher = INLINE_CODE.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (matcher.find()) {
            out.append(escape(text.substring(last, matcher.start())));
            out.append(code(matcher.group(1)));
            last = matcher.end();
        }
        return out.append(escape(text.substring(last))).toString();
    }

    private static String paragraph(Paragraph paragraph) {
        return switch (paragraph.kind()) {
            case CODE -> "<pre>\n" + escape(paragraph.text()) + "\n</pre>";
            case NOTE -> "<p><b>Note:</b> " + listOrProse(paragraph.text());
            // A list is a block of its own: "<p><ul>" would be an empty paragraph to doclint.
            case TEXT -> paragraph.text().startsWith("- ") ? listOrProse(paragraph.text())
                    : "<p>" + listOrProse(paragraph.text());
        };
    }

    private static String listOrProse(String text) {
        if (!text.startsWith("- ")) {
            return inline(text);
        }
        StringBuilder list = new StringBuilder("<ul>\n");
        for (String item : text.split("\n")) {
            list.append("  <li>").append(inline(item.replaceFirst("^- ", ""))).append("</li>\n");
        }
        return list.append("</ul>").toString();
    }

    /** {@code {@code}} cannot hold unbalanced braces or a leading {@code @}; those get an escaped {@code <code>}. */
    private static String code(String content) {
        boolean safe = content.indexOf('{') < 0 && content.indexOf('}') < 0 && !content.contains("@")
                && !content.contains("*/");
        return safe ? "{@code " + content + "}" : "<code>" + escape(content) + "</code>";
    }

    /**
     * Escapes text for Javadoc HTML.
     *
     * @param text plain text
     * @return the text with {@code & < > @} and comment terminators escaped
     */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("@", "&#64;")
                .replace("*/", "*&#47;");
    }
}
