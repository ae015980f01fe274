package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;

/**
 * The {@code manual} object: aria2's manual page and the attribution its text requires.
 *
 * @param path where the object is
 * @param url URL of the manual page; anchors are relative to it
 * @param version aria2 release of the manual
 * @param license SPDX license expression of the manual
 * @param attribution which text comes from the manual, and its authors
 */
public record ManualSpec(SchemaPath path, String url, String version, String license, String attribution) {
}
