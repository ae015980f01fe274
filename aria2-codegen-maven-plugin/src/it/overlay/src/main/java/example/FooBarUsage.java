package example;

import com.example.aria2.client.Aria2AsyncClient;
import com.example.aria2.client.Aria2Client;
import com.example.aria2.client.DefaultAria2Client;
import com.example.aria2.options.AddOptions;
import io.github.aria2j.runtime.RpcSettings;
import io.github.aria2j.runtime.rpc.RpcEngines;
import io.github.aria2j.runtime.rpc.RpcTransport;
import io.github.aria2j.runtime.rpc.TransportReply;
import io.github.aria2j.runtime.rpc.TransportRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Calls what the overlay added; compiles only if the generator picked it up. */
public final class FooBarUsage {

    private FooBarUsage() {
    }

    /**
     * Calls the method the overlay added through the generated client, over a transport that records the
     * request and answers like aria2 would; verify.groovy runs it.
     *
     * @return the result, a space, and the JSON-RPC request that was sent
     */
    public static String callFooBar() {
        List<String> sent = new ArrayList<>();
        RpcTransport transport = new RpcTransport() {
            @Override
            public TransportReply send(TransportRequest request) {
                sent.add(new String(request.body(), StandardCharsets.UTF_8));
                String reply = "{\"jsonrpc\":\"2.0\",\"id\":" + request.id() + ",\"result\":\"2089b05ecca3d829\"}";
                return new TransportReply(200, reply.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public CompletableFuture<TransportReply> sendAsync(TransportRequest request) {
                return CompletableFuture.completedFuture(send(request));
            }

            @Override
            public void close() {
            }
        };
        RpcSettings settings = RpcSettings.builder()
                .endpoint(URI.create("http://localhost:6800/jsonrpc"))
                .secret("s3cret")
                .build();
        try (Aria2Client client = new DefaultAria2Client(RpcEngines.create(settings, transport))) {
            return fooBar(client) + " " + String.join(" ", sent);
        }
    }

    /**
     * Calls the method the overlay added, with its optional parameter.
     *
     * @param client a client
     * @return the GID
     */
    public static String fooBar(Aria2Client client) {
        return client.fooBar("2089b05ecca3d829", 3);
    }

    /**
     * The async client has it too, with the overload without the optional parameter.
     *
     * @param client a client
     * @return the GID, later
     */
    public static CompletableFuture<String> fooBarLater(Aria2AsyncClient client) {
        return client.fooBar("2089b05ecca3d829");
    }

    /**
     * Sets the option the overlay added.
     *
     * @return the options as aria2 receives them
     */
    public static String options() {
        return AddOptions.builder().fooBarLimit(3).build().asMap().toString();
    }
}
