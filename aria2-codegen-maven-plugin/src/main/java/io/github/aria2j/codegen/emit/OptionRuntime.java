package io.github.aria2j.codegen.emit;

import com.palantir.javapoet.ClassName;
import java.util.Set;

/**
 * The hand-written runtime types that generated option sets build on (package
 * {@code io.github.aria2j.runtime.options}), and the names the builders reserve.
 */
final class OptionRuntime {

    /** The package of the runtime's option support. */
    static final String PACKAGE = "io.github.aria2j.runtime.options";

    /** The base class of every generated option set. */
    static final ClassName ABSTRACT_OPTIONS = ClassName.get(PACKAGE, "AbstractOptions");

    /** The base class of every generated builder. */
    static final ClassName ABSTRACT_BUILDER = ABSTRACT_OPTIONS.nestedClass("AbstractBuilder");

    /** The checks, one static method per kind of value. */
    static final ClassName VALIDATION = ClassName.get(PACKAGE, "OptionValidation");

    /** What a setter throws for a value aria2 would reject. */
    static final ClassName INVALID_OPTION = ClassName.get(PACKAGE, "InvalidOptionException");

    /** The runtime's JSON writer interface, the type of each option set's {@code WRITER}. */
    static final ClassName VALUE_WRITER = ClassName.get("io.github.aria2j.runtime.json", "ValueWriter");

    /** The simple name of the nested builder of every option set. */
    static final String BUILDER = "Builder";

    /** The simple name of the generated, package-private table of every known option. */
    static final String KNOWN_OPTIONS = "KnownOptions";

    /** The builder's own methods and those it inherits: no option's setter may take these names. */
    static final Set<String> RESERVED_SETTER_NAMES = Set.of("build", "option", "putValue", "addValue", "putUnlisted");

    private OptionRuntime() {
    }
}
