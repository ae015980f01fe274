/**
 * JSON reading and writing for generated code.
 *
 * <p>Generated codecs are written against {@link io.github.aria2j.runtime.json.JsonIn} and
 * {@link io.github.aria2j.runtime.json.JsonOut}, never against a JSON library, so that the
 * library stays out of the public API. Readers are lenient where aria2 is (numbers and booleans
 * arrive as strings) and strict otherwise; every decoding failure names the JSON path.
 *
 * <p>This package is public for the benefit of generated code; applications rarely need it.
 */
package io.github.aria2j.runtime.json;
