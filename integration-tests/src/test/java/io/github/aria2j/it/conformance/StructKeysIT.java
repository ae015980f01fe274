package io.github.aria2j.it.conformance;

import static io.github.aria2j.it.support.ItAria2.LIMIT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.it.support.Downloads;
import io.github.aria2j.it.support.ItAria2;
import io.github.aria2j.it.support.LoopbackTracker;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.options.GlobalOptions;
import io.github.aria2j.testkit.Aria2Await;
import io.github.aria2j.testkit.Metalinks;
import io.github.aria2j.testkit.ServedFile;
import io.github.aria2j.testkit.TestFileServer;
import io.github.aria2j.testkit.Torrent;
import io.github.aria2j.testkit.Torrents;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every key aria2 sends in its status replies is one the schema declares. HTTP, BitTorrent (a local torrent whose web
 * seed is the file server; the active one also has a peer, a second aria2c seeding through a loopback tracker) and
 * Metalink downloads are put in every state (active, waiting, paused, complete, error, removed), plus an HTTP download
 * of a .torrent that aria2 follows ({@code followedBy}/{@code following}). Each reply of tellStatus (without keys),
 * tellActive/tellWaiting/tellStopped, getFiles, getUris, getServers, getPeers, getGlobalStat, getVersion and
 * getSessionInfo is fetched raw through {@code call} and walked key by key against the schema's structs, and the same
 * call is made through the typed client, which must decode it.
 */
class StructKeysIT {

    /** Three downloads stay active; further ones wait. */
    private static final int ACTIVE = 3;
    private static final int TORRENT_SIZE = 2 * 1024 * 1024;
    private static final int PIECE_LENGTH = 16 * 1024;

    @RegisterExtension
    static final ItAria2 aria2 = ItAria2.perClass();

    /** The second daemon, which seeds the torrent of the active download that has a peer. */
    @RegisterExtension
    static final ItAria2 seeding = ItAria2.perClass();

    private static LoopbackTracker tracker;
    private static String seedingGid;
    /** Download label ("bittorrent active") to GID. */
    private static final Map<String, String> downloads = new LinkedHashMap<>();

    private final Aria2Client client = aria2.client();

    @BeforeAll
    static void downloadsInEveryState() throws Exception {
        Aria2Client client = aria2.client();
        TestFileServer files = aria2.files();
        Downloads http = aria2.downloads();
        AddOptions seedNoMore = AddOptions.builder().seedTime(0.0).build();

        downloads.put("http complete", http.complete("keys-complete.bin").gid());
        downloads.put("bittorrent complete", client.addTorrent(torrent("keys-bt-complete.bin", 64 * 1024, 0)
                .base64(), List.of(), seedNoMore));
        downloads.put("metalink complete", metalink("keys-ml-complete.bin", 0, null));
        byte[] followed = torrent("keys-followed.bin", 32 * 1024, 0).bytes();
        String parent = client.addUri(List.of(files.add("keys-followed.torrent", followed).uri().toString()),
                seedNoMore);
        downloads.put("http .torrent complete (followedBy)", parent);
        List<String> parts = client.addMetalink(metalinkWithTorrent("keys-ml-torrent.bin"), seedNoMore);
        assertThat(parts).as("GIDs of a metalink whose file comes from a torrent").hasSize(2);
        downloads.put("metalink .torrent part complete (belongsTo)", parts.get(0));
        downloads.put("metalink with a torrent resource complete", parts.get(1));
        for (String label : List.copyOf(downloads.keySet())) {
            Aria2Await.status(client, downloads.get(label), DownloadState.COMPLETE, LIMIT);
        }
        List<String> followedBy = client.tellStatus(parent).followedBy();
        assertThat(followedBy).as("GIDs that the .torrent download was followed by").hasSize(1);
        downloads.put("bittorrent following an http .torrent", followedBy.get(0));

        downloads.put("http error", http.failed("keys-missing.bin").gid());
        downloads.put("metalink error", metalink("keys-ml-missing.bin", 0, files.uri("keys-ml-missing.bin")));

        for (String kind : List.of("http", "bittorrent", "metalink")) {
            String gid = slow(kind, "keys-removed-" + kind);
            Aria2Await.status(client, gid, DownloadState.ACTIVE, LIMIT);
            client.remove(gid);
            downloads.put(kind + " removed", gid);
            Aria2Await.status(client, gid, DownloadState.REMOVED, LIMIT);
        }

        downloads.put("http active", http.active("keys-active.bin").gid());
        downloads.put("bittorrent active (with a peer)", torrentWithPeer());
        downloads.put("metalink active", slow("metalink", "keys-ml-active"));
        // The same torrent again: aria2 refuses a second download of an info hash it has.
        downloads.put("bittorrent error", client.addTorrent(peerTorrent.base64(), List.of()));
        for (String label : List.of("http active", "bittorrent active (with a peer)", "metalink active")) {
            Aria2Await.status(client, downloads.get(label), DownloadState.ACTIVE, LIMIT);
        }
        Aria2Await.status(client, downloads.get("bittorrent error"), DownloadState.ERROR, LIMIT);

        client.changeGlobalOption(GlobalOptions.builder().maxConcurrentDownloads(ACTIVE).build());
        for (String kind : List.of("http", "bittorrent", "metalink")) {
            String gid = slow(kind, "keys-waiting-" + kind);
            downloads.put(kind + " waiting", gid);
            Aria2Await.status(client, gid, DownloadState.WAITING, LIMIT);
        }
        AddOptions paused = AddOptions.builder().pause(true).build();
        downloads.put("http paused", http.paused("keys-paused.bin").gid());
        downloads.put("bittorrent paused", client.addTorrent(torrent("keys-bt-paused.bin", 64 * 1024, 0).base64(),
                List.of(), paused));
        downloads.put("metalink paused", metalinkPaused("keys-ml-paused.bin"));
    }

