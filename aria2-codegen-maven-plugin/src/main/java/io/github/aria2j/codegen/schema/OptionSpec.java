package io.github.aria2j.codegen.schema;

import io.github.aria2j.codegen.diagnostic.SchemaPath;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An element of {@code options}: one aria2 option (one option handler).
 *
 * @param path where the element is
 * @param name long name without {@code --}, e.g. {@code max-concurrent-downloads}
 * @param shortName short name without {@code -}, if any (JSON field {@code short})
 * @param kind aria2's handler kind, e.g. {@code Number}
 * @param argument {@code required}, {@code optional} or {@code none}
 * @param defaultValue the default as aria2 writes it; empty when the JSON has {@code null} (JSON field
 *     {@code default})
 * @param dynamicDefault how the default depends on the machine, build or version, if it does
 * @param min smallest accepted value (UnitNumber: bytes), if given
 * @param max largest accepted value (UnitNumber: bytes), if given
 * @param enumName the enum of a Parameter option's values, if given (JSON field {@code enum})
 * @param checksumTypes hash types a Checksum option accepts (empty when absent)
 * @param tags aria2's help tags
 * @param scope where the option can be set
 * @param acceptsArray over RPC the value may be a JSON array of strings
 * @param returnedBy which getters return the option
 * @param hidden hidden options are rejected on the command line and ignored over RPC
 * @param deprecated the deprecation, if the option is deprecated
 * @param since first aria2 release with the option, if later than the baseline
 * @param buildCondition build feature the option needs, if any
 * @param sensitive the value is a credential
 * @param allowEmpty the empty string is accepted
 * @param mustExist the path must name an existing file
 * @param acceptStdin {@code -} stands for standard input
 * @param format what the text of a String option must be ({@code gid}), if given
 * @param summary one sentence
 * @param description longer text
 * @param manualAnchor anchor of the option in the manual, if the manual documents it
 * @param notes behaviour worth knowing (empty when absent)
 * @param javaName override of the Java identifier, if given
 */
public record OptionSpec(
        SchemaPath path,
        String name,
        Optional<String> shortName,
        String kind,
        String argument,
        Optional<String> defaultValue,
        Optional<String> dynamicDefault,
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        Optional<String> enumName,
        List<String> checksumTypes,
        List<String> tags,
        ScopeSpec scope,
        boolean acceptsArray,
        ReturnedBySpec returnedBy,
        boolean hidden,
        Optional<DeprecationSpec> deprecated,
        Optional<String> since,
        Optional<String> buildCondition,
        boolean sensitive,
        boolean allowEmpty,
        boolean mustExist,
        boolean acceptStdin,
        Optional<String> format,
        String summary,
        String description,
        Optional<String> manualAnchor,
        List<String> notes,
        Optional<String> javaName) implements NamedSpec {

    /**
     * Creates the record; copies the lists so that the record stays immutable.
     *
     * @param path where the element is
     * @param name long name without {@code --}, e.g. {@code max-concurrent-downloads}
     * @param shortName short name without {@code -}, if any (JSON field {@code short})
     * @param kind aria2's handler kind, e.g. {@code Number}
     * @param argument {@code required}, {@code optional} or {@code none}
     * @param defaultValue the default as aria2 writes it; empty when the JSON has {@code null} (JSON field {@code
     *     default})
     * @param dynamicDefault how the default depends on the machine, build or version, if it does
     * @param min smallest accepted value (UnitNumber: bytes), if given
     * @param max largest accepted value (UnitNumber: bytes), if given
     * @param enumName the enum of a Parameter option's values, if given (JSON field {@code enum})
     * @param checksumTypes hash types a Checksum option accepts (empty when absent)
     * @param tags aria2's help tags
     * @param scope where the option can be set
     * @param acceptsArray over RPC the value may be a JSON array of strings
     * @param returnedBy which getters return the option
     * @param hidden hidden options are rejected on the command line and ignored over RPC
     * @param deprecated the deprecation, if the option is deprecated
     * @param since first aria2 release with the option, if later than the baseline
     * @param buildCondition build feature the option needs, if any
     * @param sensitive the value is a credential
     * @param allowEmpty the empty string is accepted
     * @param mustExist the path must name an existing file
     * @param acceptStdin {@code -} stands for standard input
     * @param format what the text of a String option must be ({@code gid}), if given
     * @param summary one sentence
     * @param description longer text
     * @param manualAnchor anchor of the option in the manual, if the manual documents it
     * @param notes behaviour worth knowing (empty when absent)
     * @param javaName override of the Java identifier, if given
     */
    public OptionSpec {
        checksumTypes = List.copyOf(checksumTypes);
        tags = List.copyOf(tags);
        notes = List.copyOf(notes);
    }
}
