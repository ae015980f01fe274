package io.github.aria2j.codegen.model;

import java.util.OptionalDouble;
import java.util.OptionalLong;

/** The accepted range of a numeric option; either end may be open. */
public sealed interface OptionBounds permits OptionBounds.IntegerBounds, OptionBounds.DecimalBounds {

    /**
     * Integer bounds: Number, IntegerRange, and UnitNumber (in bytes).
     *
     * @param min smallest accepted value, if any
     * @param max largest accepted value, if any
     */
    record IntegerBounds(OptionalLong min, OptionalLong max) implements OptionBounds {
    }

    /**
     * Decimal bounds: Float.
     *
     * @param min smallest accepted value, if any
     * @param max largest accepted value, if any
     */
    record DecimalBounds(OptionalDouble min, OptionalDouble max) implements OptionBounds {
    }
}
