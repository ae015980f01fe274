/**
 * The Maven plugin: the {@code generate} goal, which maps its parameters onto a
 * {@link io.github.aria2j.codegen.GeneratorConfig} and runs {@link io.github.aria2j.codegen.CodeGenerator}
 * once, skipping the run when neither the schema nor the configuration changed since the last one; and
 * the generated {@code help} goal.
 */
package io.github.aria2j.codegen.plugin;
