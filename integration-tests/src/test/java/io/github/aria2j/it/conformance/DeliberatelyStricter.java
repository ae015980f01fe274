package io.github.aria2j.it.conformance;

import static java.util.Map.entry;

import io.github.aria2j.it.conformance.ConformanceSchema.Option;
import java.util.Map;

/**
 * The values aria2 accepts and the client refuses on purpose ({@link OptionConformanceIT#DELIBERATELY_STRICTER}):
 * aria2 silently drops or mangles part of each, or would let a line break inject a second header or entry. A key is
 * {@code "<option> = <value>"}, or {@code "*<Kind> = <value>"} for every option of a kind.
 *
 * <p>Each entry says what aria2 stores for the value, exactly as getOption/getGlobalOption return it on the call the
 * test uses, and the test checks that on the live aria2c: the entry holds only while aria2 really mangles the value
 * that way. Where the stored value looks intact and the loss comes later, when aria2 uses it, a check of
 * {@link StricterEvidence} shows the loss on the live aria2c too. The test fails on a refused value missing here, on
 * an entry whose value the client and aria2 agree on now, and on a stored value other than the entry's.
 *
 * <p>Values aria2 stores as given and uses without loss are not here: the client accepts them (an empty path, a
 * trailing comma in {@code select-file}, a repeated {@code head} in {@code bt-prioritize-piece}, {@code inf} for
 * {@code seed-ratio}).
 */
final class DeliberatelyStricter {

    /**
     * What aria2 stores for a value, and why the client refuses it.
     *
     * @param stored what getOption/getGlobalOption return after aria2 took the value
     * @param reason what is lost, and what the client takes instead
     */
    record Entry(String stored, String reason) {}

    static final Map<String, Entry> ALL = Map.ofEntries(
            entry("*HttpProxy = http://proxy.example:0", new Entry("http://proxy.example/",
                    "aria2 drops port 0 and stores http://proxy.example/, so the proxy is then reached on port 80;"
                            + " the client wants a port from 1 to 65535.")),
            entry("*HttpProxy = http://proxy.example/path", new Entry("http://proxy.example/path",
                    "aria2 stores the path but never uses it: requests through the proxy go to HOST:PORT and name"
                            + " only the download's URI (StricterEvidence.proxyPathIsDropped); the client takes"
                            + " [http://][USER:PASSWORD@]HOST[:PORT] with nothing after the optional '/'.")),
            entry("*UnitNumber = 1KB", new Entry("1024",
                    "aria2 stores 1024 (1K) for 1KB: it reads a size up to its first K or M and ignores the rest;"
                            + " the client takes digits with an optional K or M only.")),
            entry("*UnitNumber = 1MiB", new Entry("1048576",
                    "aria2 stores 1048576 (1M) for 1MiB: the 'iB' after the M is ignored, as any text after the"
                            + " unit is.")),
            entry("*UnitNumber = 1Kxyz", new Entry("1024",
                    "aria2 stores 1024 (1K) for 1Kxyz: whatever follows the first K or M is dropped unread.")),
            entry("seed-time = inf", new Entry("inf",
                    "aria2 stores inf but turns the minutes into seconds in a 32-bit int, which overflows: seeding"
                            + " ends at once, the opposite of what inf asks for (StricterEvidence."
                            + "infiniteSeedTimeEndsSeeding); the schema's max of seed-time, 35791394 minutes, is the"
                            + " largest value that does not overflow.")),
            entry("header = X-A: 1\nX-B: 2", new Entry("X-A: 1\nX-B: 2\n",
                    "aria2 stores one value with a line break as two headers, X-A: 1 and X-B: 2 (header"
                            + " injection); the client takes header(\"X-A: 1\", \"X-B: 2\") for that.")),
            entry("index-out = 0=a.bin", new Entry("0=a.bin\n",
                    "aria2 stores index 0 for a download that is no torrent yet, but file indexes start at 1: a"
                            + " torrent added with it fails with 'No such file with index=0'"
                            + " (StricterEvidence.indexZeroFailsForATorrent); the client wants an index of at least"
                            + " 1.")),
            entry("index-out = 1=a\nb", new Entry("1=a\nb\n",
                    "aria2 stores a path with a line break, which reads back as two entries, 1=a and b: the path"
                            + " is cut at the line break; the client refuses line breaks in paths.")));

    private DeliberatelyStricter() {
    }

    /** The entry key for this option and value, by option name first, then by kind; null when there is none. */
    static String key(Option option, String value) {
        String byName = option.name() + " = " + value;
        if (ALL.containsKey(byName)) {
            return byName;
        }
        String byKind = "*" + option.kind() + " = " + value;
        return ALL.containsKey(byKind) ? byKind : null;
    }
}
