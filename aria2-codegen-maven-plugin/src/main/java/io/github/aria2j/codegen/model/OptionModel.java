package io.github.aria2j.codegen.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An aria2 option, with its Java names and what the generated setter must validate.
 *
 * @param name the long name, e.g. {@code max-concurrent-downloads}
 * @param shortName the short name, if any (e.g. {@code j})
 * @param javaName the setter's name: the schema's {@code javaName}, else the name in camel case
 *     ({@code maxConcurrentDownloads}; {@code continue} has {@code continueDownload})
 * @param constantName an upper-snake constant derived from {@code javaName} ({@code MAX_CONCURRENT_DOWNLOADS})
 * @param kind how values are written and checked
 * @param argument whether the command-line option takes an argument
 * @param defaultValue the default as aria2 writes it, if it has a fixed one
 * @param dynamicDefault how the default depends on the machine, build or version, if it does
 * @param bounds accepted range (integers for Number, UnitNumber in bytes and IntegerRange; decimals for Float)
 * @param enumRef the enum of the accepted values of a Parameter option
 * @param checksumTypes hash types a Checksum option accepts, when not all
 * @param tags aria2's help tags
 * @param scope where the option can be set
 * @param sets the option sets that contain it, in {@link OptionSet} order; empty for startup-only and hidden options
 * @param acceptsArray the value may be sent as a JSON array of strings (Cumulative, IndexOut)
 * @param returnedByGetOption aria2.getOption returns it
 * @param returnedByGetGlobalOption aria2.getGlobalOption returns it
 * @param hidden rejected on the command line and ignored over RPC
 * @param deprecation why and how it is deprecated, if it is
 * @param since first aria2 release with the option, if later than the baseline
 * @param buildCondition build feature the option needs, if any
 * @param sensitive a credential: never log the value
 * @param allowEmpty the empty string is accepted
 * @param mustExist the path must name an existing file
 * @param acceptStdin {@code -} stands for standard input
 * @param format what the text of a String option must be, if the schema says
 * @param doc the Javadoc text, with facts (value, default, range, tags, scope, since, ...)
 */
public record OptionModel(
        String name,
        Optional<String> shortName,
        String javaName,
        String constantName,
        OptionKind kind,
        OptionArgument argument,
        Optional<String> defaultValue,
        Optional<String> dynamicDefault,
        Optional<OptionBounds> bounds,
        Optional<TypeRef.EnumRef> enumRef,
        List<String> checksumTypes,
        List<String> tags,
        OptionScope scope,
        Set<OptionSet> sets,
        boolean acceptsArray,
        boolean returnedByGetOption,
        boolean returnedByGetGlobalOption,
        boolean hidden,
        Optional<Deprecation> deprecation,
        Optional<String> since,
        Optional<String> buildCondition,
        boolean sensitive,
        boolean allowEmpty,
        boolean mustExist,
        boolean acceptStdin,
        Optional<ValueFormat> format,
        Javadoc doc) {

    /**
     * Creates the record; copies the collections so that the record stays immutable; {@code sets} iterates in enum order.
     *
     * @param name the long name, e.g. {@code max-concurrent-downloads}
     * @param shortName the short name, if any (e.g. {@code j})
     * @param javaName the setter's name: the schema's {@code javaName}, else the name in camel case ({@code
     *     maxConcurrentDownloads}; {@code continue} has {@code continueDownload})
     * @param constantName an upper-snake constant derived from {@code javaName} ({@code MAX_CONCURRENT_DOWNLOADS})
     * @param kind how values are written and checked
     * @param argument whether the command-line option takes an argument
     * @param defaultValue the default as aria2 writes it, if it has a fixed one
     * @param dynamicDefault how the default depends on the machine, build or version, if it does
     * @param bounds accepted range (integers for Number, UnitNumber in bytes and IntegerRange; decimals for Float)
     * @param enumRef the enum of the accepted values of a Parameter option
     * @param checksumTypes hash types a Checksum option accepts, when not all
     * @param tags aria2's help tags
     * @param scope where the option can be set
     * @param sets the option sets that contain it, in {@link OptionSet} order; empty for startup-only and hidden
     *     options
     * @param acceptsArray the value may be sent as a JSON array of strings (Cumulative, IndexOut)
     * @param returnedByGetOption aria2.getOption returns it
     * @param returnedByGetGlobalOption aria2.getGlobalOption returns it
     * @param hidden rejected on the command line and ignored over RPC
     * @param deprecation why and how it is deprecated, if it is
     * @param since first aria2 release with the option, if later than the baseline
     * @param buildCondition build feature the option needs, if any
     * @param sensitive a credential: never log the value
     * @param allowEmpty the empty string is accepted
     * @param mustExist the path must name an existing file
     * @param acceptStdin {@code -} stands for standard input
     * @param format what the text of a String option must be, if the schema says
     * @param doc the Javadoc text, with facts (value, default, range, tags, scope, since, ...)
     */
    public OptionModel {
        checksumTypes = List.copyOf(checksumTypes);
        tags = List.copyOf(tags);
        sets = Collections.unmodifiableSet(sets.isEmpty() ? EnumSet.noneOf(OptionSet.class) : EnumSet.copyOf(sets));
    }

    /**
     * Whether the option belongs to an option set.
     *
     * @param set the option set
     * @return true when the generated type of {@code set} has the option
     */
    public boolean isIn(OptionSet set) {
        return sets.contains(set);
    }

    /**
     * Why and how an option is deprecated.
     *
     * @param message aria2's deprecation message (may be empty)
     * @param effect what setting the option still does
     */
    public record Deprecation(String message, String effect) {
    }
}
