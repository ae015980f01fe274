package io.github.aria2j.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text of {@code aria2c --help=#all}. Each option is a block: a header line starting with one space
 * ({@code " -s, --split=N   Download a file..."}), description lines indented further, a blank line, and a last
 * paragraph of attribute lines ({@code Possible Values:}, {@code Default:}, {@code Tags:}). Anything unexpected in
 * that last paragraph is an error, so a change in aria2's help format fails loudly instead of being misread.
 */
final class HelpParser {

    /** A header: exactly one leading space, an optional short form, then the long name up to '[', '=' or a blank. */
    private static final Pattern HEADER = Pattern.compile("^ (?:-(\\S), )?--([a-z0-9][a-z0-9-]*)(?=[\\[= ]|$)");
    private static final Pattern ATTRIBUTE = Pattern.compile("^(Possible Values|Default|Tags):(?: (.*))?$");

    private HelpParser() {}

    /** Options by long name, in help order. */
    static Map<String, HelpOption> parse(String helpText) {
        Map<String, HelpOption> options = new LinkedHashMap<>();
        Matcher header = null;
        List<String> body = new ArrayList<>();
        for (String line : helpText.split("\\R", -1)) {
            Matcher next = HEADER.matcher(line);
            boolean isHeader = next.find();
            // A new header, or a line without leading blank ("Refer to man page ..."), ends the current block.
            boolean endsBlock = isHeader || !line.isEmpty() && !line.startsWith(" ");
            if (endsBlock && header != null) {
                add(options, toOption(header, body));
                header = null;
            }
            if (isHeader) {
                header = next;
                body = new ArrayList<>();
            } else if (header != null) {
                body.add(line);
            }
        }
        if (header != null) {
            add(options, toOption(header, body));
        }
        if (options.isEmpty()) {
            throw new IllegalArgumentException("no options found: this does not look like aria2c --help output");
        }
        return options;
    }

    private static void add(Map<String, HelpOption> options, HelpOption option) {
        if (options.putIfAbsent(option.name(), option) != null) {
            throw new IllegalArgumentException("option --" + option.name() + " is listed twice");
        }
    }

    private static HelpOption toOption(Matcher header, List<String> body) {
        String name = header.group(2);
        String possibleValues = null;
        String defaultValue = null;
        List<String> tags = null;
        for (String line : lastParagraph(body)) {
            Matcher attribute = ATTRIBUTE.matcher(line.strip());
            if (!attribute.matches()) {
                throw new IllegalArgumentException("--" + name + ": unexpected line among its attributes: " + line);
            }
            String value = attribute.group(2) == null ? "" : attribute.group(2).strip();
            switch (attribute.group(1)) {
                case "Possible Values" -> possibleValues = value;
                case "Default" -> defaultValue = value;
                default -> tags = parseTags(name, value);
            }
        }
        if (tags == null) {
            throw new IllegalArgumentException("--" + name + ": no Tags line");
        }
        return new HelpOption(name, header.group(1), possibleValues, defaultValue, tags);
    }

    /** The lines after the last blank line, ignoring trailing blank lines. */
    private static List<String> lastParagraph(List<String> body) {
        int end = body.size();
        while (end > 0 && body.get(end - 1).isBlank()) {
            end--;
        }
        int start = end;
        while (start > 0 && !body.get(start - 1).isBlank()) {
            start--;
        }
        return body.subList(start, end);
    }

    private static List<String> parseTags(String name, String value) {
        List<String> tags = new ArrayList<>();
        if (value.isEmpty()) {
            return List.of(); // e.g. --netrc-path prints "Tags: " with nothing after it
        }
        for (String tag : value.split(", ")) {
            if (!tag.startsWith("#") || tag.length() < 2) {
                throw new IllegalArgumentException("--" + name + ": malformed tag '" + tag + "' in: " + value);
            }
            tags.add(tag.substring(1));
        }
        return List.copyOf(tags);
    }
}
