package io.github.aria2j.codegen.model;

import static io.github.aria2j.codegen.testing.TestSchemas.minimal;
import static io.github.aria2j.codegen.testing.TestSchemas.named;
import static io.github.aria2j.codegen.testing.TestSchemas.problems;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Rules on options: defaults against kind, bounds and enum; kinds, flags and scope; one test per rule. */
class OptionRulesTest {

    @Test
    void defaultBelowMin() {
        assertThat(problemsAfter("split", split -> split.put("default", "0"))).containsExactly(
                "$.options[7].default (file test.json): default \"0\" is below min 1 for option 'split'");
    }

    @Test
    void defaultAboveMax() {
        assertThat(problemsAfter("split", split -> split.put("default", "17"))).containsExactly(
                "$.options[7].default (file test.json): default \"17\" is above max 16 for option 'split'");
    }

    @Test
    void unitNumberDefaultIsScaledBeforeTheRangeCheck() {
        assertThat(problemsAfter("min-split-size", option -> option.put("default", "512K"))).containsExactly(
                "$.options[3].default (file test.json): default \"512K\" (524288) is below min 1048576 for option"
                        + " 'min-split-size'");
        assertThat(problemsAfter("min-split-size", option -> option.put("default", "1024M"))).isEmpty();
        assertThat(problemsAfter("min-split-size", option -> option.put("default", "1025m"))).containsExactly(
                "$.options[3].default (file test.json): default \"1025m\" (1074790400) is above max 1073741824 for"
                        + " option 'min-split-size'");
    }

    @Test
    void defaultMustBeOfTheKindsSyntax() {
        assertThat(problemsAfter("min-split-size", option -> option.put("default", "2G"))).containsExactly(
                "$.options[3].default (file test.json): default \"2G\" is not valid for option 'min-split-size' of"
                        + " kind UnitNumber; expected a whole number of bytes, optionally with the suffix K or M");
        assertThat(problemsAfter("split", option -> option.put("default", "5.0"))).containsExactly(
                "$.options[7].default (file test.json): default \"5.0\" is not valid for option 'split' of kind"
                        + " Number; expected an integer");
        assertThat(problemsAfter("seed-ratio", option -> option.put("default", "1,5"))).containsExactly(
                "$.options[6].default (file test.json): default \"1,5\" is not valid for option 'seed-ratio' of kind"
                        + " Float; expected a decimal number");
        assertThat(problemsAfter("continue", option -> option.put("default", "yes"))).containsExactly(
                "$.options[0].default (file test.json): default \"yes\" is not a Boolean for option 'continue';"
                        + " expected true or false");
    }

    @Test
    void floatDefaultBelowMin() {
        assertThat(problemsAfter("seed-ratio", option -> option.put("default", "-0.5"))).containsExactly(
                "$.options[6].default (file test.json): default \"-0.5\" is below min 0.0 for option 'seed-ratio'");
    }

    @Test
    void integerRangeDefaultChecksEveryBound() {
        assertThat(problemsAfter("listen-port", option -> option.put("default", "80-6999,70000"))).containsExactly(
                "$.options[5].default (file test.json): default \"80-6999,70000\" has 80, which is below min 1024 for"
                        + " option 'listen-port'",
                "$.options[5].default (file test.json): default \"80-6999,70000\" has 70000, which is above max 65535"
                        + " for option 'listen-port'");
        assertThat(problemsAfter("listen-port", option -> option.put("default", "6999-6881"))).containsExactly(
                "$.options[5].default (file test.json): default \"6999-6881\" has the range 6999-6881, whose start is"
                        + " after its end, for option 'listen-port'");
    }

    @Test
    void parameterOptionNeedsAnEnum() {
        assertThat(problemsAfter("log-level", option -> option.remove("enum"))).containsExactly(
                "$.options[1] (file test.json): Parameter option 'log-level' needs 'enum' (the enum of its accepted"
                        + " values)");
    }

    @Test
    void parameterDefaultMustBeAnEnumValue() {
        assertThat(problemsAfter("log-level", option -> option.put("default", "notice"))).containsExactly(
                "$.options[1].default (file test.json): default \"notice\" is not a value of enum LogLevel for option"
                        + " 'log-level'; expected one of: debug, warn");
    }

    @Test
    void parameterEnumMustExist() {
        assertThat(problemsAfter("log-level", option -> option.put("enum", "Level"))).containsExactly(
                "$.options[1].enum (file test.json): unknown enum 'Level' for option 'log-level'; expected one of:"
                        + " DownloadState, LogLevel, TlsVersion");
    }

    @Test
    void enumOnlyForParameterOptions() {
        assertThat(problemsAfter("header", option -> option.put("enum", "LogLevel"))).containsExactly(
                "$.options[4].enum (file test.json): enum is only for Parameter options; option 'header' is"
                        + " Cumulative");
    }

    @Test
    void boundsOnlyForNumericKinds() {
        assertThat(problemsAfter("continue", option -> option.put("max", 1))).containsExactly(
                "$.options[0].max (file test.json): min and max are only for the kinds Number, UnitNumber, Float and"
                        + " IntegerRange; option 'continue' is Boolean");
    }

    @Test
    void minMustNotExceedMax() {
        assertThat(problemsAfter("split", option -> option.put("min", 20).put("default", "20"))).containsExactly(
                "$.options[7].min (file test.json): min 20 is greater than max 16 for option 'split'",
                "$.options[7].default (file test.json): default \"20\" is above max 16 for option 'split'");
    }

