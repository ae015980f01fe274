package io.github.aria2j.it.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.conformance.ConformanceSchema.Option;
import io.github.aria2j.it.conformance.OptionSamples.RoundTrip;
import io.github.aria2j.it.conformance.TypedOptions.Channel;
import io.github.aria2j.it.conformance.TypedOptions.Kind;
import io.github.aria2j.it.conformance.TypedOptions.Verdict;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.VersionInfo;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.options.ChangeOptions;
import io.github.aria2j.options.GlobalOptions;
import io.github.aria2j.runtime.Aria2RpcException;
import io.github.aria2j.runtime.RpcErrorKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every option the schema says aria2 takes over RPC, against the live aria2c.
 *
 * <p><b>Round trip.</b> For each option and each call that takes it (aria2.changeGlobalOption, aria2.changeOption on
 * a paused download, aria2.addUri), a valid value set through the typed setter of the generated builder is read back
 * with getGlobalOption/getOption and compared with aria2's normalised form: sizes in bytes, proxies as URIs, header
 * and index-out values joined and ended with a newline ({@code gid} and {@code pause}, which aria2 never returns, are
 * checked through tellStatus). Options this aria2c cannot take are listed in the exclusion table, with the reason.
 *
 * <p><b>Differential validation.</b> For each option, a sample of valid and invalid values chosen from its kind and
 * bounds goes through the typed setter (does the client accept it?) and to aria2 (does aria2 accept it?): the typed
 * call when the client accepted the value, the raw value through {@code call} otherwise. A disagreement is a value
 * one side accepts and the other refuses, and fails the test. The one exception are the values in
 * {@link #DELIBERATELY_STRICTER}, which aria2 takes but mangles and the client refuses on purpose: each is reported
 * with its reason and with what aria2 stored for it, which must be what the table says; where that stored form looks
 * intact, {@link StricterEvidence} shows the loss on the live aria2c. An entry that no longer disagrees fails the test
 * too. Values that no call of the typed setter can produce (text for a number, {@code ""} for a boolean) cannot
 * disagree, but those aria2 accepts are counted and shown.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OptionConformanceIT {

    /**
     * Values aria2 accepts and the client refuses on purpose, because aria2 drops or mangles part of them (or a line
     * break would inject a header): keyed by option name, or by {@code *Kind} for every option of a kind, and the
     * value; each with what aria2 stores for it and the reason. Any other disagreement fails the test, and so does an
     * entry that no longer disagrees or whose stored value differs.
     */
    static final Map<String, DeliberatelyStricter.Entry> DELIBERATELY_STRICTER = DeliberatelyStricter.ALL;

    @RegisterExtension
    static final ItAria2 aria2 = ItAria2.perClass();

    private static final ConformanceSchema schema = ConformanceSchema.load();
    private static final Map<String, String> excluded = new LinkedHashMap<>();
    private static final List<Option> acceptable = new ArrayList<>();
    private static final Set<String> roundTripped = new TreeSet<>();
    private static final List<String> roundTripFailures = new ArrayList<>();
    private static final List<String> unexpected = new ArrayList<>();
    /** DELIBERATELY_STRICTER key to the values seen for it, one line each. */
    private static final Map<String, List<String>> stricter = new TreeMap<>();
    /** What StricterEvidence showed on the live aria2c, one line each. */
    private static final List<String> evidence = new ArrayList<>();
    /** Value aria2 accepts that no typed call produces, to the options it was sent to. */
    private static final Map<String, List<String>> acceptedButInexpressible = new TreeMap<>();
    private static int stricterCount;
    private static int samples;
    private static final Map<String, Integer> samplesByKind = new TreeMap<>();
    private static int notOverRpc;
    private static Map<String, String> startOptions;

    private final Aria2Client client = aria2.client();

    @BeforeAll
    static void sortOptions() {
        VersionInfo live = aria2.client().getVersion();
        startOptions = aria2.client().getGlobalOption();
        for (Option option : schema.options()) {
            if (!option.settableOverRpc()) {
                notOverRpc++; // startup-only or hidden: aria2 ignores them in every RPC call
                continue;
            }
            String reason = exclusionReason(option, live);
            if (reason == null) {
                acceptable.add(option);
            } else {
                excluded.put(option.name(), reason);
            }
        }
    }

    /** Why the live aria2c cannot take an option the schema lists, or null when it can. */
    private static String exclusionReason(Option option, VersionInfo live) {
        if (option.since() != null && compareVersions(live.version(), option.since()) < 0) {
            return "added in aria2 " + option.since() + "; the live aria2c " + live.version()
                    + " silently ignores it";
        }
        if (option.deprecatedEffect() != null && option.deprecatedEffect().contains("IGNORED")) {
            return "deprecated; aria2 ignores its value (" + option.deprecatedEffect() + ") and never returns it";
        }
        String condition = option.buildCondition();
        if (condition != null && !condition.startsWith("platform:")
                && Arrays.stream(condition.split("\\|")).noneMatch(live.enabledFeatures()::contains)) {
            return "needs an aria2 built with " + condition + ", which the live aria2c lacks";
        }
        return null;
    }

    @Test
    @Order(1)
    void everyOptionSetThroughTheTypedBuildersIsReadBackInNormalisedForm() {
        String target = pausedDownload("round-trip-target.bin");
        for (Option option : acceptable) {
            boolean ok = true;
            for (Channel channel : Channel.of(option)) {
                String failure = roundTrip(option, channel, target);
                if (failure != null) {
                    roundTripFailures.add(option.name() + " via " + channel.method + ": " + failure);
                    ok = false;
                }
            }
            if (ok) {
                roundTripped.add(option.name());
            }
        }
        System.out.println("options round-tripped: " + roundTripped.size() + " of " + acceptable.size()
                + " acceptable (" + excluded.size() + " excluded; " + notOverRpc
                + " startup-only or hidden options, which aria2 ignores over RPC, not counted)");
        excluded.forEach((name, reason) -> System.out.println("  excluded: " + name + ": " + reason));
        roundTripFailures.forEach(line -> System.out.println("  NOT ROUND-TRIPPED: " + line));
        assertThat(roundTripFailures).as("options that did not round-trip").isEmpty();
    }

    /** Sets the option's round-trip value through one call and compares the read-back; null when it matches. */
    private String roundTrip(Option option, Channel channel, String target) {
        RoundTrip value = OptionSamples.roundTrip(option, enumValues(option), aria2.workDir());
        Verdict verdict = TypedOptions.set(channel, option, value.input(), builder(channel, option));
        if (verdict.kind() != Kind.ACCEPTED) {
            return "the typed setter did not take the valid value " + shown(option, value.input()) + ": "
                    + verdict.detail();
        }
        String name = option.name();
        String expected = value.expected();
        String actual;
        switch (channel) {
            case GLOBAL -> {
                client.changeGlobalOption((GlobalOptions) verdict.options());
                actual = client.getGlobalOption().get(name);
                restoreGlobal(option);
            }
            case CHANGE -> {
                client.changeOption(target, (ChangeOptions) verdict.options());
                actual = client.getOption(target).get(name);
            }
            default -> {
                if (option.kind().equals("Cumulative")) {
                    // addUri appends a cumulative option's values to the global ones.
                    expected = client.getGlobalOption().getOrDefault(name, "") + expected;
                }
                String gid = client.addUri(List.of(aria2.files().uri("round-trip-" + name).toString()),
                        (AddOptions) verdict.options());
                if (!channel.returns(option)) {
                    return checkUnreturned(option, gid, value.input().get(0));
                }
                actual = client.getOption(gid).get(name);
            }
        }
        return Objects.equals(expected, actual) ? null
                : "read back " + shown(option, actual) + ", expected " + shown(option, expected);
    }

    /** gid and pause never come back from getOption: their effect shows in tellStatus instead. */
    private String checkUnreturned(Option option, String gid, String value) {
        if (client.getOption(gid).containsKey(option.name())) {
            return "getOption returned " + option.name() + ", which the schema says aria2 never returns";
        }
        return switch (option.name()) {
            case "gid" -> gid.equals(value) && client.tellStatus(value).gid().equals(value) ? null
                    : "the download got GID " + gid + ", not " + value;
            case "pause" -> client.tellStatus(gid).status() == DownloadState.PAUSED ? null
                    : "the download is " + client.tellStatus(gid).status() + ", not paused";
            default -> "no check for " + option.name() + ", which getOption does not return";
        };
    }

    @Test
    @Order(2)
    void clientValidationAcceptsExactlyWhatAria2Accepts() {
        for (Option option : acceptable) {
            Channel channel = Channel.of(option).get(0);
            for (String value : OptionSamples.validation(option, enumValues(option), aria2.workDir())) {
                samples++;
                samplesByKind.merge(option.kind(), 1, Integer::sum);
                compare(option, channel, value);
            }
            if (channel == Channel.GLOBAL) {
                restoreGlobal(option);
            }
        }
        Set<String> stale = new TreeSet<>(DELIBERATELY_STRICTER.keySet());
        stale.removeAll(stricter.keySet());
        System.out.println("validation samples: " + samples + ", disagreements: " + unexpected.size()
                + ", deliberately stricter: " + stricterCount + " (on " + stricter.size()
                + " DELIBERATELY_STRICTER entries, listed); samples by kind: " + samplesByKind);
        unexpected.forEach(line -> System.out.println("  DISAGREEMENT " + line));
        stricter.forEach((key, lines) -> {
            DeliberatelyStricter.Entry entry = DELIBERATELY_STRICTER.get(key);
            System.out.println("  DELIBERATELY STRICTER [" + escaped(key) + "] x" + lines.size() + ", aria2 stores "
                    + "\"" + escaped(entry.stored()) + "\": " + entry.reason());
            lines.forEach(line -> System.out.println("      " + line));
        });
        stale.forEach(key -> System.out.println("  STALE deliberately stricter entry (they agree now): " + key));
        System.out.println("  not disagreements: values aria2 accepts that no typed setter call produces (aliases"
                + " such as \"\" for true, and lax parsing):");
        acceptedButInexpressible.forEach((value, names) -> System.out.println("      " + value + " on "
                + names.size() + " option(s): " + String.join(", ", names)));
        assertThat(unexpected).as("disagreements not in DELIBERATELY_STRICTER").isEmpty();
        assertThat(stale).as("DELIBERATELY_STRICTER entries that no longer disagree").isEmpty();
    }

    @Test
    @Order(3)
    void whatAria2LosesOfTheDeliberatelyStricterValuesShowsWhenItUsesThem() throws Exception {
        evidence.add(StricterEvidence.proxyPathIsDropped(client, aria2.files()));
        evidence.add(StricterEvidence.infiniteSeedTimeEndsSeeding(client, aria2.files()));
        evidence.add(StricterEvidence.indexZeroFailsForATorrent(client, aria2.files()));
        evidence.forEach(line -> System.out.println("  deliberately stricter, shown live: " + line));
    }

    private void compare(Option option, Channel channel, String value) {
        Verdict client = TypedOptions.set(channel, option, List.of(value), builder(channel, option));
        Aria2Answer answer = aria2Verdict(option, channel, value, client);
        boolean clientTakes = client.kind() == Kind.ACCEPTED;
        boolean aria2Takes = answer.verdict() == AriaVerdict.ACCEPTED;
        if (client.kind() == Kind.INEXPRESSIBLE) {
            if (aria2Takes) {
                acceptedButInexpressible.computeIfAbsent(option.kind() + " " + shown(option, value) + " ("
                        + client.detail() + ")", k -> new ArrayList<>()).add(option.name());
            }
            return;
        }
        if (clientTakes == aria2Takes) {
            return;
        }
        String line = option.name() + " (" + option.kind() + ") value " + shown(option, value) + ": client "
                + (clientTakes ? "accepts" : "rejects (" + client.detail() + ")") + ", aria2 " + answer;
        String key = DeliberatelyStricter.key(option, value);
        if (key == null || clientTakes) {
            unexpected.add(line);
            return;
        }
        String stored = DELIBERATELY_STRICTER.get(key).stored();
        if (!stored.equals(answer.stored())) {
            unexpected.add(line + "; aria2 stored " + shown(option, answer.stored()) + ", DELIBERATELY_STRICTER says "
                    + shown(option, stored));
            return;
        }
        stricter.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
        stricterCount++;
    }

    private enum AriaVerdict { ACCEPTED, IGNORED, REJECTED }

    /** aria2's verdict, why, and what getOption/getGlobalOption returned for the option (null: nothing). */
    private record Aria2Answer(AriaVerdict verdict, String detail, String stored) {

        Aria2Answer(AriaVerdict verdict, String detail) {
            this(verdict, detail, null);
        }

        @Override
        public String toString() {
            return verdict.name().toLowerCase(Locale.ROOT) + (detail == null ? "" : " (" + detail + ")");
        }
    }

    /**
     * aria2's answer to a value: through the typed call when the client built an option set, else as raw text.
     * Per-download values go to a fresh paused download each, so that a value aria2 takes without storing shows as
     * ignored.
     */
    private Aria2Answer aria2Verdict(Option option, Channel channel, String value, Verdict typed) {
        String name = option.name();
        boolean isTyped = typed.kind() == Kind.ACCEPTED;
        try {
            switch (channel) {
                case GLOBAL -> {
                    if (isTyped) {
                        client.changeGlobalOption((GlobalOptions) typed.options());
                    } else {
                        client.call(channel.method, List.of(Map.of(name, value)));
                    }
                    return present(client.getGlobalOption(), name);
                }
                case CHANGE -> {
                    String gid = pausedDownload("validation-" + name + ".bin");
                    if (isTyped) {
                        client.changeOption(gid, (ChangeOptions) typed.options());
                    } else {
                        client.call(channel.method, List.of(gid, Map.of(name, value)));
                    }
                    return present(client.getOption(gid), name);
                }
                default -> {
                    String uri = aria2.files().uri("validation-" + name + ".bin").toString();
                    String gid;
                    if (isTyped) {
                        gid = client.addUri(List.of(uri), (AddOptions) typed.options());
                    } else {
                        Map<String, String> raw = new HashMap<>(Map.of(name, value));
                        raw.putIfAbsent("pause", "true");
                        gid = (String) client.call(channel.method, List.of(List.of(uri), raw));
                    }
                    if (name.equals("gid")) {
                        // aria2 reads a GID in either case and reports it in lower case.
                        return gid.equalsIgnoreCase(value) ? new Aria2Answer(AriaVerdict.ACCEPTED, null)
                                : new Aria2Answer(AriaVerdict.IGNORED, "the download got GID " + gid);
                    }
                    return channel.returns(option) ? present(client.getOption(gid), name)
                            : new Aria2Answer(AriaVerdict.ACCEPTED, null);
                }
            }
        } catch (Aria2RpcException e) {
            boolean optionError = e.kind() == RpcErrorKind.INVALID_OPTION && e.optionName().orElse("").equals(name);
            return new Aria2Answer(AriaVerdict.REJECTED, optionError ? null : "'" + e.serverMessage() + "'");
        }
    }

    private static Aria2Answer present(Map<String, String> options, String name) {
        return new Aria2Answer(options.containsKey(name) ? AriaVerdict.ACCEPTED : AriaVerdict.IGNORED,
                options.containsKey(name) ? null : "the call succeeded but the option was not stored",
                options.get(name));
    }

    @AfterAll
    static void printSummary() {
        System.out.println("options round-tripped: " + roundTripped.size() + " of " + acceptable.size()
                + " acceptable (" + excluded.size() + " excluded), validation samples: " + samples
                + ", disagreements: " + unexpected.size() + ", deliberately stricter: " + stricterCount + " (on "
                + stricter.size() + " DELIBERATELY_STRICTER entries, listed), shown live: " + evidence.size());
    }

    /** An AddOptions builder also pauses the download, so that nothing is fetched; the others start empty. */
    private static Object builder(Channel channel, Option option) {
        Object builder = TypedOptions.builder(channel);
        if (channel == Channel.ADD && !option.name().equals("pause")) {
            ((AddOptions.Builder) builder).pause(true);
        }
        return builder;
    }

    /** Puts back the value the option had when the class started, through a raw call (it may be one the typed
     * setters refuse, such as an empty path). Options that had no value keep the last one set. */
    private void restoreGlobal(Option option) {
        String before = startOptions.get(option.name());
        if (before != null) {
            client.call("aria2.changeGlobalOption", List.of(Map.of(option.name(), before)));
        } else if (option.kind().equals("HttpProxy")) {
            client.call("aria2.changeGlobalOption", List.of(Map.of(option.name(), "")));
        }
    }

    private String pausedDownload(String name) {
        return client.addUri(List.of(aria2.files().uri(name).toString()), AddOptions.builder().pause(true).build());
    }

    private static List<ConformanceSchema.EnumValue> enumValues(Option option) {
        return option.enumName() == null ? List.of() : schema.enumValues(option.enumName());
    }

    private static String escaped(String text) {
        return text.replace("\n", "\\n");
    }

    /** A value for the report: quoted, line breaks escaped, credentials masked. */
    static String shown(Option option, Object value) {
        if (value == null) {
            return "(absent)";
        }
        if (option.sensitive()) {
            return "***";
        }
        String text = value instanceof List<?> list && list.size() == 1 ? String.valueOf(list.get(0))
                : String.valueOf(value);
        return "\"" + text.replace("\n", "\\n") + "\"";
    }

    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int left = i < x.length ? Integer.parseInt(x[i]) : 0;
            int right = i < y.length ? Integer.parseInt(y[i]) : 0;
            if (left != right) {
                return Integer.compare(left, right);
            }
        }
        return 0;
    }
}
