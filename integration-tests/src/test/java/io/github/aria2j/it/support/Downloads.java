package io.github.aria2j.it.support;

import static io.github.aria2j.it.support.ItAria2.LIMIT;

import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.testkit.Aria2Await;
import io.github.aria2j.testkit.ServedFile;
import io.github.aria2j.testkit.TestFileServer;
import java.net.URI;
import java.util.List;

/**
 * Downloads in stable states, for tests that need one: a tiny file gives a complete download, a slow file an active
 * one, {@code pause=true} a paused one in the waiting queue, and a path the server does not serve an error one. Each
 * method serves its own file under {@code name} and returns once aria2 reports the state.
 */
public final class Downloads {

    /** Small enough to arrive at once over loopback. */
    public static final int SMALL_SIZE = 32 * 1024;
    /** A slow file that takes over a minute at {@link #SLOW_RATE}, longer than any test class needs. */
    public static final int SLOW_SIZE = 4 * 1024 * 1024;
    public static final int SLOW_RATE = 64 * 1024;

    /** A download the test added: its GID, and the file behind it. */
    public record Added(String gid, String name, URI uri, byte[] content, DownloadStatus status) {}

    private final Aria2Client client;
    private final TestFileServer files;

    Downloads(Aria2Client client, TestFileServer files) {
        this.client = client;
        this.files = files;
    }

    /** A download that has finished. */
    public Added complete(String name) {
        ServedFile file = files.addRandom(name, SMALL_SIZE);
        String gid = client.addUri(List.of(file.uri().toString()));
        return new Added(gid, name, file.uri(), file.content(),
                Aria2Await.status(client, gid, DownloadState.COMPLETE, LIMIT));
    }

    /** A download that is receiving data, slowly enough to stay active for the rest of the test. */
    public Added active(String name) {
        ServedFile file = files.addRandom(name, SLOW_SIZE);
        files.slow(name, SLOW_RATE);
        String gid = client.addUri(List.of(file.uri().toString()));
        Aria2Await.status(client, gid, DownloadState.ACTIVE, LIMIT);
        return new Added(gid, name, file.uri(), file.content(), Aria2Await.progress(client, gid, 1, LIMIT));
    }

    /** A download added with {@code pause=true}: paused in the waiting queue, never started. */
    public Added paused(String name) {
        ServedFile file = files.addRandom(name, SMALL_SIZE);
        String gid = client.addUri(List.of(file.uri().toString()), AddOptions.builder().pause(true).build());
        return new Added(gid, name, file.uri(), file.content(),
                Aria2Await.status(client, gid, DownloadState.PAUSED, LIMIT));
    }

    /** A download of a path the server answers with 404. */
    public Added failed(String name) {
        URI uri = files.uri(name);
        String gid = client.addUri(List.of(uri.toString()));
        return new Added(gid, name, uri, new byte[0], Aria2Await.status(client, gid, DownloadState.ERROR, LIMIT));
    }
}
