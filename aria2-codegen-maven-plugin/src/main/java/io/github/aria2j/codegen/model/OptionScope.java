package io.github.aria2j.codegen.model;

/**
 * Where an option can be set, as the schema states it.
 *
 * @param perDownload accepted when adding a download (and in input files)
 * @param changeOption accepted by aria2.changeOption
 * @param changeOptionNoRestart applied to an active download without restarting it
 * @param changeGlobalOption accepted by aria2.changeGlobalOption
 * @param startupOnly only on the command line or in the configuration file
 */
public record OptionScope(boolean perDownload, boolean changeOption, boolean changeOptionNoRestart,
        boolean changeGlobalOption, boolean startupOnly) {
}
