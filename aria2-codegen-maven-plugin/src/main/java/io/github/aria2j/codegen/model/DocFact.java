package io.github.aria2j.codegen.model;

/**
 * A labelled fact for generated Javadoc, e.g. label {@code Default} and text {@code 5}. Text may contain
 * inline code in {@code `backticks`}.
 *
 * @param label what the fact is about
 * @param text the fact
 */
public record DocFact(String label, String text) {
}
