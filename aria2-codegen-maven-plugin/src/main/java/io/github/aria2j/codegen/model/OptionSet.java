package io.github.aria2j.codegen.model;

/**
 * The three sets of options an RPC call can take; each becomes its own generated type, so an option aria2
 * would ignore in a call cannot be set there.
 */
public enum OptionSet {
    /** Options for adding a download (addUri, addTorrent, addMetalink): scope {@code perDownload}. */
    ADD("add"),
    /** Options aria2.changeOption accepts: scope {@code changeOption}. */
    CHANGE("change"),
    /** Options aria2.changeGlobalOption accepts: scope {@code changeGlobalOption}. */
    CHANGE_GLOBAL("changeGlobal");

    private final String schemaName;

    OptionSet(String schemaName) {
        this.schemaName = schemaName;
    }

    /**
     * The name a param's {@code optionScope} uses for this set.
     *
     * @return e.g. {@code changeGlobal}
     */
    public String schemaName() {
        return schemaName;
    }
}
