/**
 * Stage 2 of the generator: the resolved, validated, Java-facing model. Every Java name, type,
 * nullability and Javadoc fragment is decided here, so that emitters only format. All types are
 * immutable.
 *
 * <p>{@link io.github.aria2j.codegen.model.ModelBuilder} turns a
 * {@link io.github.aria2j.codegen.schema.SchemaDocument} into an
 * {@link io.github.aria2j.codegen.model.ApiModel}, or reports every problem at once.
 * {@link io.github.aria2j.codegen.model.Naming} holds the naming rules.
 */
package io.github.aria2j.codegen.model;
