/**
 * Problems found in a schema, each located by file and JSON path, and the exception that carries all of
 * them at once. Shared by the reading ({@link io.github.aria2j.codegen.schema}) and the resolving
 * ({@link io.github.aria2j.codegen.model}) stages.
 */
package io.github.aria2j.codegen.diagnostic;
