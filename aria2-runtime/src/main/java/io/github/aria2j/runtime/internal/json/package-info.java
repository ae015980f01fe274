/**
 * Jackson streaming implementations of the JSON interfaces; not exported.
 *
 * <p>Everything here is an implementation detail of {@code io.github.aria2j.runtime.json}.
 */
package io.github.aria2j.runtime.internal.json;
