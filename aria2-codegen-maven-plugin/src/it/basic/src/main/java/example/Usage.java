package example;

import io.github.aria2j.client.Aria2Batch;
import io.github.aria2j.client.Aria2Client;
import io.github.aria2j.model.DownloadStatus;
import io.github.aria2j.options.AddOptions;
import io.github.aria2j.runtime.rpc.BatchEntry;
import java.util.List;
import java.util.stream.Collectors;

/** Uses the generated options and client types; verify.groovy calls {@link #options()}. */
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
}