    @AfterAll
    static void stopTheTracker() {
        if (tracker != null) {
            tracker.close();
        }
    }

    @Test
    void everyKeyOfEveryStatusReplyIsDeclaredInTheSchemaAndDecodes() {
        StructKeyWalker walker = new StructKeyWalker(ConformanceSchema.load().structs());
        List<String> decoded = new ArrayList<>();
        Aria2Await.until("the active torrent to have a peer", () -> client.getPeers(downloads.get(
                "bittorrent active (with a peer)")), peers -> !peers.isEmpty(), LIMIT);

        downloads.forEach((label, gid) -> {
            DownloadState state = client.tellStatus(gid).status();
            String where = " for " + label + " download";
            check(walker, decoded, "aria2.tellStatus", List.of(gid), "DownloadStatus", where, c -> c.tellStatus(gid));
            check(walker, decoded, "aria2.getFiles", List.of(gid), "list<DownloadFile>", where, c -> c.getFiles(gid));
            boolean stopped = state == DownloadState.COMPLETE || state == DownloadState.ERROR
                    || state == DownloadState.REMOVED;
            if (!stopped) {
                check(walker, decoded, "aria2.getUris", List.of(gid), "list<DownloadUri>", where,
                        c -> c.getUris(gid));
            }
            if (state == DownloadState.ACTIVE) {
                check(walker, decoded, "aria2.getServers", List.of(gid), "list<FileServers>", where,
                        c -> c.getServers(gid));
            }
            if (label.startsWith("bittorrent") && !stopped) {
                check(walker, decoded, "aria2.getPeers", List.of(gid), "list<Peer>", where, c -> c.getPeers(gid));
            }
        });
        check(walker, decoded, "aria2.tellActive", List.of(), "list<DownloadStatus>", "", Aria2Client::tellActive);
        check(walker, decoded, "aria2.tellWaiting", List.of(0, 1000), "list<DownloadStatus>", "",
                c -> c.tellWaiting(0, 1000));
        check(walker, decoded, "aria2.tellStopped", List.of(0, 1000), "list<DownloadStatus>", "",
                c -> c.tellStopped(0, 1000));
        check(walker, decoded, "aria2.getGlobalStat", List.of(), "GlobalStat", "", Aria2Client::getGlobalStat);
        check(walker, decoded, "aria2.getVersion", List.of(), "VersionInfo", "", Aria2Client::getVersion);
        check(walker, decoded, "aria2.getSessionInfo", List.of(), "SessionInfo", "", Aria2Client::getSessionInfo);
        Aria2Client seeder = seeding.client();
        check(seeder, walker, decoded, "aria2.tellStatus", List.of(seedingGid), "DownloadStatus",
                " for bittorrent seeding download (second daemon)", c -> c.tellStatus(seedingGid));
        check(seeder, walker, decoded, "aria2.getPeers", List.of(seedingGid), "list<Peer>",
                " for bittorrent seeding download (second daemon)", c -> c.getPeers(seedingGid));

        System.out.println("struct keys: " + walker.keysSeen() + " keys seen across " + walker.seen().size()
                + " structs, unmapped: " + walker.unmapped().size() + " (" + decoded.size()
                + " replies walked and decoded)");
        walker.seen().forEach((struct, keys) -> System.out.println("  " + struct + ": " + String.join(", ", keys)));
        walker.declaredButNotSeen().forEach((struct, keys) ->
                System.out.println("  declared, not sent in these states: " + struct + "." + String.join(", ", keys)));
        walker.unmapped().forEach(line -> System.out.println("  " + line));
        assertThat(walker.unmapped()).as("keys aria2 sent that the schema does not declare").isEmpty();
        assertThat(walker.seen()).containsKeys("DownloadStatus", "DownloadFile", "DownloadUri", "FileServers",
                "Server", "Peer", "GlobalStat", "VersionInfo", "SessionInfo", "BittorrentInfo",
                "BittorrentInfoDictionary");
    }

