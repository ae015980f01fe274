/**
 * The typed, validated options of aria2, one builder per scope.
 *
 * <p>{@code AddOptions} holds the options a download accepts when it is added, {@code
 * ChangeOptions} those that can change while it runs, {@code GlobalOptions} those of the whole
 * daemon. The sources are generated from the aria2 schema.
 */
module io.github.aria2j.options {
  requires transitive io.github.aria2j.runtime;
  requires static transitive org.jspecify;

  exports io.github.aria2j.options;
}
