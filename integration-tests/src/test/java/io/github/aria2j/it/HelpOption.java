package io.github.aria2j.it;

import java.util.List;

/**
 * One option as {@code aria2c --help=#all} describes it.
 *
 * @param name long name without the leading {@code --}
 * @param shortName single-character short form, or null when help shows none
 * @param possibleValues text after {@code Possible Values:}, or null when help shows none
 * @param defaultValue text after {@code Default:}, or null when help shows none (aria2 hides empty defaults)
 * @param tags the {@code Tags:} without their leading {@code #}, in help order
 */
record HelpOption(String name, String shortName, String possibleValues, String defaultValue, List<String> tags) {}
