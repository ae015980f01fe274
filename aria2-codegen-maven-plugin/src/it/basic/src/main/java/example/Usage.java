package example;

import io.github.aria2j.client.Aria2Batch;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.notification.Aria2Events;
import io.github.aria2j.notification.Aria2Listener;
import io.github.aria2j.notification.DownloadComplete;
import io.github.aria2j.notification.DownloadError;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.runtime.events.Subscription;
import io.github.aria2j.runtime.rpc.BatchEntry;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Uses the generated options, client and event types; verify.groovy calls {@link #options()} and
 * {@link #events()}.
 */
public final class Usage {

    private Usage() {
    }

    /**
     * Builds options the way a user would.
     *
     * @return the options as aria2 receives them
     */
    public static String options() {
        return AddOptions.builder().split(4).build().asMap().toString();
    }

    /**
     * Compiles only if the client has a typed addUri taking the generated options.
     *
     * @param client a client
     * @return the GID
     */
    public static Object add(Aria2Client client) {
        return client.addUri(List.of("https://example.org/file.iso"), AddOptions.builder().split(4).build());
    }

    /**
     * Compiles only if the generated builder, typed batch, paged variant and raw call are there.
     *
     * @param endpoint aria2's RPC endpoint
     * @return what aria2 answered
     */
    public static String everything(String endpoint) {
        try (Aria2Client client = Aria2Client.builder().endpoint(endpoint).secret("s3cret").build()) {
            Aria2Batch batch = client.batch();
            BatchEntry<String> gid = batch.addUri(List.of("https://example.org/file.iso"));
            batch.execute();
            String waiting = client.tellWaitingAll(100).map(DownloadStatus::gid).collect(Collectors.joining(","));
            return gid.get() + " " + waiting + " " + client.call("aria2.getVersion", List.of());
        }
    }

    /**
     * Compiles only if the client has typed events; runs without aria2, since nothing connects before the first
     * registration. verify.groovy calls it.
     *
     * @return whether the client and its view share one events object, whether it is connected, and whether
     *     {@code events()} still works after the client is closed
     */
    public static String events() {
        Aria2Client client = Aria2Client.builder().endpoint("http://localhost:6800/jsonrpc").build();
        Aria2Events events = client.events();
        boolean shared = client.events() == events && client.withTimeout(Duration.ofSeconds(5)).events() == events;
        client.close();
        String afterClose;
        try {
            client.events();
            afterClose = "open";
        } catch (IllegalStateException e) {
            afterClose = "closed";
        }
        return shared + " " + events.isConnected() + " " + afterClose;
    }

    /**
     * Compiles only if the typed registrations are there: one kind, and a listener for every kind.
     *
     * @param client a client
     * @param seen receives what happened, by GID
     * @return the registrations
     */
    public static List<Subscription> listen(Aria2Client client, List<String> seen) {
        Subscription completions = client.events().on(DownloadComplete.class,
                event -> seen.add(event.gid() + (event.recovered() ? " completed while disconnected" : " completed")));
        Subscription errors = client.events().listen(new Aria2Listener() {
            @Override
            public void onDownloadError(DownloadError event) {
                seen.add(event.gid() + " failed");
            }
        });
        return List.of(completions, errors);
    }
}
