/**
 * Support for the generated option builders ({@code AddOptions}, {@code ChangeOptions}, {@code
 * GlobalOptions}).
 *
 * <p>{@link io.github.aria2j.runtime.options.AbstractOptions} holds the values and writes them the
 * way aria2 expects them: every value a JSON string, several values of a cumulative option
 * ({@code header}, {@code index-out}) as an array. {@link
 * io.github.aria2j.runtime.options.OptionValidation} checks a value by its kind before it is
 * stored, and a value it rejects raises an {@link
 * io.github.aria2j.runtime.options.InvalidOptionException} that names the option and what it
 * accepts, because aria2 itself answers an invalid value with a message that does not say why.
 *
 * <p>This package is public for the benefit of generated code; applications use the generated
 * builders and catch {@code InvalidOptionException}.
 */
package io.github.aria2j.runtime.options;
