/**
 * Stage 1 of the generator: the schema as read. Immutable records bound one to one to the JSON of
 * {@code aria2-rpc.json} (format 1), each remembering the file and JSON path it came from, and the
 * {@link io.github.aria2j.codegen.schema.SchemaReader} that reads a base file plus overlays.
 *
 * <p>Values are kept as written: type expressions, kinds and scopes are still strings here. Checking
 * what they mean is the next stage's job ({@link io.github.aria2j.codegen.model}). Optional JSON fields
 * are {@link java.util.Optional}s, optional arrays are empty lists and optional flags are {@code false}.
 */
package io.github.aria2j.codegen.schema;
