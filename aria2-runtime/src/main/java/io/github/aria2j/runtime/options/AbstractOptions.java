package io.github.aria2j.runtime.options;

import static io.github.aria2j.runtime.options.OptionMessages.requireValue;

import io.github.aria2j.runtime.json.JsonOut;
import io.github.aria2j.runtime.json.ValueWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The base of the generated option sets: an immutable map from option names to their values, in
 * the order they were set, and the way aria2 wants them on the wire.
 *
 * <p>Every option has one value, except the cumulative ones ({@code header}, {@code index-out})
 * that may have several. {@link #writer()} writes a JSON object whose values are JSON strings, or
 * arrays of strings for an option with several values; aria2 silently ignores a number or a
 * boolean, so nothing else is ever written.
 *
 * <p>Two option sets are equal when they are of the same class and hold the same values. {@link
 * #toString()} never shows a credential: the subclass names the options whose values are secret,
 * and the user name and password of proxy URIs are masked.
 */
public abstract class AbstractOptions {

  private static final ValueWriter<AbstractOptions> WRITER = AbstractOptions::write;

  private final Map<String, List<String>> values;
  private final Set<String> secretNames;
  private final Set<String> proxyNames;

  /**
   * Creates the option set from what a builder holds.
   *
   * @param builder the builder; later changes to it do not affect this set
   * @param secretNames options whose values {@link #toString()} never shows (credentials)
   * @param proxyNames options whose values are proxy URIs, shown with their user name and
   *     password masked
   */
  protected AbstractOptions(
      AbstractBuilder<?> builder, Set<String> secretNames, Set<String> proxyNames) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    builder.values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
    this.values = Collections.unmodifiableMap(copy);
    this.secretNames = Set.copyOf(secretNames);
    this.proxyNames = Set.copyOf(proxyNames);
  }

  /**
   * Returns a writer of option sets for RPC calls: a JSON object with one member per option, in
   * the order they were set, such as {@code {"split":"4","header":["A: b","C: d"]}}.
   *
   * @param <T> the option set's type
   * @return the writer
   */
  @SuppressWarnings("unchecked") // the writer only uses what every AbstractOptions has
  public static <T extends AbstractOptions> ValueWriter<T> writer() {
    return (ValueWriter<T>) (ValueWriter<?>) WRITER;
  }

  private static void write(JsonOut out, AbstractOptions options) {
    out.beginObject();
    for (Map.Entry<String, List<String>> option : options.values.entrySet()) {
      out.name(option.getKey());
      List<String> list = option.getValue();
      if (list.size() == 1) {
        out.writeString(list.get(0));
      } else {
        out.beginArray();
        list.forEach(out::writeString);
        out.endArray();
      }
    }
    out.endObject();
  }

  /**
   * Returns every option set, with its values, in the order they were set.
   *
   * @return an unmodifiable map from long option names to their values (never empty lists)
   */
  public final Map<String, List<String>> asMap() {
    return values;
  }

  /**
   * Returns the values of one option.
   *
   * @param name the option's long name, such as {@code split}
   * @return its values as they go on the wire, such as {@code ["4"]}; empty when it is not set
   */
  public final List<String> get(String name) {
    return values.getOrDefault(Objects.requireNonNull(name, "name"), List.of());
  }

  /**
   * Returns whether no option is set.
   *
   * @return true for an empty set, which aria2 takes as "no options"
   */
  public final boolean isEmpty() {
    return values.isEmpty();
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((AbstractOptions) other).values.equals(values);
  }

  @Override
  public final int hashCode() {
    return getClass().getName().hashCode() * 31 + values.hashCode();
  }

  /**
   * Returns the class name and the options, with secrets masked: {@code AddOptions{split=4,
   * http-passwd=****, header=[A: b, C: d]}}.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringJoiner text = new StringJoiner(", ", getClass().getSimpleName() + "{", "}");
    values.forEach(
        (name, list) -> {
          List<String> shown = new ArrayList<>();
          for (String value : list) {
            shown.add(shown(name, value));
          }
          text.add(name + "=" + (shown.size() == 1 ? shown.get(0) : shown.toString()));
        });
    return text.toString();
  }

  private String shown(String name, String value) {
    if (secretNames.contains(name)) {
      return OptionMessages.MASK;
    }
    return proxyNames.contains(name) ? OptionMessages.maskUserInfo(value) : value;
  }

  /**
   * The base of the generated builders: it collects values, which the generated setters have
   * checked, in the order they are set.
   *
   * @param <B> the generated builder's type, which the methods return
   */
  public abstract static class AbstractBuilder<B extends AbstractBuilder<B>> {

    private final Map<String, List<String>> values = new LinkedHashMap<>();

    /** Creates an empty builder. */
    protected AbstractBuilder() {}

    /**
     * Creates a builder holding the values of an option set.
     *
     * @param options the option set to start from
     */
    protected AbstractBuilder(AbstractOptions options) {
      options.values.forEach((name, list) -> values.put(name, new ArrayList<>(list)));
    }

    /**
     * Sets an option to one value, replacing any value it had.
     *
     * @param name the option's long name
     * @param value the checked wire value
     * @return this builder
     */
    protected final B putValue(String name, String value) {
      List<String> list = new ArrayList<>();
      list.add(requireValue(name, value));
      values.put(requireValue("name", name), list);
      return self();
    }

    /**
     * Adds a value to a cumulative option ({@code header}, {@code index-out}), after its other
     * values.
     *
     * @param name the option's long name
     * @param value the checked wire value
     * @return this builder
     */
    protected final B addValue(String name, String value) {
      requireValue(name, value);
      values.computeIfAbsent(requireValue("name", name), key -> new ArrayList<>()).add(value);
      return self();
    }

    /**
     * Sets an option that this binding does not know, after checking that it really does not.
     *
     * <p>The name must look like an option name. An option that the binding knows is refused:
     * one of this builder's type has a typed setter that checks its value, and one that aria2
     * does not accept in this type's calls would be silently ignored by aria2.
     *
     * @param name the option's long name, without the leading {@code --}
     * @param value the value, sent as given
     * @param typeName the simple name of the generated option set, such as {@code AddOptions}
     * @param acceptedBy every option the binding knows, mapped to the simple names of the
     *     generated option sets that accept it, separated by {@code ", "} (empty when none does)
     * @return this builder
     * @throws InvalidOptionException if the name is malformed or known to the binding
     */
    protected final B putUnlisted(
        String name, String value, String typeName, Map<String, String> acceptedBy) {
      OptionValidation.optionName(name);
      requireValue(name, value);
      String accepted = acceptedBy.get(name);
      if (accepted == null) {
        return putValue(name, value);
      }
      List<String> types = accepted.isEmpty() ? List.of() : List.of(accepted.split(", "));
      if (types.contains(typeName)) {
        throw new InvalidOptionException(
            name,
            "has a typed setter in " + typeName + ".Builder; use it instead of option()",
            null);
      } else if (types.isEmpty()) {
        throw new InvalidOptionException(
            name, "cannot be set over RPC: aria2 ignores it in every call", null);
      }
      throw new InvalidOptionException(
          name,
          "cannot be set in " + typeName + ": aria2 ignores it there; it belongs in "
              + String.join(" or ", types),
          null);
    }

    @SuppressWarnings("unchecked") // B is the generated builder's own type
    private B self() {
      return (B) this;
    }
  }
}