    private void check(StructKeyWalker walker, List<String> decoded, String method, List<?> params, String type,
            String where, Function<Aria2Client, Object> typed) {
        check(client, walker, decoded, method, params, type, where, typed);
    }

    /** Walks the raw reply of {@code method}, then makes the same call through the typed client. */
    private static void check(Aria2Client on, StructKeyWalker walker, List<String> decoded, String method,
            List<?> params, String type, String where, Function<Aria2Client, Object> typed) {
        Object raw = on.call(method, params);
        walker.walk(raw, type, method + where);
        Object value = typed.apply(on);
        assertThat(value).as("%s%s decoded by the typed client", method, where).isNotNull();
        if (value instanceof DownloadStatus status) {
            assertThat(status.gid()).isEqualTo(params.get(0));
        }
        decoded.add(method + where);
    }

    // --- downloads ------------------------------------------------------------------------------------------

    private static Torrent peerTorrent;

    /** Serves {@code size} bytes under {@code name}, sending {@code rate} bytes/s (0: all). */
    private static ServedFile served(String name, int size, int rate) {
        ServedFile file = aria2.files().addRandom(name, size);
        aria2.files().slow(name, rate);
        return file;
    }

    /** A torrent of {@code size} bytes whose web seed is the file server, sending {@code rate} bytes/s (0: all). */
    private static Torrent torrent(String name, int size, int rate) {
        return withStructKeysInfo(Torrents.webSeeded(served(name, size, rate)));
    }

    /** The comment and creation date, so that aria2 sends those keys of BittorrentInfo too. */
    private static Torrent withStructKeysInfo(Torrents.Builder torrent) {
        return torrent.comment("aria2j struct keys").creationDate(1_700_000_000L).build();
    }

    /**
     * A metalink download of one file; {@code url} null serves the file, at {@code rate} bytes/s (0: all), else the
     * metalink points at {@code url} and nothing is served.
     */
    private static String metalink(String name, int rate, URI url) {
        String metalink = url == null ? Metalinks.of(served(name, 32 * 1024, rate)).base64()
                : Metalinks.builder().file(name, new byte[32 * 1024], url).base64();
        List<String> gids = aria2.client().addMetalink(metalink);
        assertThat(gids).hasSize(1);
        return gids.get(0);
    }

    /**
     * A Metalink 4 document whose file has only a BitTorrent resource ({@code metaurl}, which Metalinks does not
     * write): aria2 fetches the .torrent as a part that belongs to the metalink download.
     */
    private static String metalinkWithTorrent(String name) {
        ServedFile file = served(name, 32 * 1024, 0);
        URI torrentUri = aria2.files().add(name + ".torrent", withStructKeysInfo(Torrents.webSeeded(file)).bytes())
                .uri();
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<metalink xmlns=\"urn:ietf:params:xml:ns:metalink\">\n"
                + "  <file name=\"" + name + "\">\n"
                + "    <size>" + file.size() + "</size>\n"
                + "    <hash type=\"sha-256\">" + file.sha256() + "</hash>\n"
                + "    <metaurl mediatype=\"torrent\">" + torrentUri + "</metaurl>\n"
                + "  </file>\n"
                + "</metalink>\n";
        return Base64.getEncoder().encodeToString(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static String metalinkPaused(String name) {
        return aria2.client().addMetalink(Metalinks.of(served(name, 32 * 1024, 0)).base64(),
                AddOptions.builder().pause(true).build()).get(0);
    }

    /** A download that stays active for minutes: a slowly served file, torrent or metalink. */
    private static String slow(String kind, String name) {
        Aria2Client client = aria2.client();
        return switch (kind) {
            case "http" -> client.addUri(List.of(served(name + ".bin", Downloads.SLOW_SIZE, Downloads.SLOW_RATE)
                    .uri().toString()));
            case "bittorrent" -> client.addTorrent(torrent(name + ".bin", Downloads.SLOW_SIZE, Downloads.SLOW_RATE)
                    .base64(), List.of());
            default -> client.addMetalink(Metalinks.of(served(name + ".bin", Downloads.SLOW_SIZE,
                    Downloads.SLOW_RATE)).base64()).get(0);
        };
    }

    /**
     * A torrent that a second aria2c seeds (found through a loopback tracker) and whose web seed is slow; the
     * download is limited to 32 KiB/s, so that it stays active with a peer for the whole test.
     */
    private static String torrentWithPeer() throws Exception {
        tracker = LoopbackTracker.start();
        ServedFile webSeed = served("keys-bt-peer.bin", TORRENT_SIZE, Downloads.SLOW_RATE);
        peerTorrent = withStructKeysInfo(Torrents.webSeeded(webSeed).pieceLength(PIECE_LENGTH)
                .announce(tracker.announceUri().toString()));
        seedingGid = seeding.seed(peerTorrent, webSeed.content());
        return aria2.client().addTorrent(peerTorrent.base64(), List.of(),
                AddOptions.builder().maxDownloadLimit(32 * 1024).build());
    }
}
