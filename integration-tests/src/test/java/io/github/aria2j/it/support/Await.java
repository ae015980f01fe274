package io.github.aria2j.it.support;

import io.github.aria2j.client.Aria2AsyncClient;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadState;
import io.github.aria2j.model.DownloadStatus;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for aria2's state to change by polling with a bounded deadline, and fails with the last value seen.
 */
public final class Await {

    /** Long enough for any local download or state change of these tests, short enough to fail fast. */
    public static final Duration LIMIT = Duration.ofSeconds(20);

    private static final long POLL_MILLIS = 50;

    private Await() {
    }

    /** Polls {@code client.tellStatus(gid)} until the download is in {@code state}, and returns that status. */
    public static DownloadStatus awaitStatus(Aria2Client client, String gid, DownloadState state, Duration limit) {
        return until("download " + gid + " to be " + state, () -> client.tellStatus(gid),
                status -> status.status() == state, limit);
    }

    /** {@link #awaitStatus(Aria2Client, String, DownloadState, Duration)} with the asynchronous client. */
    public static DownloadStatus awaitStatus(
            Aria2AsyncClient client, String gid, DownloadState state, Duration limit) {
        return until("download " + gid + " to be " + state, () -> client.tellStatus(gid).join(),
                status -> status.status() == state, limit);
    }

    /** Polls until at least {@code bytes} of the download have arrived, and returns that status. */
    public static DownloadStatus awaitProgress(Aria2Client client, String gid, long bytes, Duration limit) {
        return until("download " + gid + " to reach " + bytes + " bytes", () -> client.tellStatus(gid),
                status -> status.completedLength() >= bytes, limit);
    }

    /** Polls until aria2 has neither active nor waiting downloads. */
    public static void awaitIdle(Aria2Client client, Duration limit) {
        until("aria2 to have no active or waiting download",
                () -> List.of(client.tellActive().size(), client.tellWaiting(0, 1000).size()),
                counts -> counts.get(0) == 0 && counts.get(1) == 0, limit);
    }

    /**
     * Calls {@code probe} until {@code done} accepts its value or {@code limit} passes; returns the accepted value.
     *
     * @throws AssertionError naming what was awaited and the last value seen, when the deadline passes
     */
    public static <T> T until(String what, Supplier<T> probe, Predicate<? super T> done, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            T value = probe.get();
            if (done.test(value)) {
                return value;
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + limit + " waiting for " + what + "; last seen: " + value);
            }
            try {
                TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }
}
