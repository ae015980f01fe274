/**
 * Layer 3 of the generator: emitters, pure functions from the {@link io.github.aria2j.codegen.model.ApiModel}
 * to Java source files (JavaPoet), one emitter per kind of artifact. Nothing here decides a name or reads the
 * schema; the model has decided everything, emitters only lay it out.
 */
package io.github.aria2j.codegen.emit;
