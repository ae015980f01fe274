package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;

/**
 * An option's {@code scope}: where it can be set.
 *
 * @param path where the object is
 * @param perDownload accepted by addUri, addTorrent, addMetalink and in input files
 * @param changeOption accepted by aria2.changeOption
 * @param changeOptionNoRestart applied to an active download without restarting it
 * @param changeGlobalOption accepted by aria2.changeGlobalOption
 * @param startupOnly only on the command line or in the config file
 */
public record ScopeSpec(
        SchemaPath path,
        boolean perDownload,
        boolean changeOption,
        boolean changeOptionNoRestart,
        boolean changeGlobalOption,
        boolean startupOnly) {
}
