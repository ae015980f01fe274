package io.github.aria2j.codegen.model;

/**
 * aria2's manual, which the descriptions are adapted from, and the attribution its license requires.
 *
 * @param url URL of the manual page
 * @param version aria2 release of the manual
 * @param license SPDX license expression of the manual's text
 * @param attribution which text comes from the manual, and its authors
 */
public record ManualModel(String url, String version, String license, String attribution) {

    /**
     * The link to an anchor in the manual page.
     *
     * @param anchor the anchor, e.g. {@code cmdoption-split}
     * @return the manual URL, {@code #} and the anchor
     */
    public String link(String anchor) {
        return url + "#" + anchor;
    }
}