    @Test
    void integerKindsNeedIntegerBounds() {
        assertThat(problemsAfter("split", option -> option.put("min", 1.5))).containsExactly(
                "$.options[7].min (file test.json): min 1.5 is not an integer in the range of long; option 'split' of"
                        + " kind Number takes integer bounds");
    }

    @Test
    void scopeFlagsMustBeConsistent() {
        assertThat(problemsAfter("log-level", option -> ((ObjectNode) option.get("scope"))
                .put("changeOption", true).put("changeOptionNoRestart", true))).containsExactly(
                "$.options[1].scope.changeOption (file test.json): changeOption needs perDownload (aria2.changeOption"
                        + " only takes per-download options)");
        assertThat(problemsAfter("split", option -> ((ObjectNode) option.get("scope"))
                .put("changeOption", false).put("changeOptionNoRestart", true))).containsExactly(
                "$.options[7].scope.changeOptionNoRestart (file test.json): changeOptionNoRestart needs changeOption");
    }

    @Test
    void acceptsArrayExactlyForCumulativeKinds() {
        assertThat(problemsAfter("header", option -> option.put("acceptsArray", false))).containsExactly(
                "$.options[4].acceptsArray (file test.json): acceptsArray must be true exactly for the kinds Cumulative"
                        + " and IndexOut; option 'header' is Cumulative");
    }

    @Test
    void dynamicDefaultNeedsANullDefault() {
        assertThat(problemsAfter("split", option -> option.put("dynamicDefault", "The CPU count."))).containsExactly(
                "$.options[7].default (file test.json): default must be null when dynamicDefault is given");
    }

    @Test
    void kindArgumentAndTagsAreClosedSets() {
        assertThat(problemsAfter("split", option -> {
            option.put("kind", "Integer");
            option.put("argument", "mandatory");
            option.withArray("tags").add("fast");
        })).containsExactly(
                "$.options[7].kind (file test.json): 'Integer' is not a valid option kind; expected one of: Boolean,"
                        + " Number, UnitNumber, Float, IntegerRange, Parameter, String, LocalFilePath, Cumulative,"
                        + " IndexOut, Checksum, HostPort, HttpProxy, PrioritizePiece, OptimizeConcurrentDownloads",
                "$.options[7].argument (file test.json): 'mandatory' is not a valid argument; expected one of:"
                        + " required, optional, none",
                "$.options[7].min (file test.json): min and max are only for the kinds Number, UnitNumber, Float and"
                        + " IntegerRange; option 'split' is String",
                "$.options[7].tags[2] (file test.json): 'fast' is not a valid tag; expected one of: basic, advanced,"
                        + " http, https, ftp, metalink, bittorrent, cookie, hook, file, rpc, checksum, experimental,"
                        + " deprecated, help");
    }

    @Test
    void kindSpecificFlagsOnlyOnTheirKinds() {
        assertThat(problemsAfter("header", option -> {
            option.putArray("checksumTypes").add("sha-1");
            option.put("mustExist", true);
        })).containsExactly(
                "$.options[4].checksumTypes (file test.json): checksumTypes is only for Checksum options",
                "$.options[4] (file test.json): mustExist and acceptStdin are only for LocalFilePath options");
    }

    @Test
    void formatOnlyOnStringOptionsThatRefuseTheEmptyString() {
        assertThat(problemsAfter("header", option -> option.put("format", "gid"))).containsExactly(
                "$.options[4].format (file test.json): format is only for String options; option 'header' is"
                        + " Cumulative");
        assertThat(problemsAfter("rpc-secret", option -> option.put("format", "gid").put("allowEmpty", true)))
                .containsExactly("$.options[8].format (file test.json): option 'rpc-secret' has a format, which no"
                        + " empty string matches, and allowEmpty; drop one of them");
        assertThat(problemsAfter("rpc-secret", option -> option.put("format", "uuid"))).singleElement()
                .asString().startsWith("$.options[8].format (file test.json): ").contains("'uuid'");
        assertThat(problemsAfter("rpc-secret", option -> option.put("format", "gid"))).isEmpty();
    }

    @Test
    void allowEmptyContradictsMustExist() {
        assertThat(problemsAfter("rpc-secret", option -> option.put("kind", "LocalFilePath").put("mustExist", true)
                .put("allowEmpty", true))).containsExactly(
                "$.options[8].allowEmpty (file test.json): allowEmpty contradicts mustExist: no file has the empty"
                        + " path");
    }

    @Test
    void sinceManualAnchorAndBuildConditionFollowTheirPatterns() {
        assertThat(problemsAfter("rpc-secret", option -> {
            option.put("since", "1.37");
            option.put("manualAnchor", "#cmdoption-rpc-secret");
            option.put("buildCondition", "BitTorrent||Metalink");
        })).containsExactly(
                "$.options[8].since (file test.json): since '1.37' is not valid; expected MAJOR.MINOR.PATCH, e.g."
                        + " 1.37.0",
                "$.options[8].manualAnchor (file test.json): manualAnchor '#cmdoption-rpc-secret' is not valid;"
                        + " expected a letter, then letters, digits, '.', '_' or '-'",
                "$.options[8].buildCondition (file test.json): buildCondition 'BitTorrent||Metalink' is not valid;"
                        + " expected feature names separated by '|'");
    }

    @Test
    void hiddenOptionsBelongToNoOptionSet() {
        ObjectNode document = minimal();
        named(document, "options", "split").put("hidden", true);

        assertThat(io.github.aria2j.codegen.testing.TestSchemas.model(document).option("split").orElseThrow().sets())
                .isEmpty();
    }

    private static List<String> problemsAfter(String option, Consumer<ObjectNode> edit) {
        ObjectNode document = minimal();
        edit.accept(named(document, "options", option));
        return problems(document);
    }
}
