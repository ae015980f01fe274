package io.github.aria2j.it.support;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh aria2c daemon and a local {@link FileServer} for one test class, with the generated blocking and
 * asynchronous clients connected to it over HTTP. Register it as a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LiveAria2 aria2 = new LiveAria2();
 * }</pre>
 *
 * <p>It also registers the {@link MethodCoverageReport}.
 */
public final class LiveAria2 implements BeforeAllCallback, AfterAllCallback {

    private FileServer files;
    private Aria2Daemon daemon;
    private Aria2Client client;
    private Aria2AsyncClient asyncClient;
    private Aria2Client housekeeping;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        new MethodCoverageReport().beforeAll(context);
        files = FileServer.start();
        daemon = Aria2Daemon.start();
        client = daemon.client();
        asyncClient = daemon.asyncClient();
        housekeeping = daemon.housekeepingClient();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try {
            if (daemon != null) {
                daemon.close();
            }
        } finally {
            if (files != null) {
                files.close();
            }
        }
    }

    /** The generated blocking client, connected to this class's daemon. */
    public Aria2Client client() {
        return client;
    }

    /** The generated asynchronous client, connected to this class's daemon. */
    public Aria2AsyncClient asyncClient() {
        return asyncClient;
    }

    public FileServer files() {
        return files;
    }

    public Aria2Daemon daemon() {
        return daemon;
    }

    /** Ready-made downloads in stable states, added through the blocking client. */
    public Downloads downloads() {
        return new Downloads(client, files);
    }

    /**
     * Removes every download and download result, so that a test starts with an empty queue. Uses a client that does
     * not count towards the method coverage.
     */
    public void clearDownloads() {
        List<DownloadStatus> unfinished = new ArrayList<>(housekeeping.tellActive());
        unfinished.addAll(housekeeping.tellWaiting(0, 1000));
        for (DownloadStatus download : unfinished) {
            housekeeping.forceRemove(download.gid());
        }
        Await.awaitIdle(housekeeping, Await.LIMIT);
        housekeeping.purgeDownloadResult();
    }
}
